"""Inquiries that make an appointment: booked, confirmed the day before, moved, done,
missed and turned into a complaint; bad input and a second desk are refused whole."""

import datetime

import pytest

from desk.complaints import appointments as appt
from desk.complaints import departments
from desk.errors import ConflictError, DeskError, PermissionDenied, ValidationError
from desk.models import Appointment, ChangeLog, Complaint, Staff
from desk.storage import db, history
from tests.complaints.test_lifecycle import Desk

TODAY = datetime.date.today()
TOMORROW = TODAY + datetime.timedelta(days=1)


@pytest.fixture
def desk(store):
    return Desk(store)


def inquiry(desk, **overrides):
    values = dict(category="installation", account="新买的空调什么时候能上门安装？",
                  product_name="空调", product_brand="格力", product_model="KFR-35GW",
                  order_no="PO-7788", purchase_amount="3999.00", member_no="M0001")
    values.update(overrides)
    return desk.register("inquiry", **values)


def slot(desk, **overrides) -> appt.AppointmentInput:
    values = dict(department_id=desk.delivery.id, day=TOMORROW, window_start="9:00",
                  window_end="12:00", address="杭州市西湖区文三路100号3单元502",
                  bring="购物小票、保修卡", note="请提前半小时电话联系")
    values.update(overrides)
    return appt.AppointmentInput(**values)


def book(desk, c=None, **overrides) -> appt.AppointmentInfo:
    c = c or inquiry(desk)
    return appt.book(c.id, slot(desk, **overrides), desk.store.clerk, desk.store.desk)


def actions(complaint_id) -> list[str]:
    return [e.action for e in history.events_of(complaint_id)]


def test_booking_keeps_the_slot_and_writes_history_and_the_change_feed(desk):
    c = inquiry(desk)
    changes = ChangeLog.select().count()
    info = appt.book(c.id, slot(desk), desk.store.clerk, desk.store.desk)
    assert (info.status, info.day, info.window_start, info.window_end) == (
        "booked", TOMORROW, "09:00", "12:00")
    assert info.department_name == "送货部" and info.bring == "购物小票、保修卡"
    assert info.complaint_number == c.number and info.customer_name == "张伟"
    assert info.created_by_name == "李小红" and info.version == 1
    event = history.events_of(c.id)[-1]
    assert event.action == "appointment_booked"
    assert "送货部" in event.note and TOMORROW.isoformat() in event.note and "09:00" in event.note
    tables = [r.table for r in ChangeLog.select().where(ChangeLog.id > 0)
              .order_by(ChangeLog.id)][changes:]
    assert "appointment" in tables
    assert history.verify_chain()[1] is None
    assert [a.id for a in appt.appointments_of(c.id)] == [info.id]


@pytest.mark.parametrize("field, overrides, code", [
    ("day", {"day": TODAY - datetime.timedelta(days=1)}, "appointment_in_past"),
    ("day", {"day": None}, "required"),
    ("window_start", {"window_start": ""}, "required"),
    ("window_end", {"window_end": "  "}, "required"),
    ("window_end", {"window_start": "14:00", "window_end": "14:00"}, "window_empty"),
    ("window_end", {"window_start": "14:00", "window_end": "10:00"}, "window_order"),
    ("window_start", {"window_start": "25:00"}, "time_invalid"),
    ("department", {"department_id": 99999}, "department_unknown"),
    ("department", {"department_id": None}, "required"),
    ("address", {"address": ""}, "required"),
    ("bring", {"bring": "小" * 201}, "too_long"),
])
def test_bad_input_names_its_field_and_writes_nothing(desk, field, overrides, code):
    c = inquiry(desk)
    events = len(history.events_of(c.id))
    with pytest.raises(ValidationError) as err:
        book(desk, c, **overrides)
    assert err.value.fields[field][0] == code
    assert Appointment.select().count() == 0 and len(history.events_of(c.id)) == events


def test_a_window_already_over_today_is_in_the_past(desk):
    at = datetime.datetime.combine(TODAY, datetime.time(15, 0))
    data = slot(desk, day=TODAY, window_start="09:00", window_end="12:00")
    with pytest.raises(ValidationError) as err:
        appt.validate(data, at)
    assert err.value.fields["window_end"][0] == "appointment_in_past"
    assert appt.validate(slot(desk, day=TODAY, window_start="16:00", window_end="18:00"), at)


def test_an_inactive_department_is_unknown(desk):
    departments.update(desk.delivery.id, desk.store.supervisor, desk.store.desk, active=False)
    with pytest.raises(ValidationError) as err:
        book(desk)
    assert err.value.fields["department"][0] == "department_unknown"


def test_only_an_open_inquiry_books(desk):
    complaint = desk.register("complaint")
    with pytest.raises(DeskError) as err:
        appt.book(complaint.id, slot(desk), desk.store.clerk, desk.store.desk)
    assert err.value.code == "appointment_needs_inquiry"
    closed = desk.reach("inquiry", "closed")
    with pytest.raises(DeskError) as err:
        appt.book(closed.id, slot(desk), desk.store.clerk, desk.store.desk)
    assert err.value.code == "complaint_closed"
    assert Appointment.select().count() == 0


