"""The callback slot rule (DOMAIN "Callbacks"): never in the customer's rest time, within
the window, a time the customer asked for wins. Checked around every boundary, and
minute by minute against a brute-force reading of the rules."""

import datetime

import pytest

from desk.callbacks.slots import Rules, first_slot, is_allowed, resolution_slot, retry_slot

T = datetime.time
NOW_RULES = Rules(delay_hours=0)  # the store's hours and rest periods, no delay
DEFAULT = Rules()  # as shipped: 2 hours' delay


def at(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text)


@pytest.mark.parametrize("signed_off, due", [
    ("2026-11-24 20:50", "2026-11-24 20:50"),  # a 10-minute call still ends by 21:00
    ("2026-11-24 20:51", "2026-11-25 09:00"),  # rounded to 20:55: would run past 21:00
    ("2026-11-24 21:00", "2026-11-25 09:00"),
    ("2026-11-24 23:59", "2026-11-25 09:00"),
    ("2026-11-24 00:00", "2026-11-24 09:00"),
    ("2026-11-24 08:59", "2026-11-24 09:00"),
    ("2026-11-24 09:00", "2026-11-24 09:00"),
    ("2026-11-24 11:50", "2026-11-24 11:50"),  # ends 12:00 sharp: allowed
    ("2026-11-24 11:55", "2026-11-24 14:00"),  # would run into the lunch break
    ("2026-11-24 12:00", "2026-11-24 14:00"),
    ("2026-11-24 13:59", "2026-11-24 14:00"),
    ("2026-11-24 14:00", "2026-11-24 14:00"),
    ("2026-11-24 14:01", "2026-11-24 14:05"),  # due times are rounded up to 5 minutes
    ("2026-11-24 16:32:10", "2026-11-24 16:35"),
])
def test_first_slot_without_delay(signed_off, due):
    assert first_slot(at(signed_off), NOW_RULES) == at(due)


@pytest.mark.parametrize("signed_off, due", [
    ("2026-11-24 20:50", "2026-11-25 09:00"),  # 22:50 is rest time: next morning
    ("2026-11-24 11:55", "2026-11-24 14:00"),  # 13:55 is the end of the lunch break
    ("2026-11-24 10:00", "2026-11-24 14:00"),  # 12:00 is the start of it
    ("2026-11-24 09:40", "2026-11-24 11:40"),
    ("2026-11-24 18:45", "2026-11-24 20:45"),
    ("2026-11-24 18:50", "2026-11-24 20:50"),
    ("2026-11-24 18:55", "2026-11-25 09:00"),
])
def test_a_resolution_callback_waits_the_delay_then_takes_the_first_slot(signed_off, due):
    slot = resolution_slot(at(signed_off), DEFAULT)
    assert (slot.due_at, slot.customer_time, slot.late) == (at(due), False, False)
    assert slot.window_end == at(signed_off) + datetime.timedelta(days=3)


@pytest.mark.parametrize("signed_off, due", [
    ("2027-01-31 20:55", "2027-02-01 09:00"),  # month end
    ("2026-12-31 22:00", "2027-01-01 09:00"),  # year end
    ("2027-02-28 21:30", "2027-03-01 09:00"),  # end of a short February
    ("2028-02-28 21:30", "2028-02-29 09:00"),  # leap year
    ("2026-11-30 11:58", "2026-11-30 14:00"),
])
def test_month_and_year_ends(signed_off, due):
    assert first_slot(at(signed_off), NOW_RULES) == at(due)


def test_weekends_the_desk_does_not_call_are_skipped():
    weekdays_only = Rules(delay_hours=0, closed_weekdays=frozenset({6, 7}))
    friday_evening = at("2026-11-27 20:55")  # a Friday
    assert first_slot(friday_evening, weekdays_only) == at("2026-11-30 09:00")  # Monday
    slot = resolution_slot(friday_evening, weekdays_only)
    assert slot.due_at == at("2026-11-30 09:00") and not slot.late  # Monday is in the window
    # Retail default: open every day, so Saturday morning is fine.
    assert first_slot(friday_evening, NOW_RULES) == at("2026-11-28 09:00")


