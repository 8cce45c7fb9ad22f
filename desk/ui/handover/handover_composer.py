"""Shift → End of shift handover…: the handover composed from the data, then submitted.

Everything listed comes from desk.handover.handovers.compose (on a worker thread); the clerk adds
a note to any item (the last column), free-text notes for the shift, chooses the
receiving clerk, and submits. The handover then waits on every desk for the receiving
clerk's PIN (desk/ui/handover/handover_banner.py).
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from desk.errors import DeskError, ValidationError
from desk.handover import handovers as handover
from desk.models import now
from desk.staff import auth
from desk.ui.handover.handover_view import SectionTables, header_text
from desk.ui.messages import error_text, field_messages
from desk.ui.widgets.field_error import FieldErrors, error_label
from desk.ui.widgets.workers import TaskRunner


def _compose(at, staff):
    """The draft and the staff who may take over (everyone active but the clerk)."""
    draft = handover.compose(at, staff)
    others = [(s.id, s.name, s.code) for s in auth.active_staff() if s.id != staff.id]
    return draft, others


class HandoverComposer(QDialog):
    submitted = Signal(int)  # the kept handover's id
    open_complaint = Signal(int)

    def __init__(self, staff, desk_name: str, parent=None, clock=now,
                 runner: TaskRunner | None = None):
        super().__init__(parent)
        self.staff, self.desk_name, self._clock = staff, desk_name, clock
        self._runner = runner or TaskRunner(self)
        self.draft: handover.HandoverDraft | None = None
        self.record: handover.HandoverRecord | None = None
        self.setWindowTitle(self.tr("End of shift handover"))

        self.shift = QLabel(self.tr("Reading the shift's data…"))
        self.clerk = QLabel(staff.name)
        self.open_count = QLabel()
        self.open_count.setObjectName("open_count")
        self.receiver = QComboBox()
        self.receiver.setObjectName("receiver")
        self.sections = SectionTables(editable_notes=True)
        self.sections.open_complaint.connect(self.open_complaint)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr(
            "Anything else the next shift must know: a system fault, a promise made, …"))
        self.notes.setMaximumHeight(100)
        self.message = error_label("handover_message")

        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("Shift:"), self.shift)
        form.addRow(self.tr("Clerk on duty:"), self.clerk)
        form.addRow(self.tr("Open items:"), self.open_count)
        self.errors.add_row(form, "to_staff", self.tr("&Receiving clerk:"), self.receiver)
        hint = QLabel(self.tr("Double-click the Note column of any item to add a note."))
        hint.setStyleSheet("color:#555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = buttons.addButton(self.tr("&Submit handover"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setEnabled(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.sections, 1)
        layout.addWidget(QLabel(self.tr("&Notes:"), buddy=self.notes))
        layout.addWidget(self.errors.wrap("notes", self.notes))
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1000, 680)
        self.load()

    def load(self) -> None:
        self._runner.run(_compose, self._clock(), self.staff, on_done=self._composed,
                         on_error=self._failed)

    def is_loading(self) -> bool:
        return self._runner.busy()

    def _composed(self, result) -> None:
        draft, others = result
        self.draft = draft
        self.shift.setText(header_text(draft))
        self.open_count.setText(f"<b>{draft.open_count}</b>")
        self.receiver.clear()
        self.receiver.addItem(self.tr("— choose —"), None)
        for staff_id, name, code in others:
            self.receiver.addItem(f"{name} ({code})", staff_id)
        self.sections.show_draft(draft)
        self.submit_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error) if isinstance(error, DeskError) else str(error))
        self.message.show()
        self.submit_button.setEnabled(self.draft is not None)

    def choose_receiver(self, staff_id: int) -> bool:
        index = self.receiver.findData(staff_id)
        self.receiver.setCurrentIndex(index)
        return index >= 0

    def submit(self) -> None:
        if self.draft is None:
            return
        self.errors.clear()
        self.message.hide()
        self.submit_button.setEnabled(False)
        self._runner.run(handover.submit, self.draft, self.receiver.currentData(),
                         self.notes.toPlainText(), self.sections.item_notes(), self.staff,
                         self.desk_name, on_done=self._submitted, on_error=self._refused)

    def _submitted(self, record: handover.HandoverRecord) -> None:
        self.record = record
        self.submitted.emit(record.id)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.submit_button.setEnabled(True)
        if isinstance(error, ValidationError):
            messages = field_messages(error)
            if self.receiver.currentData() is None and "to_staff" in messages:
                messages["to_staff"] = self.tr("Choose the clerk who takes over.")
            unplaced = self.errors.show(messages, ["to_staff", "notes"])
            if unplaced:
                self.message.setText(" ".join(messages[n] for n in unplaced))
                self.message.show()
            return
        self._failed(error)
