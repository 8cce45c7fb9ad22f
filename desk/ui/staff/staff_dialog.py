"""Staff management for supervisors: add clerks, set roles and authority limits, reset PINs.

The rules (supervisor only, the last supervisor stays) live in desk.staff.auth; this dialog
shows the list and what the rules answer.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desk import vocab
from desk.errors import DeskError, ValidationError
from desk.models import Staff
from desk.staff import auth
from desk.ui.labels import label
from desk.ui.messages import error_text, field_messages
from desk.ui.widgets.field_error import FieldErrors


class StaffModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._staff: list[Staff] = []
        self.reload()

    def reload(self):
        self.beginResetModel()
        self._staff = auth.all_staff()
        self.endResetModel()

    def headers(self):
        return [self.tr("Code"), self.tr("Name"), self.tr("Role"), self.tr("Authority limit"),
                self.tr("State")]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._staff)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 5

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.TextAlignmentRole):
            return None
        s = self._staff[index.row()]
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter) if index.column() == 3 else None
        if index.column() == 4:
            if not s.active:
                return self.tr("Inactive")
            return self.tr("Locked") if s.failed_sign_ins >= auth.MAX_FAILED_SIGN_INS else self.tr("Active")
        return [s.code, s.name, label(s.role), f"{s.authority_limit:,.2f}", ""][index.column()]

    def staff_at(self, row: int) -> Staff:
        return self._staff[row]


class StaffEditor(QDialog):
    """Add a staff member (with PIN) or change one (without)."""

    def __init__(self, by: Staff, staff: Staff | None = None, parent=None):
        super().__init__(parent)
        self.by, self.staff = by, staff
        self.setWindowTitle(self.tr("Edit staff member") if staff else self.tr("Add staff member"))
        self.errors = FieldErrors()
        self.code = QLineEdit(staff.code if staff else "")
        self.code.setEnabled(staff is None)
        self.name = QLineEdit(staff.name if staff else "")
        self.role = QComboBox()
        for code in vocab.ROLES:
            self.role.addItem(label(code), code)
        self.role.setCurrentIndex(vocab.ROLES.index(staff.role if staff else "clerk"))
        self.limit = QLineEdit(f"{staff.authority_limit:.2f}" if staff else "0.00")
        self.active = QCheckBox(self.tr("Active (may sign in)"))
        self.active.setChecked(staff.active if staff else True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setInputMethodHints(Qt.ImhDigitsOnly)
        form = QFormLayout()
        form.addRow(self.tr("Staff code"), self.errors.wrap("code", self.code))
        form.addRow(self.tr("Name"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("Role"), self.errors.wrap("role", self.role))
        form.addRow(self.tr("Authority limit (yuan)"), self.errors.wrap("authority_limit", self.limit))
        if staff is None:
            form.addRow(self.tr("PIN (4-8 digits)"), self.errors.wrap("pin", self.pin))
        else:
            form.addRow("", self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self):
        try:
            if self.staff is None:
                auth.add_staff(self.code.text().strip(), self.name.text(), self.pin.text(),
                               role=self.role.currentData(), authority_limit=self.limit.text(),
                               by=self.by)
            else:
                auth.update_staff(self.staff.id, self.by, name=self.name.text(),
                                  role=self.role.currentData(), authority_limit=self.limit.text(),
                                  active=self.active.isChecked())
        except ValidationError as err:
            self.errors.show(field_messages(err))
            return
        except DeskError as err:
            QMessageBox.warning(self, self.windowTitle(), error_text(err))
            return
        self.accept()


class StaffDialog(QDialog):
    def __init__(self, supervisor: Staff, parent=None):
        super().__init__(parent)
        self.supervisor = supervisor
        self.setWindowTitle(self.tr("Staff"))
        self.resize(640, 420)
        self.model = StaffModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.edit)
        add = QPushButton(self.tr("&Add…"))
        edit = QPushButton(self.tr("&Edit…"))
        reset = QPushButton(self.tr("&Reset PIN…"))
        close = QDialogButtonBox(QDialogButtonBox.Close)  # Qt's own, translated word
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        reset.clicked.connect(self.reset_pin)
        close.rejected.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (add, edit, reset):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Clerks grant remedies up to their authority limit; "
                                        "above it a supervisor approves.")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def selected(self) -> Staff | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.staff_at(rows[0].row()) if rows else None

    def add(self):
        if StaffEditor(self.supervisor, None, self).exec() == QDialog.Accepted:
            self.model.reload()

    def edit(self, *_):
        staff = self.selected()
        if staff and StaffEditor(self.supervisor, staff, self).exec() == QDialog.Accepted:
            self.model.reload()

    def reset_pin(self):
        staff = self.selected()
        if staff is None:
            return
        dialog = PinDialog(self.tr("New PIN for {name}").format(name=staff.name), self)
        if dialog.exec() != QDialog.Accepted:
            return
        try:
            auth.reset_pin(staff.id, dialog.pin.text(), by=self.supervisor)
        except DeskError as err:
            text = (next(iter(field_messages(err).values())) if isinstance(err, ValidationError)
                    else error_text(err))
            QMessageBox.warning(self, self.windowTitle(), text)
            return
        self.model.reload()


class PinDialog(QDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("PIN (4-8 digits)"), self.pin)
        layout.addRow(buttons)
