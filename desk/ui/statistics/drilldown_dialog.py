"""The complaints behind a figure: double-clicking a number in the statistics opens this.

The ids come from desk.statistics.figures.drill (or a hot spot); the rows are read on a worker
(desk.complaints.worklist.rows_by_id, or the callbacks for the callback rates). The list is as long
as the figure was; a double-click selects that complaint in the main window.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.callbacks import calls as callbacks
from desk.complaints import worklist
from desk.complaints.masking import mask_phone
from desk.ui.labels import label
from desk.ui.widgets import excel_export
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.when import minute
from desk.ui.widgets.workers import TaskRunner


def read_callbacks(ids: list[int]) -> list:
    return [callbacks.get(i) for i in ids]


class DrilldownDialog(QDialog):
    """kind "complaint": ids are complaint ids; "callback": callback ids."""

    open_complaint = Signal(int)
    loaded = Signal()

    def __init__(self, title: str, ids: list[int], parent=None, kind: str = "complaint"):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.ids, self.kind = list(ids), kind
        self.rows: list = []
        self._runner = TaskRunner(self)
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.count = QLabel()
        if kind == "callback":
            headers = [self.tr("Complaint"), self.tr("Customer"), self.tr("Due"),
                       self.tr("Done at"), self.tr("Method"), self.tr("Outcome"),
                       self.tr("Score")]
        else:
            headers = [self.tr("Number"), self.tr("Status"), self.tr("Kind"),
                       self.tr("Customer"), self.tr("Phone"), self.tr("Category"),
                       self.tr("Received"), self.tr("Assigned to"), self.tr("Department")]
        self.table = list_table(headers)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.export_button = QPushButton(self.tr("Export to &Excel…"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(kind == "complaint")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.count.setText(self.tr("Reading…"))
        reader = read_callbacks if kind == "callback" else worklist.rows_by_id
        self._runner.run(reader, self.ids, on_done=self._show, on_error=self._failed)

    def _show(self, rows: list) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            if self.kind == "callback":
                values = (row.complaint_number or "", row.customer_name, minute(row.due_at),
                          minute(row.done_at), label(row.method) if row.method else "",
                          label(row.outcome) if row.outcome else "",
                          "" if row.score is None else str(row.score))
            else:
                values = (row.number, label(row.status), label(row.kind), row.complainant_name,
                          mask_phone(row.phone), label(row.category), minute(row.received_at),
                          row.assigned_name, row.department_name)
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.count.setText(self.tr("%n row(s)", "", len(rows)))
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.count.setText(self.tr("The list could not be read: {error}").format(
            error=str(error).strip() or type(error).__name__))

    def _double_clicked(self, row: int, _column: int) -> None:
        item = self.rows[row]
        complaint_id = item.complaint_id if self.kind == "callback" else item.id
        if complaint_id is not None:
            self.open_complaint.emit(complaint_id)

    def export(self, path=None):
        rows, title = list(self.rows), self.windowTitle()
        return excel_export.export(
            self, "complaints.xlsx",
            lambda _progress, _cancelled: [excel_export.complaint_sheet(rows, title=title)],
            path=path)
