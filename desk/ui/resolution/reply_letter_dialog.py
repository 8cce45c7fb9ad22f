"""The reply letter to a written complaint (答复函): edit the proposed text, preview, issue.

The text is proposed from the case (desk.resolution.replies.compose_body) in the language
the desk runs in; the clerk edits it, and what is typed is kept as a draft on this PC
until the letter is issued. Issuing draws the PDF on a worker thread and keeps it with
its SHA-256; where the remedy was above the clerk's authority a supervisor types their
code and PIN here. A supervisor may instead record why no letter is sent.
Issued letters are listed and can be printed or saved again as they were issued.
"""

import logging

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desk.errors import AuthError, ConflictError
from desk.models import Complaint
from desk.printing import reply_letter
from desk.resolution import remedies, replies
from desk.storage import drafts
from desk.ui import labels
from desk.ui.messages import error_text
from desk.ui.widgets import pdf_preview
from desk.ui.widgets.field_error import FieldErrors, error_label
from desk.ui.widgets.keys import CtrlEnterSaves
from desk.ui.widgets.save_errors import show_save_error
from desk.ui.widgets.workers import TaskRunner

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 800
FIELDS = ["body", "supervisor_code", "pin"]


def reply_words(code: str) -> str:
    """Words for the codes the letter mentions: remedies read as remedies, the rest as usual."""
    return labels.remedy_label(code) if code in remedies.REMEDY_KINDS else labels.label(code)


