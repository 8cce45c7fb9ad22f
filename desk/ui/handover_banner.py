"""The strip every desk shows while a handover waits for the receiving clerk's PIN.

It asks desk.handover.pending() on a worker thread when told to refresh (at start and
when the change feed reports a "handover" row) and offers to confirm the oldest one.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from desk import handover
from desk.ui.workers import TaskRunner


class HandoverBar(QFrame):
    confirm_requested = Signal(int)  # the handover to confirm

    def __init__(self, parent=None, runner: TaskRunner | None = None):
        super().__init__(parent)
        self._runner = runner or TaskRunner(self)
        self.setObjectName("handover_bar")
        self.setStyleSheet("#handover_bar { background:#e8f0fe; border:1px solid #a8c0f0; }"
                           " QLabel { color:#0b3d91; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm takeover…"))
        self.confirm_button.clicked.connect(self._confirm)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.confirm_button)
        self.waiting: list[handover.HandoverSummary] = []
        self.hide()

    def refresh(self) -> None:
        self._runner.run(handover.pending, on_done=self.show_pending, on_error=lambda e: None)

    def is_loading(self) -> bool:
        return self._runner.busy()

    def show_pending(self, waiting: list) -> None:
        self.waiting = waiting
        if not waiting:
            self.hide()
            return
        first = waiting[0]
        text = self.tr("Handover of the {shift} shift from {from_name} waits for {to_name} to "
                       "confirm ({count} open items).").format(
            shift=first.shift_name, from_name=first.from_staff_name, to_name=first.to_staff_name,
            count=first.open_count)
        if len(waiting) > 1:
            text = self.tr("{text} %n more handover(s) wait too.", "", len(waiting) - 1).format(
                text=text)
        self.label.setText(text)
        self.show()

    def _confirm(self) -> None:
        if self.waiting:
            self.confirm_requested.emit(self.waiting[0].id)
