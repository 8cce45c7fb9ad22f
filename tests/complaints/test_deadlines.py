"""The promised answer time: defaults, pauses, nights, month and year ends, what falls due."""

import datetime

import pytest

from desk import settings
from desk.complaints import deadlines, lifecycle
from desk.errors import DeskError, ValidationError
from tests.complaints.test_lifecycle import Desk

T = datetime.datetime
H = datetime.timedelta(hours=1)
M = datetime.timedelta(minutes=1)


# -- pure arithmetic ----------------------------------------------------------------

@pytest.mark.parametrize("deadline, at, hours_left", [
    (T(2024, 2, 1, 10, 0), T(2024, 1, 31, 22, 0), 12),  # over a night and a month end
    (T(2025, 1, 1, 2, 0), T(2024, 12, 31, 23, 30), 2.5),  # over the year end
    (T(2024, 3, 1, 9, 0), T(2024, 2, 28, 9, 0), 48),  # leap year: 29 February counts
    (T(2023, 3, 1, 9, 0), T(2023, 2, 28, 9, 0), 24),
    (T(2024, 4, 30, 23, 59), T(2024, 5, 1, 0, 29), -0.5),  # overdue across midnight
    (T(2024, 1, 31, 10, 0), T(2024, 2, 1, 9, 0), -23),
])
def test_time_left_counts_calendar_hours(deadline, at, hours_left):
    assert deadlines.time_left(deadline, at) == datetime.timedelta(hours=hours_left)


@pytest.mark.parametrize("left, expected", [
    (datetime.timedelta(hours=30), "ok"),
    (datetime.timedelta(hours=2), "ok"),
    (datetime.timedelta(hours=2) - datetime.timedelta(seconds=1), "due_soon"),
    (datetime.timedelta(0), "due_soon"),
    (-datetime.timedelta(seconds=1), "overdue"),
    (-datetime.timedelta(days=3), "overdue"),
])
def test_state_is_ok_due_soon_or_overdue(left, expected):
    at = T(2024, 12, 31, 23, 0)
    assert deadlines.state(at + left, at) == expected


def test_due_soon_threshold_is_a_parameter():
    at = T(2024, 6, 1, 12, 0)
    assert deadlines.state(at + 3 * H, at) == "ok"
    assert deadlines.state(at + 3 * H, at, due_soon=4) == "due_soon"


def test_a_paused_clock_stands_still_across_midnight():
    deadline, paused = T(2024, 2, 1, 8, 0), T(2024, 1, 31, 23, 0)
    for at in (T(2024, 1, 31, 23, 30), T(2024, 2, 1, 7, 0), T(2024, 2, 3, 12, 0)):
        assert deadlines.time_left(deadline, at, paused) == 9 * H
        assert deadlines.state(deadline, at, paused) == "ok"
    # Paused when already overdue: it stays overdue by the same amount.
    assert deadlines.time_left(deadline, T(2024, 2, 5), T(2024, 2, 1, 9, 0)) == -H


@pytest.mark.parametrize("deadline, paused, resumed, expected", [
    (T(2024, 2, 1, 8, 0), T(2024, 1, 31, 23, 0), T(2024, 2, 1, 8, 30), T(2024, 2, 1, 17, 30)),
    (T(2025, 1, 1, 10, 0), T(2024, 12, 31, 20, 0), T(2025, 1, 2, 10, 0),
     T(2025, 1, 3, 0, 0)),  # 38 hours over the year end
    (T(2024, 2, 29, 12, 0), T(2024, 2, 28, 12, 0), T(2024, 3, 1, 12, 0), T(2024, 3, 2, 12, 0)),
    (T(2024, 6, 1, 12, 0), T(2024, 6, 1, 10, 0), T(2024, 6, 1, 9, 0), T(2024, 6, 1, 12, 0)),
])
def test_resuming_pushes_the_deadline_by_the_time_waited(deadline, paused, resumed, expected):
    assert deadlines.resumed_deadline(deadline, paused, resumed) == expected


# -- on complaints, with the desk's clock set by the test ---------------------------

class Clock:
    def __init__(self, at: datetime.datetime):
        self.at = at

    def __call__(self) -> datetime.datetime:
        return self.at


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(T(2024, 1, 31, 21, 0))
    monkeypatch.setattr(lifecycle, "now", clock)
    return clock


@pytest.fixture
def desk(store):
    return Desk(store)


def test_judging_founded_promises_the_category_default(desk, clock):
    quality = desk.do(desk.register(category="product_quality"), "judge_founded")
    assert quality.deadline == clock.at + 72 * H  # 3 February 21:00, over a month end
    attitude = desk.do(desk.register(category="service_attitude"), "judge_founded")
    assert attitude.deadline == clock.at + 24 * H


def test_the_store_sets_its_own_default_hours(desk, clock):
    settings.put("categories", ["delivery", "会员卡"])
    settings.put(deadlines.HOURS_BY_CATEGORY_KEY, {"delivery": 6})
    settings.put(deadlines.DEFAULT_HOURS_KEY, 36)
    assert desk.do(desk.register(category="delivery"), "judge_founded").deadline == (
        clock.at + 6 * H)
    assert desk.do(desk.register(category="会员卡"), "judge_founded").deadline == (
        clock.at + 36 * H)


