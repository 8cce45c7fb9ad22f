"""The actions a clerk may take on the selected complaint now: buttons and menu entries.

Which actions are legal is read from desk.process.available_actions on a worker,
for the staff member on duty, so a clerk is never offered a supervisor's step. Each
action is one QAction (with a mnemonic, some with a shortcut) shown as a button
in the detail pane and as an entry of the main window's Complaint menu; only the
legal ones are visible (and a hidden QAction's shortcut does nothing).
"""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QToolButton, QWidget

from desk import process
from desk.complaints import lifecycle
from desk.models import Complaint
from desk.ui.complaints.action_dialog import ActionDialog, load_choices
from desk.ui.labels import action_label
from desk.ui.messages import error_text
from desk.ui.widgets.workers import TaskRunner

translate = QCoreApplication.translate

# A mnemonic letter for every action: unique among the actions of one state, and
# clear of the menu bar's (D, C, V, S) and the detail tabs' (R, N, P, M) letters.
MNEMONICS = {
    "answer": "A", "judge_founded": "F", "judge_not_founded": "E", "refuse": "U",
    "start_investigation": "I", "record_cause": "K", "propose_resolution": "O",
    "request_approval": "Q", "approve": "A", "decline_approval": "W", "agree": "G",
    "customer_refuses": "X", "carry_out": "Y", "await_callback": "B", "close": "L",
    "reopen": "J", "pause": "Z", "resume": "H", "route": "T",
}
TAKEN_LETTERS = frozenset("DCVSRNPM")
# Shortcuts for the steps taken most often at the counter.
SHORTCUTS = {
    "judge_founded": "Ctrl+J", "start_investigation": "Ctrl+I", "record_cause": "Ctrl+K",
    "route": "Ctrl+T", "close": "Ctrl+E",
}


def actions_for(complaint_id: int, staff) -> tuple[int, list[str]] | None:
    """(version, legal actions) of the complaint for this staff member; None if gone."""
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        return None
    return complaint.version, process.available_actions(complaint, staff)


def action_text(action: str) -> str:
    return translate("ComplaintActions", "{action} (&{key})").format(
        action=action_label(action), key=MNEMONICS.get(action, ""))


class ComplaintActions(QWidget):
    """A row of buttons for the legal actions; `performed(id)` after one succeeded."""

    performed = Signal(int)
    loaded = Signal(int)  # the legal actions of this complaint are shown

    def __init__(self, parent=None, runner: TaskRunner | None = None):
        super().__init__(parent)
        self._runner = runner or TaskRunner(self)
        self._dialog_runner = TaskRunner(self)
        self.staff = None
        self.desk = ""
        self.complaint_id: int | None = None
        self.version: int | None = None
        self.legal: list[str] = []
        self.dialog: ActionDialog | None = None
        self.qactions: dict[str, QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.hint = QLabel()
        self.hint.setStyleSheet("color:#777;")
        layout.addWidget(self.hint)
        for action in lifecycle.TRANSITIONS:
            qaction = QAction(action_text(action), self)
            qaction.setData(action)
            if action in SHORTCUTS:
                qaction.setShortcut(QKeySequence(SHORTCUTS[action]))
            qaction.triggered.connect(lambda _=False, a=action: self.start(a))
            qaction.setVisible(False)
            self.qactions[action] = qaction
            button = QToolButton(self)
            button.setDefaultAction(qaction)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(f"action_{action}")
            self.buttons[action] = button
        # Buttons wrap in rows of three: a narrow pane cannot show every step in one line.
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        layout.addLayout(self._grid)
        layout.addStretch(1)  # buttons start at the left edge of the pane
        self.set_complaint(None)

    def set_context(self, staff, desk: str) -> None:
        self.staff = staff
        self.desk = desk
        self.set_complaint(self.complaint_id)

    def set_complaint(self, complaint_id: int | None) -> None:
        self._runner.new_generation()
        self.complaint_id = complaint_id
        self.version = None
        self._show([])
        if complaint_id is None or self.staff is None:
            return
        self._runner.run(actions_for, complaint_id, self.staff, on_done=self._loaded,
                         on_error=lambda e: self.hint.setText(str(e)))

    def _loaded(self, found) -> None:
        if found is None:
            return
        self.version, legal = found
        self._show(legal)
        self.loaded.emit(self.complaint_id)

    def _show(self, legal: list[str]) -> None:
        self.legal = list(legal)
        while self._grid.count():
            self._grid.takeAt(0)
        for i, action in enumerate(legal):
            self._grid.addWidget(self.buttons[action], i // 3, i % 3)
        for action, qaction in self.qactions.items():
            qaction.setVisible(action in legal)
            self.buttons[action].setVisible(action in legal)
        self.hint.setVisible(not legal)
        self.hint.setText(self.tr("No step is open to you here.")
                          if self.complaint_id is not None and self.version is not None
                          else "")

    # -- one action -----------------------------------------------------------------

    def start(self, action: str) -> None:
        """Open the action's dialog (its choices are read on a worker first)."""
        if self.complaint_id is None or action not in self.legal:
            return
        complaint_id, version = self.complaint_id, self.version
        self._dialog_runner.new_generation()
        self._dialog_runner.run(load_choices, complaint_id,
                                on_done=lambda c: self._open_dialog(complaint_id, version,
                                                                    action, c),
                                on_error=self._choices_failed)

    def _open_dialog(self, complaint_id, version, action, choices) -> None:
        self.dialog = ActionDialog(complaint_id, version, action, self.staff, self.desk,
                                   choices, self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.performed.connect(self._performed)
        self.dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog.open()

    def _choices_failed(self, error: BaseException) -> None:
        self.hint.setText(error_text(error) if hasattr(error, "code") else str(error))
        self.hint.show()

    def _performed(self, complaint_id: int) -> None:
        self.performed.emit(complaint_id)  # the owner reloads the record and the steps