class ReplyLetterDialog(QDialog):
    changed = Signal(int)  # complaint id: a letter was issued or a waiver recorded

    def __init__(self, complaint_id: int, staff, desk: str, parent=None):
        super().__init__(parent)
        self.complaint_id, self.staff, self.desk = complaint_id, staff, desk
        self.complaint = Complaint.get_by_id(complaint_id)
        self.draft_name = drafts.form_name(f"reply_letter_{complaint_id}", staff.id)
        self.errors = FieldErrors()
        self._runner = TaskRunner(self)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.setWindowTitle(self.tr("Reply letter: {number}").format(
            number=self.complaint.number))
        self._build()
        self._load_text()
        self._show_replies()
        self.resize(760, 720)

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        c = self.complaint
        heading = QLabel(self.tr("Written reply to {name}").format(name=c.complainant_name))
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        facts = QLabel(self.tr("Complaint {number}, came in by {channel} on {date}.").format(
            number=c.number, channel=labels.label(c.channel),
            date=c.received_at.strftime("%Y-%m-%d")))
        facts.setWordWrap(True)
        self.draft_note = QLabel()
        self.draft_note.setStyleSheet("color: #5f6368;")
        self.draft_note.hide()

        self.body = QPlainTextEdit()
        self.body.setObjectName("reply_body")
        self.body.textChanged.connect(self._draft_timer.start)
        body_caption = QLabel(self.tr("Letter &text (edit before issuing):"))
        body_caption.setBuddy(self.body)
        self.reset_button = QPushButton(self.tr("Propose the text &again"))
        self.reset_button.clicked.connect(self.propose_again)

        self.supervisor_box = QGroupBox(self.tr(
            "The remedy is above your authority: a supervisor approves the letter"))
        self.supervisor_code = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self.supervisor_box)
        self.errors.add_row(form, "supervisor_code", self.tr("Supervisor's &code:"),
                            self.supervisor_code)
        self.errors.add_row(form, "pin", self.tr("&PIN:"), self.pin)
        self.supervisor_box.setVisible(replies.needs_supervisor(self.complaint_id, self.staff))

        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.clicked.connect(self.preview)
        self.issue_button = QPushButton(self.tr("&Issue letter"))
        self.issue_button.setDefault(True)
        self.issue_button.clicked.connect(self.issue)
        self.issue_button.setToolTip(self.tr("Ctrl+Enter"))
        self.body.installEventFilter(CtrlEnterSaves(self.issue, self))
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        self.message = error_label("reply_message")
        self.done_note = QLabel()
        self.done_note.setObjectName("reply_done")
        self.done_note.setWordWrap(True)
        self.done_note.setStyleSheet("color: #1b5e20;")
        self.done_note.hide()

        self.issued = QListWidget()
        self.issued.setObjectName("reply_issued")
        self.issued.setMaximumHeight(90)
        self.issued.itemDoubleClicked.connect(lambda _item: self.print_selected())
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_selected)
        self.save_button = QPushButton(self.tr("Save as P&DF…"))
        self.save_button.clicked.connect(self.save_selected)
        issued_box = QGroupBox(self.tr("Replies recorded"))
        issued_buttons = QHBoxLayout()
        issued_buttons.addStretch(1)
        issued_buttons.addWidget(self.print_button)
        issued_buttons.addWidget(self.save_button)
        issued_layout = QVBoxLayout(issued_box)
        issued_layout.addWidget(self.issued)
        issued_layout.addLayout(issued_buttons)

        self.waive_box = QGroupBox(self.tr("No letter (supervisor)"))
        self.waive_note = QLineEdit()
        self.waive_note.setPlaceholderText(self.tr("Why no letter is sent"))
        self.waive_button = QPushButton(self.tr("Record &no letter"))
        self.waive_button.clicked.connect(self.waive)
        waive_row = QHBoxLayout(self.waive_box)
        waive_row.addWidget(self.errors.wrap("note", self.waive_note), 1)
        waive_row.addWidget(self.waive_button, 0, Qt.AlignmentFlag.AlignTop)
        self.waive_box.setVisible(self.staff.role == "supervisor")

        body_row = QHBoxLayout()
        body_row.addWidget(body_caption)
        body_row.addStretch(1)
        body_row.addWidget(self.reset_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(facts)
        layout.addWidget(issued_box)
        layout.addLayout(body_row)
        layout.addWidget(self.draft_note)
        layout.addWidget(self.errors.wrap("body", self.body), 1)
        layout.addWidget(self.supervisor_box)
        layout.addWidget(self.waive_box)
        layout.addWidget(self.message)
        layout.addWidget(self.done_note)
        layout.addLayout(buttons)
        self.setTabOrder(self.body, self.supervisor_code)
        self.setTabOrder(self.supervisor_code, self.pin)
        self.setTabOrder(self.pin, self.issue_button)
        self.body.setFocus()

    # -- the text and its draft -----------------------------------------------------------

    def _load_text(self) -> None:
        kept = drafts.load(self.draft_name)
        if kept and kept.get("body"):
            self.body.setPlainText(kept["body"])
            self.draft_note.setText(self.tr("Your unsaved text of {time} was restored.").format(
                time=drafts.saved_at(self.draft_name).strftime("%Y-%m-%d %H:%M")))
            self.draft_note.show()
        else:
            self.propose_again()
        self._draft_timer.stop()

    def propose_again(self) -> None:
        self.body.setPlainText(replies.compose_body(self.complaint_id, reply_words))
        self.draft_note.hide()

    def save_draft(self) -> None:
        try:
            drafts.save(self.draft_name, {"body": self.body.toPlainText()})
        except OSError:
            log.warning("the reply letter's draft could not be kept", exc_info=True)

    def reject(self) -> None:
        self._draft_timer.stop()
        self.save_draft()
        super().reject()

    # -- recorded replies -----------------------------------------------------------------

    def _show_replies(self) -> None:
        self.issued.clear()
        for info in replies.replies_of(self.complaint_id):
            when = info.at.strftime("%Y-%m-%d %H:%M")
            if info.kind == replies.LETTER:
                text = self.tr("{number}, issued {when} by {name}").format(
                    number=info.number, when=when, name=info.by_name)
            else:
                text = self.tr("No letter, {when}, {name}: {note}").format(
                    when=when, name=info.by_name, note=info.note)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.id if info.kind == replies.LETTER
                         else None)
            self.issued.addItem(item)
        if self.issued.count():
            self.issued.setCurrentRow(self.issued.count() - 1)
        else:
            self.issued.addItem(self.tr("None yet: the complaint cannot be closed without one."))
        has_letter = any(self.issued.item(i).data(Qt.ItemDataRole.UserRole)
                         for i in range(self.issued.count()))
        self.print_button.setEnabled(has_letter)
        self.save_button.setEnabled(has_letter)

    def _selected_letter(self) -> int | None:
        item = self.issued.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def print_selected(self) -> None:
        reply_id = self._selected_letter()
        if reply_id is not None:
            pdf_preview.print_with_dialog(replies.letter_pdf(reply_id), "A4", self)

    def save_selected(self) -> None:
        reply_id = self._selected_letter()
        if reply_id is not None:
            item = self.issued.currentItem().text().split(",")[0]
            pdf_preview.save_pdf_as(self, f"{item}.pdf", replies.letter_pdf(reply_id))

    # -- preview, issue, waive ------------------------------------------------------------

    def preview(self):
        data = replies.letter_data(self.complaint_id, self.body.toPlainText(), self.staff)
        return pdf_preview.show_pdf(reply_letter.build(data), self)

    def issue(self) -> None:
        if self._runner.busy():
            return
        self._clear_messages()
        self.issue_button.setEnabled(False)
        code = self.supervisor_code.text().strip() if self.supervisor_box.isVisible() else None
        pin = self.pin.text() if self.supervisor_box.isVisible() else None
        self._runner.run(replies.issue_letter, self.complaint_id, self.complaint.version,
                         self.body.toPlainText(), self.staff, self.desk, reply_letter.build,
                         QLocale().name(), code, pin, on_done=self._issued,
                         on_error=self._failed)

    def _issued(self, info: replies.ReplyInfo) -> None:
        self.issue_button.setEnabled(True)
        self._draft_timer.stop()
        drafts.discard(self.draft_name)
        self.draft_note.hide()
        self.pin.clear()
        self._after_write(self.tr("Letter {number} issued: print it for the customer.").format(
            number=info.number))

    def waive(self) -> None:
        self._clear_messages()
        try:
            replies.waive(self.complaint_id, self.complaint.version, self.waive_note.text(),
                          self.staff, self.desk)
        except Exception as error:  # shown next to its field, never a traceback
            self._failed(error)
            return
        self.waive_note.clear()
        self._after_write(self.tr("Recorded: no letter is sent."))

    def _after_write(self, text: str) -> None:
        self.complaint = Complaint.get_by_id(self.complaint_id)
        self._show_replies()
        self.done_note.setText(text)
        self.done_note.show()
        self.changed.emit(self.complaint_id)

    def _failed(self, error: BaseException) -> None:
        self.issue_button.setEnabled(True)
        if isinstance(error, AuthError):
            self.errors.show({"pin": error_text(error)})
            return
        show_save_error(error, self.errors, self._say, FIELDS + ["note"],
                        on_conflict=self._conflict)

    def _conflict(self, error: ConflictError) -> None:
        """Another desk saved the complaint meanwhile: the text stays, the version moves."""
        self.complaint = Complaint.get_by_id(self.complaint_id)
        self._show_replies()
        self._say(self.tr("Another desk changed this complaint meanwhile. Your text is kept: "
                          "check the replies above and issue again."))

    def _clear_messages(self) -> None:
        self.errors.clear()
        self.message.hide()
        self.done_note.hide()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
