"""Settings → Departments: a supervisor adds and edits; a clerk is refused by the domain."""

from PySide6.QtCore import Qt

from desk.complaints import departments
from desk.ui.complaints.departments_dialog import DepartmentsDialog
from tests.ui.complaint_steps import WAIT
from tests.ui.conftest import type_text


def _dialog(qtbot, staff, desk):
    dialog = DepartmentsDialog(staff, desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog._runner.busy(), timeout=WAIT)
    return dialog


def test_a_supervisor_adds_and_edits_a_department(ui_store, qtbot):
    dialog = _dialog(qtbot, ui_store.supervisor, ui_store.desk)
    type_text(qtbot, dialog.name, "安装部")
    dialog.hours.setValue(36)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.names() == ["安装部"], timeout=WAIT)
    dialog.select_row(0)
    assert dialog.name.text() == "安装部" and dialog.hours.value() == 36
    dialog.hours.setValue(12)
    dialog.active.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.rows) and dialog.rows[0].answer_hours == 12,
                    timeout=WAIT)
    (dept,) = departments.all_departments()
    assert (dept.name, dept.answer_hours, dept.active) == ("安装部", 12, False)
    assert departments.active_departments() == []


def test_a_taken_name_is_shown_next_to_the_name(ui_store, qtbot):
    departments.add("送货部", 48, ui_store.supervisor, ui_store.desk)
    dialog = _dialog(qtbot, ui_store.supervisor, ui_store.desk)
    dialog.start_new()
    type_text(qtbot, dialog.name, "送货部")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.label("name").isVisible(), timeout=WAIT)
    assert dialog.errors.text("name") == "A department named 送货部 already exists."


def test_a_clerk_cannot_add_a_department(ui_store, qtbot):
    dialog = _dialog(qtbot, ui_store.clerk, ui_store.desk)
    type_text(qtbot, dialog.name, "维修部")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT)
    assert dialog.message.text() == "Only a supervisor may do this."
    assert departments.all_departments() == []


def test_the_settings_menu_offers_departments_to_supervisors_only(window, ui_store, qtbot):
    assert not window.departments_action.isEnabled()
    window.set_staff(ui_store.supervisor)
    assert window.departments_action.isEnabled()
    dialog = window.manage_departments()
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=WAIT)
    dialog.reject()
