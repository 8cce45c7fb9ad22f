"""Departments, assignment and transfers (重派), counted for the reassignment rate."""

import datetime

import pytest

from desk.complaints import departments, lifecycle, routing
from desk.errors import DeskError, PermissionDenied, ValidationError
from desk.models import ChangeLog, Complaint, Department, Transfer
from desk.storage import history
from tests.complaints.test_lifecycle import Desk


@pytest.fixture
def desk(store):
    return Desk(store)


def route(desk, complaint, staff=None, **inputs) -> Complaint:
    return lifecycle.perform(complaint.id, complaint.version, "route", staff or desk.store.clerk,
                             desk.store.desk, **inputs)


def test_first_department_is_an_assignment_not_a_transfer(desk):
    c = desk.do(desk.register(), "judge_founded")
    assert c.department_id == desk.sales.id
    assert routing.transfer_count(c.id) == 0


def test_a_transfer_needs_a_reason_and_is_counted(desk, store):
    c = desk.do(desk.register(), "judge_founded")
    with pytest.raises(ValidationError) as err:
        route(desk, c, department_id=desk.delivery.id)
    assert err.value.fields == {"reason": ("required", {})}
    assert Transfer.select().count() == 0
    c = route(desk, c, department_id=desk.delivery.id, reason="是送货时碰坏的")
    assert c.department_id == desk.delivery.id
    c = route(desk, c, assigned_to_id=store.supervisor.id, reason="顾客要求主管处理")
    assert c.assigned_to_id == store.supervisor.id
    assert routing.transfer_count(c.id) == 2
    first, second = routing.transfers_of(c.id)
    assert (first.from_department_id, first.to_department_id) == (desk.sales.id, desk.delivery.id)
    assert (first.from_staff_id, first.to_staff_id) == (store.clerk.id, store.clerk.id)
    assert first.reason == "是送货时碰坏的" and first.by_id == store.clerk.id
    assert (second.from_staff_id, second.to_staff_id) == (store.clerk.id, store.supervisor.id)
    assert (second.from_department_id, second.to_department_id) == (desk.delivery.id,) * 2
    changed = [(e.field, e.old_value, e.new_value) for e in history.events_of(c.id)
               if e.action == "route" and e.field]
    assert changed == [("department", str(desk.sales.id), str(desk.delivery.id)),
                       ("assigned_to", str(store.clerk.id), str(store.supervisor.id))]
    assert history.verify_chain()[1] is None


def test_transfers_are_listed_by_period(desk):
    c = desk.do(desk.register(), "judge_founded")
    c = lifecycle.perform(c.id, c.version, "route", desk.staff, desk.store.desk,
                          department_id=desk.delivery.id, reason="换部门")
    assert routing.transfer_count(c.id) == 1
    since = datetime.datetime.now() - datetime.timedelta(minutes=5)
    until = datetime.datetime.now() + datetime.timedelta(minutes=5)
    assert [t.complaint_id for t in routing.transfers_between(since, until)] == [c.id]
    assert routing.transfers_between(until, until + datetime.timedelta(days=1)) == []


def test_judging_a_reopened_complaint_into_another_department_is_a_transfer(desk):
    c = desk.do(desk.reach("complaint", "callback_pending"), "close")
    c = desk.do(c, "reopen")
    with pytest.raises(ValidationError) as err:
        desk.do(c, "judge_founded", department_id=desk.delivery.id)
    assert err.value.fields == {"reason": ("required", {})}
    c = desk.do(c, "judge_founded", department_id=desk.delivery.id, reason="其实是送货问题")
    assert routing.transfer_count(c.id) == 1


def test_routing_to_the_same_place_or_an_inactive_one_is_refused(desk, store):
    c = desk.do(desk.register(), "judge_founded")
    with pytest.raises(ValidationError) as err:
        route(desk, c, department_id=desk.sales.id, reason="x")
    assert err.value.fields == {"department_id": ("unchanged", {})}
    with pytest.raises(ValidationError) as err:
        route(desk, c)
    assert err.value.fields == {"assigned_to_id": ("unchanged", {})}
    departments.update(desk.delivery.id, store.supervisor, store.desk, active=False)
    with pytest.raises(ValidationError) as err:
        route(desk, c, department_id=desk.delivery.id, reason="x")
    assert err.value.fields == {"department_id": ("choice_invalid", {})}
    with pytest.raises(ValidationError) as err:
        route(desk, c, assigned_to_id=99999, reason="x")
    assert err.value.fields == {"assigned_to_id": ("choice_invalid", {})}
    assert routing.transfer_count(c.id) == 0


def test_a_closed_complaint_is_not_routed(desk):
    c = desk.reach("complaint", "closed")
    with pytest.raises(DeskError) as err:
        route(desk, c, department_id=desk.delivery.id, reason="x")
    assert err.value.code == "illegal_transition"


# -- managing departments -----------------------------------------------------------

def test_departments_are_managed_by_a_supervisor(store):
    with pytest.raises(PermissionDenied):
        departments.add("维修部", 24, store.clerk, store.desk)
    repair = departments.add("维修部", 24, store.supervisor, store.desk)
    with pytest.raises(PermissionDenied):
        departments.update(repair.id, store.clerk, store.desk, answer_hours=2)
    assert Department.get_by_id(repair.id).answer_hours == 24
    assert ChangeLog.select().where(ChangeLog.table == "department").count() == 1


def test_department_rules(store):
    sup = store.supervisor
    install = departments.add("安装部", 48, sup, store.desk)
    cashier = departments.add("收银台", 4, sup, store.desk)
    assert cashier.sort_order > install.sort_order
    for name, hours, field, code in (("", 24, "name", "required"),
                                     ("安装部", 24, "name", "department_name_taken"),
                                     ("部" * 41, 24, "name", "too_long"),
                                     ("厂家", 0, "answer_hours", "hours_out_of_range"),
                                     ("厂家", "abc", "answer_hours", "hours_out_of_range"),
                                     ("厂家", 721, "answer_hours", "hours_out_of_range")):
        with pytest.raises(ValidationError) as err:
            departments.add(name, hours, sup, store.desk)
        assert err.value.fields[field][0] == code, (name, hours)
    with pytest.raises(ValidationError) as err:
        departments.update(cashier.id, sup, store.desk, name="安装部")
    assert err.value.fields["name"][0] == "department_name_taken"
    renamed = departments.update(cashier.id, sup, store.desk, name="收银处", answer_hours=8)
    assert (renamed.name, renamed.answer_hours) == ("收银处", 8)
    departments.update(install.id, sup, store.desk, active=False)
    assert [d.name for d in departments.active_departments()] == ["收银处"]
    assert [d.name for d in departments.all_departments()] == ["安装部", "收银处"]
    with pytest.raises(DeskError) as err:
        departments.update(9999, sup, store.desk, name="x")
    assert err.value.code == "not_found"
