"""The supervisor's staff dialog, driven like a person would."""


from PySide6.QtWidgets import QDialog

from desk.models import Staff
from desk.staff import auth
from desk.ui.staff.staff_dialog import StaffDialog, StaffEditor


def test_adding_a_clerk_through_the_editor(qtbot, store):
    editor = StaffEditor(store.supervisor)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.code, "c7")
    editor.name.setText("周八")  # QTest types ASCII only; Chinese comes from an input method
    editor.limit.setText("300")
    qtbot.keyClicks(editor.pin, "8642")
    editor.save()
    assert editor.result() == QDialog.Accepted
    added = Staff.get(Staff.code == "c7")
    assert added.name == "周八" and str(added.authority_limit) == "300.00"
    assert auth.sign_in("c7", "8642").id == added.id


def test_bad_input_shows_next_to_the_field_and_keeps_the_text(qtbot, store):
    editor = StaffEditor(store.supervisor)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.code, "c1")  # taken
    qtbot.keyClicks(editor.pin, "12")
    editor.save()
    assert editor.result() != QDialog.Accepted
    assert editor.errors.text("code") and editor.errors.text("pin") and editor.errors.text("name")
    assert editor.code.text() == "c1"


def test_dialog_lists_staff_and_demoting_the_last_supervisor_is_refused(qtbot, store, tmp_path):
    dialog = StaffDialog(store.supervisor)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    names = {dialog.model.index(r, 1).data() for r in range(2)}
    assert names == {"王主管", "李小红"}
    editor = StaffEditor(store.supervisor, Staff.get_by_id(store.supervisor.id))
    qtbot.addWidget(editor)
    editor.role.setCurrentIndex(editor.role.findData("clerk"))
    editor.save()
    assert editor.errors.text("role")
    assert Staff.get_by_id(store.supervisor.id).role == "supervisor"
    dialog.show()
    dialog.table.selectRow(0)
    dialog.grab().save(str(tmp_path / "staff.png"))
