"""The internal incident log (《内部违规事件情况登记表》): departments that answered late.

A period (by the day the answer came) and a department choose the entries; the
rows come from desk.complaints.investigation.incident_log, read on a worker thread.
"""

import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.complaints import departments, investigation
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.when import minute, month_so_far, period
from desk.ui.widgets.workers import TaskRunner


def read_view(since, until, department_id) -> tuple[list, list]:
    """The entries and the departments to choose from, in one trip to the worker."""
    rows = investigation.incident_log(since, until, department_id)
    choices = [(d.id, d.name) for d in departments.all_departments()]
    return rows, choices


class IncidentLogView(QDialog):
    open_complaint = Signal(int)  # double-click on an entry
    loaded = Signal()

    def __init__(self, parent=None, runner: TaskRunner | None = None,
                 today: datetime.date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Internal incident log"))
        self._runner = runner or TaskRunner(self)
        self.rows: list[investigation.IncidentRow] = []
        self.since, self.until = month_so_far(today)
        self.department = QComboBox()
        self.department.addItem(self.tr("All departments"), None)
        self.department.setMinimumWidth(140)
        self.title = QLabel(self.tr("Departments that answered a request later than their "
                                    "deadline."))
        self.title.setWordWrap(True)
        self.count = QLabel()

        self.table = list_table([
            self.tr("Department"), self.tr("Complaint"), self.tr("Asked at"),
            self.tr("Answer due"), self.tr("Answered at"), self.tr("Delay")])

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Answered from")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Department")))
        filters.addWidget(self.department)
        filters.addStretch(1)
        filters.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(860, 420)

        self.since.dateChanged.connect(self.reload)
        self.until.dateChanged.connect(self.reload)
        self.department.currentIndexChanged.connect(self.reload)
        self.table.cellDoubleClicked.connect(
            lambda row, _column: self.open_complaint.emit(self.rows[row].complaint_id))
        self.reload()

    def period(self) -> tuple[datetime.datetime, datetime.datetime]:
        """[since, until): whole days, the last one included."""
        return period(self.since, self.until)

    def reload(self, *_args) -> None:
        since, until = self.period()
        self._runner.new_generation()
        self._runner.run(read_view, since, until, self.department.currentData(),
                         on_done=self._show, on_error=self._failed)

    def is_loading(self) -> bool:
        return self._runner.busy()

    def _failed(self, error: BaseException) -> None:
        self.count.setText(self.tr("The log could not be read: {error}").format(
            error=str(error).strip() or type(error).__name__))

    def _show(self, result: tuple[list, list]) -> None:
        rows, choices = result
        self._fill_departments(choices)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            values = (entry.department_name, entry.complaint_number,
                      minute(entry.asked_at), minute(entry.due_at),
                      minute(entry.answered_at), self.delay_text(entry.delay_minutes))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.count.setText(self.tr("Entries: %n", "", len(rows)))
        self.loaded.emit()

    def _fill_departments(self, choices: list) -> None:
        """Departments as they are now; the chosen one stays chosen."""
        have = [self.department.itemData(i) for i in range(1, self.department.count())]
        if have == [c[0] for c in choices]:
            return
        chosen = self.department.currentData()
        self.department.blockSignals(True)
        while self.department.count() > 1:
            self.department.removeItem(1)
        for department_id, name in choices:
            self.department.addItem(name, department_id)
        self.department.setCurrentIndex(max(0, self.department.findData(chosen))
                                        if chosen is not None else 0)
        self.department.blockSignals(False)

    def delay_text(self, minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        if hours >= 48:
            return self.tr("{d} d {h} h").format(d=hours // 24, h=hours % 24)
        if hours:
            return self.tr("{h} h {m} min").format(h=hours, m=rest)
        return self.tr("{m} min").format(m=rest)
