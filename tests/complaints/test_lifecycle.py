"""The complaint's life: the transition table and the code that enforces it agree."""

import pytest

from desk.complaints import attachments, contacts, departments, lifecycle, registration
from desk.complaints.lifecycle import TRANSITIONS
from desk.errors import ConflictError, DeskError, PermissionDenied, ValidationError
from desk.models import ChangeLog, Complaint, Customer, Transfer
from desk.storage import db, history
from desk.vocab import STATUSES
from tests.complaints.test_registration import make_input

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24

# How to reach each (kind, state) from registration, as the table allows.
PATHS = {
    ("complaint", "registered"): [],
    ("complaint", "judged"): ["judge_founded"],
    ("complaint", "explained"): ["judge_not_founded"],
    ("complaint", "refused"): ["refuse"],
    ("complaint", "investigating"): ["judge_founded", "start_investigation"],
    ("complaint", "resolution_proposed"): ["judge_founded", "start_investigation",
                                           "propose_resolution"],
    ("complaint", "awaiting_approval"): ["judge_founded", "start_investigation",
                                         "propose_resolution", "request_approval"],
    ("complaint", "agreed"): ["judge_founded", "start_investigation", "propose_resolution",
                              "agree"],
    ("complaint", "carried_out"): ["judge_founded", "start_investigation", "propose_resolution",
                                   "agree", "carry_out"],
    ("complaint", "callback_pending"): ["judge_founded", "start_investigation",
                                        "propose_resolution", "agree", "carry_out",
                                        "await_callback"],
    ("complaint", "closed"): ["judge_not_founded", "close"],
    ("inquiry", "registered"): [],
    ("inquiry", "answered"): ["answer"],
    ("inquiry", "closed"): ["answer", "close"],
}


class Desk:
    """A store with two departments, and shortcuts to drive complaints through the table."""

    def __init__(self, store):
        self.store = store
        self.staff = store.supervisor  # may do every action
        self.sales = departments.add("销售部", 24, store.supervisor, store.desk)
        self.delivery = departments.add("送货部", 48, store.supervisor, store.desk)
        self.phones = iter(range(10_000))

    def register(self, kind="complaint", **overrides) -> Complaint:
        phone = overrides.pop("phone", f"1390000{next(self.phones):04d}")
        return registration.register(make_input(kind=kind, phone=phone, **overrides),
                                     self.store.clerk, self.store.desk)

    def inputs(self, action: str, complaint: Complaint) -> dict:
        """Good inputs for an action on this complaint (preparing what it needs)."""
        if action == "answer":
            return dict(text="配送时间为明天上午", method="phone")
        if action == "judge_founded":
            return dict(department_id=self.sales.id)
        if action == "judge_not_founded":
            return dict(explanation="该商品非本店售出，已礼貌说明")
        if action == "refuse":
            photo = attachments.add_bytes(complaint.id, PNG, "证据.png", self.staff,
                                          self.store.desk)
            return dict(reason="索要高额赔偿", evidence_ids=[photo.id])
        if action == "record_cause":
            return dict(cause="product_quality", responsible_person="厂家")
        if action in ("decline_approval", "customer_refuses", "reopen"):
            return dict(reason="顾客不同意")
        if action == "pause":
            return dict(waiting_for="parts", reason="等待配件")
        if action == "route":
            return dict(department_id=self.delivery.id, reason="送货问题")
        if action == "close" and complaint.status in ("carried_out", "callback_pending"):
            contacts.add(complaint.id, "phone", "reply", "已答复顾客", self.staff,
                         self.store.desk)
            if complaint.status == "carried_out":
                Customer.update(declines_callbacks=True).where(
                    Customer.id == complaint.customer_id).execute()
        return {}

    def do(self, complaint: Complaint, action: str, staff=None, **inputs) -> Complaint:
        inputs = {**self.inputs(action, complaint), **inputs}
        return lifecycle.perform(complaint.id, complaint.version, action, staff or self.staff,
                                 self.store.desk, **inputs)

    def reach(self, kind: str, state: str, **overrides) -> Complaint:
        complaint = self.register(kind, **overrides)
        for action in PATHS[(kind, state)]:
            complaint = self.do(complaint, action)
        assert complaint.status == state
        return complaint


@pytest.fixture
def desk(store):
    return Desk(store)


def legal_actions(kind: str, state: str) -> list[str]:
    return [t.action for t in TRANSITIONS.values() if state in t.sources and kind in t.kinds]


