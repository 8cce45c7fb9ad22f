"""One dialog per action on a complaint, built from the transition's inputs.

The fields come from desk.complaints.lifecycle.TRANSITIONS (required and optional inputs), so a
new input in the table needs a widget here and nothing else. OK runs
`desk.process.perform` on a worker with the version the clerk saw; the domain's
messages appear under their fields; a ConflictError opens the conflict dialog,
which never overwrites anything by itself.
"""

import datetime
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from desk import process
from desk.complaints import (
    attachments,
    contacts,
    deadlines,
    departments,
    editing,
    investigation,
    lifecycle,
)
from desk.errors import ConflictError
from desk.models import Staff, now
from desk.ui.complaints.conflict_dialog import ConflictDialog
from desk.ui.labels import action_label, label
from desk.ui.widgets.field_error import FieldErrors, error_label
from desk.ui.widgets.save_errors import show_save_error
from desk.ui.widgets.workers import TaskRunner

# Inputs shown as several lines of text; the others of the kind are one line.
_LONG_TEXT = ("text", "explanation", "detail")
_ONE_LINE = ("reason", "note", "responsible_person")
_CODE_CHOICES = {
    "method": contacts.METHODS,
    "cause": investigation.CAUSES,
    "waiting_for": deadlines.WAITING_FOR,
}


translate = QCoreApplication.translate  # lupdate reads translate("ActionDialog", "...")


@dataclass
class Choices:
    """What the dialog's combos and lists offer, read on a worker thread."""

    complaint: dict  # the complaint's stored fields as the clerk sees them now
    departments: list[tuple[int, str]] = field(default_factory=list)
    staff: list[tuple[int, str]] = field(default_factory=list)
    attachments: list[tuple[int, str]] = field(default_factory=list)
    default_deadline: datetime.datetime | None = None


def load_choices(complaint_id: int) -> Choices:
    complaint = editing.stored_complaint(complaint_id)
    people = Staff.select().where(Staff.active == True).order_by(Staff.name)  # noqa: E712
    return Choices(
        complaint=dict(complaint.__data__),
        departments=[(d.id, d.name) for d in departments.active_departments()],
        staff=[(s.id, s.name) for s in people],
        attachments=[(a.id, a.filename) for a in attachments.attachments_of(complaint_id)],
        default_deadline=deadlines.default_deadline(complaint.category, now()),
    )


def _field_title(name: str) -> str:
    titles = {
        "text": translate("ActionDialog", "What was said"),
        "method": translate("ActionDialog", "&How"),
        "explanation": translate("ActionDialog", "E&xplanation"),
        "reason": translate("ActionDialog", "&Reason"),
        "note": translate("ActionDialog", "&Note"),
        "deadline": translate("ActionDialog", "Promised &answer by"),
        "department_id": translate("ActionDialog", "Responsible &department"),
        "assigned_to_id": translate("ActionDialog", "Assi&gned to"),
        "evidence_ids": translate("ActionDialog", "&Evidence (attachments)"),
        "waiting_for": translate("ActionDialog", "&Waiting for"),
        "cause": translate("ActionDialog", "&Cause"),
        "responsible_person": translate("ActionDialog", "Responsible &person"),
        "detail": translate("ActionDialog", "De&tails"),
    }
    return titles.get(name, name)


def plain_title(title: str) -> str:
    """A caption without its mnemonic: "原因(&R)" -> "原因", "&Reason" -> "Reason"."""
    return re.sub(r"\s*\(&.\)", "", title).replace("&", "")


