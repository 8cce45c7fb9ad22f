"""The "Resolution" tab: the remedies offered to the customer, and the way to their agreement.

Each remedy is one row (kind, amount, the text the customer reads on the slip). The
total is shown live beside the clerk's authority limit (不越权承诺). Save replaces the
remedies with the complaint's version the clerk saw (a second desk's save opens the
conflict dialog). Once saved, the agreement path follows the rule in desk.resolution.approval:
within the limit the customer agrees; above it the clerk asks for approval (the
queue on any desk) or a supervisor approves here with code and PIN.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk import process
from desk.errors import ConflictError, DeskError
from desk.models import Complaint
from desk.resolution import approval, replies
from desk.resolution import remedies as resolution
from desk.ui.complaints.complaint_tab import ComplaintTab
from desk.ui.complaints.conflict_dialog import ConflictDialog
from desk.ui.labels import action_label, remedy_label
from desk.ui.messages import error_text
from desk.ui.resolution.reply_letter_dialog import ReplyLetterDialog
from desk.ui.resolution.slip_dialog import SlipDialog
from desk.ui.widgets.field_error import FieldErrors, error_label
from desk.ui.widgets.save_errors import show_save_error
from desk.ui.widgets.workers import TaskRunner

translate = QCoreApplication.translate

_NOTE_STYLE = "font-weight:bold;"
_ABOVE_STYLE = "font-weight:bold; color:#a05a00;"
_MONEY_KINDS = resolution.MONEY_REQUIRED | resolution.MONEY_OPTIONAL


SLIP_STATES = ("agreed", "carried_out", "callback_pending", "closed")


def money(amount) -> str:
    return translate("ResolutionEditor", "¥{amount}").format(amount=f"{amount:,.2f}")


@dataclass(frozen=True)
class EditorState:
    """What the tab shows, read on a worker thread."""

    version: int
    status: str
    complaint: dict  # the stored fields, for the conflict dialog
    remedies: tuple[resolution.RemedyItem, ...]
    limit: Decimal
    needs_approval: bool
    approver_name: str
    written: bool = False  # came in writing: answered with a reply letter
    reply_recorded: bool = False


def load_state(complaint_id: int, staff) -> EditorState | None:
    c = Complaint.get_or_none(Complaint.id == complaint_id)
    if c is None:
        return None
    approver = approval.approver_of(complaint_id)
    return EditorState(c.version, c.status, dict(c.__data__),
                       resolution.resolution_of(complaint_id).remedies,
                       approval.limit_of(staff), approval.needs_approval(complaint_id, staff),
                       approver.name if approver is not None else "",
                       replies.is_written(c), replies.reply_recorded(complaint_id))


def _perform(complaint_id, version, action, staff, desk):
    return process.perform(complaint_id, version, action, staff, desk)


class RemedyRow:
    """The widgets of one remedy."""

    def __init__(self, item: resolution.RemedyItem | None):
        self.kind = QComboBox()
        for code in resolution.REMEDY_KINDS:
            self.kind.addItem(remedy_label(code), code)
        self.amount = QLineEdit()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(110)
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("ResolutionEditor", "What the customer reads"))
        self.remove = QPushButton(translate("ResolutionEditor", "Remove"))
        if item is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
            self.amount.setText("" if item.amount is None else str(item.amount))
            self.text.setText(item.text)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        """An apology or an explanation carries no amount: its field is off."""
        carries = self.kind.currentData() in _MONEY_KINDS
        if not carries and self.amount.text():
            self.amount.clear()
        self.amount.setReadOnly(not carries)
        self.amount.setPlaceholderText(translate("ResolutionEditor", "0.00") if carries else "—")

    def value(self) -> resolution.RemedyInput:
        amount = self.amount.text().strip()
        return resolution.RemedyInput(self.kind.currentData(), self.text.text(), amount or None)

    def parsed_amount(self) -> Decimal:
        try:
            return Decimal(self.amount.text().strip() or "0")
        except InvalidOperation:
            return Decimal("0")


class ResolutionEditor(ComplaintTab):
    """Edits one complaint's remedies; `changed(id)` after a save or a step taken here."""

    changed = Signal(int)
    loaded = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state: EditorState | None = None
        self.version: int | None = None
        self.rows: list[RemedyRow] = []
        self.errors = FieldErrors()
        self.conflict_dialog: ConflictDialog | None = None
        self.pin_dialog: PinApprovalDialog | None = None

        self._grid_host = QWidget()
        self._grid = QGridLayout()
        self._grid.setColumnStretch(2, 1)
        host_layout = QVBoxLayout(self._grid_host)
        host_layout.addLayout(self._grid)
        host_layout.addStretch(1)  # rows stay at the top, one under the other
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        self.add_button = QPushButton(self.tr("&Add remedy"))
        self.add_button.clicked.connect(lambda: self._add_row(None))
        self.total_label = QLabel()
        self.total_label.setObjectName("resolution_total")
        self.limit_label = QLabel()
        self.approval_label = QLabel()
        self.approval_label.setObjectName("resolution_approval")
        self.approval_label.setWordWrap(True)
        self.approval_label.setStyleSheet(_NOTE_STYLE)
        self.save_button = QPushButton(self.tr("&Save resolution"))
        self.save_button.clicked.connect(self.save)
        self.agree_button = QPushButton(action_label("agree"))
        self.agree_button.clicked.connect(lambda: self.take("agree"))
        self.ask_button = QPushButton(self.tr("Ask for approval"))
        self.ask_button.clicked.connect(lambda: self.take("request_approval"))
        self.approve_here_button = QPushButton(self.tr("Supervisor approves here…"))
        self.approve_here_button.clicked.connect(self.approve_here)
        self.slip_button = QPushButton(self.tr("Resolution s&lip…"))
        self.slip_button.clicked.connect(self.open_slip)
        self.reply_button = QPushButton(self.tr("Written &reply…"))
        self.reply_button.clicked.connect(self.open_reply)
        self.reply_label = QLabel()
        self.reply_label.setObjectName("resolution_reply")
        self.reply_label.setWordWrap(True)
        self.message = error_label("resolution_message")

        sums = QHBoxLayout()
        sums.addWidget(self.add_button)
        sums.addStretch(1)
        sums.addWidget(self.total_label)
        steps = QHBoxLayout()
        steps.addWidget(self.save_button)
        steps.addStretch(1)
        for button in (self.agree_button, self.ask_button, self.approve_here_button,
                       self.slip_button, self.reply_button):
            steps.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(sums)
        layout.addWidget(self.limit_label)
        layout.addWidget(self.approval_label)
        layout.addWidget(self.reply_label)
        layout.addWidget(self.message)
        layout.addLayout(steps)
        self._show_state()

    # -- loading -------------------------------------------------------------------------

    def set_complaint(self, complaint_id: int | None, force: bool = False) -> None:
        """Show this complaint's resolution.

        The same complaint again (e.g. another desk changed it) keeps what the clerk
        typed and has not saved: Save then meets the version check, nothing is lost.
        """
        if not force and complaint_id is not None and complaint_id == self.complaint_id \
                and self.dirty():
            return
        self._runner.new_generation()
        self.complaint_id = complaint_id
        self.state = None
        self.version = None
        self._set_rows(())
        self._show_state()
        if complaint_id is not None and self.staff is not None:
            self._runner.run(load_state, complaint_id, self.staff, on_done=self._loaded,
                             on_error=self._failed)

    def _loaded(self, state: EditorState | None) -> None:
        self.state = state
        self.version = state.version if state else None
        self._set_rows(state.remedies if state else ())
        self._show_state()
        if state is not None:
            self.loaded.emit(self.complaint_id)

    # -- the rows ------------------------------------------------------------------------

    def _set_rows(self, remedies) -> None:
        self.rows = []
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.errors = FieldErrors()
        for title, col in ((self.tr("Remedy"), 0), (self.tr("Amount (yuan)"), 1),
                           (self.tr("Text the customer reads"), 2)):
            caption = QLabel(title)
            caption.setStyleSheet("color:#555;")
            self._grid.addWidget(caption, 0, col)
        for item in remedies:
            self._add_row(item, dirty=False)
        self._refresh_total()

    def _add_row(self, item, dirty: bool = True) -> RemedyRow:
        row = RemedyRow(item)
        i = len(self.rows)
        self.rows.append(row)
        grid_row = i + 1
        for col, (field, widget) in enumerate((("kind", row.kind), ("amount", row.amount),
                                               ("text", row.text))):
            box = self.errors.wrap(f"remedies.{i}.{field}", widget)
            self._grid.addWidget(box, grid_row, col, Qt.AlignmentFlag.AlignTop)
            box.show()  # at once: a layout shows new children only on the next event loop
        self._grid.addWidget(row.remove, grid_row, 3, Qt.AlignmentFlag.AlignTop)
        row.remove.show()
        row.remove.clicked.connect(lambda: self._remove_row(row))
        row.amount.textChanged.connect(self._edited)
        row.text.textChanged.connect(self._edited)
        row.kind.currentIndexChanged.connect(self._edited)
        editable = self._editable()
        for widget in (row.kind, row.amount, row.text, row.remove):
            widget.setEnabled(editable)
        if dirty:
            row.text.setFocus()
            self._edited()
        return row

    def _remove_row(self, row: RemedyRow) -> None:
        values = [r.value() for r in self.rows if r is not row]
        items = [resolution.RemedyItem(v.kind, v.amount, v.text) for v in values]
        self._set_rows(items)
        self._edited()

    def inputs(self) -> list[resolution.RemedyInput]:
        return [r.value() for r in self.rows]

    def dirty(self) -> bool:
        if self.state is None:
            return False
        saved = [(r.kind, "" if r.amount is None else str(r.amount), r.text)
                 for r in self.state.remedies]
        now = [(v.kind, v.amount or "", v.text) for v in self.inputs()]
        return saved != now

    def total(self) -> Decimal:
        return sum((r.parsed_amount() for r in self.rows), Decimal("0.00"))

    def _edited(self, *_args) -> None:
        self._refresh_total()
        self._show_state()

    def _refresh_total(self) -> None:
        self.total_label.setText(self.tr("Total: {total}").format(total=money(self.total())))

    # -- what may be done now ------------------------------------------------------------

    def _editable(self) -> bool:
        return self.state is not None and self.state.status in resolution.EDITABLE_STATES

    def _show_state(self) -> None:
        s = self.state
        editable = self._editable()
        dirty = self.dirty()
        self.add_button.setEnabled(editable)
        self.save_button.setEnabled(editable and dirty)
        if s is None:
            self.limit_label.setText("")
            self.approval_label.setText("")
            for button in (self.agree_button, self.ask_button, self.approve_here_button,
                           self.slip_button, self.reply_button):
                button.hide()
            self.reply_label.hide()
            return
        self.limit_label.setText(self.tr("Your authority: up to {limit}").format(
            limit=money(s.limit)))
        above = self.total() > s.limit
        if dirty:
            text = (self.tr("Above your authority: a supervisor must approve it after saving.")
                    if above else self.tr("Within your authority. Save to go on."))
        elif s.approver_name and above:
            text = self.tr("Approved by {name}.").format(name=s.approver_name)
        elif s.needs_approval:
            text = (self.tr("Waiting for a supervisor's approval.")
                    if s.status == "awaiting_approval"
                    else self.tr("Above your authority: a supervisor must approve it before "
                                 "the customer agrees."))
        else:
            text = self.tr("Within your authority.")
        self.approval_label.setText(text)
        self.approval_label.setStyleSheet(
            _ABOVE_STYLE if above and (dirty or s.needs_approval) else _NOTE_STYLE)
        proposed = s.status == "resolution_proposed" and not dirty and bool(s.remedies)
        self.agree_button.setVisible(proposed and not s.needs_approval)
        self.ask_button.setVisible(proposed and s.needs_approval)
        self.approve_here_button.setVisible(
            (proposed and s.needs_approval) or s.status == "awaiting_approval")
        # The slip is printed once the customer agreed; reprints stay possible afterwards.
        self.slip_button.setVisible(s.status in SLIP_STATES)
        self.reply_button.setVisible(s.written)
        self.reply_label.setVisible(s.written)
        self.reply_label.setText(
            self.tr("Came in writing: the reply letter is issued.") if s.reply_recorded
            else self.tr("Came in writing: issue a reply letter before closing."))
        self.reply_label.setStyleSheet(_NOTE_STYLE if s.reply_recorded else _ABOVE_STYLE)

    # -- saving and steps ----------------------------------------------------------------

    def save(self) -> None:
        if self.complaint_id is None or self.version is None:
            return
        self._start()
        self._write_runner.run(resolution.set_remedies, self.complaint_id, self.version,
                               self.inputs(), self.staff, self.desk, on_done=self._saved,
                               on_error=self._failed)

    def take(self, action: str) -> None:
        """One step of the agreement path (lifecycle), with the version on screen."""
        if self.complaint_id is None or self.version is None:
            return
        self._start()
        self._write_runner.run(_perform, self.complaint_id, self.version, action, self.staff,
                               self.desk, on_done=self._saved, on_error=self._failed)

    def open_slip(self) -> SlipDialog | None:
        """Print, preview and sign the resolution slip; the tab reloads afterwards."""
        if self.complaint_id is None:
            return None
        dialog = SlipDialog(self.complaint_id, self.staff, self.desk, self)
        dialog.changed.connect(lambda _id: self.set_complaint(self.complaint_id, force=True))
        dialog.open()
        return dialog

    def open_reply(self) -> ReplyLetterDialog | None:
        """Compose, issue and print the reply letter; the tab and the steps reload after."""
        if self.complaint_id is None:
            return None
        dialog = ReplyLetterDialog(self.complaint_id, self.staff, self.desk, self)
        dialog.changed.connect(self.changed.emit)
        dialog.open()
        return dialog

    def approve_here(self) -> "PinApprovalDialog | None":
        if self.complaint_id is None or self.version is None:
            return None
        self.pin_dialog = PinApprovalDialog(self.complaint_id, self.version, self.desk, self,
                                            total=self.total(), limit=self.state.limit)
        self.pin_dialog.approved.connect(self._saved)
        self.pin_dialog.open()
        return self.pin_dialog

    def _start(self) -> None:
        self.errors.clear()
        self.message.hide()
        self.save_button.setEnabled(False)

    def _saved(self, _fresh=None) -> None:
        cid = self.complaint_id
        self.set_complaint(cid, force=True)
        self.changed.emit(cid)

    def _failed(self, error: BaseException) -> None:
        self._show_state()
        show_save_error(error, self.errors, self._say, on_conflict=self._conflict)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _conflict(self, error: ConflictError) -> None:
        current = dict(error.current.__data__) if error.current is not None else {}
        wanted = [(remedy_label(v.kind), " ".join(p for p in (v.amount or "", v.text) if p))
                  for v in self.inputs()]
        seen = self.state.complaint if self.state else {}
        self.conflict_dialog = ConflictDialog(seen, current, "resolution_changed", wanted,
                                              self)
        self.conflict_dialog.finished.connect(self._conflict_decided)
        self.conflict_dialog.open()

    def _conflict_decided(self, result: int) -> None:
        dialog = self.conflict_dialog
        if result == QDialog.DialogCode.Accepted and dialog.current:
            # The rows keep what the clerk typed; Save applies it to the stored version.
            self.version = dialog.current["version"]
            self._show_state()
            self.save_button.setEnabled(True)
            self._say(self.tr("Reloaded what is saved now. Check the remedies and save again."))
        else:
            self.set_complaint(self.complaint_id, force=True)


