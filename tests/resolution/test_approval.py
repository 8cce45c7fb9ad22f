"""The authority rule (不越权承诺), supervisors' approvals and the after-the-fact review."""

import datetime
from decimal import Decimal

import pytest

from desk.complaints import lifecycle
from desk.errors import AuthError, DeskError, PermissionDenied
from desk.models import Complaint, ResolutionApproval, Staff
from desk.resolution import approval
from desk.resolution import remedies as resolution
from desk.resolution.remedies import RemedyInput
from desk.storage import history
from tests.resolution.test_resolution import APOLOGY, REFUND_150, proposed

REFUND_500 = RemedyInput("refund", "退还全部货款", "500")
DAY = datetime.timedelta(days=1)


def agree(c, staff, desk):
    return lifecycle.perform(c.id, Complaint.get_by_id(c.id).version, "agree", staff, desk)


def window():
    today = datetime.datetime.now().replace(microsecond=0)
    return today - DAY, today + DAY


def test_within_the_limit_the_clerk_agrees_and_it_lands_in_the_review_list(store):
    c = proposed(store, [REFUND_150, RemedyInput("gift", "赠品", "50"), APOLOGY])  # 200.00
    assert not approval.needs_approval(c.id, store.clerk)
    c = agree(c, store.clerk, store.desk)
    assert c.status == "agreed"
    items = approval.review_list(*window())
    assert [(i.complaint_id, i.total, i.granted_by_name, i.reviewed_at) for i in items] == [
        (c.id, Decimal("200.00"), "李小红", None)]


def test_above_the_limit_the_clerk_cannot_agree_without_an_approval(store):
    c = proposed(store, [REFUND_500])
    assert approval.needs_approval(c.id, store.clerk)
    with pytest.raises(PermissionDenied) as err:
        agree(c, store.clerk, store.desk)
    assert err.value.code == "approval_required"
    assert err.value.params == {"total": "500.00", "limit": "200.00"}
    assert Complaint.get_by_id(c.id).status == "resolution_proposed"
    assert approval.review_list(*window()) == []


def test_a_supervisor_agrees_within_their_own_authority_without_review(store):
    c = proposed(store, [REFUND_500])
    assert agree(c, store.supervisor, store.desk).status == "agreed"
    assert approval.review_list(*window()) == []


def test_a_lowered_limit_counts_at_once(store):
    c = proposed(store, [REFUND_150])
    Staff.update(authority_limit=Decimal("100")).where(Staff.id == store.clerk.id).execute()
    with pytest.raises(PermissionDenied):
        agree(c, store.clerk, store.desk)  # store.clerk still says 200.00 in memory


def test_supervisor_approves_at_the_desk_with_code_and_pin(store):
    c = proposed(store, [REFUND_500])
    c = approval.approve_with_pin(c.id, "boss", "2468", c.version, store.desk, note="老顾客")
    assert c.status == "resolution_proposed"
    assert not approval.needs_approval(c.id, store.clerk)
    assert approval.approver_of(c.id).id == store.supervisor.id
    c = agree(c, store.clerk, store.desk)
    assert c.status == "agreed"
    row = ResolutionApproval.get(ResolutionApproval.complaint == c.id)
    assert (row.status, row.via, row.decided_by_id, row.total) == (
        "approved", "pin", store.supervisor.id, Decimal("500.00"))
    assert "resolution_approved" in [e.action for e in history.events_of(c.id)]
    assert approval.review_list(*window()) == []  # approved: not a clerk's own grant


def test_pin_approval_refuses_a_wrong_pin_and_a_clerks_code(store):
    c = proposed(store, [REFUND_500])
    with pytest.raises(AuthError) as err:
        approval.approve_with_pin(c.id, "boss", "0000", c.version, store.desk)
    assert err.value.code == "wrong_code_or_pin"
    assert Staff.get_by_id(store.supervisor.id).failed_sign_ins == 1  # counted, not rolled back
    with pytest.raises(PermissionDenied) as err:
        approval.approve_with_pin(c.id, "c1", "1357", c.version, store.desk)
    assert err.value.code == "supervisor_only"
    assert approval.needs_approval(c.id, store.clerk)
    assert ResolutionApproval.select().count() == 0


def test_pin_approval_of_a_waiting_request_moves_it_on(store):
    c = proposed(store, [REFUND_500])
    c = lifecycle.perform(c.id, c.version, "request_approval", store.clerk, store.desk)
    c = approval.approve_with_pin(c.id, "boss", "2468", c.version, store.desk)
    assert c.status == "agreed"
    row = ResolutionApproval.get(ResolutionApproval.complaint == c.id)
    assert (row.status, row.via, row.requested_by_id) == ("approved", "pin", store.clerk.id)
    assert approval.approvals_queue() == []