class ActionDialog(QDialog):
    """Asks for one action's inputs and performs it; `performed(complaint_id)` on success."""

    performed = Signal(int)

    def __init__(self, complaint_id: int, version: int, action: str, staff, desk: str,
                 choices: Choices, parent=None):
        super().__init__(parent)
        self.complaint_id = complaint_id
        self.version = version
        self.action = action
        self.staff = staff
        self.desk = desk
        self.choices = choices
        self.seen = dict(choices.complaint)  # what the clerk saw when the dialog opened
        self.conflict_dialog: ConflictDialog | None = None
        self._runner = TaskRunner(self)
        self.transition = lifecycle.TRANSITIONS[action]
        self.setWindowTitle(action_label(action))
        self.setMinimumWidth(460)

        self.errors = FieldErrors()
        self.widgets: dict[str, object] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        t = self.transition
        for name in t.required + t.optional:
            widget = self._make_widget(name)
            self.widgets[name] = widget
            title = _field_title(name)
            if name in t.required:
                title = self.tr("{field} *").format(field=title)
            self.errors.add_row(form, name, title, widget)
        self.message = error_label("action_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action_label(action))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.widgets:
            layout.addWidget(QLabel(self.tr("No further input is needed. Go ahead?")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # -- fields ------------------------------------------------------------------------

    def _combo(self, items: list[tuple[object, str]], optional: bool) -> QComboBox:
        combo = QComboBox()
        if optional:
            combo.addItem(self.tr("(unchanged)"), None)
        for data, text in items:
            combo.addItem(text, data)
        return combo

    def _make_widget(self, name: str):
        optional = name not in self.transition.required
        c = self.choices
        if name in _LONG_TEXT:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setFixedHeight(80)
            return box
        if name in _ONE_LINE:
            return QLineEdit()
        if name in _CODE_CHOICES:
            combo = self._combo([(code, label(code)) for code in _CODE_CHOICES[name]], False)
            combo.setCurrentIndex(-1 if name == "cause" else 0)
            return combo
        if name == "department_id":
            combo = self._combo(c.departments, optional)
            current = self.seen.get("department")
            if current is not None and combo.findData(current) >= 0:
                combo.setCurrentIndex(combo.findData(current))
            elif not optional:
                combo.setCurrentIndex(-1)
            return combo
        if name == "assigned_to_id":
            return self._combo(c.staff, optional)
        if name == "deadline":
            edit = QDateTimeEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setDateTime(QDateTime(c.default_deadline or now()))
            return edit
        if name == "evidence_ids":
            box = QListWidget()
            box.setFixedHeight(90)
            for attachment_id, filename in c.attachments:
                item = QListWidgetItem(filename)
                item.setData(Qt.ItemDataRole.UserRole, attachment_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                box.addItem(item)
            return box
        raise ValueError(f"no widget for input {name}")

    def inputs(self) -> dict:
        """The inputs as process.perform takes them (empty ones left out)."""
        values: dict = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QPlainTextEdit):
                value = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                value = widget.text()
            elif isinstance(widget, QComboBox):
                value = widget.currentData()
            elif isinstance(widget, QDateTimeEdit):
                value = widget.dateTime().toPython()
            else:  # the evidence list
                value = [widget.item(i).data(Qt.ItemDataRole.UserRole)
                         for i in range(widget.count())
                         if widget.item(i).checkState() == Qt.CheckState.Checked]
            if value not in (None, "", []):
                values[name] = value
        return values

    # -- performing --------------------------------------------------------------------

    def submit(self) -> None:
        self.errors.clear()
        self.message.hide()
        self.ok_button.setEnabled(False)
        self._runner.run(_perform, self.complaint_id, self.version, self.action, self.staff,
                         self.desk, self.inputs(), on_done=self._done, on_error=self._failed)

    def _done(self, _fresh) -> None:
        self.ok_button.setEnabled(True)
        self.performed.emit(self.complaint_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        show_save_error(error, self.errors, self._say, list(self.widgets), self._conflict)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _names(self) -> dict:
        """Ids the conflict dialog shows as names."""
        names = {("department", i): n for i, n in self.choices.departments}
        names.update({("assigned_to", i): n for i, n in self.choices.staff})
        return names

    def wanted(self) -> list[tuple[str, str]]:
        """(field title, value) of what the clerk entered, as read on screen."""
        pairs = []
        for name, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                value = widget.currentText() if widget.currentData() is not None else ""
            elif isinstance(widget, QDateTimeEdit):
                value = widget.dateTime().toString("yyyy-MM-dd HH:mm")
            else:
                value = self.inputs().get(name, "")
                if isinstance(value, list):
                    value = ", ".join(filename for i, filename in self.choices.attachments
                                      if i in value)
            if value:
                pairs.append((plain_title(_field_title(name)), str(value)))
        return pairs

    def _conflict(self, error: ConflictError) -> None:
        current = dict(error.current.__data__) if error.current is not None else {}
        self.conflict_dialog = ConflictDialog(self.seen, current, self.action, self.wanted(),
                                              self, names=self._names())
        self.conflict_dialog.finished.connect(self._conflict_decided)
        self.conflict_dialog.open()

    def _conflict_decided(self, result: int) -> None:
        dialog = self.conflict_dialog
        if result == QDialog.DialogCode.Accepted and dialog.current:
            # Reload: the fields keep what the clerk typed; OK applies it to the new version.
            self.seen = dict(dialog.current)
            self.version = dialog.current["version"]
            self._say(self.tr("Reloaded what is saved now. Check your entry and confirm "
                              "again."))
        else:
            self.reject()


def _perform(complaint_id, version, action, staff, desk, inputs):
    return process.perform(complaint_id, version, action, staff, desk, **inputs)