def test_the_table_uses_the_vocabulary_and_reaches_every_state():
    used = {s for t in TRANSITIONS.values() for s in (*t.sources, t.target) if s}
    assert used == set(STATUSES)
    assert {state for _, state in PATHS} == set(STATUSES)
    for (kind, _), path in PATHS.items():
        assert all(kind in TRANSITIONS[a].kinds for a in path)


@pytest.mark.parametrize("kind, state", list(PATHS))
def test_each_state_allows_exactly_what_the_table_says(desk, kind, state):
    """Every illegal action is refused; every legal one leads where the table says."""
    legal = legal_actions(kind, state)
    complaint = desk.reach(kind, state)
    offered = lifecycle.available_actions(complaint, desk.staff)
    assert set(offered) <= set(legal)
    assert set(legal) - set(offered) <= {"resume", "close"}  # conditions: paused, callback
    for action in set(TRANSITIONS) - set(legal):
        with pytest.raises(DeskError) as err:
            lifecycle.perform(complaint.id, complaint.version, action, desk.staff,
                              desk.store.desk)
        assert err.value.code == "illegal_transition", action
        assert err.value.params["from_status"] == state
        assert err.value.params["to_status"] == TRANSITIONS[action].target_from(state)
    assert Complaint.get_by_id(complaint.id).version == complaint.version

    for action in legal:
        complaint = desk.reach(kind, state)
        if action == "resume":
            complaint = desk.do(complaint, "pause")
        done = desk.do(complaint, action)
        expected = TRANSITIONS[action].target_from(state)
        assert done.status == expected, action
        assert done.version > complaint.version, action
        events = [e for e in history.events_of(done.id) if e.action == action]
        assert events, action
        if expected != state:
            assert [(e.old_value, e.new_value) for e in events if e.field == "status"] == [
                (state, expected)], action
    assert history.verify_chain()[1] is None


def test_the_whole_complaint_from_registration_to_closed(desk, store):
    c = desk.register()
    c = desk.do(c, "judge_founded")
    assert c.deadline is not None and c.department_id == desk.sales.id
    for action in ("start_investigation", "record_cause", "propose_resolution",
                   "request_approval", "approve", "carry_out", "await_callback"):
        c = desk.do(c, action)
    assert c.status == "callback_pending"
    with pytest.raises(DeskError) as err:
        lifecycle.perform(c.id, c.version, "close", store.clerk, store.desk)
    assert err.value.code == "reply_required"
    c = desk.do(c, "close", staff=store.clerk)
    assert c.status == "closed" and c.closed_at is not None
    facts = lifecycle.case_of(c.id)
    assert facts.judgment == "founded" and facts.cause == "product_quality"
    assert facts.answered_at is not None
    assert history.verify_chain()[1] is None


def test_an_inquiry_is_answered_with_a_reply_and_closed(desk):
    c = desk.register("inquiry")
    assert lifecycle.available_actions(c, desk.store.clerk) == ["answer", "route"]
    c = desk.do(c, "answer")
    entries = contacts.entries_of(c.id)
    assert [(e.kind, e.method, e.text) for e in entries] == [("reply", "phone", "配送时间为明天上午")]
    c = desk.do(c, "close")
    assert c.status == "closed"


def test_an_info_contact_is_not_a_reply(desk):
    c = desk.reach("complaint", "callback_pending")
    contacts.add(c.id, "sms", "info", "维修师傅明天上门", desk.staff, desk.store.desk)
    with pytest.raises(DeskError) as err:
        lifecycle.perform(c.id, c.version, "close", desk.staff, desk.store.desk)
    assert err.value.code == "reply_required"


def test_explanation_and_refusal_are_the_reply(desk):
    explained = desk.reach("complaint", "explained")
    assert lifecycle.case_of(explained.id).explanation.startswith("该商品")
    assert desk.do(explained, "close").status == "closed"
    refused = desk.reach("complaint", "refused")
    facts = lifecycle.case_of(refused.id)
    assert facts.judgment == "unreasonable" and len(facts.evidence_ids) == 1
    assert desk.do(refused, "close").status == "closed"


def test_a_refusal_needs_a_reason_and_evidence_of_this_complaint(desk):
    c = desk.register()
    other = desk.register()
    photo = attachments.add_bytes(other.id, PNG, "x.png", desk.staff, desk.store.desk)
    with pytest.raises(ValidationError) as err:
        lifecycle.perform(c.id, c.version, "refuse", desk.staff, desk.store.desk, reason="",
                          evidence_ids=[])
    assert err.value.fields == {"reason": ("required", {}), "evidence_ids": ("required", {})}
    with pytest.raises(ValidationError) as err:
        lifecycle.perform(c.id, c.version, "refuse", desk.staff, desk.store.desk, reason="敲诈",
                          evidence_ids=[photo.id])
    assert err.value.fields["evidence_ids"][0] == "evidence_invalid"