def test_the_queue_lists_requests_and_a_supervisor_approves_on_any_desk(store):
    c = proposed(store, [REFUND_500, APOLOGY])
    c = lifecycle.perform(c.id, c.version, "request_approval", store.clerk, store.desk)
    (item,) = approval.approvals_queue()
    assert (item.complaint_id, item.total, item.requested_by_name, item.complaint_version) == (
        c.id, Decimal("500.00"), "李小红", c.version)
    assert [r.kind for r in item.remedies] == ["refund", "apology"]
    c = approval.approve(c.id, item.complaint_version, store.supervisor, "主管台", note="同意")
    assert c.status == "agreed"
    assert approval.approvals_queue() == []
    row = ResolutionApproval.get(ResolutionApproval.complaint == c.id)
    assert (row.status, row.via, row.desk, row.reason) == ("approved", "queue", "主管台", "同意")
    assert approval.approver_of(c.id).id == store.supervisor.id


def test_a_supervisor_declines_from_the_queue_with_a_reason(store):
    c = proposed(store, [REFUND_500])
    c = lifecycle.perform(c.id, c.version, "request_approval", store.clerk, store.desk)
    c = approval.decline(c.id, c.version, store.supervisor, "主管台", reason="金额过高，请协商")
    assert c.status == "resolution_proposed"
    assert approval.approvals_queue() == []
    row = ResolutionApproval.get(ResolutionApproval.complaint == c.id)
    assert (row.status, row.reason) == ("declined", "金额过高，请协商")
    with pytest.raises(PermissionDenied):
        agree(c, store.clerk, store.desk)


def test_the_customer_refusing_while_waiting_cancels_the_request(store):
    c = proposed(store, [REFUND_500])
    c = lifecycle.perform(c.id, c.version, "request_approval", store.clerk, store.desk)
    lifecycle.perform(c.id, c.version, "customer_refuses", store.clerk, store.desk,
                      reason="顾客要求更多")
    assert approval.approvals_queue() == []
    assert ResolutionApproval.get(ResolutionApproval.complaint == c.id).status == "cancelled"


def test_an_edit_after_approval_voids_it(store):
    c = proposed(store, [REFUND_500])
    c = approval.approve_with_pin(c.id, "boss", "2468", c.version, store.desk)
    c = resolution.set_remedies(c.id, c.version, [RemedyInput("refund", "退还全部货款", "600")],
                                store.clerk, store.desk)
    assert ResolutionApproval.get(ResolutionApproval.complaint == c.id).status == "voided"
    assert "approval_voided" in [e.action for e in history.events_of(c.id)]
    with pytest.raises(PermissionDenied) as err:
        agree(c, store.clerk, store.desk)
    assert err.value.code == "approval_required"
    # Changing it back does not revive the voided approval: a new one is needed.
    c = resolution.set_remedies(c.id, c.version, [REFUND_500], store.clerk, store.desk)
    assert approval.needs_approval(c.id, store.clerk)


def test_approving_and_declining_are_supervisor_only_when_called_directly(store):
    c = proposed(store, [REFUND_500])
    c = lifecycle.perform(c.id, c.version, "request_approval", store.clerk, store.desk)
    with pytest.raises(PermissionDenied):
        approval.approve(c.id, c.version, store.clerk, store.desk)
    with pytest.raises(PermissionDenied):
        approval.decline(c.id, c.version, store.clerk, store.desk, reason="不行")
    with pytest.raises(PermissionDenied):
        lifecycle.perform(c.id, c.version, "approve", store.clerk, store.desk)
    assert Complaint.get_by_id(c.id).status == "awaiting_approval"
    assert ResolutionApproval.get(ResolutionApproval.complaint == c.id).status == "pending"


def test_a_supervisor_marks_review_items_reviewed_and_a_clerk_cannot(store):
    c = agree(proposed(store, [REFUND_150]), store.clerk, store.desk)
    (item,) = approval.review_list(*window())
    with pytest.raises(PermissionDenied):
        approval.mark_reviewed(item.id, store.clerk, store.desk, note="自己看过")
    approval.mark_reviewed(item.id, store.supervisor, store.desk, note="合理")
    (item,) = approval.review_list(*window())
    assert (item.reviewed_by_name, item.note) == ("王主管", "合理")
    assert item.reviewed_at is not None
    with pytest.raises(DeskError) as err:
        approval.mark_reviewed(item.id, store.supervisor, store.desk)
    assert err.value.code == "already_reviewed"
    assert history.events_of(c.id)[-1].action == "grant_reviewed"


def test_the_review_list_covers_only_the_period_asked(store):
    agree(proposed(store, [REFUND_150]), store.clerk, store.desk)
    since, until = window()
    assert approval.review_list(since - 3 * DAY, since) == []
    assert len(approval.review_list(since, until)) == 1


def test_agree_is_not_offered_to_a_clerk_above_their_limit(store):
    """The buttons and perform() follow the same authority rule."""
    within = proposed(store, [REFUND_150])
    assert "agree" in lifecycle.available_actions(Complaint.get_by_id(within.id), store.clerk)
    above = proposed(store, [RemedyInput("refund", "全额退款", "950.00")])
    offered = lifecycle.available_actions(Complaint.get_by_id(above.id), store.clerk)
    assert "agree" not in offered and "request_approval" in offered
    assert "agree" in lifecycle.available_actions(Complaint.get_by_id(above.id), store.supervisor)
