"""The end-of-shift handover: composed from a prepared database, kept, acknowledged."""

import datetime
import json

import pytest

from desk import settings
from desk.callbacks import calls as callbacks
from desk.complaints import appointments, lifecycle
from desk.errors import AuthError, DeskError, PermissionDenied, ValidationError
from desk.handover import handovers as handover
from desk.handover import shifts
from desk.models import Callback, ChangeLog, Complaint, Customer, Handover, now
from desk.resolution import approval, slips
from desk.staff import auth
from desk.storage import db
from tests.complaints.test_lifecycle import Desk
from tests.resolution.test_approval import REFUND_500
from tests.resolution.test_resolution import REFUND_150, proposed

MINUTE = datetime.timedelta(minutes=1)


def shifts_around(moment: datetime.datetime) -> list[dict]:
    """Two shifts: the running one ends in ten minutes, the next runs seven hours."""
    start = (moment - datetime.timedelta(hours=3)).strftime("%H:%M")
    change = (moment + 10 * MINUTE).strftime("%H:%M")
    end = (moment + datetime.timedelta(hours=7, minutes=10)).strftime("%H:%M")
    return [{"code": "a", "name": "早班", "start": start, "end": change},
            {"code": "b", "name": "晚班", "start": change, "end": end}]


@pytest.fixture
def prepared(store):
    """A store with one item of every kind the handover lists."""
    moment = now()
    with db.write_transaction():
        settings.put(shifts.KEY, shifts_around(moment))
    d = Desk(store)
    made = {
        "judged": d.reach("complaint", "judged"),
        "investigating": d.reach("complaint", "investigating"),
        "registered_inquiry": d.reach("inquiry", "registered"),
        "carried_out": d.reach("complaint", "carried_out"),
        "closed": d.reach("complaint", "closed"),
        "written": d.reach("complaint", "judged", channel="letter"),  # its reply is due
    }
    for i in range(3):  # a sudden event: three complaints about one model within the shift
        made[f"model{i}"] = d.register(product_model="BCD-520", product_name="冰箱")
    made["awaiting"] = proposed(store, [REFUND_500])
    made["awaiting"] = lifecycle.perform(made["awaiting"].id, made["awaiting"].version,
                                         "request_approval", store.clerk, store.desk)
    agreed = proposed(store, [REFUND_150])
    agreed = lifecycle.perform(agreed.id, agreed.version, "agree", store.clerk, store.desk)
    slip = slips.issue_slip(agreed.id, store.clerk, store.desk)
    slips.record_print(slip.id, "a" * 64, store.clerk, store.desk)
    made["agreed"] = agreed
    # callbacks: one due in the next shift, one unreachable three times, one dissatisfied
    judged = made["judged"]
    due = callbacks.schedule(judged.customer_id, store.clerk, store.desk,
                             complaint_id=judged.id, due_at=moment + datetime.timedelta(hours=2),
                             customer_time=True)
    with db.write_transaction():
        outbound = Callback.create(customer=made["investigating"].customer_id, purpose="manual",
                                   due_at=moment + MINUTE, attempt=3, outbound=True,
                                   created_by=store.clerk.id, complaint=made["investigating"].id)
        unhappy = Callback.create(customer=made["closed"].customer_id, purpose="resolution",
                                  complaint=made["closed"].id, due_at=moment - 60 * MINUTE,
                                  created_by=store.clerk.id, state="done",
                                  done_at=moment - 5 * MINUTE, done_by=store.clerk.id,
                                  method="phone", outcome="dissatisfied", notes="维修后仍不制冷")
    # an appointment of the inquiry tomorrow, not yet confirmed with the department
    appointment = appointments.book(
        made["registered_inquiry"].id,
        appointments.AppointmentInput(department_id=d.delivery.id,
                                      day=moment.date() + datetime.timedelta(days=1),
                                      window_start="09:00", window_end="12:00",
                                      address="杭州市文三路100号"),
        store.clerk, store.desk)
    # a new customer of the clerk's whose first contact is a day late
    with db.write_transaction():
        Customer.update(assigned_to=store.clerk.id, assigned_at=moment - 8 * 24 * 60 * MINUTE,
                        first_contact_due=moment - 24 * 60 * MINUTE).where(
            Customer.id == made["closed"].customer_id).execute()
    return type("Prepared", (), {"store": store, "made": made, "slip": slip, "due": due,
                                 "outbound": outbound, "unhappy": unhappy, "at": moment,
                                 "appointment": appointment})