def test_closing_a_carried_out_complaint_needs_a_callback_unless_declined(desk):
    c = desk.reach("complaint", "carried_out")
    contacts.add(c.id, "phone", "reply", "已换新机", desk.staff, desk.store.desk)
    assert "close" not in lifecycle.available_actions(c, desk.staff)
    with pytest.raises(DeskError) as err:
        lifecycle.perform(c.id, c.version, "close", desk.staff, desk.store.desk)
    assert err.value.code == "callback_required"
    Customer.update(declines_callbacks=True).where(Customer.id == c.customer_id).execute()
    assert "close" in lifecycle.available_actions(c, desk.staff)
    assert lifecycle.perform(c.id, c.version, "close", desk.staff, desk.store.desk).status == (
        "closed")


def test_reopening_is_counted_needs_a_reason_and_a_new_reply(desk, store):
    c = desk.reach("complaint", "callback_pending")
    c = desk.do(c, "close")
    with pytest.raises(ValidationError) as err:
        lifecycle.perform(c.id, c.version, "reopen", store.clerk, store.desk, reason="  ")
    assert err.value.fields == {"reason": ("required", {})}
    c = lifecycle.perform(c.id, c.version, "reopen", store.clerk, store.desk, reason="空调又坏了")
    assert c.status == "registered" and c.closed_at is None and c.deadline is None
    assert lifecycle.reopen_count(c.id) == 1
    assert lifecycle.case_of(c.id).answered_at is None
    assert [e.note for e in history.events_of(c.id) if e.action == "reopen" and e.note] == [
        "空调又坏了"]
    for action in PATHS[("complaint", "callback_pending")]:
        c = desk.do(c, action)
    # The reply of the first round does not close the second one.
    with pytest.raises(DeskError) as err:
        lifecycle.perform(c.id, c.version, "close", desk.staff, desk.store.desk)
    assert err.value.code == "reply_required"
    c = desk.do(c, "close")
    c = desk.do(c, "reopen")
    assert lifecycle.reopen_count(c.id) == 2


def test_the_customer_refusing_goes_back_to_proposing(desk):
    for state in ("resolution_proposed", "awaiting_approval", "agreed"):
        c = desk.reach("complaint", state)
        c = desk.do(c, "customer_refuses", reason="顾客要求退货而不是维修")
        assert c.status == "resolution_proposed"
        assert "顾客要求退货而不是维修" in [e.note for e in history.events_of(c.id)]


def test_supervisor_only_steps_fail_for_a_clerk_called_directly(desk, store):
    waiting = desk.reach("complaint", "awaiting_approval")
    assert "approve" not in lifecycle.available_actions(waiting, store.clerk)
    assert "approve" in lifecycle.available_actions(waiting, store.supervisor)
    for action, inputs in (("approve", {}), ("decline_approval", {"reason": "超权限"})):
        with pytest.raises(PermissionDenied) as err:
            lifecycle.perform(waiting.id, waiting.version, action, store.clerk, store.desk,
                              **inputs)
        assert err.value.code == "supervisor_only"
    fresh = desk.register()
    with pytest.raises(PermissionDenied):
        desk.do(fresh, "refuse", staff=store.clerk)
    assert Complaint.get_by_id(waiting.id).version == waiting.version
    assert Complaint.get_by_id(fresh.id).status == "registered"


def test_inputs_are_checked_before_anything_is_written(desk):
    c = desk.register()
    with pytest.raises(DeskError) as err:
        lifecycle.perform(c.id, c.version, "judge_founded", desk.staff, desk.store.desk,
                          department_id=desk.sales.id, colour="red")
    assert err.value.code == "unexpected_input"
    with pytest.raises(ValidationError) as err:
        lifecycle.perform(c.id, c.version, "judge_founded", desk.staff, desk.store.desk)
    assert err.value.fields == {"department_id": ("required", {})}
    with pytest.raises(DeskError) as err:
        lifecycle.perform(c.id, c.version, "fly", desk.staff, desk.store.desk)
    assert err.value.code == "unknown_action"
    with pytest.raises(DeskError) as err:
        lifecycle.perform(c.id + 1000, 1, "judge_founded", desk.staff, desk.store.desk)
    assert err.value.code == "not_found"
    assert Complaint.get_by_id(c.id).version == c.version
    assert [e.action for e in history.events_of(c.id)] == ["registered"]


