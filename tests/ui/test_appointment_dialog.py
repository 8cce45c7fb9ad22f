"""The appointment dialog, driven like a clerk: book with Enter, bad input next to its field,
move, confirm, miss and make a complaint, a second desk first, the note on screen; the
day-before reminder and the window's keys."""

import datetime
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desk import settings
from desk.complaints import appointments as appt
from desk.complaints import departments
from desk.models import Appointment, Complaint
from desk.storage import db
from desk.ui.appointments.appointment_dialog import AppointmentDialog, note_pdf
from desk.ui.appointments.appointment_reminder import AppointmentReminder
from tests.pdf_tools import pdf_text
from tests.ui.complaint_steps import WAIT
from tests.ui.conftest import type_text

TOMORROW = datetime.date.today() + datetime.timedelta(days=1)


@pytest.fixture
def depts(ui_store):
    s = ui_store
    return (departments.add("送货部", 24, s.supervisor, s.desk),
            departments.add("安装部", 24, s.supervisor, s.desk))


@pytest.fixture
def inquiry(register, depts):
    return register(kind="inquiry", category="installation",
                    account="新买的空调什么时候能上门安装？")


def open_dialog(qtbot, c, staff, desk) -> AppointmentDialog:
    dialog = AppointmentDialog(c.id, staff, desk)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def booked(ui_store, c, depts, **overrides) -> appt.AppointmentInfo:
    values = dict(department_id=depts[1].id, day=TOMORROW, window_start="09:00",
                  window_end="12:00", address="杭州市文三路100号")
    values.update(overrides)
    return appt.book(c.id, appt.AppointmentInput(**values), ui_store.clerk, ui_store.desk)


def test_the_clerk_books_with_enter_from_the_defaults(inquiry, ui_store, qtbot, depts):
    dialog = open_dialog(qtbot, inquiry, ui_store.clerk, ui_store.desk)
    assert dialog.day.date() == qdate(TOMORROW)
    assert (dialog.window_start.text(), dialog.window_end.text()) == ("09:00", "12:00")
    assert dialog.department.currentData() in (depts[0].id, depts[1].id)
    dialog.department.setCurrentIndex(dialog.department.findData(depts[1].id))
    type_text(qtbot, dialog.address, "杭州市西湖区文三路100号3单元502")
    type_text(qtbot, dialog.bring, "购物小票、保修卡")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    row = Appointment.get()
    assert (row.department_id, row.day, row.window_start, row.window_end) == (
        depts[1].id, TOMORROW, "09:00", "12:00")
    assert row.address == "杭州市西湖区文三路100号3单元502" and row.bring == "购物小票、保修卡"
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "Booked"
    assert dialog.done_note.isVisibleTo(dialog) and "Booked" in dialog.done_note.text()
    assert dialog.address.text() == "杭州市西湖区文三路100号3单元502"  # the customer's address
    # Ctrl+Enter saves too: a second slot for the same inquiry
    dialog.window_start.setText("14:00")
    dialog.window_end.setText("16:00")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        qtbot.keyClick(dialog.window_end, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert Appointment.select().count() == 2
    dialog.window_start.setText("17:00")
    dialog.window_end.setText("18:00")
    dialog.day.setFocus()
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):  # and from the date, Enter
        qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    assert Appointment.select().count() == 3


@pytest.mark.parametrize("setup, field, words", [
    (lambda d: d.day.setDate(qdate(datetime.date.today() - datetime.timedelta(days=1))),
     "day", "This lies in the past"),
    (lambda d: d.window_start.clear(), "window_start", "Please fill this in."),
    (lambda d: (d.window_start.setText("15:00"), d.window_end.setText("11:00")),
     "window_end", "The end of the window is before its start."),
    (lambda d: (d.window_start.setText("15:00"), d.window_end.setText("15:00")),
     "window_end", "The time window is empty"),
    (lambda d: d.address.clear(), "address", "Please fill this in."),
])
def test_bad_input_is_said_next_to_its_field_and_nothing_is_written(inquiry, ui_store, qtbot,
                                                                    setup, field, words):
    dialog = open_dialog(qtbot, inquiry, ui_store.clerk, ui_store.desk)
    dialog.address.setText("杭州市文三路100号")
    setup(dialog)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.label(field).isVisible(), timeout=WAIT)
    assert words in dialog.errors.text(field)
    assert Appointment.select().count() == 0 and not dialog.message.isVisible()
    assert dialog.save_button.isEnabled()