class PinApprovalDialog(QDialog):
    """A supervisor at this desk approves with their staff code and PIN."""

    approved = Signal(object)

    def __init__(self, complaint_id: int, version: int, desk: str, parent=None,
                 total: Decimal | None = None, limit: Decimal | None = None):
        super().__init__(parent)
        self.complaint_id, self.version, self.desk = complaint_id, version, desk
        self._runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Supervisor approves here"))
        self.setMinimumWidth(360)
        self.what = QLabel(self.tr("A resolution of {total}, above the clerk's authority of "
                                   "{limit}.").format(total=money(total or 0),
                                                      limit=money(limit or 0)))
        self.what.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("supervisor_code")
        self.pin = QLineEdit()
        self.pin.setObjectName("supervisor_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLineEdit()
        self.errors = FieldErrors()
        form = QFormLayout()
        for name, title, widget in (("code", self.tr("Supervisor's staff &code"), self.code),
                                    ("pin", self.tr("&PIN"), self.pin),
                                    ("note", self.tr("&Note"), self.note)):
            self.errors.add_row(form, name, title, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Approve"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        self.errors.clear()
        self.ok_button.setEnabled(False)
        self._runner.run(approval.approve_with_pin, self.complaint_id, self.code.text(),
                         self.pin.text(), self.version, self.desk, self.note.text(),
                         on_done=self._done, on_error=self._failed)

    def _done(self, fresh) -> None:
        self.ok_button.setEnabled(True)
        self.approved.emit(fresh)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        text = error_text(error) if isinstance(error, DeskError) else str(error)
        field = "note" if isinstance(error, DeskError) and error.code == "too_long" else "pin"
        self.errors.set(field, text)
        self.pin.clear()
        self.pin.setFocus()
