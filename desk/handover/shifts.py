"""The store's shifts (班次) and where a moment falls among them.

Shifts are a store setting ("shifts"): a list of {"code", "name", "start", "end"} with
times as "HH:MM". A shift whose end is not after its start runs past midnight
(22:00-06:00 ends the next morning). An occurrence of a shift is a ShiftTime: the
shift with the real start and end of one day.
"""

import datetime
import re
from dataclasses import dataclass

from desk import settings
from desk.errors import ValidationError
from desk.staff import permissions
from desk.storage import db

KEY = "shifts"
PROMPT_MINUTES_KEY = "shift_end_prompt_minutes"
DEFAULT_SHIFTS = [
    {"code": "early", "name": "早班", "start": "08:00", "end": "15:00"},
    {"code": "late", "name": "晚班", "start": "15:00", "end": "22:00"},
]
PROMPT_MINUTES = 15  # "near the end of the shift": the handover prompt shows from then
NAME_MAX = 20
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Shift:
    code: str
    name: str
    start: datetime.time
    end: datetime.time

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    def on(self, day: datetime.date) -> "ShiftTime":
        """This shift as it runs when it starts on `day`."""
        start = datetime.datetime.combine(day, self.start)
        end = datetime.datetime.combine(day + datetime.timedelta(days=1 if self.crosses_midnight
                                                                  else 0), self.end)
        return ShiftTime(self, start, end)


@dataclass(frozen=True)
class ShiftTime:
    shift: Shift
    start: datetime.datetime
    end: datetime.datetime

    @property
    def day(self) -> datetime.date:
        return self.start.date()

    def contains(self, at: datetime.datetime) -> bool:
        return self.start <= at < self.end


def parse_time(text: str) -> datetime.time | None:
    match = _TIME.match((text or "").strip())
    return datetime.time(int(match.group(1)), int(match.group(2))) if match else None


def validate(rows: list[dict]) -> list[Shift]:
    """Shifts from the settings page's rows; ValidationError keyed "<index>.<field>"."""
    errors: dict[str, tuple[str, dict]] = {}
    found: list[Shift] = []
    if not rows:
        raise ValidationError({"shifts": ("required", {})})
    codes = set()
    for i, row in enumerate(rows):
        name = (row.get("name") or "").strip()
        start, end = parse_time(row.get("start", "")), parse_time(row.get("end", ""))
        if not name:
            errors[f"{i}.name"] = ("required", {})
        elif len(name) > NAME_MAX:
            errors[f"{i}.name"] = ("too_long", {"max": NAME_MAX})
        if start is None:
            errors[f"{i}.start"] = ("time_invalid", {})
        if end is None:
            errors[f"{i}.end"] = ("time_invalid", {})
        elif start is not None and end == start:
            errors[f"{i}.end"] = ("shift_empty", {})
        code = (row.get("code") or "").strip() or f"shift{i + 1}"
        while code in codes:
            code += "_"
        codes.add(code)
        if start is not None and end is not None:
            found.append(Shift(code, name, start, end))
    if not errors:
        errors.update(_overlaps(found))
    if errors:
        raise ValidationError(errors)
    return found


def _overlaps(found: list[Shift]) -> dict:
    day = datetime.date(2000, 1, 3)
    runs = [(s.on(day + datetime.timedelta(days=d)), i) for i, s in enumerate(found)
            for d in (-1, 0, 1)]
    for a, i in runs:
        for b, j in runs:
            if i < j and a.start < b.end and b.start < a.end:
                return {f"{j}.start": ("shift_overlaps", {"name": found[i].name})}
    return {}


def to_setting(found: list[Shift]) -> list[dict]:
    return [{"code": s.code, "name": s.name, "start": s.start.strftime("%H:%M"),
             "end": s.end.strftime("%H:%M")} for s in found]


def shifts() -> list[Shift]:
    """The store's shifts in the order of their start time."""
    rows = settings.get(KEY) or DEFAULT_SHIFTS
    found = []
    for i, row in enumerate(rows):
        start, end = parse_time(row.get("start", "")), parse_time(row.get("end", ""))
        if start is None or end is None or start == end:
            continue  # a broken row written by hand: ignore it rather than stop the desk
        found.append(Shift(row.get("code") or f"shift{i + 1}", row.get("name") or "", start, end))
    return sorted(found, key=lambda s: s.start)


def _runs_around(at: datetime.datetime, found: list[Shift]) -> list[ShiftTime]:
    days = [at.date() + datetime.timedelta(days=d) for d in (-1, 0, 1)]
    return sorted((s.on(day) for day in days for s in found), key=lambda r: r.start)


def current_shift(at: datetime.datetime, found: list[Shift] | None = None) -> ShiftTime | None:
    """The shift running at `at`, or None between shifts (the store closed)."""
    found = shifts() if found is None else found
    running = [r for r in _runs_around(at, found) if r.contains(at)]
    return running[-1] if running else None


def next_shift(at: datetime.datetime, found: list[Shift] | None = None) -> ShiftTime | None:
    """The first shift that starts after `at` (the one the handover goes to)."""
    found = shifts() if found is None else found
    later = [r for r in _runs_around(at, found) if r.start > at]
    return later[0] if later else None


def previous_shift(at: datetime.datetime, found: list[Shift] | None = None) -> ShiftTime | None:
    """The last shift that ended at or before `at`."""
    found = shifts() if found is None else found
    ended = [r for r in _runs_around(at, found) if r.end <= at]
    return max(ended, key=lambda r: r.end) if ended else None


def handover_shift(at: datetime.datetime, found: list[Shift] | None = None) -> ShiftTime | None:
    """The shift a handover made at `at` is about: the running one, else the one just ended."""
    found = shifts() if found is None else found
    return current_shift(at, found) or previous_shift(at, found)


def prompt_minutes() -> int:
    return int(settings.get(PROMPT_MINUTES_KEY) or PROMPT_MINUTES)


def near_end(at: datetime.datetime, minutes: int | None = None,
             found: list[Shift] | None = None) -> ShiftTime | None:
    """The running shift if it ends within `minutes` (default: the store's setting)."""
    minutes = prompt_minutes() if minutes is None else minutes
    running = current_shift(at, found)
    if running is not None and running.end - at <= datetime.timedelta(minutes=minutes):
        return running
    return None


def save_settings(staff, rows: list[dict], prompt: int, sudden_count: int) -> list[Shift]:
    """Check and store the shifts and the handover's numbers (supervisors only)."""
    permissions.require(staff, "edit_store_rules")
    errors = {}
    try:
        found = validate(rows)
    except ValidationError as error:
        errors.update(error.fields)
        found = []
    if not (isinstance(prompt, int) and 1 <= prompt <= 120):
        errors["prompt_minutes"] = ("out_of_range", {"low": 1, "high": 120})
    if not (isinstance(sudden_count, int) and 2 <= sudden_count <= 100):
        errors["sudden_event_count"] = ("out_of_range", {"low": 2, "high": 100})
    if errors:
        raise ValidationError(errors)
    with db.write_transaction():
        settings.put(KEY, to_setting(found))
        settings.put(PROMPT_MINUTES_KEY, prompt)
        settings.put("sudden_event_count", sudden_count)
    return found