def test_a_department_gone_meanwhile_is_said_next_to_it(inquiry, ui_store, qtbot, depts):
    dialog = open_dialog(qtbot, inquiry, ui_store.clerk, ui_store.desk)
    dialog.address.setText("杭州市文三路100号")
    chosen = dialog.department.currentData()
    departments.update(chosen, ui_store.supervisor, ui_store.desk, active=False)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.label("department").isVisible(), timeout=WAIT)
    assert "not (or no longer) in the store's list" in dialog.errors.text("department")
    assert Appointment.select().count() == 0


def test_moving_keeps_the_old_slot_with_its_reason(inquiry, ui_store, qtbot, depts):
    old = booked(ui_store, inquiry, depts)
    dialog = open_dialog(qtbot, inquiry, ui_store.clerk, ui_store.desk)
    assert dialog.select(old.id)
    dialog.move_button.click()
    assert dialog.reason.isVisibleTo(dialog) and "Move" in dialog.form_box.title()
    assert dialog.address.text() == "杭州市文三路100号"
    dialog.save()  # no reason yet: said next to the reason
    qtbot.waitUntil(lambda: dialog.errors.label("move_reason").isVisible(), timeout=WAIT)
    dialog.day.setDate(qdate(TOMORROW + datetime.timedelta(days=2)))
    type_text(qtbot, dialog.reason, "顾客出差")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert appt.get(old.id).status == "moved" and appt.get(old.id).outcome_note == "顾客出差"
    new = appt.appointments_of(inquiry.id)[-1]
    assert new.moved_from_id == old.id and new.day == TOMORROW + datetime.timedelta(days=2)
    assert dialog.table.rowCount() == 2 and not dialog.reason.isVisibleTo(dialog)
    assert dialog.selected().id == new.id


def test_confirm_then_missed_then_a_complaint_in_one_step(inquiry, ui_store, qtbot, depts):
    info = booked(ui_store, inquiry, depts)
    dialog = open_dialog(qtbot, inquiry, ui_store.clerk, ui_store.desk)
    assert dialog.selected().id == info.id and not dialog.complaint_button.isEnabled()
    type_text(qtbot, dialog.outcome, "安装部 李师傅")
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)  # Enter in the remark books nothing
    assert Appointment.select().count() == 1
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.confirm_button.click()
    assert appt.get(info.id).confirmed_with == "安装部 李师傅"
    assert not dialog.confirm_button.isEnabled() and dialog.outcome.text() == ""
    dialog.missed_button.click()  # what happened is required
    qtbot.waitUntil(lambda: dialog.errors.label("outcome_note").isVisible(), timeout=WAIT)
    type_text(qtbot, dialog.outcome, "师傅未上门，也未来电")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.missed_button.click()
    assert dialog.complaint_button.isEnabled()
    with qtbot.waitSignal(dialog.complaint_made, timeout=WAIT) as made:
        dialog.complaint_button.click()
    complaint = Complaint.get_by_id(made.args[0])
    assert complaint.kind == "complaint" and "师傅未上门" in complaint.account
    assert complaint.number in dialog.done_note.text()
    assert not dialog.complaint_button.isEnabled()


def test_a_second_desk_first_is_a_conflict_said_here(inquiry, ui_store, qtbot, depts):
    info = booked(ui_store, inquiry, depts)
    dialog = open_dialog(qtbot, inquiry, ui_store.clerk, ui_store.desk)
    appt.confirm_with_department(info.id, info.version, ui_store.supervisor, "台2", "王师傅")
    type_text(qtbot, dialog.outcome, "没人来")
    dialog.missed_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT)
    assert "Another desk changed this appointment" in dialog.message.text()
    assert "Confirmed with the department" in dialog.message.text()
    assert dialog.outcome.text() == "没人来"  # the typing stays
    assert appt.get(info.id).status == "confirmed"
    assert dialog.table.item(0, 3).text() == "Confirmed with the department"
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):  # now with the version on screen
        dialog.missed_button.click()
    assert appt.get(info.id).status == "missed"


