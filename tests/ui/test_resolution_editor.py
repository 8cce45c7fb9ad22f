"""The resolution tab: remedies edited through the widgets, the authority rule on agreeing."""

from decimal import Decimal

from PySide6.QtCore import Qt

from desk.models import Complaint, ResolutionApproval
from desk.resolution import approval
from desk.resolution import remedies as resolution
from desk.resolution.remedies import RemedyInput
from desk.ui.complaints.detail_pane import EventLine, event_text
from desk.ui.resolution.resolution_editor import ResolutionEditor
from tests.resolution.test_resolution import proposed
from tests.ui.conftest import type_text

WAIT = 15_000


def editor_for(qtbot, store, complaint_id, staff=None) -> ResolutionEditor:
    editor = ResolutionEditor()
    qtbot.addWidget(editor)
    editor.set_context(staff or store.clerk, store.desk)
    editor.show()
    editor.set_complaint(complaint_id)
    qtbot.waitUntil(lambda: editor.state is not None, timeout=WAIT)
    return editor


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_and_wait(qtbot, editor) -> None:
    with qtbot.waitSignal(editor.changed, timeout=WAIT):
        click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: editor.state is not None, timeout=WAIT)


def test_remedies_typed_into_the_rows_are_saved_as_the_resolution(ui_store, qtbot):
    c = proposed(ui_store, state="investigating")
    editor = editor_for(qtbot, ui_store, c.id)
    assert editor.rows == [] and not editor.save_button.isEnabled()
    click(qtbot, editor.add_button)
    row = editor.rows[0]
    row.kind.setCurrentIndex(row.kind.findData("refund"))
    qtbot.keyClicks(row.amount, "150")
    type_text(qtbot, row.text, "退还货款150元")
    click(qtbot, editor.add_button)
    apology = editor.rows[1]
    apology.kind.setCurrentIndex(apology.kind.findData("apology"))
    type_text(qtbot, apology.text, "当面致歉")
    assert "150.00" in editor.total_label.text()
    save_and_wait(qtbot, editor)
    saved = resolution.resolution_of(c.id).remedies
    assert [(r.kind, r.amount, r.text) for r in saved] == [
        ("refund", Decimal("150.00"), "退还货款150元"), ("apology", None, "当面致歉")]
    assert editor.state.version == Complaint.get_by_id(c.id).version
    # removing a row and saving removes the remedy
    click(qtbot, editor.rows[1].remove)
    save_and_wait(qtbot, editor)
    assert [r.kind for r in resolution.resolution_of(c.id).remedies] == ["refund"]


def test_a_bad_amount_is_explained_under_its_field_and_nothing_is_saved(ui_store, qtbot):
    c = proposed(ui_store, state="investigating")
    editor = editor_for(qtbot, ui_store, c.id)
    click(qtbot, editor.add_button)
    row = editor.rows[0]
    row.kind.setCurrentIndex(row.kind.findData("refund"))
    qtbot.keyClicks(row.amount, "12.345")
    type_text(qtbot, row.text, "退款")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: editor.errors.text("remedies.0.amount") != "", timeout=WAIT)
    assert editor.errors.label("remedies.0.amount").isVisible()
    assert row.amount.text() == "12.345"  # what was typed stays
    assert resolution.resolution_of(c.id).remedies == ()


def test_above_the_limit_the_clerk_asks_and_a_supervisor_approves_from_the_queue(
        ui_store, qtbot):
    from desk.ui.resolution.approvals_queue import ApprovalsQueue

    c = proposed(ui_store, [RemedyInput("refund", "退还全部货款", "500")])
    editor = editor_for(qtbot, ui_store, c.id)
    assert "200.00" in editor.limit_label.text()
    assert not editor.agree_button.isVisible()  # the clerk cannot take the agreement
    with qtbot.waitSignal(editor.changed, timeout=WAIT):
        click(qtbot, editor.ask_button)
    qtbot.waitUntil(lambda: editor.state is not None
                    and editor.state.status == "awaiting_approval", timeout=WAIT)

    queue = ApprovalsQueue(ui_store.supervisor, "主管台")
    qtbot.addWidget(queue)
    queue.show()
    queue.refresh()
    qtbot.waitUntil(lambda: [i.complaint_id for i in queue.items] == [c.id], timeout=WAIT)
    queue.table.selectRow(0)
    with qtbot.waitSignal(queue.decided, timeout=WAIT):
        click(qtbot, queue.approve_button)
    assert Complaint.get_by_id(c.id).status == "agreed"
    qtbot.waitUntil(lambda: queue.items == [], timeout=WAIT)