def test_a_long_closure_makes_the_callback_late_not_lost():
    festival = frozenset(datetime.date(2027, 2, 5) + datetime.timedelta(days=i) for i in range(7))
    rules = Rules(closed_dates=festival)
    slot = resolution_slot(at("2027-02-04 21:30"), rules)
    assert slot.late and slot.due_at == at("2027-02-12 09:00")
    assert slot.window_end == at("2027-02-07 21:30")


def test_when_the_delay_leaves_the_window_the_first_slot_inside_it_is_taken():
    # One calling day in the window only: the delay would push the call past it.
    rules = Rules(delay_hours=2, window_days=1,
                  closed_dates=frozenset({datetime.date(2026, 11, 25)}))
    slot = resolution_slot(at("2026-11-24 20:00"), rules)
    assert slot.due_at == at("2026-11-24 20:00") and not slot.late


def test_the_customers_own_time_wins_even_in_rest_time():
    asked = at("2026-11-25 12:30")
    slot = resolution_slot(at("2026-11-24 20:50"), DEFAULT, customer_time=asked)
    assert (slot.due_at, slot.customer_time) == (asked, True)
    assert not is_allowed(asked, DEFAULT)


def test_a_retry_is_a_little_later_at_an_allowed_time():
    assert retry_slot(at("2026-11-24 10:30"), DEFAULT) == at("2026-11-24 14:00")
    assert retry_slot(at("2026-11-24 19:30"), DEFAULT) == at("2026-11-25 09:00")


def test_the_store_can_move_the_rest_hours():
    late_store = Rules(delay_hours=0, opens=T(10, 0), closes=None,
                       rest=((T(11, 30), T(13, 0)), (T(22, 0), None)))
    assert first_slot(at("2026-11-24 09:00"), late_store) == at("2026-11-24 10:00")
    assert first_slot(at("2026-11-24 11:25"), late_store) == at("2026-11-24 13:00")
    assert first_slot(at("2026-11-24 21:50"), late_store) == at("2026-11-24 21:50")
    assert first_slot(at("2026-11-24 21:55"), late_store) == at("2026-11-25 10:00")


def _allowed_minutes(rules: Rules, start: datetime.datetime, minutes: int) -> list[bool]:
    """Brute force: may a call of rules.call_minutes start at each minute?"""
    def rest_at(moment):
        t = moment.time()
        day = moment.date()
        if day.isoweekday() in rules.closed_weekdays or day in rules.closed_dates:
            return True
        if t < rules.opens or (rules.closes is not None and t >= rules.closes):
            return True
        return any(a <= t and (b is None or t < b) for a, b in rules.rest)

    free = [not rest_at(start + datetime.timedelta(minutes=m))
            for m in range(minutes + rules.call_minutes)]
    return [all(free[m:m + rules.call_minutes]) for m in range(minutes)]


@pytest.mark.parametrize("rules", [
    NOW_RULES,
    Rules(delay_hours=0, call_minutes=15, closed_weekdays=frozenset({7})),
    Rules(delay_hours=0, opens=T(8, 30), closes=T(20, 0),
          rest=((T(11, 45), T(13, 15)), (T(17, 0), T(17, 30)))),
])
def test_every_minute_of_three_days_gets_the_first_allowed_five_minute_slot(rules):
    start = at("2026-11-28 00:00")  # Saturday, Sunday, Monday
    span = 3 * 24 * 60
    allowed = _allowed_minutes(rules, start, span + 24 * 60)
    for m in range(span):
        moment = start + datetime.timedelta(minutes=m)
        slot = first_slot(moment, rules)
        offset = int((slot - start).total_seconds() // 60)
        expected = next(i for i in range(m, len(allowed)) if allowed[i] and i % 5 == 0)
        assert offset == expected, moment
        assert is_allowed(slot, rules)
