"""Assign customers (supervisor): choose whom (the unassigned, everyone, a leaving
clerk's), see the proposal per clerk before anything is written, apply it in one
transaction on a worker with progress shown."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk.customers import assignment
from desk.errors import DeskError
from desk.models import Staff
from desk.ui.messages import error_text
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.workers import TaskRunner


class AssignmentDialog(QDialog):
    applied = Signal(int)  # how many customers moved

    def __init__(self, staff, desk: str, parent=None):
        super().__init__(parent)
        self.staff, self.desk = staff, desk
        self.proposal: assignment.Proposal | None = None
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Assign customers"))
        self.resize(720, 480)
        self.mode = QComboBox()
        for code, text in ((assignment.UNASSIGNED, self.tr("Customers nobody holds")),
                           (assignment.ALL, self.tr("Rebalance all customers")),
                           (assignment.LEAVING, self.tr("The customers of a clerk who leaves"))):
            self.mode.addItem(text, code)
        self.leaving = QComboBox()
        for s in Staff.select().where(Staff.role == "clerk").order_by(Staff.name):
            self.leaving.addItem(s.name if s.active else self.tr("{name} (inactive)").format(
                name=s.name), s.id)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.propose_button = QPushButton(self.tr("&Propose"))
        self.propose_button.setDefault(True)
        self.propose_button.clicked.connect(self.propose)
        self.table = list_table([self.tr("Clerk"), self.tr("Level"), self.tr("Capacity"),
                                 self.tr("Holds now"), self.tr("Gets"), self.tr("Gives"),
                                 self.tr("Of them VIP / sensitive"), self.tr("Holds after")])
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")
        self.progress = QProgressBar()
        self.progress.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = buttons.addButton(self.tr("&Apply"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Whom"), self.mode)
        form.addRow(self.tr("&Leaving clerk"), self.leaving)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.propose_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.leaving.setEnabled(self.mode.currentData() == assignment.LEAVING)
        self.proposal = None
        self.apply_button.setEnabled(False)

    def propose(self) -> None:
        mode = self.mode.currentData()
        leaving = self.leaving.currentData() if mode == assignment.LEAVING else None
        self.summary.setText(self.tr("Working out a proposal…"))
        self.propose_button.setEnabled(False)
        self.runner.new_generation()
        self.runner.run(assignment.propose, mode, self.staff, leaving,
                        on_done=self.show_proposal, on_error=self.failed)

    def show_proposal(self, p: assignment.Proposal) -> None:
        self.proposal = p
        self.propose_button.setEnabled(True)
        self.table.setRowCount(len(p.shares))
        for row, s in enumerate(p.shares):
            cells = [s.name, str(s.level), "" if s.capacity is None else str(s.capacity),
                     str(s.holds), str(s.gets), str(s.gives), str(s.demanding), str(s.after)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        text = self.tr("{moved} customers would move. Nothing is written until you apply; "
                       "each one's first contact falls due a week after.").format(moved=p.moved)
        if p.unplaced:
            text += " " + self.tr("{n} customers stay unassigned: no clerk has room left "
                                  "(capacity).").format(n=p.unplaced)
        self.summary.setText(text)
        self.apply_button.setEnabled(p.moved > 0)

    def apply(self) -> None:
        if self.proposal is None:
            return
        self.apply_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(self.tr("Writing the assignment…"))
        self.runner.run(assignment.apply, self.proposal, self.staff, self.desk,
                        on_done=self.done_applying, on_error=self.failed)

    def done_applying(self, moved: int) -> None:
        self.progress.hide()
        self.proposal = None
        self.summary.setText(self.tr("{n} customers assigned.").format(n=moved))
        self.applied.emit(moved)

    def failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.propose_button.setEnabled(True)
        self.proposal = None
        if not isinstance(error, DeskError):
            raise error
        self.summary.setText(error_text(error))
