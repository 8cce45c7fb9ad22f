"""The store's shifts: which one runs, which comes next, when its end is near."""

import datetime

import pytest

from desk import settings
from desk.errors import ValidationError
from desk.handover import shifts
from desk.storage import db

DAY = datetime.date(2026, 3, 2)


def at(hhmm: str, day: datetime.date = DAY) -> datetime.datetime:
    return datetime.datetime.combine(day, shifts.parse_time(hhmm))


NIGHT = shifts.validate([
    {"name": "白班", "start": "08:00", "end": "20:00"},
    {"name": "夜班", "start": "20:00", "end": "08:00"},
])


def test_the_default_shifts_come_from_the_store_settings(conn):
    found = shifts.shifts()
    assert [(s.name, s.start.isoformat("minutes"), s.end.isoformat("minutes"))
            for s in found] == [("早班", "08:00", "15:00"), ("晚班", "15:00", "22:00")]
    assert shifts.current_shift(at("09:30")).shift.code == "early"
    assert shifts.current_shift(at("15:00")).shift.code == "late"
    assert shifts.current_shift(at("22:30")) is None  # closed
    with db.write_transaction():
        settings.put(shifts.KEY, [{"code": "a", "name": "全天", "start": "09:00",
                                   "end": "21:00"}])
    assert [s.name for s in shifts.shifts()] == ["全天"]


def test_next_and_previous_shift_around_the_day():
    found = shifts.validate(shifts.DEFAULT_SHIFTS)
    nxt = shifts.next_shift(at("14:50"), found)
    assert (nxt.shift.name, nxt.start, nxt.end) == ("晚班", at("15:00"), at("22:00"))
    tomorrow = DAY + datetime.timedelta(days=1)
    assert shifts.next_shift(at("21:55"), found).start == at("08:00", tomorrow)
    assert shifts.next_shift(at("23:00"), found).start == at("08:00", tomorrow)
    assert shifts.previous_shift(at("22:05"), found).shift.name == "晚班"
    assert shifts.handover_shift(at("22:05"), found).start == at("15:00")
    assert shifts.handover_shift(at("10:00"), found).shift.name == "早班"


def test_a_shift_crossing_midnight_runs_into_the_next_morning():
    yesterday = DAY - datetime.timedelta(days=1)
    running = shifts.current_shift(at("02:00"), NIGHT)
    assert (running.shift.name, running.start, running.end) == ("夜班", at("20:00", yesterday),
                                                                at("08:00"))
    assert running.day == yesterday
    assert shifts.current_shift(at("23:59"), NIGHT).end == at("08:00", DAY + datetime.timedelta(1))
    assert shifts.next_shift(at("07:50"), NIGHT).shift.name == "白班"
    assert shifts.near_end(at("07:50"), 15, NIGHT).shift.name == "夜班"


def test_the_end_is_near_within_fifteen_minutes_of_it():
    found = shifts.validate(shifts.DEFAULT_SHIFTS)
    assert shifts.near_end(at("14:44"), 15, found) is None
    assert shifts.near_end(at("14:45"), 15, found).shift.name == "早班"
    assert shifts.near_end(at("14:59"), 15, found).shift.name == "早班"
    assert shifts.near_end(at("15:00"), 15, found) is None  # the late shift has just begun
    assert shifts.near_end(at("21:50"), 15, found).shift.name == "晚班"
    assert shifts.near_end(at("22:01"), 15, found) is None


@pytest.mark.parametrize("rows, field, code", [
    ([], "shifts", "required"),
    ([{"name": "", "start": "08:00", "end": "15:00"}], "0.name", "required"),
    ([{"name": "早班", "start": "8点", "end": "15:00"}], "0.start", "time_invalid"),
    ([{"name": "早班", "start": "08:00", "end": "24:00"}], "0.end", "time_invalid"),
    ([{"name": "早班", "start": "08:00", "end": "08:00"}], "0.end", "shift_empty"),
    ([{"name": "早班", "start": "08:00", "end": "15:00"},
      {"name": "中班", "start": "14:00", "end": "20:00"}], "1.start", "shift_overlaps"),
    ([{"name": "夜班", "start": "20:00", "end": "09:00"},
      {"name": "早班", "start": "08:30", "end": "15:00"}], "1.start", "shift_overlaps"),
])
def test_shift_settings_are_checked(rows, field, code):
    with pytest.raises(ValidationError) as err:
        shifts.validate(rows)
    assert err.value.fields[field][0] == code


def test_valid_settings_round_trip_with_codes():
    found = shifts.validate([{"name": " 早班 ", "start": "8:00", "end": "15:00"},
                             {"name": "晚班", "start": "15:00", "end": "22:30"}])
    assert shifts.to_setting(found) == [
        {"code": "shift1", "name": "早班", "start": "08:00", "end": "15:00"},
        {"code": "shift2", "name": "晚班", "start": "15:00", "end": "22:30"}]


def test_a_supervisor_saves_the_shifts_and_a_clerk_may_not(store):
    from desk.errors import PermissionDenied

    rows = [{"name": "白班", "start": "09:00", "end": "18:00"}]
    with pytest.raises(PermissionDenied):
        shifts.save_settings(store.clerk, rows, 15, 3)
    with pytest.raises(ValidationError) as err:
        shifts.save_settings(store.supervisor, rows, 0, 1)
    assert set(err.value.fields) == {"prompt_minutes", "sudden_event_count"}
    shifts.save_settings(store.supervisor, rows, 20, 4)
    assert [s.name for s in shifts.shifts()] == ["白班"]
    assert (shifts.prompt_minutes(), settings.get("sudden_event_count")) == (20, 4)
