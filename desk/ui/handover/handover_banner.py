"""The strip every desk shows while a handover waits for the receiving clerk's PIN.

It asks desk.handover.handovers.pending() on a worker thread when told to refresh (at start and
when the change feed reports a "handover" row) and offers to confirm the oldest one.
Near the end of a shift it carries the prompt to write the handover instead
(desk/ui/handover/shift_end_prompt.py), so the window's own banner stays free for trouble.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from desk.handover import handovers as handover
from desk.ui.widgets.workers import TaskRunner


class HandoverBar(QFrame):
    confirm_requested = Signal(int)  # the handover to confirm
    compose_requested = Signal()  # the prompt's button: write the handover

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
        self.write_button = QPushButton(self.tr("Write the handover…"))
        self.write_button.clicked.connect(self.compose_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.write_button)
        layout.addWidget(self.confirm_button)
        self.waiting: list[handover.HandoverSummary] = []
        self.prompt_text = ""
        self.hide()

    def show_prompt(self, text: str) -> None:
        """The shift ends soon: say so until a handover is written ("" clears it)."""
        self.prompt_text = text
        self._update()

    def refresh(self) -> None:
        self._runner.run(handover.pending, on_done=self.show_pending, on_error=lambda e: None)

    def is_loading(self) -> bool:
        return self._runner.busy()

    def show_pending(self, waiting: list) -> None:
        self.waiting = waiting
        self._update()

    def _update(self) -> None:
        """A handover waiting to be confirmed comes first; else the prompt; else nothing."""
        waiting = self.waiting
        self.confirm_button.setVisible(bool(waiting))
        self.write_button.setVisible(not waiting and bool(self.prompt_text))
        if not waiting:
            self.label.setText(self.prompt_text)
            self.setVisible(bool(self.prompt_text))
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
