"""The callback queue: sections by due time, mine / everyone's, Enter opens the record, and a
whole run from a carried-out complaint to its closing through three unanswered calls."""

import datetime

from PySide6.QtCore import Qt

from desk.callbacks import calls as callbacks
from desk.models import Callback, Complaint, now
from desk.ui.callbacks.callback_queue import COLUMNS, CallbackQueue
from tests.complaints.test_lifecycle import Desk

WAIT = 15_000


def carried_out(store) -> Complaint:
    return Desk(store).reach("complaint", "carried_out")


def loaded(queue, qtbot) -> None:
    with qtbot.waitSignal(queue.loaded, timeout=WAIT):
        queue.refresh()


def cell(queue, row: int, column: str) -> str:
    return queue.model.text(row, column)


def open_row(queue, qtbot, complaint_id: int):
    """Select the open callback of the complaint, press Enter, return the record dialog."""
    loaded(queue, qtbot)
    rows = [r for r, i in enumerate(queue.model.rows) if i.complaint_id == complaint_id]
    assert len(rows) == 1, queue.model.rows
    queue.view.setFocus()
    queue.view.selectRow(rows[0])
    queue.dialog = None
    qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: queue.dialog is not None and queue.dialog.isVisible(), timeout=WAIT)
    return queue.dialog


def record(queue, qtbot, dialog, outcome: str, score: int = 0, notes: str = "") -> None:
    """Choose the outcome, then Enter in the notes saves (the dialog's default button)."""
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))
    if score:
        dialog.score.setValue(score)
    dialog.notes.setText(notes)
    dialog.notes.setFocus()
    with qtbot.waitSignal(queue.loaded, timeout=WAIT):
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    assert dialog.result is not None


def test_three_unanswered_calls_put_the_customer_on_the_outbound_list_then_satisfied_closes(
        window, ui_store, qtbot):
    complaint = carried_out(ui_store)
    queue = window.callbacks.show_queue()
    assert window.callbacks.dock.isVisible()

    for attempt in (1, 2, 3):
        dialog = open_row(queue, qtbot, complaint.id)
        assert dialog.info.attempt == attempt
        assert complaint.number in dialog.about.text()
        assert "remedy" in dialog.script.text()  # the script reminder is on screen
        assert not dialog.score.isEnabled()  # no outcome yet: nobody answered
        record(queue, qtbot, dialog, "unreachable")
        result = dialog.result
        assert result.next_callback is not None and result.next_callback.attempt == attempt + 1
        assert result.went_outbound == (attempt == 3)
        if attempt < 3:
            assert f"Next try (#{attempt + 1})" in queue.info.text()
        else:
            assert "outbound list" in queue.info.text()

    row = queue.model.row_of(result.next_callback.id)
    assert row >= 0 and cell(queue, row, "outbound") == "Outbound"
    assert Complaint.get_by_id(complaint.id).status != "closed"

    dialog = open_row(queue, qtbot, complaint.id)
    queue.open_button.click()  # the complaint beside the call
    qtbot.waitUntil(lambda: window.detail.record is not None
                    and window.detail.record.id == complaint.id, timeout=WAIT)
    record(queue, qtbot, dialog, "satisfied", score=5, notes="终于联系上，顾客很满意")
    assert dialog.result.complaint_action == "close"
    assert Complaint.get_by_id(complaint.id).status == "closed"
    assert f"Complaint {complaint.number} is closed." in queue.info.text()
    assert queue.model.row_of(dialog.info.id) == -1  # done: gone from the queue
    assert [c.outcome for c in callbacks.callbacks_of(complaint.id)] == [
        "unreachable", "unreachable", "unreachable", "satisfied"]
    # The detail pane follows: the complaint's record shows it closed.
    qtbot.waitUntil(lambda: window.detail.record is not None
                    and window.detail.record.values["status"] == "closed", timeout=WAIT)


def test_sections_colours_and_columns_follow_the_due_time(ui_store, qtbot):
    complaint = carried_out(ui_store)
    info = [i for i in callbacks.callbacks_of(complaint.id) if i.state == "open"][0]
    at = info.due_at.replace(hour=8, minute=0)  # the morning of the day it falls due
    queue = CallbackQueue(ui_store.clerk, ui_store.desk, clock=lambda: at)
    qtbot.addWidget(queue)
    loaded(queue, qtbot)
    row = queue.model.row_of(info.id)
    assert queue.model.sections[row] == "today"
    assert cell(queue, row, "section") == "Today"
    assert cell(queue, row, "phone") == info.phone  # the clerk dials it: not masked
    assert cell(queue, row, "attempt") == "1/3"
    assert cell(queue, row, "complaint") == complaint.number
    assert cell(queue, row, "assigned") == info.assigned_to_name
    assert queue.model.headers()[COLUMNS.index("purpose")] == "Purpose / topic"
    assert queue.summary.text() == "Overdue 0 · Today 1 · Upcoming 0"

    queue.set_clock(lambda: info.due_at + datetime.timedelta(minutes=5))
    loaded(queue, qtbot)
    assert queue.model.sections[queue.model.row_of(info.id)] == "overdue"
    index = queue.model.index(queue.model.row_of(info.id), 0)
    assert queue.model.data(index, Qt.ItemDataRole.BackgroundRole).color().name() == "#fde0e0"

    queue.set_clock(lambda: info.due_at - datetime.timedelta(days=1, hours=1))
    loaded(queue, qtbot)
    assert queue.model.sections[queue.model.row_of(info.id)] == "upcoming"
    index = queue.model.index(queue.model.row_of(info.id), 0)
    assert queue.model.data(index, Qt.ItemDataRole.BackgroundRole) is None