def test_an_inactive_account_is_refused_below_the_screen(desk, store):
    info = book(desk)
    Staff.update(active=False).where(Staff.id == store.clerk.id).execute()
    gone = Staff.get_by_id(store.clerk.id)
    with pytest.raises(PermissionDenied):
        appt.book(inquiry(desk).id, slot(desk), gone, store.desk)
    with pytest.raises(PermissionDenied):
        appt.mark_done(info.id, info.version, gone, store.desk)
    with pytest.raises(PermissionDenied):
        appt.missed_to_complaint(info.id, info.version, gone, store.desk)
    assert appt.get(info.id).status == "booked"


def test_the_day_before_the_reminder_lists_what_is_not_yet_confirmed(desk):
    first = book(desk, window_start="14:00", window_end="17:00")
    second = book(desk, inquiry(desk, phone="13800001111"))
    book(desk, day=TOMORROW + datetime.timedelta(days=1))
    assert [i.id for i in appt.due_tomorrow(TODAY)] == [second.id, first.id]  # by window
    assert [i.id for i in appt.unconfirmed_for(TOMORROW)] == [second.id, first.id]
    done = appt.confirm_with_department(second.id, second.version, desk.store.clerk,
                                        desk.store.desk, contact="送货部 王师傅")
    assert done.status == "confirmed" and done.confirmed_with == "送货部 王师傅"
    assert done.confirmed_at is not None and done.version == 2
    assert [i.id for i in appt.unconfirmed_for(TOMORROW)] == [first.id]
    assert [i.id for i in appt.due_tomorrow(TODAY)] == [second.id, first.id]
    assert actions(second.complaint_id)[-1] == "appointment_confirmed"


def test_a_move_keeps_the_old_slot_and_books_the_new_one(desk):
    old = book(desk)
    new = appt.move(old.id, old.version, slot(desk, day=TOMORROW + datetime.timedelta(days=2),
                                              window_start="13:00", window_end="15:00"),
                    "顾客出差", desk.store.clerk, desk.store.desk)
    kept = appt.get(old.id)
    assert kept.status == "moved" and kept.outcome_note == "顾客出差"
    assert new.status == "booked" and new.moved_from_id == old.id and new.window_start == "13:00"
    assert [a.id for a in appt.appointments_of(old.complaint_id)] == [old.id, new.id]
    event = history.events_of(old.complaint_id)[-1]
    assert event.action == "appointment_moved" and "→" in event.note and "顾客出差" in event.note
    assert TOMORROW.isoformat() in event.note and "13:00" in event.note
    with pytest.raises(DeskError) as err:  # the old slot is settled: it cannot move twice
        appt.move(old.id, kept.version, slot(desk), "再改", desk.store.clerk, desk.store.desk)
    assert err.value.code == "appointment_not_open"


def test_a_move_needs_a_reason_and_another_slot(desk):
    old = book(desk)
    with pytest.raises(ValidationError) as err:
        appt.move(old.id, old.version, slot(desk, window_end=""), "", desk.store.clerk,
                  desk.store.desk)
    assert set(err.value.fields) == {"window_end", "outcome_note"}
    with pytest.raises(ValidationError) as err:
        appt.move(old.id, old.version, slot(desk), "顾客要求", desk.store.clerk,
                  desk.store.desk)
    assert err.value.fields["day"][0] == "unchanged"
    assert appt.get(old.id).status == "booked" and Appointment.select().count() == 1


def test_done_missed_and_cancelled_are_final(desk):
    done = book(desk)
    done = appt.mark_done(done.id, done.version, desk.store.clerk, desk.store.desk, "已安装")
    assert done.status == "done" and done.outcome_note == "已安装"
    with pytest.raises(DeskError) as err:
        appt.mark_missed(done.id, done.version, "没人来", desk.store.clerk, desk.store.desk)
    assert err.value.code == "appointment_not_open"
    missed = book(desk, inquiry(desk, phone="13800001111"))
    with pytest.raises(ValidationError) as err:  # what happened is required
        appt.mark_missed(missed.id, missed.version, " ", desk.store.clerk, desk.store.desk)
    assert err.value.fields["outcome_note"][0] == "required"
    cancelled = book(desk, inquiry(desk, phone="13800002222"))
    cancelled = appt.cancel(cancelled.id, cancelled.version, "顾客已自提", desk.store.clerk,
                            desk.store.desk)
    assert cancelled.status == "cancelled"
    assert appt.due_tomorrow(TODAY) == [appt.get(missed.id)]


def test_a_stale_version_is_a_conflict_and_changes_nothing(desk):
    info = book(desk)
    appt.confirm_with_department(info.id, info.version, desk.store.supervisor, "台2")
    with pytest.raises(ConflictError) as err:
        appt.mark_missed(info.id, info.version, "送货员未到", desk.store.clerk, desk.store.desk)
    assert err.value.current.status == "confirmed" and err.value.current.version == 2
    assert appt.get(info.id).status == "confirmed"
    assert actions(info.complaint_id).count("appointment_missed") == 0


