"""Settings → Store rules… → Shifts: the store's shifts and the handover's numbers.

A row per shift (name, start, end; an end before the start runs past midnight), how
long before a shift's end the handover prompt shows, and how many complaints about one
model or cause within a shift make a sudden event. desk.handover.shifts.save_settings checks
and stores them (supervisors).
"""

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
)

from desk import settings
from desk.handover import shifts
from desk.ui.widgets.store_rules_page import StoreRulesPage

NAME, START, END = 0, 1, 2


def _time_edit(text: str) -> QTimeEdit:
    edit = QTimeEdit(QTime.fromString(text, "HH:mm"))
    edit.setDisplayFormat("HH:mm")
    return edit


class ShiftSettingsPage(StoreRulesPage):
    def __init__(self, staff, desk: str, parent=None):
        super().__init__(staff, desk, parent)
        self.codes: list[str] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("shifts")
        self.table.setHorizontalHeaderLabels([self.tr("Shift"), self.tr("Starts"),
                                              self.tr("Ends")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(130)
        add = QPushButton(self.tr("&Add shift"))
        self.remove_button = QPushButton(self.tr("&Remove shift"))
        add.clicked.connect(lambda: self.add_row("", "08:00", "15:00"))
        self.remove_button.clicked.connect(self.remove_row)
        self.prompt = QSpinBox()
        self.prompt.setRange(1, 120)
        self.prompt.setSuffix(self.tr(" min"))
        self.sudden = QSpinBox()
        self.sudden.setRange(2, 100)
        self.message.setObjectName("shift_message")
        form = QFormLayout()
        self.errors.add_row(form, "prompt_minutes", self.tr("Handover prompt &before the end:"),
                            self.prompt)
        self.errors.add_row(form, "sudden_event_count",
                            self.tr("Sudden event from this many &complaints:"), self.sudden)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Shifts")

    def add_row(self, name: str, start: str, end: str, code: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, NAME, QLineEdit(name))
        self.table.setCellWidget(row, START, _time_edit(start))
        self.table.setCellWidget(row, END, _time_edit(end))
        self.codes.append(code)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self.codes[row]

    def load(self) -> None:
        self.table.setRowCount(0)
        self.codes.clear()
        for s in shifts.shifts():
            self.add_row(s.name, s.start.strftime("%H:%M"), s.end.strftime("%H:%M"), s.code)
        self.prompt.setValue(shifts.prompt_minutes())
        self.sudden.setValue(int(settings.get("sudden_event_count") or 3))

    def rows(self) -> list[dict]:
        return [{"code": self.codes[r], "name": self.table.cellWidget(r, NAME).text(),
                 "start": self.table.cellWidget(r, START).time().toString("HH:mm"),
                 "end": self.table.cellWidget(r, END).time().toString("HH:mm")}
                for r in range(self.table.rowCount())]

    def store(self) -> None:
        shifts.save_settings(self.staff, self.rows(), self.prompt.value(), self.sudden.value())

    def unplaced_text(self, name: str, text: str) -> str:
        """A shift row's message says which row ("0.start": the first row's start)."""
        row, _, _field = name.partition(".")
        return self.tr("Row {row}: ").format(row=int(row) + 1) + text if row.isdigit() else text