def test_a_stale_version_is_a_conflict(desk):
    c = desk.register()
    desk.do(c, "judge_founded")
    with pytest.raises(ConflictError) as err:
        lifecycle.perform(c.id, c.version, "judge_not_founded", desk.staff, desk.store.desk,
                          explanation="说明")
    assert err.value.current.status == "judged"


def test_a_second_desk_saving_first_makes_the_transition_a_conflict(desk, db_url):
    """Another desk (its own database connection) saves between reading and acting."""
    c = desk.reach("complaint", "judged")
    before_changes = ChangeLog.select().count()
    other = db.open_database(db_url)
    other.connect()
    try:
        other.execute_sql(
            f"UPDATE complaint SET category = 'delivery', version = version + 1 WHERE id = "
            f"{other.param}", (c.id,))
    finally:
        other.close()
    with pytest.raises(ConflictError) as err:
        lifecycle.perform(c.id, c.version, "route", desk.staff, desk.store.desk,
                          department_id=desk.delivery.id, reason="送货问题")
    assert err.value.current.category == "delivery"
    fresh = Complaint.get_by_id(c.id)
    assert fresh.department_id == desk.sales.id and fresh.status == "judged"
    assert Transfer.select().count() == 0  # the transfer row went with the refused change
    assert ChangeLog.select().count() == before_changes


def test_a_guard_from_another_module_can_stop_an_action(desk):
    c = desk.reach("complaint", "resolution_proposed")

    def above_authority(step):
        raise DeskError("approval_required")

    lifecycle.add_guard("agree", above_authority)
    try:
        with pytest.raises(DeskError) as err:
            desk.do(c, "agree")
        assert err.value.code == "approval_required"
    finally:
        lifecycle.remove_guard("agree", above_authority)
    assert Complaint.get_by_id(c.id).status == "resolution_proposed"
    assert desk.do(c, "agree").status == "agreed"


def test_answered_at_marks_the_first_answer_of_the_round(desk):
    c = desk.reach("complaint", "resolution_proposed")
    assert lifecycle.case_of(c.id).answered_at is None
    c = desk.do(c, "agree")
    first = lifecycle.case_of(c.id).answered_at
    assert first is not None
    c = desk.do(c, "customer_refuses")
    c = desk.do(c, "agree")
    assert lifecycle.case_of(c.id).answered_at == first


def test_reaching_the_answer_ends_a_running_pause(desk):
    c = desk.reach("complaint", "resolution_proposed")
    c = desk.do(c, "pause")
    assert lifecycle.case_of(c.id).paused_since is not None
    c = desk.do(c, "agree")
    assert lifecycle.case_of(c.id).paused_since is None
    c = desk.do(c, "customer_refuses")
    assert "pause" in lifecycle.available_actions(c, desk.staff)


def test_every_code_the_lifecycle_raises_or_shows_has_words():
    """Codes, never sentences, leave the domain: each must have a translatable text."""
    import importlib
    import inspect
    import re

    from desk.complaints import deadlines, escalation, investigation
    from desk.ui import labels, messages

    modules = ("complaints.lifecycle", "complaints.deadlines", "complaints.routing",
               "complaints.investigation", "complaints.contacts", "complaints.escalation",
               "complaints.attachments", "complaints.departments", "staff.permissions",
               "callbacks.calls", "resolution.replies")
    source = "\n".join(inspect.getsource(importlib.import_module(f"desk.{name}"))
                       for name in modules)
    raised = set(re.findall(r'(?:DeskError|PermissionDenied)\(\s*"(\w+)"', source))
    raised |= set(re.findall(r'\(\s*"(\w+)",\s*\{', source))  # field errors: ("code", {...})
    raised |= {code for conditions in lifecycle.CONDITIONS.values() for _, code in conditions}
    raised |= {"supervisor_only", "role_required", "required", "too_long", "in_future"}
    missing = sorted(code for code in raised if messages.message(code) == code)
    assert missing == []
    for action in TRANSITIONS:
        assert labels.action_label(action) != action
    words = (*investigation.CAUSES, *contacts.METHODS, *contacts.KINDS, *deadlines.WAITING_FOR,
             "founded", "not_founded", "unreasonable", deadlines.OK, deadlines.DUE_SOON,
             deadlines.OVERDUE, *escalation.REASONS)
    assert [w for w in words if labels.label(w) == w] == []
