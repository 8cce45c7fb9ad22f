"""The callback record (《回访记录表》): how the call went, in a few fields.

Above the fields: who is called, what the complaint was and what was done for it,
and the script reminder. Enter saves through `callbacks.record` on a worker with the
version the clerk saw; the domain's messages appear under their fields. When another
desk recorded the same call meanwhile (ConflictError) nothing is overwritten: the
dialog says what is stored now and, if the call is still open, takes its new version
so that the clerk confirms once more (the pattern of desk/ui/complaints/action_dialog.py).
"""

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from desk.callbacks import calls as callbacks
from desk.callbacks import slots as callback_slots
from desk.errors import ConflictError
from desk.models import now
from desk.resolution import remedies as resolution
from desk.ui.labels import label, remedy_label
from desk.ui.messages import error_text
from desk.ui.resolution.resolution_editor import money
from desk.ui.widgets.field_error import FieldErrors, error_label
from desk.ui.widgets.save_errors import show_save_error
from desk.ui.widgets.when import minute

translate = QCoreApplication.translate  # lupdate reads translate("CallbackRecord", "...")

FIELDS = ("method", "outcome", "score", "notes", "next_at")


@dataclass(frozen=True)
class RecordContext:
    """What the dialog shows beside the call, read on a worker thread."""

    callback: callbacks.CallbackInfo
    remedies: tuple  # resolution.RemedyItem of the complaint (empty for a care call)
    next_slot: datetime.datetime | None  # the first allowed time from now


def load_context(info: callbacks.CallbackInfo, at: datetime.datetime | None = None
                 ) -> RecordContext:
    remedies = resolution.resolution_of(info.complaint_id).remedies if info.complaint_id else ()
    slot = callback_slots.first_slot((at or now()) + datetime.timedelta(minutes=1),
                                     callback_slots.rules())
    return RecordContext(info, remedies, slot)


def remedies_text(remedies) -> str:
    parts = []
    for r in remedies:
        words = [remedy_label(r.kind)]
        if r.amount is not None:
            words.append(money(r.amount))
        if r.text:
            words.append(r.text)
        parts.append(" ".join(words))
    return "、".join(parts)


def script_text() -> str:
    return translate(
        "CallbackRecord",
        "1. Greet the customer. 2. Say who you are: the service desk of the store. "
        "3. Ask whether the remedy worked. 4. Ask how satisfied they are, from 1 to 5. "
        "5. Thank them for their time.")


def result_text(result) -> str:
    """What came of a recorded call, in one or two sentences."""
    info = result.callback
    parts = []
    if result.complaint_action == "close":
        parts.append(translate("CallbackRecord", "Complaint {number} is closed.").format(
            number=info.complaint_number))
    elif result.complaint_action == "reopen":
        parts.append(translate("CallbackRecord", "Complaint {number} is reopened.").format(
            number=info.complaint_number))
    if result.went_outbound:
        parts.append(translate(
            "CallbackRecord", "Not reached after {tries} tries: {customer} is moved to the "
            "outbound list.").format(tries=callbacks.MAX_TRIES, customer=info.customer_name))
    elif result.next_callback is not None:
        nxt = result.next_callback
        if info.outcome == "rescheduled":
            parts.append(translate("CallbackRecord", "Callback moved to {time}.").format(
                time=minute(nxt.due_at)))
        else:
            parts.append(translate("CallbackRecord", "Next try (#{attempt}) scheduled at "
                                   "{time}.").format(attempt=nxt.attempt, time=minute(nxt.due_at)))
    if not parts:
        parts.append(translate("CallbackRecord", "Callback recorded."))
    return " ".join(parts)


def _record(info, version, staff, desk, values):
    return callbacks.record(info.id, version, staff, desk, **values)


