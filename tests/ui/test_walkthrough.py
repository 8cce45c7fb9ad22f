"""A complaint's whole life driven through the real widgets of the main window."""

import datetime

import pytest
from PySide6.QtCore import Qt

from desk.complaints import deadlines, lifecycle
from desk.errors import PermissionDenied
from desk.models import Complaint, now
from desk.ui.labels import action_label
from tests.ui.complaint_steps import WAIT, add_departments, confirm, open_dialog, select
from tests.ui.conftest import type_text


def test_a_complaint_from_registration_to_closed_and_reopened(window, register, ui_store, qtbot):
    depts = add_departments(ui_store)
    c = register()
    window.worklist.model.reload()
    qtbot.waitUntil(lambda: window.worklist.model.row_of(c.id) is not None, timeout=WAIT)
    select(window, qtbot, c.id)
    bar = window.detail.actions_bar
    assert bar.legal == ["judge_founded", "judge_not_founded", "route"]  # no "refuse"

    dialog = open_dialog(window, qtbot, "judge_founded")
    shown = dialog.widgets["deadline"].dateTime().toPython()
    expected = deadlines.default_deadline("product_quality", now())
    assert abs(shown - expected) < datetime.timedelta(minutes=2)  # the default is offered
    combo = dialog.widgets["department_id"]
    combo.setCurrentIndex(combo.findData(depts["维修部"].id))
    confirm(window, qtbot, dialog)
    stored = Complaint.get_by_id(c.id)
    assert stored.status == "judged" and stored.department_id == depts["维修部"].id
    assert abs(stored.deadline - shown.replace(second=0)) < datetime.timedelta(minutes=1)
    assert "start_investigation" in bar.legal
    history = window.detail.text()  # the promised time reads to the minute, as told
    assert f"→ {stored.deadline:%Y-%m-%d %H:%M}\n" in history

    dialog = open_dialog(window, qtbot, "start_investigation")
    before = bar.version
    with qtbot.waitSignal(window.detail.changed, timeout=WAIT):
        qtbot.keyClick(dialog.widgets["note"], Qt.Key.Key_Return)  # Enter confirms
    qtbot.waitUntil(lambda: bar.version not in (None, before), timeout=WAIT)

    dialog = open_dialog(window, qtbot, "record_cause")
    dialog.widgets["cause"].setCurrentIndex(dialog.widgets["cause"].findData("product_quality"))
    type_text(qtbot, dialog.widgets["responsible_person"], "厂家")
    confirm(window, qtbot, dialog)
    assert lifecycle.case_of(c.id).cause == "product_quality"

    for action in ("propose_resolution", "agree", "carry_out", "await_callback"):
        confirm(window, qtbot, open_dialog(window, qtbot, action))
    assert Complaint.get_by_id(c.id).status == "callback_pending"
    model = window.worklist.model  # the list row follows the step taken in the pane
    qtbot.waitUntil(lambda: model.row_at(model.row_of(c.id)).status == "callback_pending",
                    timeout=WAIT)

    # every complaint ends with a reply: logged in the contact log tab
    contacts = window.detail.contacts
    contacts.method.setCurrentIndex(contacts.method.findData("phone"))
    contacts.kind.setCurrentIndex(contacts.kind.findData("reply"))
    type_text(qtbot, contacts.text, "已电话告知顾客维修结果")
    with qtbot.waitSignal(window.detail.changed, timeout=WAIT):
        qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(contacts.lines) == 1, timeout=WAIT)
    assert contacts.lines[0].text == "已电话告知顾客维修结果"
    qtbot.waitUntil(lambda: "close" in bar.legal, timeout=WAIT)

    confirm(window, qtbot, open_dialog(window, qtbot, "close"))
    assert Complaint.get_by_id(c.id).status == "closed"
    assert bar.legal == ["reopen"]
    text = window.detail.text()
    for action in ("judge_founded", "start_investigation", "record_cause", "propose_resolution",
                   "agree", "carry_out", "await_callback", "contact_reply", "close"):
        assert action_label(action) in text, action

    dialog = open_dialog(window, qtbot, "reopen")
    type_text(qtbot, dialog.widgets["reason"], "顾客再次来电")
    confirm(window, qtbot, dialog)
    assert Complaint.get_by_id(c.id).status == "registered"
    assert lifecycle.case_of(c.id).reopen_count == 1
    assert action_label("reopen") in window.detail.text()


def test_the_complaint_menu_holds_only_the_legal_steps_with_shortcuts(window, register, qtbot):
    c = register()
    select(window, qtbot, c.id)
    visible = [a.data() for a in window.complaint_menu.actions() if a.isVisible()]
    assert visible == ["judge_founded", "judge_not_founded", "route"]
    assert window.appointments.appointments_action not in window.complaint_menu.actions()
    assert window.appointments.appointments_action in window.view_menu.actions()
    judge = window.detail.actions_bar.qactions["judge_founded"]
    assert judge.shortcut().toString() == "Ctrl+J" and "&" in judge.text()
    judge.trigger()
    bar = window.detail.actions_bar
    qtbot.waitUntil(lambda: bar.dialog is not None and bar.dialog.isVisible(), timeout=WAIT)
    qtbot.keyClick(bar.dialog, Qt.Key.Key_Escape)  # Esc cancels
    qtbot.waitUntil(lambda: bar.dialog is None or not bar.dialog.isVisible(), timeout=WAIT)
    assert Complaint.get_by_id(c.id).status == "registered"


def test_a_clerk_is_not_offered_supervisor_steps_and_cannot_take_them(window, register, ui_store,
                                                                     qtbot):
    c = register()
    c = lifecycle.perform(c.id, c.version, "judge_founded", ui_store.clerk, ui_store.desk,
                          department_id=add_departments(ui_store)["维修部"].id)
    for action in ("start_investigation", "propose_resolution", "request_approval"):
        c = lifecycle.perform(c.id, c.version, action, ui_store.clerk, ui_store.desk)
    select(window, qtbot, c.id)
    bar = window.detail.actions_bar
    assert "approve" not in bar.legal and "decline_approval" not in bar.legal
    assert not bar.qactions["approve"].isVisible()
    with pytest.raises(PermissionDenied):
        lifecycle.perform(c.id, c.version, "approve", ui_store.clerk, ui_store.desk)
    window.set_staff(ui_store.supervisor)  # the supervisor signs in at this desk
    qtbot.waitUntil(lambda: "approve" in bar.legal, timeout=WAIT)
    assert bar.buttons["approve"].isVisible()


def test_a_bad_input_shows_its_message_next_to_the_field(window, register, qtbot):
    c = register()
    select(window, qtbot, c.id)
    dialog = open_dialog(window, qtbot, "judge_not_founded")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    label = dialog.errors.label("explanation")
    qtbot.waitUntil(lambda: label.isVisible(), timeout=WAIT)
    assert label.text() == "Please fill this in."
    assert dialog.isVisible() and Complaint.get_by_id(c.id).status == "registered"
