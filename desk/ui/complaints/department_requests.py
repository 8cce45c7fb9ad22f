"""Requests to departments about one complaint: ask one, record its answer.

A department answering after its deadline (asked at + its answer hours) is written
into the internal incident log by the domain (desk.complaints.investigation) in the same step.
"""

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.complaints import departments, investigation
from desk.errors import DeskError, ValidationError
from desk.ui.complaints.complaint_tab import ComplaintTab
from desk.ui.messages import error_text, field_messages
from desk.ui.widgets.field_error import FieldErrors, error_label
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.when import minute


@dataclass(frozen=True)
class RequestLine:
    id: int
    department: str
    question: str
    asked_at: str
    due_at: str
    answered_at: str
    answer: str
    late: bool


def _when(value) -> str:
    return minute(value)


def load_requests(complaint_id: int) -> tuple[list[RequestLine], list[tuple[int, str]]]:
    lines = [RequestLine(r.id, r.department.name, r.question, _when(r.asked_at), _when(r.due_at),
                         _when(r.answered_at), r.answer,
                         bool(r.answered_at and r.answered_at > r.due_at))
             for r in investigation.requests_of(complaint_id)]
    return lines, [(d.id, d.name) for d in departments.active_departments()]


def _ask(complaint_id, department_id, question, staff, desk):
    investigation.ask(complaint_id, department_id, question, staff, desk)
    return complaint_id


def _answer(complaint_id, request_id, answer, staff, desk):
    investigation.record_answer(request_id, answer, staff, desk)
    return complaint_id


class DepartmentRequests(ComplaintTab):
    changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[RequestLine] = []
        self.table = list_table([
            self.tr("Department"), self.tr("Question"), self.tr("Asked"), self.tr("Due"),
            self.tr("Answered"), self.tr("Answer")])
        self.department = QComboBox()
        self.question = QLineEdit()
        self.answer = QLineEdit()
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, title, widget in (
                ("department_id", self.tr("&Department"), self.department),
                ("question", self.tr("&Question"), self.question)):
            self.errors.add_row(form, name, title, widget)
        self.ask_button = QPushButton(self.tr("As&k the department"))
        self.ask_button.clicked.connect(self.ask)
        form.addRow("", self.ask_button)
        self.answer.setPlaceholderText(self.tr("to the request selected above"))
        self.errors.add_row(form, "answer", self.tr("A&nswer"), self.answer)
        self.answer_button = QPushButton(self.tr("&Record answer"))
        self.answer_button.clicked.connect(self.record_answer)
        form.addRow("", self.answer_button)
        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)

    def set_complaint(self, complaint_id: int | None) -> None:
        self._runner.new_generation()
        self.complaint_id = complaint_id
        self._show(([], []))
        if complaint_id is not None:
            self._runner.run(load_requests, complaint_id, on_done=self._show)

    def _show(self, loaded) -> None:
        self.lines, depts = loaded
        current = self.department.currentData()
        self.department.clear()
        for dept_id, name in depts:
            self.department.addItem(name, dept_id)
        if current is not None and self.department.findData(current) >= 0:
            self.department.setCurrentIndex(self.department.findData(current))
        self.table.setRowCount(len(self.lines))
        for row, r in enumerate(self.lines):
            for col, text in enumerate((r.department, r.question, r.asked_at, r.due_at,
                                        r.answered_at, r.answer)):
                item = QTableWidgetItem(text)
                if col == 4 and r.late:
                    item.setForeground(QColor("#c62828"))
                    item.setToolTip(self.tr("Answered late: written into the incident log."))
                self.table.setItem(row, col, item)

    def _start_write(self) -> None:
        self.errors.clear()
        self.message.hide()

    def ask(self) -> None:
        if self.complaint_id is None:
            return
        self._start_write()
        self._write_runner.run(_ask, self.complaint_id, self.department.currentData(),
                               self.question.text(), self.staff, self.desk,
                               on_done=self._written, on_error=self._failed)

    def record_answer(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if self.complaint_id is None or not rows:
            self.message.setText(self.tr("Select the request that was answered."))
            self.message.show()
            return
        self._start_write()
        self._write_runner.run(_answer, self.complaint_id, self.lines[rows[0].row()].id,
                               self.answer.text(), self.staff, self.desk,
                               on_done=self._written, on_error=self._failed)

    def _written(self, complaint_id: int) -> None:
        self.question.clear()
        self.answer.clear()
        self.set_complaint(complaint_id)
        self.changed.emit(complaint_id)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            unplaced = self.errors.show(field_messages(error))
            if not unplaced:
                return
        self.message.setText(error_text(error) if isinstance(error, DeskError) else str(error))
        self.message.show()
