"""When a callback may be made: the one rule, from the store's settings (DOMAIN "Callbacks").

A callback is due within the store's callback window (3 days) after the resolution was
carried out, at the first slot inside store hours and outside the customer's rest time
(not before 09:00, not 12:00-14:00, not after 21:00), on a day the desk works. A slot
is a start time at which a whole call (call_minutes) fits before the next rest period,
so a sign-off at 20:55 is not followed by a call that runs into 21:00. A time the
customer asked for wins over every rule.
"""

import datetime
from dataclasses import dataclass, field

from desk import settings

ROUND_TO_MINUTES = 5  # due times read 14:05, not 14:03
_SEARCH_DAYS = 400  # a store closed longer than a year has no slot: give up


def _time(text: str) -> datetime.time | None:
    """'09:00' -> 09:00; '24:00' -> None (the end of the day)."""
    hours, minutes = (int(part) for part in text.split(":"))
    return None if hours == 24 else datetime.time(hours, minutes)


@dataclass(frozen=True)
class Rules:
    window_days: int = 3
    delay_hours: float = 2
    retry_hours: float = 2
    opens: datetime.time = datetime.time(9, 0)
    closes: datetime.time | None = datetime.time(21, 0)  # None: midnight
    rest: tuple[tuple[datetime.time, datetime.time | None], ...] = (
        (datetime.time(12, 0), datetime.time(14, 0)),)
    closed_weekdays: frozenset[int] = field(default_factory=frozenset)
    closed_dates: frozenset[datetime.date] = field(default_factory=frozenset)
    call_minutes: int = 10

    def periods_on(self, day: datetime.date) -> list[tuple[datetime.datetime, datetime.datetime]]:
        """The stretches of one day in which calls may be made, in order."""
        if day.isoweekday() in self.closed_weekdays or day in self.closed_dates:
            return []
        start = datetime.datetime.combine(day, self.opens)
        end = _at(day, self.closes)
        periods = [(start, end)]
        for rest_start, rest_end in self.rest:
            cut_from, cut_to = _at(day, rest_start), _at(day, rest_end)
            periods = [piece for a, b in periods
                       for piece in ((a, min(b, cut_from)), (max(a, cut_to), b))
                       if piece[0] < piece[1]]
        return periods


def _at(day: datetime.date, time: datetime.time | None) -> datetime.datetime:
    if time is None:
        return datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
    return datetime.datetime.combine(day, time)


def rules() -> Rules:
    """The store's rules as set in Settings → Store rules."""
    opens, closes = settings.get("callback_store_hours")
    return Rules(
        window_days=int(settings.get("callback_window_days")),
        delay_hours=float(settings.get("callback_delay_hours")),
        retry_hours=float(settings.get("callback_retry_hours")),
        opens=_time(opens) or datetime.time(0, 0),
        closes=_time(closes),
        rest=tuple((_time(a) or datetime.time(0, 0), _time(b))
                   for a, b in settings.get("callback_rest_periods")),
        closed_weekdays=frozenset(int(d) for d in settings.get("callback_closed_weekdays")),
        closed_dates=frozenset(datetime.date.fromisoformat(d)
                               for d in settings.get("callback_closed_dates")),
        call_minutes=int(settings.get("callback_call_minutes")),
    )


def _round_up(moment: datetime.datetime) -> datetime.datetime:
    moment = moment.replace(second=0, microsecond=0) + (
        datetime.timedelta(minutes=1) if moment.second or moment.microsecond else
        datetime.timedelta())
    extra = -moment.minute % ROUND_TO_MINUTES
    return moment + datetime.timedelta(minutes=extra)


def first_slot(after: datetime.datetime, rules: Rules) -> datetime.datetime | None:
    """The first allowed start at or after `after` (rounded up to 5 minutes), or None if
    the desk never calls (no working day within a year)."""
    after = _round_up(after)
    call = datetime.timedelta(minutes=rules.call_minutes)
    for offset in range(_SEARCH_DAYS):
        day = after.date() + datetime.timedelta(days=offset)
        for start, end in rules.periods_on(day):
            candidate = max(start, after)
            if candidate + call <= end:
                return candidate
    return None


def is_allowed(moment: datetime.datetime, rules: Rules) -> bool:
    """Whether a call starting at `moment` lies wholly in an allowed stretch."""
    call = datetime.timedelta(minutes=rules.call_minutes)
    return any(start <= moment and moment + call <= end
               for start, end in rules.periods_on(moment.date()))


@dataclass(frozen=True)
class Slot:
    due_at: datetime.datetime
    window_end: datetime.datetime
    customer_time: bool = False  # the customer's own time: may be outside the rules
    late: bool = False  # no allowed slot inside the window: the first one after it


def resolution_slot(carried_out_at: datetime.datetime, rules: Rules,
                    customer_time: datetime.datetime | None = None) -> Slot:
    """When to call back after a resolution was carried out at `carried_out_at`."""
    window_end = carried_out_at + datetime.timedelta(days=rules.window_days)
    if customer_time is not None:
        return Slot(customer_time.replace(second=0, microsecond=0), window_end, True)
    delayed = first_slot(carried_out_at + datetime.timedelta(hours=rules.delay_hours), rules)
    if delayed is not None and delayed <= window_end:
        return Slot(delayed, window_end)
    # The delay pushed it out of the window (e.g. the desk is closed tomorrow): the first
    # slot at all, if it is inside; else the first one after, marked late.
    earliest = first_slot(carried_out_at, rules)
    if earliest is not None and earliest <= window_end:
        return Slot(earliest, window_end)
    fallback = earliest or window_end
    return Slot(fallback, window_end, late=True)


def retry_slot(tried_at: datetime.datetime, rules: Rules) -> datetime.datetime:
    """The next try for a customer who did not answer."""
    after = tried_at + datetime.timedelta(hours=rules.retry_hours)
    return first_slot(after, rules) or after
