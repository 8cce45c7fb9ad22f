"""The reply letter dialog: the proposed text edited, kept as a draft, issued, printed back."""

from PySide6.QtCore import Qt

from desk import process, settings
from desk.models import Complaint, WrittenReply
from desk.storage import drafts
from desk.ui.resolution.reply_letter_dialog import ReplyLetterDialog
from tests.pdf_tools import pdf_fonts, pdf_text
from tests.ui.complaint_steps import WAIT
from tests.ui.conftest import type_text


def written(register, ui_store):
    c = register(channel="letter")
    return process.perform(c.id, c.version, "judge_not_founded", ui_store.clerk, ui_store.desk,
                           explanation="该商品非本店售出，已礼貌说明")


def open_dialog(qtbot, c, staff, desk):
    dialog = ReplyLetterDialog(c.id, staff, desk)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_clerk_edits_the_proposed_text_and_issues_with_ctrl_enter(register, ui_store,
                                                                      qtbot):
    settings.put("store_phone", "0571-88886666")
    c = written(register, ui_store)
    dialog = open_dialog(qtbot, c, ui_store.clerk, ui_store.desk)
    assert "该商品非本店售出" in dialog.body.toPlainText()
    assert not dialog.supervisor_box.isVisible() and not dialog.waive_box.isVisible()
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    type_text(qtbot, dialog.body, "（附：门店营业时间 9:00-21:00）")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    row = WrittenReply.get()
    assert row.body.endswith("（附：门店营业时间 9:00-21:00）")
    text = pdf_text(bytes(row.pdf))
    assert c.number in text and "9:00-21:00" in text
    assert all(f["emb"] == "yes" for f in pdf_fonts(bytes(row.pdf)))
    assert row.number in dialog.issued.item(0).text() and dialog.print_button.isEnabled()
    assert drafts.load(dialog.draft_name) is None
    c = Complaint.get_by_id(c.id)
    assert "close" in process.available_actions(c, ui_store.clerk)


def test_the_typed_text_survives_closing_the_dialog(register, ui_store, qtbot):
    c = written(register, ui_store)
    dialog = open_dialog(qtbot, c, ui_store.clerk, ui_store.desk)
    dialog.body.setPlainText("尊敬的顾客：我们已经查明……")
    dialog.reject()
    again = open_dialog(qtbot, c, ui_store.clerk, ui_store.desk)
    assert again.body.toPlainText() == "尊敬的顾客：我们已经查明……"
    assert again.draft_note.isVisibleTo(again)
    assert WrittenReply.select().count() == 0


def test_an_empty_text_is_refused_next_to_it(register, ui_store, qtbot):
    c = written(register, ui_store)
    dialog = open_dialog(qtbot, c, ui_store.clerk, ui_store.desk)
    dialog.body.setPlainText("   ")
    dialog.issue()
    qtbot.waitUntil(lambda: dialog.errors.label("body").isVisible(), timeout=WAIT)
    assert dialog.errors.text("body") == "Please fill this in."
    assert WrittenReply.select().count() == 0


def test_a_supervisor_records_why_no_letter_is_sent(register, ui_store, qtbot):
    c = written(register, ui_store)
    dialog = open_dialog(qtbot, c, ui_store.supervisor, ui_store.desk)
    assert dialog.waive_box.isVisible()
    dialog.waive_button.click()
    assert dialog.errors.label("note").isVisible()
    dialog.waive_note.setText("顾客来电表示无需书面答复")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        dialog.waive_button.click()
    assert "顾客来电表示无需书面答复" in dialog.issued.item(0).text()
    assert WrittenReply.get().kind == "waived"

