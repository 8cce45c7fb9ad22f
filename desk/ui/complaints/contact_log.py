"""The contact log of one complaint: when, how, what was said; and a line to add one.

A reply (kind "reply") is what closing a complaint looks for: every complaint ends
with a reply to the customer. Reads and writes run on a worker.
"""

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.complaints import contacts
from desk.errors import DeskError, ValidationError
from desk.ui.complaints.complaint_tab import ComplaintTab
from desk.ui.labels import label
from desk.ui.messages import error_text, field_messages
from desk.ui.widgets.field_error import FieldErrors, error_label
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.when import minute


@dataclass(frozen=True)
class ContactLine:
    at: str
    method: str
    kind: str
    text: str
    staff_name: str


def load_entries(complaint_id: int) -> list[ContactLine]:
    return [ContactLine(minute(e.at), e.method, e.kind, e.text,
                        e.staff.name) for e in contacts.entries_of(complaint_id)]


def _add(complaint_id, method, kind, text, staff, desk):
    contacts.add(complaint_id, method, kind, text, staff, desk)
    return complaint_id


class ContactLog(ComplaintTab):
    added = Signal(int)  # a contact entry was stored for this complaint

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[ContactLine] = []
        self.table = list_table([self.tr("When"), self.tr("How"), self.tr("Kind"),
                                 self.tr("What was said"), self.tr("By")])
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.method = QComboBox()
        for code in contacts.METHODS:
            self.method.addItem(label(code), code)
        self.kind = QComboBox()
        for code in contacts.KINDS:
            self.kind.addItem(label(code), code)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(60)
        self.errors = FieldErrors()
        form = QFormLayout()
        for name, title, widget in (("method", self.tr("&How"), self.method),
                                    ("kind", self.tr("&Kind"), self.kind),
                                    ("text", self.tr("What was &said"), self.text)):
            self.errors.add_row(form, name, title, widget)
        self.add_button = QPushButton(self.tr("&Log contact"))
        self.add_button.clicked.connect(self.submit)
        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.add_button)

    def set_complaint(self, complaint_id: int | None) -> None:
        self._runner.new_generation()
        self.complaint_id = complaint_id
        self._show([])
        self.add_button.setEnabled(complaint_id is not None)
        if complaint_id is not None:
            self._runner.run(load_entries, complaint_id, on_done=self._show)

    def _show(self, lines: list[ContactLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for col, text in enumerate((line.at, label(line.method), label(line.kind),
                                        line.text, line.staff_name)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    def submit(self) -> None:
        if self.complaint_id is None:
            return
        self.errors.clear()
        self.message.hide()
        self.add_button.setEnabled(False)
        self._write_runner.run(_add, self.complaint_id, self.method.currentData(),
                               self.kind.currentData(), self.text.toPlainText(), self.staff,
                               self.desk, on_done=self._added, on_error=self._failed)

    def _added(self, complaint_id: int) -> None:
        self.add_button.setEnabled(True)
        self.text.clear()
        self.set_complaint(complaint_id)
        self.added.emit(complaint_id)

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(field_messages(error), ["method", "kind", "text"])
            return
        self.message.setText(error_text(error) if isinstance(error, DeskError) else str(error))
        self.message.show()
