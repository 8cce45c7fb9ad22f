"""The supervisors' after-the-fact review (授权 + 事后监督): what clerks granted on their own.

A period (by the day of the agreement) chooses the rows of desk.resolution.approval.review_list;
a supervisor marks one reviewed, with a note. Reads and writes run on a worker.
"""

import datetime

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
from desk.ui.messages import error_text
from desk.ui.resolution.resolution_editor import money
from desk.ui.widgets.field_error import error_label
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.when import minute, month_so_far, period
from desk.ui.widgets.workers import TaskRunner


class ReviewList(QDialog):
    """`reviewed(complaint_id)` after a row was marked reviewed."""

    reviewed = Signal(int)
    loaded = Signal()
    open_complaint = Signal(int)

    def __init__(self, supervisor, desk: str, parent=None,
                 today: datetime.date | None = None):
        super().__init__(parent)
        self.supervisor, self.desk = supervisor, desk
        self._runner = TaskRunner(self)
        self._write_runner = TaskRunner(self)
        self.items: list[approval.ReviewItem] = []
        self.setWindowTitle(self.tr("Review of clerks' own grants"))
        self.resize(900, 420)
        self.since, self.until = month_so_far(today)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.refresh)
        self.count = QLabel()
        self.table = list_table([self.tr("Complaint"), self.tr("Granted by"),
                                 self.tr("Agreed at"), self.tr("Total"),
                                 self.tr("Reviewed by"), self.tr("Reviewed at"),
                                 self.tr("Note")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(
            lambda row, _col: self.open_complaint.emit(self.items[row].complaint_id))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What you noticed (optional)"))
        self.mark_button = QPushButton(self.tr("&Mark reviewed"))
        self.mark_button.clicked.connect(self.mark)
        self.message = error_label("review_message")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Agreed from")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addStretch(1)
        filters.addWidget(self.count)
        marking = QHBoxLayout()
        marking.addWidget(QLabel(self.tr("Note")))
        marking.addWidget(self.note, 1)
        marking.addWidget(self.mark_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(marking)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._selection_changed()
        self.table.setFocus()  # the rows, not the first date, are what a supervisor reads

    def period(self) -> tuple[datetime.datetime, datetime.datetime]:
        """[first day 00:00, day after the last day 00:00)."""
        return period(self.since, self.until)

    def refresh(self) -> None:
        self._runner.new_generation()
        self._runner.run(approval.review_list, *self.period(), on_done=self._show,
                         on_error=self._failed)

    def _show(self, items: list[approval.ReviewItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            reviewed_at = minute(item.reviewed_at)
            for col, text in enumerate((item.complaint_number, item.granted_by_name,
                                        minute(item.granted_at),
                                        money(item.total), item.reviewed_by_name,
                                        reviewed_at, item.note)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        waiting = sum(1 for i in items if i.reviewed_at is None)
        self.count.setText(self.tr("%n not yet reviewed", "", waiting))
        self._selection_changed()
        self.loaded.emit()

    def selected(self) -> approval.ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        item = self.selected()
        self.mark_button.setEnabled(item is not None and item.reviewed_at is None)

    def mark(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.message.hide()
        self.mark_button.setEnabled(False)
        self._write_runner.run(approval.mark_reviewed, item.id, self.supervisor, self.desk,
                               self.note.text(),
                               on_done=lambda _r: self._marked(item.complaint_id),
                               on_error=self._failed)

    def _marked(self, complaint_id: int) -> None:
        self.note.clear()
        self.reviewed.emit(complaint_id)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._selection_changed()
        self.message.setText(error_text(error) if isinstance(error, DeskError) else str(error))
        self.message.show()
