"""Roles are enforced by the domain functions themselves, not only by hidden buttons."""

import pytest

from desk.complaints import (
    attachments,
    contacts,
    departments,
    escalation,
    investigation,
    lifecycle,
    registration,
)
from desk.errors import DeskError, PermissionDenied
from desk.models import Complaint, Department, Staff
from desk.staff import permissions
from tests.complaints.test_lifecycle import Desk
from tests.complaints.test_registration import make_input

SUPERVISOR_ONLY = {"refuse", "approve", "decline_approval", "acknowledge_escalation",
                   "manage_departments", "review_grant",
                   "schedule_care_callbacks", "edit_store_rules",  # callbacks (issue 5)
                   "waive_reply",  # no reply letter to a written complaint (issue 15)
                   "merge_customers", "assign_customers"}  # customer records (issue 15)


def test_every_lifecycle_action_has_a_role():
    assert set(lifecycle.TRANSITIONS) <= set(permissions.REQUIRED_ROLE)
    assert {a for a, r in permissions.REQUIRED_ROLE.items() if r == "supervisor"} == (
        SUPERVISOR_ONLY)
    assert lifecycle.TRANSITIONS["approve"].role == "supervisor"
    with pytest.raises(DeskError) as err:
        permissions.required_role("launch_rocket")
    assert err.value.code == "unknown_action"


def test_allows_and_require_follow_the_table():
    clerk = Staff(role="clerk", active=True)
    boss = Staff(role="supervisor", active=True)
    gone = Staff(role="supervisor", active=False)
    for action, role in permissions.REQUIRED_ROLE.items():
        assert permissions.allows(boss, action)
        assert permissions.allows(clerk, action) == (role == "clerk")
        assert not permissions.allows(gone, action)
        assert not permissions.allows(None, action)
    permissions.require(clerk, "reopen")
    with pytest.raises(PermissionDenied) as err:
        permissions.require(clerk, "approve")
    assert (err.value.code, err.value.params) == ("supervisor_only",
                                                  {"action": "approve", "role": "supervisor"})
    with pytest.raises(PermissionDenied) as err:
        permissions.require(gone, "reopen")
    assert err.value.code == "staff_inactive"


def test_a_clerk_calling_supervisor_functions_directly_is_refused(store):
    desk = Desk(store)
    clerk = store.clerk
    media = registration.register(make_input(channel="media"), clerk, store.desk)
    [alert] = escalation.pending_alerts()
    waiting = desk.reach("complaint", "awaiting_approval")
    fresh = desk.register()
    photo = attachments.add_bytes(fresh.id, b"\x89PNG\r\n\x1a\n", "p.png", clerk, store.desk)
    attempts = [
        lambda: lifecycle.perform(waiting.id, waiting.version, "approve", clerk, store.desk),
        lambda: lifecycle.perform(waiting.id, waiting.version, "decline_approval", clerk,
                                  store.desk, reason="超出权限"),
        lambda: lifecycle.perform(fresh.id, fresh.version, "refuse", clerk, store.desk,
                                  reason="敲诈", evidence_ids=[photo.id]),
        lambda: escalation.acknowledge(alert.id, clerk, store.desk),
        lambda: departments.add("厂家", 24, clerk, store.desk),
        lambda: departments.update(desk.sales.id, clerk, store.desk, active=False),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    assert Complaint.get_by_id(waiting.id).status == "awaiting_approval"
    assert Complaint.get_by_id(fresh.id).status == "registered"
    assert [a.complaint_id for a in escalation.pending_alerts()] == [media.id]
    assert Department.select().count() == 2 and Department.get_by_id(desk.sales.id).active


def test_an_inactive_staff_member_can_do_nothing(store):
    desk = Desk(store)
    c = desk.register()
    Staff.update(active=False).where(Staff.id == store.clerk.id).execute()
    gone = Staff.get_by_id(store.clerk.id)
    assert lifecycle.available_actions(c, gone) == []
    with pytest.raises(PermissionDenied) as err:
        lifecycle.perform(c.id, c.version, "judge_not_founded", gone, store.desk,
                          explanation="x")
    assert err.value.code == "staff_inactive"
    for attempt in (lambda: contacts.add(c.id, "phone", "info", "x", gone, store.desk),
                    lambda: attachments.add_bytes(c.id, b"x", "x", gone, store.desk),
                    lambda: investigation.ask(c.id, desk.sales.id, "x", gone, store.desk)):
        with pytest.raises(PermissionDenied):
            attempt()
