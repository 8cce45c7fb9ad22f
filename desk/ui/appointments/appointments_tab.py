"""The Appointments tab of the detail pane: the inquiry's slots, and the way to the dialog.

Read on a worker; one button (or Ctrl+Shift+A anywhere in the window) opens the
appointment dialog, where slots are booked, moved, confirmed, marked and printed.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout

from desk.complaints import appointments as appt
from desk.models import Complaint
from desk.ui import labels
from desk.ui.complaints.complaint_tab import ComplaintTab
from desk.ui.widgets.tables import list_table


def load_tab(complaint_id: int):
    c = Complaint.get_or_none(Complaint.id == complaint_id)
    if c is None:
        return None
    return c.kind, appt.appointments_of(complaint_id)


class AppointmentsTab(ComplaintTab):
    changed = Signal(int)  # something about this inquiry was saved in the dialog
    open_complaint = Signal(int)  # a missed slot was made a complaint: show it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[appt.AppointmentInfo] = []
        self.kind = ""
        self.dialog = None
        self.table = list_table([self.tr("Date"), self.tr("Time"), self.tr("Department"),
                                 self.tr("State"), self.tr("Address")])
        self.table.cellDoubleClicked.connect(lambda *_: self.open_dialog())
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color:#0b3d91;")
        self.open_button = QPushButton(self.tr("Appointments… (Ctrl+Shift+A)"))
        self.open_button.clicked.connect(self.open_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)
        layout.addLayout(buttons)

    def set_complaint(self, complaint_id: int | None) -> None:
        self._runner.new_generation()
        self.complaint_id = complaint_id
        self.rows, self.kind = [], ""
        self.table.setRowCount(0)
        self.info.clear()
        self.open_button.setEnabled(False)
        if complaint_id is not None:
            self._runner.run(load_tab, complaint_id, on_done=self._loaded)

    def reload(self) -> None:
        self.set_complaint(self.complaint_id)

    def _loaded(self, found) -> None:
        if found is None:
            return
        self.kind, self.rows = found
        self.table.setRowCount(len(self.rows))
        for r, info in enumerate(self.rows):
            for col, text in enumerate((info.day.isoformat(),
                                        f"{info.window_start}–{info.window_end}",
                                        info.department_name, labels.label(info.status),
                                        info.address)):
                self.table.setItem(r, col, QTableWidgetItem(text))
        inquiry = self.kind == appt.INQUIRY
        self.open_button.setEnabled(inquiry or bool(self.rows))
        if not inquiry:
            self.info.setText(self.tr("Appointments are booked for inquiries (delivery, "
                                      "installation, repair)."))
        elif not self.rows:
            self.info.setText(self.tr("No appointment yet."))

    def open_dialog(self):
        """The appointment dialog of this inquiry; the tab and the record reload after."""
        from desk.ui.appointments.appointment_dialog import AppointmentDialog

        if self.complaint_id is None or self.staff is None:
            return None
        self.dialog = AppointmentDialog(self.complaint_id, self.staff, self.desk, self)
        self.dialog.changed.connect(self._changed)
        self.dialog.complaint_made.connect(self.open_complaint.emit)
        self.dialog.open()
        return self.dialog

    def _changed(self, complaint_id: int) -> None:
        self.reload()
        self.changed.emit(complaint_id)