def keys(draft, section):
    return [i.key for i in draft.sections[section]]


def test_the_draft_lists_every_kind_of_item_with_counts(prepared):
    p, made = prepared, prepared.made
    draft = handover.compose(now(), p.store.clerk)
    assert (draft.shift_name, draft.next_name, draft.from_staff_name) == ("早班", "晚班", "李小红")
    opened = [c for c in Complaint.select() if c.status != "closed"]
    assert draft.open_count == len(opened) == draft.totals["open"]
    assert sorted(keys(draft, "open")) == sorted(f"complaint:{c.id}" for c in opened)
    by_key = {i.key: i for i in draft.sections["open"]}
    expected = {"judged": ("judged", "investigate"),
                "investigating": ("investigating", "propose_resolution"),
                "registered_inquiry": ("registered", "answer"),
                "model0": ("registered", "judge"),
                "awaiting": ("awaiting_approval", "supervisor_approval"),
                "agreed": ("agreed", "carry_out"),
                "carried_out": ("carried_out", "callback")}
    for name, (status, todo) in expected.items():
        item = by_key[f"complaint:{made[name].id}"]
        assert (item.status, item.todo) == (status, todo), name
    assert by_key[f"complaint:{made['judged'].id}"].due  # its deadline
    assert f"callbacks_due:{p.due.id}" in keys(draft, "callbacks_due")
    assert keys(draft, "outbound") == [f"outbound:{p.outbound.id}"]
    unhappy = draft.sections["dissatisfied"]
    assert [(i.key, i.detail) for i in unhappy] == [(f"dissatisfied:{p.unhappy.id}",
                                                     "维修后仍不制冷")]
    assert keys(draft, "unsigned_slips") == [f"slip:{p.slip.id}"]
    assert keys(draft, "approvals") == [f"approval:{a.approval_id}"
                                        for a in approval.approvals_queue()]
    assert len(draft.sections["approvals"]) == 1
    sudden = {i.key: i.count for i in draft.sections["sudden_events"]}
    assert sudden["sudden:model:BCD-520"] == 3
    assert sudden.get("sudden:model:KFR-35GW", 0) >= 3  # every other complaint's model


def test_the_threshold_and_the_shift_limit_sudden_events(prepared):
    with db.write_transaction():
        settings.put(handover.SUDDEN_EVENT_KEY, 4)
    draft = handover.compose(now(), prepared.store.clerk)
    assert "sudden:model:BCD-520" not in keys(draft, "sudden_events")
    with db.write_transaction():  # received before the shift began: not this shift's event
        Complaint.update(received_at=now() - datetime.timedelta(hours=5)).execute()
        settings.put(handover.SUDDEN_EVENT_KEY, 3)
    assert handover.compose(now(), prepared.store.clerk).sections["sudden_events"] == []


def test_a_long_list_is_capped_but_counted(prepared):
    with db.write_transaction():
        settings.put(handover.LIST_CAP_KEY, 3)
    draft = handover.compose(now(), prepared.store.clerk)
    assert len(draft.sections["open"]) == 3
    assert draft.open_count == draft.totals["open"] > 3