def test_the_promised_time_can_be_chosen_but_must_lie_ahead(desk, clock):
    c = desk.register()
    for bad, code in ((clock.at, "must_be_future"), (clock.at - H, "must_be_future"),
                      ("tomorrow", "datetime_invalid")):
        with pytest.raises(ValidationError) as err:
            desk.do(c, "judge_founded", deadline=bad)
        assert err.value.fields == {"deadline": (code, {})}
    promised = T(2024, 2, 1, 10, 0)
    assert desk.do(c, "judge_founded", deadline=promised).deadline == promised


def test_pausing_overnight_moves_the_deadline_by_the_wait(desk, clock):
    c = desk.do(desk.register(), "judge_founded", deadline=T(2024, 2, 1, 8, 0))
    clock.at = T(2024, 1, 31, 23, 0)
    c = desk.do(c, "pause", waiting_for="customer", reason="顾客出差，下周回来")
    facts = lifecycle.case_of(c.id)
    assert facts.paused_since == clock.at and facts.waiting_for == "customer"
    assert c.deadline == T(2024, 2, 1, 8, 0)  # unchanged while paused
    with pytest.raises(DeskError) as err:
        desk.do(c, "pause")
    assert err.value.code == "clock_already_paused"
    clock.at = T(2024, 2, 1, 8, 30)
    c = desk.do(c, "resume")
    assert c.deadline == T(2024, 2, 1, 17, 30)
    assert lifecycle.case_of(c.id).paused_since is None
    with pytest.raises(DeskError) as err:
        desk.do(c, "resume")
    assert err.value.code == "clock_not_paused"
    # A second pause, spanning the month end, adds its own wait.
    c = desk.do(c, "start_investigation")
    clock.at = T(2024, 2, 1, 12, 0)
    c = desk.do(c, "pause")
    clock.at = T(2024, 2, 3, 12, 0)
    c = desk.do(c, "resume")
    assert c.deadline == T(2024, 2, 3, 17, 30)
    assert [(p.paused_at, p.resumed_at) for p in deadlines.pauses_of(c.id)] == [
        (T(2024, 1, 31, 23, 0), T(2024, 2, 1, 8, 30)), (T(2024, 2, 1, 12, 0), T(2024, 2, 3, 12, 0))]


def test_a_pause_needs_what_it_waits_for_and_why(desk, clock):
    c = desk.do(desk.register(), "judge_founded")
    with pytest.raises(ValidationError) as err:
        lifecycle.perform(c.id, c.version, "pause", desk.staff, desk.store.desk,
                          waiting_for="weather", reason="")
    assert err.value.fields == {"waiting_for": ("choice_invalid", {}),
                                "reason": ("required", {})}


def test_what_falls_due_and_what_is_overdue(desk, clock, store):
    t0 = clock.at = T(2024, 5, 31, 23, 0)
    soon = desk.do(desk.register(), "judge_founded", deadline=t0 + 30 * M)
    later = desk.do(desk.register(), "judge_founded", deadline=t0 + 3 * H)
    first = desk.do(desk.register(), "judge_founded", deadline=t0 + 10 * M,
                    assigned_to_id=store.supervisor.id, reason="主管亲自处理")
    paused = desk.do(desk.register(), "judge_founded", deadline=t0 + 20 * M)
    paused = desk.do(paused, "pause")
    answered = desk.do(desk.register(), "judge_founded", deadline=t0 + 15 * M)
    for action in ("start_investigation", "propose_resolution", "agree"):
        answered = desk.do(answered, action)
    late_pause = desk.do(desk.register(), "judge_founded", deadline=t0 + 5 * M)
    unjudged = desk.register()

    assert [i.id for i in deadlines.due_within(1, at=t0)] == [late_pause.id, first.id, soon.id]
    assert [i.id for i in deadlines.due_within(1, at=t0, assigned_to_id=store.supervisor.id)]         == [first.id]
    assert deadlines.overdue(at=t0) == []

    clock.at = t0 + H  # 00:00 on 1 June: the next month
    late_pause = desk.do(late_pause, "pause")  # paused only after its deadline had passed
    at = t0 + 2 * H
    overdue = deadlines.overdue(at=at)
    assert [i.id for i in overdue] == [late_pause.id, first.id, soon.id]
    assert {i.state(at) for i in overdue} == {"overdue"}
    assert late_pause.id not in [i.id for i in deadlines.due_within(24, at=at)]
    assert [i.id for i in deadlines.due_within(24, at=at)] == [later.id]
    assert deadlines.due_within(24, at=at)[0].state(at) == "due_soon"
    all_ids = {i.id for i in deadlines.overdue(at=t0 + 100 * H)}
    assert paused.id not in all_ids and answered.id not in all_ids
    assert unjudged.id not in all_ids


def test_settings_for_due_soon(store):
    assert deadlines.due_soon_hours() == 2
    settings.put(deadlines.DUE_SOON_HOURS_KEY, 4)
    assert deadlines.due_soon_hours() == 4
