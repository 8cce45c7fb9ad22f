"""Tomorrow's appointments: every slot of the next day, the unconfirmed ones first.

The desk calls each department the day before; double-clicking a row (or Enter) opens
the inquiry's appointment dialog, where "Confirmed with the department" takes the slot
off the reminder.
"""

import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidgetItem, QVBoxLayout

from desk.complaints import appointments as appt
from desk.complaints.masking import mask_phone
from desk.models import now
from desk.ui import labels
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.workers import TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole


def tomorrows(today: datetime.date) -> list[appt.AppointmentInfo]:
    rows = appt.due_tomorrow(today)
    return sorted(rows, key=lambda i: (i.status != appt.BOOKED, i.window_start, i.id))


class TomorrowDialog(QDialog):
    open_appointments = Signal(int)  # the inquiry's id

    def __init__(self, parent=None, clock=now):
        super().__init__(parent)
        self._clock = clock
        self._runner = TaskRunner(self)
        self.rows: list[appt.AppointmentInfo] = []
        day = clock().date() + datetime.timedelta(days=1)
        self.setWindowTitle(self.tr("Tomorrow's appointments ({day})").format(
            day=day.isoformat()))
        self.table = list_table([self.tr("Time"), self.tr("Department"), self.tr("State"),
                                 self.tr("Customer"), self.tr("Phone"), self.tr("Inquiry"),
                                 self.tr("Address")])
        self.table.setObjectName("tomorrow_list")
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open(row))
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.summary = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        self._runner.new_generation()
        self._runner.run(tomorrows, self._clock().date(), on_done=self._show)

    def is_loading(self) -> bool:
        return self._runner.busy()

    def _show(self, rows) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, i in enumerate(rows):
            for col, text in enumerate((f"{i.window_start}–{i.window_end}", i.department_name,
                                        labels.label(i.status), i.customer_name,
                                        mask_phone(i.phone), i.complaint_number, i.address)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, i.complaint_id)
                if i.status == appt.BOOKED and col == 2:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, col, item)
        open_ = sum(1 for i in rows if i.status == appt.BOOKED)
        self.summary.setText(self.tr("%n appointment(s) tomorrow; {open} still to confirm "
                                     "with the department.", "", len(rows)).format(open=open_))
        if rows:
            self.table.selectRow(0)
            self.table.setFocus()

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_appointments.emit(self.rows[row].complaint_id)