def test_submitted_handover_is_a_snapshot_pending_on_every_desk(prepared):
    p = prepared
    draft = handover.compose(now(), p.store.clerk)
    item = draft.sections["open"][0].key
    kept = handover.submit(draft, p.store.supervisor.id, "收银台打印机卡纸，已报修",
                           {item: "顾客下午三点来店"}, p.store.clerk, p.store.desk)
    assert kept.state == "pending" and not kept.read_only
    assert ChangeLog.select().where((ChangeLog.table == "handover")
                                    & (ChangeLog.row_id == kept.id)).exists()
    assert [h.id for h in handover.pending()] == [kept.id]
    assert kept.draft.open_count == draft.open_count
    notes = {i.key: i.note for i in kept.draft.sections["open"]}
    assert notes[item] == "顾客下午三点来店"
    assert kept.draft.sections["unsigned_slips"] == draft.sections["unsigned_slips"]
    # later changes in the store do not change the kept handover
    lifecycle.perform(p.made["judged"].id, Complaint.get_by_id(p.made["judged"].id).version,
                      "start_investigation", p.store.clerk, p.store.desk)
    again = handover.get(kept.id)
    assert again.draft.sections == kept.draft.sections
    snapshot = json.loads(Handover.get_by_id(kept.id).content)
    assert len(Handover.get_by_id(kept.id).content) < 400 * (1 + sum(draft.totals.values()))
    assert snapshot["open_count"] == draft.open_count


def test_submit_checks_receiver_notes_and_who_submits(prepared):
    p = prepared
    draft = handover.compose(now(), p.store.clerk)
    with pytest.raises(ValidationError) as err:
        handover.submit(draft, p.store.clerk.id, "", {"nope:1": "x", draft.sections["open"][0]
                                                       .key: "长" * 201},
                        p.store.clerk, p.store.desk)
    assert err.value.fields["to_staff"][0] == "handover_to_self"
    assert err.value.fields["item:nope:1"][0] == "not_found"
    assert err.value.fields[f"item:{draft.sections['open'][0].key}"][0] == "too_long"
    with pytest.raises(PermissionDenied):
        handover.submit(draft, p.store.clerk.id, "", {}, p.store.supervisor, p.store.desk)
    assert Handover.select().count() == 0


def test_only_the_receiving_clerk_with_their_pin_acknowledges(prepared):
    p = prepared
    kept = handover.submit(handover.compose(now(), p.store.clerk), p.store.supervisor.id, "",
                           {}, p.store.clerk, p.store.desk)
    other = auth.add_staff("c2", "赵敏", "8642", by=p.store.supervisor)
    with pytest.raises(AuthError):
        handover.acknowledge(kept.id, "boss", "0000", "台2")
    with pytest.raises(PermissionDenied) as err:
        handover.acknowledge(kept.id, other.code, "8642", "台2")
    assert err.value.code == "handover_not_for_you"
    with pytest.raises(PermissionDenied):  # the handing-over clerk cannot confirm it either
        handover.acknowledge(kept.id, "c1", "1357", "台2")
    assert handover.get(kept.id).state == "pending"
    done = handover.acknowledge(kept.id, "boss", "2468", "台2")
    assert (done.state, done.acknowledged_by_name, done.read_only) == ("acknowledged", "王主管",
                                                                       True)
    assert done.acknowledged_at is not None
    assert handover.pending() == []
    with pytest.raises(DeskError) as err:
        handover.acknowledge(kept.id, "boss", "2468", "台2")
    assert err.value.code == "handover_already_acknowledged"


def test_read_only_after_acknowledgement(prepared):
    p = prepared
    kept = handover.submit(handover.compose(now(), p.store.clerk), p.store.supervisor.id, "初稿",
                           {}, p.store.clerk, p.store.desk)
    kept = handover.update_notes(kept.id, kept.version, "补充：明早送货车辆检修", {}, p.store.clerk,
                                 p.store.desk)
    assert kept.notes == "补充：明早送货车辆检修"
    with pytest.raises(DeskError) as err:
        handover.update_notes(kept.id, kept.version - 1, "x", {}, p.store.clerk, p.store.desk)
    assert err.value.code == "conflict"
    handover.acknowledge(kept.id, "boss", "2468", p.store.desk)
    with pytest.raises(DeskError) as err:
        handover.update_notes(kept.id, kept.version, "改", {}, p.store.clerk, p.store.desk)
    assert err.value.code == "handover_read_only"
    assert handover.get(kept.id).notes == "补充：明早送货车辆检修"


