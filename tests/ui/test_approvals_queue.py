"""The supervisors' approvals queue: requests from any desk, approved or declined there."""

from PySide6.QtCore import Qt

from desk.complaints import lifecycle
from desk.models import Complaint, ResolutionApproval
from desk.resolution.remedies import RemedyInput
from desk.ui.resolution.approvals_queue import ApprovalsQueue
from tests.resolution.test_resolution import proposed

WAIT = 15_000


def waiting(store, amount="500"):
    """A complaint whose clerk asked for approval of a refund above the clerk's limit."""
    c = proposed(store, [RemedyInput("refund", "退还全部货款", amount)])
    return lifecycle.perform(c.id, c.version, "request_approval", store.clerk, store.desk)


def open_queue(qtbot, store, count: int) -> ApprovalsQueue:
    queue = ApprovalsQueue(store.supervisor, "主管台")
    qtbot.addWidget(queue)
    queue.show()
    queue.refresh()
    qtbot.waitUntil(lambda: len(queue.items) == count, timeout=WAIT)
    return queue


def test_the_queue_lists_each_request_with_its_total_and_remedies(ui_store, qtbot):
    first, second = waiting(ui_store, "500"), waiting(ui_store, "880")
    queue = open_queue(qtbot, ui_store, 2)
    assert [i.complaint_id for i in queue.items] == [first.id, second.id]  # oldest first
    cells = [queue.table.item(0, col).text() for col in range(queue.table.columnCount())]
    assert cells[0] == first.number and cells[4] == "李小红" and cells[5] == ui_store.desk
    assert "500.00" in cells[2] and "Refund" in cells[3]
    assert queue.count.text().startswith("2")


def test_declining_needs_a_reason_and_sends_the_complaint_back(ui_store, qtbot):
    c = waiting(ui_store)
    queue = open_queue(qtbot, ui_store, 1)
    queue.table.selectRow(0)
    qtbot.mouseClick(queue.decline_button, Qt.MouseButton.LeftButton)
    assert queue.message.isVisible()  # no reason: nothing sent
    assert Complaint.get_by_id(c.id).status == "awaiting_approval"
    qtbot.keyClicks(queue.reason, "amount too high")
    with qtbot.waitSignal(queue.decided, timeout=WAIT):
        qtbot.mouseClick(queue.decline_button, Qt.MouseButton.LeftButton)
    assert Complaint.get_by_id(c.id).status == "resolution_proposed"
    row = ResolutionApproval.get(ResolutionApproval.complaint == c.id)
    assert (row.status, row.reason) == ("declined", "amount too high")
    qtbot.waitUntil(lambda: queue.items == [], timeout=WAIT)


def test_a_request_decided_on_another_desk_meanwhile_is_reported_not_decided_twice(
        ui_store, qtbot):
    c = waiting(ui_store)
    queue = open_queue(qtbot, ui_store, 1)
    lifecycle.perform(c.id, c.version, "approve", ui_store.supervisor, "另一台")
    queue.table.selectRow(0)
    qtbot.mouseClick(queue.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.message.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: queue.items == [], timeout=WAIT)
    assert ResolutionApproval.select().where(
        (ResolutionApproval.complaint == c.id)
        & (ResolutionApproval.status == "approved")).count() == 1


def test_the_view_menu_opens_the_queue_and_the_review_for_supervisors_only(
        ui_store, qtbot, window):
    from desk.ui.main_window import MainWindow

    assert not window.resolution.approvals_action.isEnabled() and not window.resolution.review_action.isEnabled()
    c = waiting(ui_store)
    boss = MainWindow(ui_store.supervisor, "主管台", "测试商场")
    qtbot.addWidget(boss)
    assert boss.resolution.approvals_action.isEnabled() and boss.resolution.review_action.isEnabled()
    queue = boss.resolution.show_approvals()
    qtbot.waitUntil(lambda: [i.complaint_id for i in queue.items] == [c.id], timeout=WAIT)
    review = boss.resolution.show_review_list()
    qtbot.waitUntil(lambda: review.count.text() != "", timeout=WAIT)
    queue.close()
    review.close()
