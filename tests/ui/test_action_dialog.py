"""One dialog per step: fields from the transition, messages next to them, roles enforced."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QListWidget, QPlainTextEdit

from desk import process
from desk.complaints import attachments, lifecycle
from desk.models import Complaint
from desk.storage import db
from desk.ui.complaints.action_dialog import ActionDialog, load_choices
from tests.storage.read_only import read_only_database
from tests.ui.complaint_steps import WAIT, add_departments

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


def _dialog(qtbot, c, action, staff, desk):
    dialog = ActionDialog(c.id, c.version, action, staff, desk, load_choices(c.id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_fields_are_the_transitions_inputs(register, ui_store, qtbot):
    add_departments(ui_store)
    c = register()
    dialog = _dialog(qtbot, c, "judge_founded", ui_store.clerk, ui_store.desk)
    t = lifecycle.TRANSITIONS["judge_founded"]
    assert list(dialog.widgets) == list(t.required + t.optional)
    assert isinstance(dialog.widgets["department_id"], QComboBox)
    assert isinstance(dialog.widgets["deadline"], QDateTimeEdit)
    assert [dialog.widgets["department_id"].itemText(i) for i in range(2)] == ["维修部", "送货部"]
    pause = _dialog(qtbot, c, "pause", ui_store.clerk, ui_store.desk)
    assert pause.widgets["waiting_for"].currentData() == "customer"


def test_refusing_needs_evidence_picked_from_the_complaints_attachments(register, ui_store,
                                                                        qtbot):
    c = register()
    photo = attachments.add_bytes(c.id, PNG, "勒索短信截图.png", ui_store.clerk, ui_store.desk)
    dialog = _dialog(qtbot, c, "refuse", ui_store.supervisor, ui_store.desk)
    evidence = dialog.widgets["evidence_ids"]
    assert isinstance(evidence, QListWidget) and evidence.item(0).text() == "勒索短信截图.png"
    dialog.widgets["reason"].setText("索要高额赔偿")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.label("evidence_ids").isVisible(), timeout=WAIT)
    assert dialog.errors.text("evidence_ids") == "Please fill this in."
    evidence.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.performed, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert lifecycle.case_of(c.id).evidence_ids == (photo.id,)
    assert Complaint.get_by_id(c.id).status == "refused"


def test_a_clerk_refusing_directly_is_told_only_a_supervisor_may(register, ui_store, qtbot):
    c = register()
    attachments.add_bytes(c.id, PNG, "a.png", ui_store.clerk, ui_store.desk)
    dialog = _dialog(qtbot, c, "refuse", ui_store.clerk, ui_store.desk)
    dialog.widgets["reason"].setText("索要高额赔偿")
    dialog.widgets["evidence_ids"].item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT)
    assert dialog.message.text() == "Not allowed: Only a supervisor may do this."
    assert Complaint.get_by_id(c.id).status == "registered"


def test_a_long_explanation_is_refused_next_to_its_field(register, ui_store, qtbot):
    c = register()
    dialog = _dialog(qtbot, c, "judge_not_founded", ui_store.clerk, ui_store.desk)
    box = dialog.widgets["explanation"]
    assert isinstance(box, QPlainTextEdit)
    box.setPlainText("说" * 2001)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.label("explanation").isVisible(), timeout=WAIT)
    assert dialog.errors.text("explanation") == "At most 2000 characters."
    box.setPlainText("该商品不是本店售出，已礼貌说明。")
    with qtbot.waitSignal(dialog.performed, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert Complaint.get_by_id(c.id).status == "explained"


def test_a_step_on_a_database_turned_read_only_says_what_to_do(register, ui_store, qtbot,
                                                               monkeypatch):
    c = register()
    real_perform = process.perform

    def on_read_only_database(*args, **kwargs):  # the worker thread's own connection
        with read_only_database():
            return real_perform(*args, **kwargs)

    monkeypatch.setattr(process, "perform", on_read_only_database)
    dialog = _dialog(qtbot, c, "judge_not_founded", ui_store.clerk, ui_store.desk)
    dialog.widgets["explanation"].setPlainText("该商品不是本店售出，已礼貌说明。")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT)
    assert "will not help" in dialog.message.text()
    assert db.current().backend.location() in dialog.message.text()
    assert Complaint.get_by_id(c.id).status == "registered"
    assert dialog.widgets["explanation"].toPlainText() == "该商品不是本店售出，已礼貌说明。"