class CallbackRecordDialog(QDialog):
    """`recorded(result, text)` once the call is stored; the dialog then closes."""

    recorded = Signal(object, str)

    def __init__(self, context: RecordContext, staff, desk: str, parent=None, runner=None):
        super().__init__(parent)
        from desk.ui.widgets.workers import TaskRunner

        self.context = context
        self.info = context.callback
        self.version = self.info.version
        self.staff, self.desk = staff, desk
        self.result = None
        self._runner = runner or TaskRunner(self)
        self.setWindowTitle(self.tr("Callback record"))
        self.setMinimumWidth(520)

        self.about = QLabel(self._about_html())
        self.about.setObjectName("callback_about")
        self.about.setWordWrap(True)
        self.script = QLabel(script_text())
        self.script.setObjectName("callback_script")
        self.script.setWordWrap(True)
        self.script.setStyleSheet("background:#f3f6fa; color:#34495e; padding:6px;"
                                  " border:1px solid #d5dde8;")

        self.method = QComboBox()
        for code in callbacks.METHODS:
            self.method.addItem(label(code), code)
        self.outcome = QComboBox()
        for code in callbacks.OUTCOMES:
            self.outcome.addItem(label(code), code)
        self.outcome.setCurrentIndex(-1)  # the clerk says how it went; nothing is assumed
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.score = QSpinBox()
        self.score.setRange(0, 5)
        self.score.setSpecialValueText(self.tr("—"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("What the customer said"))
        self.next_at = QDateTimeEdit()
        self.next_at.setCalendarPopup(True)
        self.next_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.next_at.setDateTime(QDateTime(context.next_slot or now()))

        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, title, widget in (
                ("method", self.tr("&Method"), self.method),
                ("outcome", self.tr("&Outcome *"), self.outcome),
                ("score", self.tr("Satisfaction &score (1-5)"), self.score),
                ("notes", self.tr("&Notes"), self.notes),
                ("next_at", self.tr("Ne&xt try at"), self.next_at)):
            self.errors.add_row(form, name, title, widget)
        self.message = error_label("record_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.script)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._outcome_changed()
        self.outcome.setFocus()

    def _about_html(self) -> str:
        import html

        i = self.info
        esc = html.escape
        lines = [self.tr("<b>{customer}</b> · {phone}").format(
            customer=esc(i.customer_name), phone=esc(i.phone))]
        if i.member_no:
            lines.append(self.tr("Member no. {member}").format(member=esc(i.member_no)))
        if i.complaint_id:
            lines.append(self.tr("Complaint {number}: {category} · {product}").format(
                number=esc(i.complaint_number), category=esc(label(i.category or "")),
                product=esc(i.product or "—")))
            remedies = remedies_text(self.context.remedies)
            if remedies:
                lines.append(self.tr("What was done: {remedies}").format(remedies=esc(remedies)))
        else:
            lines.append(self.tr("Care call: {topic}").format(topic=esc(i.topic or label(i.purpose))))
        lines.append(self.tr("Attempt {attempt} of {max} · due {due}").format(
            attempt=i.attempt, max=callbacks.MAX_TRIES, due=minute(i.due_at)))
        return "<br>".join(lines)

    def _outcome_changed(self, *_args) -> None:
        outcome = self.outcome.currentData()
        self.score.setEnabled(outcome in callbacks.REACHED)
        if outcome not in callbacks.REACHED:
            self.score.setValue(0)
        self.next_at.setEnabled(outcome == "rescheduled")

    def values(self) -> dict:
        """The record as callbacks.record takes it."""
        outcome = self.outcome.currentData()
        values = {"method": self.method.currentData(), "outcome": outcome,
                  "notes": self.notes.text().strip()}
        if self.score.isEnabled() and self.score.value():
            values["score"] = self.score.value()
        if outcome == "rescheduled":
            values["next_at"] = self.next_at.dateTime().toPython().replace(second=0,
                                                                          microsecond=0)
        return values

    def submit(self) -> None:
        self.errors.clear()
        self.message.hide()
        if self.outcome.currentData() is None:
            self.errors.show({"outcome": self.tr("Please choose how the call went.")})
            return
        self.save_button.setEnabled(False)
        self._runner.run(_record, self.info, self.version, self.staff, self.desk, self.values(),
                         on_done=self._done, on_error=self._failed)

    def _done(self, result) -> None:
        self.save_button.setEnabled(True)
        self.result = result
        self.recorded.emit(result, result_text(result))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_save_error(error, self.errors, self._say, list(FIELDS), self._conflict)

    def _conflict(self, error: ConflictError) -> None:
        current = error.current
        state = getattr(current, "state", None)
        if current is not None and state == "open":
            # Changed (e.g. re-assigned) but still to be made: the entry is kept, confirm again.
            self.version = current.version
            self._say(self.tr("Another desk changed this callback meanwhile. Your entry is "
                              "kept: check it and save again."))
            return
        done_by = getattr(current, "done_by_name", "") or ""
        outcome = getattr(current, "outcome", None)
        if outcome:
            self._say(self.tr("{name} has already recorded this callback: {outcome}. Nothing "
                              "of yours was saved.").format(name=done_by or "—",
                                                             outcome=label(outcome)))
        else:
            self._say(error_text(error))
        self.save_button.setEnabled(False)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
