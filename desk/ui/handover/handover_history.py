"""Shift → Handover history…: past handovers by date and clerk, searchable, reopened read-only."""

import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.errors import DeskError
from desk.handover import handovers as handover
from desk.staff import auth
from desk.ui.handover.handover_view import HandoverViewDialog
from desk.ui.messages import error_text
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.when import minute, month_so_far
from desk.ui.widgets.workers import TaskRunner


def _search(text, start, end, staff_id):
    return handover.history(text, start, end, staff_id)


class HandoverHistory(QDialog):
    confirm_requested = Signal(int)
    open_complaint = Signal(int)

    def __init__(self, parent=None, runner: TaskRunner | None = None):
        super().__init__(parent)
        self._runner = runner or TaskRunner(self)
        self.rows: list[handover.HandoverSummary] = []
        self.setWindowTitle(self.tr("Handover history"))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search notes, complaints, names…"))
        self.since, self.until = month_so_far()
        self.clerk = QComboBox()
        self.clerk.addItem(self.tr("Every clerk"), None)
        for staff in auth.all_staff():
            self.clerk.addItem(f"{staff.name} ({staff.code})", staff.id)
        find = QPushButton(self.tr("&Search"))
        self.table = list_table([self.tr("Shift date"), self.tr("Shift"), self.tr("Clerk on duty"),
                                 self.tr("Receiving clerk"), self.tr("Open items"),
                                 self.tr("State"), self.tr("Confirmed at")])
        self.status = QLabel()
        self.open_button = QPushButton(self.tr("&Open…"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.until)
        bar.addWidget(self.clerk, 1)
        bar.addWidget(find)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        find.clicked.connect(self.refresh)
        self.search.returnPressed.connect(self.refresh)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.resize(900, 520)
        self.refresh()

    def period(self) -> tuple[datetime.date, datetime.date]:
        a, b = self.since.date(), self.until.date()
        return (datetime.date(a.year(), a.month(), a.day()),
                datetime.date(b.year(), b.month(), b.day()))

    def refresh(self) -> None:
        start, end = self.period()
        self._runner.run(_search, self.search.text(), start, end, self.clerk.currentData(),
                         on_done=self._show, on_error=self._failed)

    def is_loading(self) -> bool:
        return self._runner.busy()

    def _show(self, rows: list) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, h in enumerate(rows):
            state = (self.tr("Confirmed") if h.state == handover.ACKNOWLEDGED
                     else self.tr("Waiting for confirmation"))
            values = [h.shift_date.isoformat(), h.shift_name, h.from_staff_name,
                      h.to_staff_name, str(h.open_count), state, minute(h.acknowledged_at)]
            for col, text in enumerate(values):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.status.setText(self.tr("%n handover(s)", "", len(rows)))
        if rows:
            self.table.selectRow(0)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error) if isinstance(error, DeskError) else str(error))

    def open_row(self, row: int) -> HandoverViewDialog | None:
        if not 0 <= row < len(self.rows):
            return None
        dialog = HandoverViewDialog(handover.get(self.rows[row].id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirm_requested.connect(self.confirm_requested)
        dialog.open_complaint.connect(self.open_complaint)
        dialog.show()
        return dialog
