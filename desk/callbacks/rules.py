"""The store's callback rules as Settings → Store rules → Callbacks edits them: read into
the form's values, checked, and stored as the settings desk.callbacks.slots.rules() reads.
"""

import datetime

from desk import settings
from desk.errors import ValidationError
from desk.staff import permissions
from desk.storage import db

_RULE_KEYS = {
    "window_days": "callback_window_days",
    "delay_hours": "callback_delay_hours",
    "retry_hours": "callback_retry_hours",
    "closed_weekdays": "callback_closed_weekdays",
    "call_minutes": "callback_call_minutes",
}


def _minutes_of(text: str) -> int | None:
    """'09:30' -> 570, '24:00' -> 1440; None for anything else."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
    except ValueError:
        return None
    total = hours * 60 + minutes
    return total if 0 <= minutes < 60 and 0 <= total <= 24 * 60 else None


def rule_settings() -> dict:
    """The callback rules as a form shows them (periods and dates as one line of text)."""
    opens, closes = settings.get("callback_store_hours")
    values = {name: settings.get(key) for name, key in _RULE_KEYS.items()}
    values.update(
        opens=opens, closes=closes,
        rest_periods=", ".join(f"{a}-{b}" for a, b in settings.get("callback_rest_periods")),
        closed_dates=", ".join(settings.get("callback_closed_dates")))
    return values


def _parse_periods(text: str) -> list[list[str]] | None:
    periods = []
    for part in (p.strip() for p in text.replace("，", ",").split(",")):
        if not part:
            continue
        start, sep, end = part.replace("–", "-").partition("-")
        a, b = _minutes_of(start), _minutes_of(end)
        if not sep or a is None or b is None or a >= b:
            return None
        periods.append([f"{a // 60:02d}:{a % 60:02d}", f"{b // 60:02d}:{b % 60:02d}"])
    return periods


def _parse_dates(text: str) -> list[str] | None:
    dates = []
    for part in (p.strip() for p in text.replace("，", ",").split(",")):
        if part:
            try:
                dates.append(datetime.date.fromisoformat(part).isoformat())
            except ValueError:
                return None
    return sorted(set(dates))


def save_rule_settings(staff, desk: str, *, window_days: int, delay_hours: float,
                       retry_hours: float, opens: str, closes: str, rest_periods: str,
                       closed_weekdays, closed_dates: str, call_minutes: int) -> None:
    """Check and store the callback rules (supervisors); ValidationError names the fields."""
    permissions.require(staff, "edit_store_rules")
    errors: dict[str, tuple[str, dict]] = {}

    def in_range(name, value, low, high):
        if not isinstance(value, (int, float)) or not low <= value <= high:
            errors[name] = ("out_of_range", {"low": low, "high": high})

    in_range("window_days", window_days, 1, 30)
    in_range("delay_hours", delay_hours, 0, 72)
    in_range("retry_hours", retry_hours, 0.5, 72)
    in_range("call_minutes", call_minutes, 1, 120)
    a, b = _minutes_of(opens), _minutes_of(closes)
    if a is None or b is None or a >= b:
        errors["hours"] = ("hours_order", {})
    periods = _parse_periods(rest_periods)
    if periods is None:
        errors["rest_periods"] = ("periods_invalid", {})
    days = sorted({int(d) for d in closed_weekdays})
    if any(not 1 <= d <= 7 for d in days):
        errors["closed_weekdays"] = ("choice_invalid", {})
    elif len(days) == 7:
        errors["closed_weekdays"] = ("no_calling_day", {})
    dates = _parse_dates(closed_dates)
    if dates is None:
        errors["closed_dates"] = ("dates_invalid", {})
    if errors:
        raise ValidationError(errors)
    with db.write_transaction():
        settings.put("callback_window_days", int(window_days))
        settings.put("callback_delay_hours", float(delay_hours))
        settings.put("callback_retry_hours", float(retry_hours))
        settings.put("callback_store_hours", [opens.strip(), closes.strip()])
        settings.put("callback_rest_periods", periods)
        settings.put("callback_closed_weekdays", days)
        settings.put("callback_closed_dates", dates)
        settings.put("callback_call_minutes", int(call_minutes))
