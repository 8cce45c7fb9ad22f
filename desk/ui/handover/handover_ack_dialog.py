"""The receiving clerk takes over: reads the handover, confirms with their code and PIN.

Only the clerk named as receiving clerk may confirm (desk.handover.handovers.acknowledge checks
code, PIN and name); after that the handover is read-only and leaves every desk's banner.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desk.errors import DeskError
from desk.handover import handovers as handover
from desk.ui.handover.handover_view import HandoverView
from desk.ui.messages import error_text
from desk.ui.widgets.field_error import error_label
from desk.ui.widgets.workers import TaskRunner


class HandoverAckDialog(QDialog):
    acknowledged = Signal(int)

    def __init__(self, handover_id: int, desk_name: str, parent=None,
                 runner: TaskRunner | None = None):
        super().__init__(parent)
        self.handover_id, self.desk_name = handover_id, desk_name
        self._runner = runner or TaskRunner(self)
        self.record: handover.HandoverRecord | None = None
        self.setWindowTitle(self.tr("Confirm takeover"))
        self.view = HandoverView()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label("ack_message")
        form = QFormLayout()
        form.addRow(self.tr("Your staff &code:"), self.code)
        form.addRow(self.tr("Your &PIN:"), self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(self.tr("&Confirm takeover"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setEnabled(False)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        self.pin.returnPressed.connect(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(980, 680)
        self._runner.run(handover.get, handover_id, on_done=self._loaded, on_error=self._failed)

    def is_busy(self) -> bool:
        return self._runner.busy()

    def _loaded(self, record: handover.HandoverRecord) -> None:
        self.record = record
        self.view.show_record(record)
        if record.read_only:
            self.intro.setText(self.tr("This handover is already confirmed."))
            return
        self.intro.setText(self.tr(
            "{name}: read the handover, then confirm with your own staff code and PIN.")
            .format(name=record.to_staff_name))
        self.confirm_button.setEnabled(True)
        self.code.setFocus()

    def confirm(self) -> None:
        if self.record is None or self.record.read_only:
            return
        self.message.hide()
        self.confirm_button.setEnabled(False)
        self._runner.run(handover.acknowledge, self.handover_id, self.code.text().strip(),
                         self.pin.text(), self.desk_name, on_done=self._done,
                         on_error=self._failed)

    def _done(self, record: handover.HandoverRecord) -> None:
        self.record = record
        self.acknowledged.emit(record.id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.pin.clear()
        self.message.setText(error_text(error) if isinstance(error, DeskError) else str(error))
        self.message.show()
        self.confirm_button.setEnabled(self.record is not None and not self.record.read_only)