def test_a_supervisor_approves_here_with_the_pin_and_a_wrong_pin_changes_nothing(
        ui_store, qtbot):
    c = proposed(ui_store, [RemedyInput("refund", "退还全部货款", "500")])
    editor = editor_for(qtbot, ui_store, c.id)
    version = editor.state.version
    dialog = editor.approve_here()
    qtbot.keyClicks(dialog.code, "boss")
    qtbot.keyClicks(dialog.pin, "9999")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.errors.text("pin") != "", timeout=WAIT)
    assert Complaint.get_by_id(c.id).version == version
    assert ResolutionApproval.select().where(ResolutionApproval.complaint == c.id).count() == 0
    assert approval.needs_approval(c.id, ui_store.clerk)

    qtbot.keyClicks(dialog.pin, "2468")
    with qtbot.waitSignal(editor.changed, timeout=WAIT):
        click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: editor.state is not None and not editor.state.needs_approval,
                    timeout=WAIT)
    assert "王主管" in editor.approval_label.text()
    with qtbot.waitSignal(editor.changed, timeout=WAIT):
        click(qtbot, editor.agree_button)  # now the clerk takes the customer's agreement
    assert Complaint.get_by_id(c.id).status == "agreed"


def test_a_save_after_another_desk_saved_opens_the_conflict_dialog(ui_store, qtbot):
    c = proposed(ui_store, [RemedyInput("apology", "当面致歉")], state="investigating")
    editor = editor_for(qtbot, ui_store, c.id)
    resolution.add_remedy(c.id, c.version, RemedyInput("explanation", "说明原因"),
                          ui_store.supervisor, "主管台")
    type_text(qtbot, editor.rows[0].text, "并赠送礼品")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None
                    and editor.conflict_dialog.isVisible(), timeout=WAIT)
    assert len(resolution.resolution_of(c.id).remedies) == 2  # nothing overwritten
    editor.conflict_dialog.accept()
    assert editor.version == Complaint.get_by_id(c.id).version
    save_and_wait(qtbot, editor)
    assert [r.text for r in resolution.resolution_of(c.id).remedies] == ["当面致歉并赠送礼品"]


def test_the_history_shows_remedies_with_their_kind_in_words(qapp, chinese):
    line = EventLine(None, "", "", "remedy_added", "remedy.1", "", "refund 150.00 退款", "")
    text = event_text(line)
    assert "退货 150.00 退款" in text and "refund" not in text


def test_a_change_from_another_desk_keeps_what_the_clerk_typed_and_not_saved(
        ui_store, qtbot, window):
    from tests.ui.complaint_steps import select

    c = proposed(ui_store, [RemedyInput("apology", "当面致歉")], state="investigating")
    select(window, qtbot, c.id)
    editor = window.detail.resolution
    window.detail.tabs.setCurrentWidget(editor)
    qtbot.waitUntil(lambda: editor.state is not None, timeout=WAIT)
    type_text(qtbot, editor.rows[0].text, "并说明原因")
    resolution.add_remedy(c.id, c.version, RemedyInput("gift", "赠品", "20"),
                          ui_store.supervisor, "主管台")
    window._complaints_changed([c.id])  # what the live watcher reports
    qtbot.waitUntil(lambda: window.detail.record is not None, timeout=WAIT)
    assert [r.text.text() for r in editor.rows] == ["当面致歉并说明原因"]
    click(qtbot, editor.save_button)  # the version check turns it into a conflict
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None
                    and editor.conflict_dialog.isVisible(), timeout=WAIT)
    editor.conflict_dialog.reject()  # discard: the stored resolution shows
    qtbot.waitUntil(lambda: len(editor.rows) == 2, timeout=WAIT)


def test_once_the_customer_agreed_the_tab_opens_the_slip(ui_store, qtbot):
    from desk.ui.resolution.slip_dialog import SlipDialog
    from tests.resolution.test_slips import agreed

    c = agreed(ui_store)
    editor = editor_for(qtbot, ui_store, c.id)
    assert editor.slip_button.isVisible() and not editor.agree_button.isVisible()
    click(qtbot, editor.slip_button)
    dialogs = editor.findChildren(SlipDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()


def test_before_the_customer_agreed_there_is_no_slip_to_print(ui_store, qtbot):
    c = proposed(ui_store)
    editor = editor_for(qtbot, ui_store, c.id)
    assert not editor.slip_button.isVisible()
