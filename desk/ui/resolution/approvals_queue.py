"""The supervisors' approvals queue: resolutions above a clerk's authority, from any desk.

One row per waiting request (desk.resolution.approval.approvals_queue, oldest first) with the
remedies in words; approving moves the complaint on to "agreed", declining sends it
back to the clerk with the reason. Reads and decisions run on a worker.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.errors import DeskError
from desk.resolution import approval
from desk.ui.labels import remedy_label
from desk.ui.messages import error_text
from desk.ui.resolution.resolution_editor import money
from desk.ui.widgets.field_error import error_label
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.when import minute
from desk.ui.widgets.workers import TaskRunner


def remedies_text(item: approval.QueueItem) -> str:
    parts = []
    for r in item.remedies:
        words = [remedy_label(r.kind)]
        if r.amount is not None:
            words.append(money(r.amount))
        parts.append(" ".join(words))
    return "、".join(parts)


class ApprovalsQueue(QDialog):
    """Pending approvals; `decided(complaint_id)` after an approval or a refusal."""

    decided = Signal(int)
    open_complaint = Signal(int)  # double-click on a row

    def __init__(self, supervisor, desk: str, parent=None):
        super().__init__(parent)
        self.supervisor, self.desk = supervisor, desk
        self._runner = TaskRunner(self)
        self._write_runner = TaskRunner(self)
        self.items: list[approval.QueueItem] = []
        self.setWindowTitle(self.tr("Approvals queue"))
        self.resize(900, 420)
        self.table = list_table([self.tr("Complaint"), self.tr("Customer"), self.tr("Total"),
                                 self.tr("Remedies"), self.tr("Asked by"), self.tr("Desk"),
                                 self.tr("Asked at")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(
            lambda row, _col: self.open_complaint.emit(self.items[row].complaint_id))
        self.count = QLabel()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Note, or the reason for declining"))
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.clicked.connect(lambda: self.decide("approve"))
        self.decline_button = QPushButton(self.tr("&Decline"))
        self.decline_button.clicked.connect(lambda: self.decide("decline"))
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.clicked.connect(self.refresh)
        self.message = error_label("queue_message")
        decide = QHBoxLayout()
        decide.addWidget(QLabel(self.tr("Note / reason")))
        decide.addWidget(self.reason, 1)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.decline_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(decide)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self._selection_changed()

    def refresh(self) -> None:
        self._runner.new_generation()
        self._runner.run(approval.approvals_queue, on_done=self._show, on_error=self._say_error)

    def _show(self, items: list[approval.QueueItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for col, text in enumerate((item.complaint_number, item.customer_name,
                                        money(item.total), remedies_text(item),
                                        item.requested_by_name, item.desk,
                                        minute(item.requested_at))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.count.setText(self.tr("%n request(s) waiting", "", len(items)))
        self._selection_changed()

    def selected(self) -> approval.QueueItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.approve_button.setEnabled(chosen)
        self.decline_button.setEnabled(chosen)

    def decide(self, how: str) -> None:
        item = self.selected()
        if item is None:
            return
        self.message.hide()
        reason = self.reason.text().strip()
        if how == "decline" and not reason:
            self._say(self.tr("Please give the reason for declining."))
            self.reason.setFocus()
            return
        fn = approval.approve if how == "approve" else approval.decline
        self.approve_button.setEnabled(False)
        self.decline_button.setEnabled(False)
        self._write_runner.run(fn, item.complaint_id, item.complaint_version, self.supervisor,
                               self.desk, reason,
                               on_done=lambda _f: self._decided(item.complaint_id),
                               on_error=self._not_decided)

    def _decided(self, complaint_id: int) -> None:
        self.reason.clear()
        self.decided.emit(complaint_id)
        self.refresh()

    def _not_decided(self, error: BaseException) -> None:
        self._say_error(error)
        self.refresh()  # a request decided elsewhere meanwhile disappears

    def _say_error(self, error: BaseException) -> None:
        self._selection_changed()
        self._say(error_text(error) if isinstance(error, DeskError) else str(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
