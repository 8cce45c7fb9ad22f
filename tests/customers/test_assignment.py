"""Balanced assignment of customers to clerks: by count, weighted by ability, within
capacity; shown before it is written, written in one transaction, conflicts refused."""

import datetime
import threading

import pytest

from desk.customers import assignment, records
from desk.errors import ConflictError, PermissionDenied, ValidationError
from desk.models import Customer, CustomerEvent, Staff, now
from desk.staff import auth
from desk.storage import db

WEEK = datetime.timedelta(days=7)


def customers(n: int, tags: dict[int, str] | None = None) -> list[int]:
    """n customers straight into the table (as years of registrations left them)."""
    tags = tags or {}
    with db.write_transaction():
        start = Customer.select().count()
        for i in range(n):
            Customer.create(name=f"顾客{start + i:05d}", phone=f"139{start + i:08d}",
                            phone_tail=f"{start + i:04d}"[-4:], tags=tags.get(i, ""))
    return [c.id for c in Customer.select(Customer.id).order_by(Customer.id)]


def clerks(store, levels: list[int], capacity: dict[int, int] | None = None) -> list[Staff]:
    made = [store.clerk]
    for i in range(1, len(levels)):
        made.append(auth.add_staff(f"k{i}", f"店员{i}", "1357", by=store.supervisor))
    for i, (staff, level) in enumerate(zip(made, levels, strict=True)):
        auth.update_staff(staff.id, store.supervisor, ability_level=level,
                          capacity=(capacity or {}).get(i))
    return [Staff.get_by_id(s.id) for s in made]


def test_targets_follow_the_weights_within_floors_and_caps():
    assert assignment.targets(12, [1, 2, 3], [0, 0, 0], [None, None, None]) == [2, 4, 6]
    assert sum(assignment.targets(100, [1, 2, 3], [0, 0, 0], [None] * 3)) == 100
    assert assignment.targets(12, [1, 2, 3], [0, 0, 0], [None, None, 3]) == [3, 6, 3]
    assert assignment.targets(12, [1, 1, 1], [10, 0, 0], [None] * 3) == [10, 1, 1]
    assert assignment.targets(50, [1, 1], [0, 0], [5, 5]) == [5, 5]  # no room for the rest


def test_a_proposal_is_balanced_by_level_and_writes_nothing(store):
    team = clerks(store, [1, 2, 3])
    customers(60)
    p = assignment.propose(assignment.UNASSIGNED, store.supervisor)
    assert {s.staff_id: s.gets for s in p.shares} == {team[0].id: 10, team[1].id: 20,
                                                       team[2].id: 30}
    assert p.moved == 60 and p.unplaced == 0
    assert Customer.select().where(Customer.assigned_to.is_null(False)).count() == 0


def test_applying_assigns_with_a_first_contact_due_a_week_later_and_history(store):
    team = clerks(store, [2, 2])
    ids = customers(10)
    p = assignment.propose(assignment.UNASSIGNED, store.supervisor)
    before = now()
    assert assignment.apply(p, store.supervisor, store.desk) == 10
    held = {s.id: assignment.count_held(s.id) for s in team}
    assert held == {team[0].id: 5, team[1].id: 5}
    c = Customer.get_by_id(ids[0])
    assert before + WEEK - datetime.timedelta(seconds=5) <= c.first_contact_due <= now() + WEEK
    assert CustomerEvent.select().where(CustomerEvent.action == "assigned").count() == 10
    mine = assignment.my_customers(team[0].id)
    assert len(mine) == 5 and all(m.state(now()) == "due" for m in mine)
    assert all(m.state(now() + WEEK + WEEK) == "overdue" for m in mine)


def test_demanding_customers_go_to_the_most_able_clerks_first(store):
    team = clerks(store, [1, 3])
    customers(8, tags={5: "vip", 6: "sensitive", 7: "elderly"})
    p = assignment.propose(assignment.UNASSIGNED, store.supervisor)
    by_id = {s.staff_id: s for s in p.shares}
    assert (by_id[team[1].id].gets, by_id[team[1].id].demanding) == (6, 2)
    assert by_id[team[0].id].demanding == 0


def test_a_leaving_clerks_customers_go_to_the_others(store):
    team = clerks(store, [2, 2, 2])
    customers(9)
    assignment.apply(assignment.propose(assignment.UNASSIGNED, store.supervisor),
                     store.supervisor, store.desk)
    p = assignment.propose(assignment.LEAVING, store.supervisor, leaving_id=team[0].id)
    assert [s.staff_id for s in p.shares] == [team[1].id, team[2].id]
    assert sorted(s.gets for s in p.shares) == [1, 2]
    assignment.apply(p, store.supervisor, store.desk)
    assert assignment.count_held(team[0].id) == 0
    assert assignment.count_held(team[1].id) + assignment.count_held(team[2].id) == 9