def test_the_note_is_shown_on_screen(inquiry, ui_store, qtbot, depts):
    info = booked(ui_store, inquiry, depts)
    dialog = open_dialog(qtbot, inquiry, ui_store.clerk, ui_store.desk)
    preview = dialog.show_note()
    assert preview is not None and preview.isVisible()
    preview.close()
    text = pdf_text(note_pdf(info.id, ui_store.clerk))
    assert info.complaint_number in text and "安装部" in text and "09:00" in text


def test_the_reminder_names_tomorrows_unconfirmed_slots(inquiry, ui_store, qtbot, depts):
    info = booked(ui_store, inquiry, depts, window_start="14:00", window_end="17:00")
    reminder = AppointmentReminder(ui_store.clerk.id)
    items = reminder.fetch(datetime.datetime.now(), ui_store.clerk.id)
    assert [i.id for i in items] == [info.id]
    assert "1 appointment(s) tomorrow not yet confirmed" in reminder.status_text(items)
    assert "安装部 14:00" in reminder.status_text(items)
    assert "Confirm with 安装部" in reminder.notice_text(items[0])
    assert info.complaint_number in reminder.notice_text(items[0])
    appt.confirm_with_department(info.id, info.version, ui_store.clerk, ui_store.desk)
    assert reminder.fetch(datetime.datetime.now(), ui_store.clerk.id) == []
    today = reminder.fetch(datetime.datetime.now() + datetime.timedelta(days=1), None)
    assert today == []  # on the day itself it is no longer "tomorrow"


def test_the_window_reminds_and_opens_the_dialog_with_its_keys(inquiry, ui_store, qtbot,
                                                               depts, window):
    booked(ui_store, inquiry, depts)
    feature = window.appointments
    feature.reminder.check()
    qtbot.waitUntil(lambda: "not yet confirmed" in feature.reminder.text, timeout=WAIT)
    assert feature.notices.shown and inquiry.number in feature.notices.shown[0]
    window.worklist.select_id(inquiry.id)
    qtbot.waitUntil(lambda: window.detail.complaint_id == inquiry.id, timeout=WAIT)
    assert feature.appointments_action.shortcut().toString() == "Ctrl+Shift+A"
    feature.appointments_action.trigger()
    dialog = feature.dialog
    assert isinstance(dialog, AppointmentDialog) and dialog.complaint_id == inquiry.id
    dialog.reject()
    tomorrow = feature.show_tomorrow()
    qtbot.waitUntil(lambda: tomorrow.table.rowCount() == 1, timeout=WAIT)
    assert tomorrow.table.item(0, 5).text() == inquiry.number
    with qtbot.waitSignal(tomorrow.open_appointments, timeout=WAIT) as opened:
        tomorrow.table.cellDoubleClicked.emit(0, 0)
    assert opened.args == [inquiry.id]
    tab = window.detail.appointments
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=WAIT)
    assert tab.open_button.isEnabled()


def test_the_dialog_and_the_note_in_chinese(chinese, inquiry, ui_store, qtbot, depts, tmp_path):
    from tests.pdf_tools import pdf_pages_png

    folder = Path(os.environ.get("DESK_SCREENS_DIR") or tmp_path)
    with db.write_transaction():
        settings.put("store_phone", "0571-88886666")
        settings.put("store_address", "杭州市解放路1号")
    old = booked(ui_store, inquiry, depts, bring="购物小票、保修卡")
    appt.move(old.id, old.version, appt.AppointmentInput(
        department_id=depts[1].id, day=TOMORROW + datetime.timedelta(days=1),
        window_start="14:00", window_end="17:00", address="杭州市西湖区文三路100号3单元502",
        bring="购物小票、保修卡", note="请提前半小时电话联系"), "顾客出差", ui_store.clerk,
        ui_store.desk)
    dialog = open_dialog(qtbot, inquiry, ui_store.clerk, ui_store.desk)
    assert dialog.windowTitle().startswith("预约")
    assert dialog.table.item(0, 3).text() == "已改期"
    dialog.resize(900, 720)
    assert dialog.grab().save(str(folder / "appointment_dialog_zh_CN.png"))
    pdf = note_pdf(appt.appointments_of(inquiry.id)[-1].id, ui_store.clerk)
    text = pdf_text(pdf)
    assert "预约单" in text and "请准备" in text and "改期" in text
    assert "0571-88886666" in text and "星期" in text
    pages = pdf_pages_png(pdf, tmp_path, dpi=110)
    assert len(pages) == 1
    pages[0].replace(folder / "appointment_note_pdf.png")