def test_mine_shows_only_my_calls_everyones_shows_all(ui_store, qtbot):
    complaint = carried_out(ui_store)
    mine = [i for i in callbacks.callbacks_of(complaint.id) if i.state == "open"][0]
    theirs = callbacks.schedule(complaint.customer_id, ui_store.supervisor, ui_store.desk,
                                complaint_id=complaint.id, assigned_to_id=ui_store.supervisor.id)
    assert mine.assigned_to_id == ui_store.clerk.id
    queue = CallbackQueue(ui_store.clerk, ui_store.desk)
    qtbot.addWidget(queue)
    loaded(queue, qtbot)
    assert [i.id for i in queue.model.rows] == [mine.id]
    with qtbot.waitSignal(queue.loaded, timeout=WAIT):
        queue.scope.setCurrentIndex(queue.scope.findData("all"))
    assert {i.id for i in queue.model.rows} == {mine.id, theirs.id}
    due = [i.due_at for i in queue.model.rows]
    assert due == sorted(due)


def test_f7_shows_the_queue_and_ctrl_p_there_previews_the_day_list(window, ui_store, qtbot):
    complaint = carried_out(ui_store)
    info = [i for i in callbacks.callbacks_of(complaint.id) if i.state == "open"][0]
    # Due today, so that today's sheet lists it.
    Callback.update(due_at=now() + datetime.timedelta(minutes=1)).where(
        Callback.id == info.id).execute()
    assert not window.callbacks.dock.isVisible()
    window.callbacks.queue_action.trigger()  # F7
    queue = window.callbacks.queue
    qtbot.waitUntil(lambda: window.callbacks.dock.isVisible() and bool(queue.model.rows),
                    timeout=WAIT)
    queue.view.setFocus()
    qtbot.keyClick(queue.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: queue.preview is not None, timeout=WAIT)
    from tests.pdf_tools import pdf_text

    text = pdf_text(queue.last_pdf)
    assert complaint.number in text and info.phone in text
    queue.preview.close()


def test_calls_falling_due_within_15_minutes_are_announced_once(window, ui_store, qtbot):
    desk = Desk(ui_store)
    soon, later = (desk.reach("complaint", "carried_out") for _ in range(2))
    t0 = now().replace(second=0)
    for complaint, minutes in ((soon, 10), (later, 30)):
        (info,) = callbacks.callbacks_of(complaint.id)
        Callback.update(due_at=t0 + datetime.timedelta(minutes=minutes)).where(
            Callback.id == info.id).execute()
    reminder, notices = window.callbacks.reminder, window.callbacks.notices
    reminder.set_clock(lambda: t0)
    for _ in range(2):  # a minute later: no second notice
        reminder.check()
        qtbot.waitUntil(lambda: not reminder.is_checking(), timeout=WAIT)
    name = Complaint.get_by_id(soon.id).complainant_name
    assert [i.complaint_id for i in reminder.items] == [soon.id]
    assert reminder.text.startswith(f"1 callback(s) due within 15 minutes: {name}")
    assert window.statusBar().currentMessage() == reminder.text
    assert len([line for line in notices.shown if name in line]) == 1
    reminder.set_clock(lambda: t0 + datetime.timedelta(minutes=20))
    reminder.check()
    qtbot.waitUntil(lambda: not reminder.is_checking(), timeout=WAIT)
    assert [i.complaint_id for i in reminder.items] == [later.id]


def test_a_callback_is_cancelled_from_the_complaints_tab_with_a_reason(window, ui_store, qtbot):
    complaint = carried_out(ui_store)
    window.open_complaint(complaint.id)
    tab = window.detail.callbacks
    qtbot.waitUntil(lambda: len(tab.rows) == 1, timeout=WAIT)
    tab.table.selectRow(0)
    assert tab.cancel_button.isEnabled()
    tab.cancel_selected("  ")  # a reason is needed
    qtbot.waitUntil(lambda: bool(tab.message.text()), timeout=WAIT)  # under the list
    assert callbacks.callbacks_of(complaint.id)[0].state == "open"
    tab.cancel_selected("顾客要求不再回访")
    qtbot.waitUntil(lambda: tab.rows and tab.rows[0].state == "cancelled", timeout=WAIT)
    assert tab.info.text() == "Callback cancelled."
    assert callbacks.callbacks_of(complaint.id)[0].notes == "顾客要求不再回访"
    assert not tab.cancel_button.isEnabled() or tab.selected() is None
