"""A complaint's resolution: remedies checked, versioned, recorded, locked after agreement."""

from decimal import Decimal

import pytest

from desk.complaints import departments, lifecycle, registration
from desk.errors import ConflictError, DeskError, PermissionDenied, ValidationError
from desk.models import Complaint, Staff
from desk.resolution import remedies as resolution
from desk.resolution.remedies import RemedyInput
from desk.storage import history
from tests.complaints.test_registration import make_input

_phones = iter(range(100_000))


def proposed(store, remedies=(), state="resolution_proposed") -> Complaint:
    """A complaint registered by the clerk and taken to `state` by the clerk, with remedies."""
    dept = departments.add(f"部门{next(_phones)}", 24, store.supervisor, store.desk)
    c = registration.register(make_input(phone=f"1390{next(_phones):07d}"), store.clerk,
                              store.desk)
    c = lifecycle.perform(c.id, c.version, "judge_founded", store.clerk, store.desk,
                          department_id=dept.id)
    c = lifecycle.perform(c.id, c.version, "start_investigation", store.clerk, store.desk)
    if remedies:
        c = resolution.set_remedies(c.id, c.version, list(remedies), store.clerk, store.desk)
    if state == "resolution_proposed":
        c = lifecycle.perform(c.id, c.version, "propose_resolution", store.clerk, store.desk)
    return c


REFUND_150 = RemedyInput("refund", "退还货款150元", "150")
APOLOGY = RemedyInput("apology", "店长当面致歉")


def test_remedies_are_stored_in_order_with_amounts_and_total(store):
    c = proposed(store, [REFUND_150, APOLOGY, RemedyInput("gift", "赠送清洁套装", "30.5")])
    res = resolution.resolution_of(c.id)
    assert [r.kind for r in res.remedies] == ["refund", "apology", "gift"]
    assert [r.amount for r in res.remedies] == [Decimal("150.00"), None, Decimal("30.50")]
    assert res.total == Decimal("180.50")
    assert res.remedies[0].text == "退还货款150元"


def test_every_change_is_in_the_history_and_bumps_the_version(store):
    c = proposed(store, [REFUND_150], state="investigating")
    before = c.version
    c = resolution.set_remedies(c.id, c.version, [RemedyInput("refund", "退还货款", "180"),
                                                  APOLOGY], store.clerk, store.desk)
    assert c.version == before + 1
    events = [(e.action, e.field, e.old_value, e.new_value) for e in history.events_of(c.id)
              if e.action.startswith("remedy_")]
    assert ("remedy_changed", "remedy.1", "refund 150.00 退还货款150元",
            "refund 180.00 退还货款") in events
    assert ("remedy_added", "remedy.2", "", "apology 店长当面致歉") in events
    c = resolution.remove_remedy(c.id, c.version, 1, store.clerk, store.desk)
    assert [r.kind for r in resolution.resolution_of(c.id).remedies] == ["refund"]
    assert history.events_of(c.id)[-1].action == "remedy_removed"
    assert history.verify_chain()[1] is None


def test_saving_the_same_remedies_changes_nothing(store):
    c = proposed(store, [REFUND_150])
    again = resolution.set_remedies(c.id, c.version, [REFUND_150], store.clerk, store.desk)
    assert again.version == c.version


def test_a_stale_version_is_a_conflict_and_writes_nothing(store):
    c = proposed(store, [REFUND_150])
    resolution.add_remedy(c.id, c.version, APOLOGY, store.clerk, "另一台")
    with pytest.raises(ConflictError):
        resolution.set_remedies(c.id, c.version, [RemedyInput("refund", "全额退款", "999")],
                                store.clerk, store.desk)
    assert resolution.resolution_of(c.id).total == Decimal("150.00")


@pytest.mark.parametrize("remedy, field, code", [
    (RemedyInput("refund", "退款"), "amount", "required"),
    (RemedyInput("refund", "退款", "-1"), "amount", "amount_negative"),
    (RemedyInput("discount", "折扣", "1.005"), "amount", "amount_decimals"),
    (RemedyInput("cash_compensation", "补偿", "abc"), "amount", "amount_invalid"),
    (RemedyInput("apology", "致歉", "10"), "amount", "amount_not_allowed"),
    (RemedyInput("refund", "", "10"), "text", "required"),
    (RemedyInput("free_tv", "送电视", "10"), "kind", "choice_invalid"),
])
def test_bad_remedies_are_refused_by_field(store, remedy, field, code):
    c = proposed(store)
    with pytest.raises(ValidationError) as err:
        resolution.set_remedies(c.id, c.version, [APOLOGY, remedy], store.clerk, store.desk)
    assert err.value.fields[f"remedies.1.{field}"][0] == code
    assert resolution.resolution_of(c.id).remedies == ()


def test_exchange_and_repair_may_carry_an_amount(store):
    c = proposed(store, [RemedyInput("exchange", "换新机，补差价", "120"),
                         RemedyInput("repair", "免费上门维修"),
                         RemedyInput("on_site_check", "安排师傅上门检测")])
    assert resolution.resolution_of(c.id).total == Decimal("120.00")


def test_remedies_are_locked_once_the_customer_agreed(store):
    c = proposed(store, [REFUND_150])
    c = lifecycle.perform(c.id, c.version, "agree", store.clerk, store.desk)
    with pytest.raises(DeskError) as err:
        resolution.set_remedies(c.id, c.version, [APOLOGY], store.clerk, store.desk)
    assert err.value.code == "resolution_locked"
    c = lifecycle.perform(c.id, c.version, "customer_refuses", store.clerk, store.desk,
                          reason="顾客不接受")
    c = resolution.set_remedies(c.id, c.version, [APOLOGY], store.clerk, store.desk)
    assert resolution.resolution_of(c.id).total == Decimal("0.00")


def test_an_inactive_staff_member_may_not_edit_a_resolution(store):
    c = proposed(store)
    Staff.update(active=False).where(Staff.id == store.clerk.id).execute()
    gone = Staff.get_by_id(store.clerk.id)
    with pytest.raises(PermissionDenied):
        resolution.set_remedies(c.id, c.version, [APOLOGY], gone, store.desk)
