"""Settings → Departments (supervisor): the responsible departments and their answer hours.

Departments are never deleted (complaints point at them); one the store no longer
has is made inactive. The domain (desk.complaints.departments) checks the role again.
"""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.complaints import departments
from desk.errors import DeskError, ValidationError
from desk.ui.messages import error_text, field_messages
from desk.ui.widgets.field_error import FieldErrors, error_label
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.workers import TaskRunner


def _save(staff, desk, department_id, name, hours, active):
    if department_id is None:
        return departments.add(name, hours, staff, desk).id
    return departments.update(department_id, staff, desk, name=name, answer_hours=hours,
                              active=active).id


class DepartmentsDialog(QDialog):
    def __init__(self, staff, desk: str, parent=None):
        super().__init__(parent)
        self.staff, self.desk = staff, desk
        self._runner = TaskRunner(self)
        self.rows: list = []
        self.editing_id: int | None = None
        self.setWindowTitle(self.tr("Departments"))
        self.setMinimumWidth(520)
        self.table = list_table([self.tr("Department"), self.tr("Hours to answer"),
                                 self.tr("Active")])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.name = QLineEdit()
        self.hours = QSpinBox()
        self.hours.setRange(departments.MIN_ANSWER_HOURS, departments.MAX_ANSWER_HOURS)
        self.hours.setValue(24)
        self.hours.setSuffix(self.tr(" h"))
        self.active = QCheckBox(self.tr("A&ctive"))
        self.active.setChecked(True)
        self.errors = FieldErrors()
        form = QFormLayout()
        for name, title, widget in (("name", self.tr("&Name"), self.name),
                                    ("answer_hours", self.tr("&Hours to answer a request"),
                                     self.hours)):
            self.errors.add_row(form, name, title, widget)
        form.addRow("", self.active)
        self.new_button = QPushButton(self.tr("&New department"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.message = error_label()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self._runner.run(departments.all_departments, on_done=self._show, on_error=self._failed)

    def _show(self, rows) -> None:
        self.rows = list(rows)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, d in enumerate(self.rows):
            active = self.tr("Yes") if d.active else self.tr("No")
            for c, text in enumerate((d.name, str(d.answer_hours), active)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.blockSignals(False)

    def names(self) -> list[str]:
        return [d.name for d in self.rows]

    def start_new(self) -> None:
        self.table.clearSelection()
        self.editing_id = None
        self.name.clear()
        self.hours.setValue(24)
        self.active.setChecked(True)
        self.errors.clear()
        self.name.setFocus()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        d = self.rows[rows[0].row()]
        self.editing_id = d.id
        self.name.setText(d.name)
        self.hours.setValue(d.answer_hours)
        self.active.setChecked(d.active)
        self.errors.clear()

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def save(self) -> None:
        self.errors.clear()
        self.message.hide()
        self._runner.run(_save, self.staff, self.desk, self.editing_id, self.name.text(),
                         self.hours.value(), self.active.isChecked(), on_done=self._saved,
                         on_error=self._failed)

    def _saved(self, department_id: int) -> None:
        self.editing_id = department_id
        self.reload()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            if not self.errors.show(field_messages(error)):
                return
        self.message.setText(error_text(error) if isinstance(error, DeskError) else str(error))
        self.message.show()