def test_rebalancing_all_moves_as_few_as_possible(store):
    team = clerks(store, [2, 2])
    ids = customers(10)
    with db.write_transaction():
        Customer.update(assigned_to=team[0].id).where(Customer.id.in_(ids)).execute()
    p = assignment.propose(assignment.ALL, store.supervisor)
    assert p.moved == 5
    assignment.apply(p, store.supervisor, store.desk)
    assert [assignment.count_held(s.id) for s in team] == [5, 5]


def test_capacity_is_never_exceeded_and_the_rest_is_said(store):
    clerks(store, [3, 1], capacity={0: 2, 1: 3})
    customers(10)
    p = assignment.propose(assignment.UNASSIGNED, store.supervisor)
    assert [s.after for s in p.shares] == [2, 3]
    assert p.unplaced == 5


def test_only_a_supervisor_assigns_and_levels_are_checked(store):
    clerks(store, [2])
    with pytest.raises(PermissionDenied):
        assignment.propose(assignment.UNASSIGNED, store.clerk)
    for level in (0, 4):
        with pytest.raises(ValidationError) as refused:
            auth.update_staff(store.clerk.id, store.supervisor, ability_level=level)
        assert refused.value.fields["ability_level"][0] == "level_invalid"
    with pytest.raises(ValidationError) as refused:
        auth.update_staff(store.clerk.id, store.supervisor, capacity=0)
    assert refused.value.fields["capacity"][0] == "capacity_invalid"


def test_a_clerk_deactivated_after_the_proposal_is_refused_and_nothing_written(store):
    team = clerks(store, [2, 2])
    customers(6)
    p = assignment.propose(assignment.UNASSIGNED, store.supervisor)
    auth.update_staff(team[1].id, store.supervisor, active=False)
    with pytest.raises(ValidationError) as refused:
        assignment.apply(p, store.supervisor, store.desk)
    assert refused.value.fields["clerks"][0] == "clerk_inactive"
    assert Customer.select().where(Customer.assigned_to.is_null(False)).count() == 0


def test_two_supervisors_applying_at_once_one_gets_a_conflict(store, db_url):
    clerks(store, [2, 2])
    customers(40)
    second_boss = auth.add_staff("boss2", "赵主管", "2468", role="supervisor",
                                 by=store.supervisor)
    mine = assignment.propose(assignment.UNASSIGNED, store.supervisor)
    theirs = assignment.propose(assignment.UNASSIGNED, second_boss)
    results = {}

    def run(name, proposal, who):
        try:
            results[name] = assignment.apply(proposal, who, name)
        except ConflictError as e:
            results[name] = e
        finally:
            db.current().db.close()

    threads = [threading.Thread(target=run, args=("台1", mine, store.supervisor)),
               threading.Thread(target=run, args=("台2", theirs, second_boss))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    outcomes = sorted(type(r).__name__ for r in results.values())
    assert outcomes == ["ConflictError", "int"], results
    assert Customer.select().where(Customer.assigned_to.is_null(False)).count() == 40
    desks = {e.desk for e in CustomerEvent.select()}
    assert len(desks) == 1  # the second wrote nothing, not even history


def test_the_holders_contact_meets_the_first_contact_another_clerks_does_not(store):
    team = clerks(store, [2, 2])
    ids = customers(2)
    assignment.apply(assignment.propose(assignment.UNASSIGNED, store.supervisor),
                     store.supervisor, store.desk)
    holder = Staff.get_by_id(Customer.get_by_id(ids[0]).assigned_to_id)
    other = next(s for s in team if s.id != holder.id)
    assignment.record_contact(ids[0], other, "phone", "顺便问候", store.desk)
    assert Customer.get_by_id(ids[0]).first_contact_at is None
    assignment.record_contact(ids[0], holder, "phone", "初次联系，已加微信", store.desk)
    assert Customer.get_by_id(ids[0]).first_contact_at is not None
    count, due = assignment.first_contacts_due(now() + WEEK + WEEK)
    assert count == 1 and [c.id for c in due] == [ids[1]]
    with pytest.raises(ValidationError) as refused:
        assignment.record_contact(ids[1], holder, "pigeon", "", store.desk)
    assert "method" in refused.value.fields
    with pytest.raises(ValidationError) as refused:
        assignment.record_contact(ids[1], holder, "phone", "",
                                  store.desk, at=now() + datetime.timedelta(days=1))
    assert refused.value.fields["at"][0] == "in_future"
    assert records.get(ids[1]).first_contact_at is None
