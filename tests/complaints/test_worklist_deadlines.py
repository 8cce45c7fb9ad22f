"""The worklist's deadline facts and its "overdue" / "due soon" views, against brute force."""

import datetime

import pytest

from desk.complaints import deadlines, lifecycle, worklist
from desk.complaints.worklist import WorklistFilter
from tests.complaints.test_deadlines import Clock
from tests.complaints.test_lifecycle import Desk

T = datetime.datetime
H = datetime.timedelta(hours=1)
M = datetime.timedelta(minutes=1)
T0 = T(2024, 5, 31, 20, 0)  # the prepared set spans a night and a month end


@pytest.fixture
def prepared(store, monkeypatch):
    """Complaints with deadlines spread over eight hours; some paused, some answered."""
    clock = Clock(T0)
    monkeypatch.setattr(lifecycle, "now", clock)
    desk = Desk(store)
    made = []
    for i in range(40):
        c = desk.do(desk.register(), "judge_founded", deadline=T0 + (10 + 12 * i) * M)
        if i % 7 == 3:
            clock.at = T0 + (5 + 12 * i) * M  # paused before its deadline
            c = desk.do(c, "pause")
        elif i % 11 == 5:
            for action in ("start_investigation", "propose_resolution", "agree"):
                c = desk.do(c, action)  # answered: no promise is owed any more
        made.append(c)
    clock.at = T0 + 3 * H
    late = desk.do(made[2], "pause")  # paused only after its deadline had passed
    made[2] = late
    desk.register()  # not judged yet: no deadline
    return made


def all_rows() -> list[worklist.WorklistRow]:
    return worklist.page(WorklistFilter(open_only=False), limit=1000)


def walk(flt: WorklistFilter, at: datetime.datetime, limit: int) -> list[int]:
    """Every page of the filter, following before_id, as one list of ids."""
    ids, before = [], None
    while True:
        rows = worklist.page(flt, before_id=before, limit=limit, at=at)
        ids.extend(r.id for r in rows)
        if len(rows) < limit:
            return ids
        before = rows[-1].id


def test_rows_carry_the_running_pause(prepared):
    rows = {r.id: r for r in all_rows()}
    for c in prepared:
        assert rows[c.id].paused_since == lifecycle.case_of(c.id).paused_since
        assert rows[c.id].deadline == c.deadline
    assert sum(r.paused_since is not None for r in rows.values()) == 7


@pytest.mark.parametrize("minutes", [180, 230, 301, 420, 600])  # after every pause began
@pytest.mark.parametrize("due", worklist.DUE_CHOICES)
def test_due_views_match_brute_force_and_page_by_keyset(prepared, store, due, minutes):
    at = T0 + minutes * M
    soon = deadlines.due_soon_hours()
    rows = all_rows()
    expected = [r.id for r in rows if r.deadline_state(at, soon) == due]
    assert walk(WorklistFilter(due=due), at, limit=3) == expected
    assert walk(WorklistFilter(due=due), at, limit=1000) == expected
    if due == worklist.OVERDUE:
        # The same promises the reminder's own query calls overdue.
        assert sorted(expected) == sorted(i.id for i in deadlines.overdue(at=at))
    assigned = {r.id: r.assigned_name for r in rows}
    mine = walk(WorklistFilter(due=due, mine_id=store.clerk.id), at, limit=7)
    assert mine == [i for i in expected if assigned[i] == store.clerk.name]


def test_states_at_a_fixed_time(prepared):
    at = T0 + 3 * H
    rows = {r.id: r for r in all_rows()}
    soon = deadlines.due_soon_hours()
    assert rows[prepared[0].id].deadline_state(at, soon) == "overdue"
    assert rows[prepared[0].id].time_left(at) == -(3 * H - 10 * M)
    assert rows[prepared[2].id].deadline_state(at, soon) == "overdue"  # paused too late
    assert rows[prepared[3].id].deadline_state(at, soon) == "paused"
    assert rows[prepared[3].id].time_left(at) == 5 * M  # frozen when it was paused
    assert rows[prepared[5].id].deadline_state(at, soon) is None  # answered
    assert rows[prepared[30].id].deadline_state(at, soon) == "ok"  # 3 h 10 min left
    assert rows[prepared[18].id].deadline_state(at, soon) == "due_soon"  # 46 min left
    assert rows[prepared[18].id].time_left(at) == 46 * M