def test_a_second_desk_saving_first_makes_the_move_a_conflict(desk, db_url):
    """Another desk (its own database connection) moves the slot between reading and acting."""
    info = book(desk)
    other = db.open_database(db_url)
    other.connect()
    try:
        other.execute_sql(f"UPDATE appointment SET window_start = '10:00', version = version + 1 "
                          f"WHERE id = {other.param}", (info.id,))
    finally:
        other.close()
    with pytest.raises(ConflictError) as err:
        appt.move(info.id, info.version, slot(desk, window_start="15:00", window_end="18:00"),
                  "顾客要求", desk.store.clerk, desk.store.desk)
    assert err.value.current.window_start == "10:00"
    assert Appointment.select().count() == 1 and appt.get(info.id).status == "booked"


def test_a_missed_appointment_becomes_a_complaint_in_one_step(desk):
    c = inquiry(desk)
    info = book(desk, c)
    with pytest.raises(DeskError) as err:  # only once it is missed
        appt.missed_to_complaint(info.id, info.version, desk.store.clerk, desk.store.desk)
    assert err.value.code == "appointment_not_missed"
    missed = appt.mark_missed(info.id, info.version, "安装师傅未上门，也未来电",
                              desk.store.clerk, desk.store.desk)
    made = appt.missed_to_complaint(missed.id, missed.version, desk.store.clerk,
                                    desk.store.desk)
    assert made.kind == "complaint" and made.status == "registered" and made.id != c.id
    for name in ("complainant_name", "phone", "member_no", "customer_id", "product_name",
                 "product_brand", "product_model", "order_no", "purchase_amount", "category"):
        assert getattr(made, name) == getattr(c, name), name
    assert "安装师傅未上门" in made.account and "文三路100号" in made.account
    assert c.number in made.account and "什么时候能上门安装" in made.account
    assert appt.get(info.id).complaint_made_id == made.id
    assert actions(made.id) == ["registered", "from_appointment"]
    assert c.number in history.events_of(made.id)[-1].note
    assert actions(c.id)[-1] == "appointment_to_complaint"
    assert made.number in history.events_of(c.id)[-1].note
    # a retry (the answer was lost) finds the same complaint, and makes no second one
    again = appt.missed_to_complaint(info.id, appt.get(info.id).version, desk.store.clerk,
                                     desk.store.desk)
    assert again.id == made.id and Complaint.select().where(
        Complaint.kind == "complaint").count() == 1
    assert history.verify_chain()[1] is None


def test_a_failed_registration_leaves_the_missed_slot_as_it_was(desk):
    from desk import settings

    c = inquiry(desk, category="delivery")
    info = book(desk, c)
    missed = appt.mark_missed(info.id, info.version, "未送达", desk.store.clerk, desk.store.desk)
    with db.write_transaction():
        settings.put("categories", ["product_quality"])  # the inquiry's category is gone
    with pytest.raises(ValidationError):
        appt.missed_to_complaint(missed.id, missed.version, desk.store.clerk, desk.store.desk)
    assert appt.get(info.id).complaint_made_id is None and appt.get(info.id).version == 2
    assert Complaint.select().count() == 1 and actions(c.id)[-1] == "appointment_missed"


def test_defaults_are_tomorrow_the_inquirys_department_and_the_last_address(desk):
    c = inquiry(desk)
    first = appt.defaults_for(c.id, TODAY)
    assert first.day == TOMORROW and (first.window_start, first.window_end) == ("09:00", "12:00")
    assert first.department_id == desk.sales.id and first.address == ""  # none says 安装
    installers = departments.add("安装部", 24, desk.store.supervisor, desk.store.desk)
    assert appt.defaults_for(c.id, TODAY).department_id == installers.id
    assert appt.defaults_for(inquiry(desk, phone="13800009999", category="delivery").id,
                             TODAY).department_id == desk.delivery.id
    book(desk, c)
    again = inquiry(desk, phone=c.phone)  # the same customer asks again
    assert appt.defaults_for(again.id, TODAY).address == "杭州市西湖区文三路100号3单元502"
    Complaint.update(department=desk.delivery.id).where(Complaint.id == again.id).execute()
    assert appt.defaults_for(again.id, TODAY).department_id == desk.delivery.id


def test_every_code_the_appointments_raise_has_words():
    import inspect
    import re

    from desk.ui import labels, messages

    source = inspect.getsource(appt)
    raised = set(re.findall(r'(?:DeskError|PermissionDenied)\(\s*"(\w+)"', source))
    raised |= set(re.findall(r'\(\s*"(\w+)",\s*\{', source))
    raised |= {"time_invalid", "required", "too_long"}
    assert sorted(c for c in raised if messages.message(c) == c) == []
    for action in ("appointment_booked", "appointment_confirmed", "appointment_moved",
                   "appointment_done", "appointment_missed", "appointment_cancelled",
                   "appointment_to_complaint", "from_appointment"):
        assert labels.action_label(action) != action, action
    for status in appt.STATUSES:
        assert labels.label(status) != status, status