def test_history_by_date_clerk_and_text(prepared):
    p = prepared
    first = handover.submit(handover.compose(now(), p.store.clerk), p.store.supervisor.id,
                            "冰箱批量故障", {}, p.store.clerk, p.store.desk)
    second = handover.submit(handover.compose(now(), p.store.supervisor), p.store.clerk.id,
                             "一切正常", {}, p.store.supervisor, p.store.desk)
    with db.write_transaction():
        Handover.update(shift_date=datetime.date(2026, 1, 5)).where(
            Handover.id == first.id).execute()
    assert [h.id for h in handover.history()] == [second.id, first.id]
    assert [h.id for h in handover.history("冰箱批量")] == [first.id]
    assert [h.id for h in handover.history("BCD-520")] == [second.id, first.id]  # in the items
    assert [h.id for h in handover.history(start=datetime.date(2026, 1, 1),
                                           end=datetime.date(2026, 1, 31))] == [first.id]
    other = auth.add_staff("c2", "赵敏", "8642", by=p.store.supervisor)
    assert handover.history(staff_id=other.id) == []
    assert {h.id for h in handover.history(staff_id=p.store.clerk.id)} == {first.id, second.id}
    assert handover.history("王主管")[0].from_staff_name in ("王主管", "李小红")


def test_shift_with_nothing_open_composes_an_empty_handover(store):
    draft = handover.compose(now(), store.clerk)
    assert draft.open_count == 0
    assert all(items == [] for items in draft.sections.values())
    assert set(draft.sections) == set(handover.SECTIONS)


def test_written_complaints_awaiting_their_reply_are_listed_and_counted(store):
    from desk.printing import reply_letter
    from desk.resolution import replies

    d = Desk(store)
    waiting = [d.reach("complaint", "explained", channel=channel)
               for channel in ("letter", "hotline_12315", "media")]
    answered = d.reach("complaint", "explained", channel="email")
    d.reach("complaint", "explained", channel="phone")  # not written: no letter owed
    replies.issue_letter(answered.id, answered.version, "您好，答复如下。", store.clerk,
                         store.desk, render=reply_letter.build)
    draft = handover.compose(now(), store.clerk)
    items = draft.sections[handover.AWAITING_REPLY]
    assert [i.complaint_id for i in items] == [c.id for c in waiting]
    assert [(i.detail, i.todo) for i in items][0] == ("letter", "written_reply")
    assert draft.totals[handover.AWAITING_REPLY] == 3
    with db.write_transaction():
        settings.put(handover.LIST_CAP_KEY, 2)
    capped = handover.compose(now(), store.clerk)
    assert len(capped.sections[handover.AWAITING_REPLY]) == 2
    assert capped.totals[handover.AWAITING_REPLY] == 3


def test_a_snapshot_from_before_the_reply_section_still_opens(prepared):
    draft = handover.compose(now(), prepared.store.clerk)
    old = json.loads(handover._to_json(draft))
    old["sections"].pop(handover.AWAITING_REPLY)
    old["totals"].pop(handover.AWAITING_REPLY)
    reread = handover._from_json(json.dumps(old))
    assert handover.AWAITING_REPLY not in reread.sections
    assert reread.open_count == draft.open_count


def test_first_contacts_owed_are_listed_with_their_clerk_overdue_flagged(prepared):
    draft = handover.compose(now(), prepared.store.clerk)
    items = draft.sections[handover.FIRST_CONTACTS]
    customer = Customer.get_by_id(prepared.made["closed"].customer_id)
    assert [(i.key, i.customer, i.detail, i.overdue) for i in items] == [
        (f"first_contact:{customer.id}", customer.name, "李小红", True)]
    assert draft.totals[handover.FIRST_CONTACTS] == 1
    with db.write_transaction():
        Customer.update(first_contact_at=now()).where(Customer.id == customer.id).execute()
    assert handover.compose(now(), prepared.store.clerk).sections[handover.FIRST_CONTACTS] == []
