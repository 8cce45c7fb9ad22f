"""The selected complaint in full, with its history timeline, and what can be done to it.

The record is read on a worker thread into plain data (ComplaintRecord) and shown
as rich text: every field with its label, the customer's earlier complaints, a link
to the complaint it repeats, its transfers, and who did what, when, at which desk.
Above it, the steps legal now (complaint_actions); beside it, tabs for the contact
log, the requests to departments and the attachments.
"""

import datetime
import html
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from desk.complaints import lifecycle, registration, routing, worklist
from desk.models import Department, Staff
from desk.storage import history
from desk.ui import labels
from desk.ui.appointments.appointments_tab import AppointmentsTab
from desk.ui.callbacks.callbacks_tab import CallbacksTab
from desk.ui.complaints.attachments_panel import AttachmentsPanel
from desk.ui.complaints.complaint_actions import ComplaintActions
from desk.ui.complaints.contact_log import ContactLog
from desk.ui.complaints.department_requests import DepartmentRequests
from desk.ui.complaints.field_labels import _FIELD_LABELS
from desk.ui.labels import demand_label, label, level_label, remedy_label
from desk.ui.resolution.resolution_editor import ResolutionEditor
from desk.ui.widgets.when import minute
from desk.ui.widgets.workers import TaskRunner

EARLIER_CAP = 50
_CONTEXT = "DetailPane"
_LINK_SCHEME = "complaint"

# Facts of the case kept beside the record (desk.complaints.lifecycle.CaseFacts), as the history names them.
_FACT_LABELS = {
    "judgment": QT_TRANSLATE_NOOP("DetailPane", "Judgment"),
    "explanation": QT_TRANSLATE_NOOP("DetailPane", "Explanation"),
    "refusal_reason": QT_TRANSLATE_NOOP("DetailPane", "Reason for refusal"),
    "evidence": QT_TRANSLATE_NOOP("DetailPane", "Evidence"),
    "cause": QT_TRANSLATE_NOOP("DetailPane", "Cause"),
    "cause_detail": QT_TRANSLATE_NOOP("DetailPane", "Cause details"),
    "responsible_person": QT_TRANSLATE_NOOP("DetailPane", "Responsible person"),
    "answered_at": QT_TRANSLATE_NOOP("DetailPane", "Customer answered"),
    "reopen_count": QT_TRANSLATE_NOOP("DetailPane", "Times reopened"),
    "reopened_at": QT_TRANSLATE_NOOP("DetailPane", "Reopened"),
}

_SECTIONS = (
    (QT_TRANSLATE_NOOP("DetailPane", "Complaint"),
     ("kind", "status", "channel", "category", "escalation_level", "media_involved",
      "received_at", "registered_by", "desk", "assigned_to", "department", "deadline",
      "repeat_of", "closed_at")),
    (QT_TRANSLATE_NOOP("DetailPane", "Customer"),
     ("complainant_name", "phone", "member_no", "earlier")),
    (QT_TRANSLATE_NOOP("DetailPane", "Purchase"),
     ("product_name", "product_brand", "product_model", "order_no", "purchase_date",
      "purchase_amount")),
    (QT_TRANSLATE_NOOP("DetailPane", "What the customer says"),
     ("account", "demands", "demand_detail")),
)

_CODED_FIELDS = ("kind", "status", "channel", "category")



translate = QCoreApplication.translate  # lupdate reads translate("DetailPane", "...")


def _tr(text: str) -> str:
    return translate(_CONTEXT, text)


@dataclass
class EventLine:
    at: datetime.datetime
    staff_name: str
    desk: str
    action: str
    field: str
    old: str
    new: str
    note: str


@dataclass
class ComplaintRecord:
    id: int
    values: dict  # the complaint's stored fields, foreign keys as ids
    registered_by_name: str = ""
    assigned_name: str = ""
    department_name: str = ""
    repeat_of_number: str = ""
    earlier_count: int = 0
    events: list[EventLine] = field(default_factory=list)
    transfers: list[str] = field(default_factory=list)  # one line per transfer (重派)


def load_record(complaint_id: int) -> ComplaintRecord | None:
    """Everything the pane shows, as plain data (runs on a worker thread)."""
    c = worklist.complaint(complaint_id)
    if c is None:
        return None
    earlier = registration.earlier_complaints(c.phone, limit=EARLIER_CAP + 1)
    record = ComplaintRecord(
        id=c.id,
        values=dict(c.__data__),
        registered_by_name=c.registered_by.name,
        assigned_name=c.assigned_to.name if c.assigned_to_id else "",
        department_name=c.department.name if c.department_id else "",
        repeat_of_number=c.repeat_of.number if c.repeat_of_id else "",
        earlier_count=sum(1 for e in earlier if e.id != c.id),
    )
    for t in routing.transfers_of(c.id):
        record.transfers.append(translate("DetailPane", "{at} · {by}: {old} → {new} ({reason})")
                                .format(at=_when(t.at), by=t.by.name,
                                        old=_transfer_target(t.from_department, t.from_staff),
                                        new=_transfer_target(t.to_department, t.to_staff),
                                        reason=t.reason))
    numbers = {c.id: c.number}
    names = _Names()
    for e in history.events_of(c.id):
        new = e.new_value
        if e.action == "linked_repeat" and new.isdigit():
            linked = numbers.get(int(new)) or record.repeat_of_number
            new = linked or new
        old = e.old_value
        if e.field in ("department", "assigned_to"):  # ids are stored; people read names
            old, new = names.of(e.field, old), names.of(e.field, new)
        record.events.append(EventLine(e.at, e.staff.name if e.staff_id else "", e.desk,
                                       e.action, e.field, old, new, e.note))
    return record


class _Names:
    """Department and staff names for the ids the history stores, read once each."""

    def __init__(self):
        self._cache: dict = {}

    def of(self, field_name: str, value: str) -> str:
        if not value or not str(value).isdigit():
            return value
        key = (field_name, value)
        if key not in self._cache:
            model = Department if field_name == "department" else Staff
            row = model.get_or_none(model.id == int(value))
            self._cache[key] = row.name if row else value
        return self._cache[key]


def _transfer_target(department, staff) -> str:
    return " / ".join(x.name for x in (department, staff) if x is not None) or "—"


# -- how the record reads -----------------------------------------------------------

def _when(value) -> str:
    if isinstance(value, datetime.datetime):
        return minute(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value or "")


def _yes_no(value: bool) -> str:
    return translate("DetailPane", "Yes") if value else translate("DetailPane", "No")


def field_text(record: ComplaintRecord, name: str) -> str:
    """One field as the clerk reads it (plain text, not yet escaped)."""
    v = record.values
    if name in _CODED_FIELDS:
        return label(v[name])
    if name == "escalation_level":
        return level_label(v[name])
    if name == "media_involved":
        return _yes_no(v[name])
    if name == "registered_by":
        return record.registered_by_name
    if name == "assigned_to":
        return record.assigned_name
    if name == "department":
        return record.department_name
    if name == "repeat_of":
        return record.repeat_of_number
    if name == "earlier":
        if record.earlier_count >= EARLIER_CAP:
            return translate("DetailPane", "{count}+").format(count=EARLIER_CAP)
        return str(record.earlier_count)
    if name == "demands":
        return "、".join(demand_label(d) for d in (v.get("demands") or "").split(",") if d)
    if name == "purchase_amount":
        return f"¥{v[name]:,.2f}" if v.get(name) is not None else ""
    return _when(v.get(name))


def _action_label(code: str) -> str:
    """History entries of later features read through labels.action_label when it exists."""
    return getattr(labels, "action_label", label)(code)


_STORED_TIME = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d):\d\d(\.\d+)?$")


def _minutes(value: str) -> str:
    """A stored time as the rest of the pane shows times: to the minute."""
    match = _STORED_TIME.match(value or "")
    return match.group(1) if match else value


def _remedy_text(summary: str) -> str:
    """A remedy as the history stores it ("refund 150.00 text"), its kind in words."""
    kind, _, rest = summary.partition(" ")
    return " ".join(part for part in (remedy_label(kind), rest) if part)


def _remedy_event(event: EventLine) -> str:
    index = event.field.partition(".")[2]
    if event.old and event.new:
        value = translate("DetailPane", "{old} → {new}").format(
            old=_remedy_text(event.old), new=_remedy_text(event.new))
    else:
        value = _remedy_text(event.new or event.old)
    return translate("DetailPane", "{action} {index}: {value}").format(
        action=_action_label(event.action), index=index, value=value)


def event_text(event: EventLine) -> str:
    if event.action == "registered":
        return translate("DetailPane", "Registered as {number}").format(number=event.new)
    if event.action == "linked_repeat":
        return translate("DetailPane", "Linked as a repeat of {number}").format(
            number=event.new)
    if (event.field or "").startswith("remedy."):
        text = _remedy_event(event)
    elif event.field in _FACT_LABELS:
        text = translate("DetailPane", "{action}: {value}").format(
            action=_tr(_FACT_LABELS[event.field]), value=label(event.new) if event.new else "—")
    elif event.field and (event.field not in _FIELD_LABELS or event.action not in (
            "changed", *lifecycle.TRANSITIONS)):
        # A fact beside the record (contact method, cause, department asked, file):
        # the step's own words, then what it concerned.
        value = label(event.new) if event.new else ""
        text = translate("DetailPane", "{action}: {value}").format(
            action=_action_label(event.action), value=value) if value else _action_label(
            event.action)
    elif event.field:
        name = _FIELD_LABELS.get(event.field)
        what = _tr(name) if name else event.field
        old, new = _minutes(event.old), _minutes(event.new)
        if event.field in _CODED_FIELDS:
            old, new = label(old), label(new)
        text = translate("DetailPane", "{field}: {old} → {new}").format(
            field=what, old=old or "—", new=new or "—")
    else:
        text = _action_label(event.action)
    if event.note:
        text = translate("DetailPane", "{what} ({note})").format(
            what=text, note=event.note)
    return text


def _nowrap(text: str) -> str:
    """Escaped and kept on one line."""
    return f"<span style='white-space:pre;'>{html.escape(text)}</span>"


def record_html(record: ComplaintRecord) -> str:
    esc = html.escape
    v = record.values
    parts = [f"<h2>{_nowrap(v['number'])} <small>{esc(label(v['kind']))} · "
             f"{esc(label(v['status']))}</small></h2>"]
    if v["escalation_level"] >= 3 or v["media_involved"]:
        parts.append("<p style='background:#fde8e8; color:#a40000; padding:4px;'><b>"
                     + esc(translate("DetailPane",
                                     "Level 3 or media involved: a supervisor must know at once."))
                     + "</b></p>")
    for title, names in _SECTIONS:
        rows = []
        for name in names:
            text = field_text(record, name)
            if not text:
                continue
            if name == "repeat_of":
                cell = (f"<a href='{_LINK_SCHEME}:{v['repeat_of']}'>{esc(text)}</a>")
            else:
                cell = esc(text).replace("\n", "<br>")
            rows.append(f"<tr><td style='color:#555; padding-right:12px;' valign='top'>"
                        f"{_nowrap(_tr(_FIELD_LABELS[name]))}</td><td>{cell}</td></tr>")
        if rows:
            parts.append(f"<h3>{esc(_tr(title))}</h3>"
                         f"<table cellspacing='2'>{''.join(rows)}</table>")
    if record.transfers:
        transfers_title = translate("DetailPane", "Transfers")
        parts.append(f"<h3>{esc(transfers_title)}</h3>")
        parts.extend(f"<p style='margin:0 0 4px 0;'>{esc(line)}</p>" for line in record.transfers)
    history_title = translate("DetailPane", "History")
    parts.append(f"<h3>{esc(history_title)}</h3>")
    for e in record.events:  # a timeline reads better than a table in a narrow pane
        who = " · ".join(t for t in (_when(e.at), e.staff_name, e.desk) if t)
        parts.append(f"<p style='margin:0 0 6px 0;'><span style='color:#555;'>{esc(who)}</span>"
                     f"<br>{esc(event_text(e))}</p>")
    return "".join(parts)


class DetailPane(QWidget):
    """Shows one complaint; emits open_complaint(id) when its repeat-of link is clicked.

    After `set_context(staff, desk)` it also offers the legal steps and the tabs that
    write; `changed(id)` tells the window that the complaint was changed here.
    """

    open_complaint = Signal(int)
    shown = Signal(int)  # the record of this complaint is on screen
    changed = Signal(int)  # something was saved about this complaint from the pane

    def __init__(self, parent=None, runner: TaskRunner | None = None):
        super().__init__(parent)
        self._runner = runner or TaskRunner(self)
        self._complaint_id: int | None = None
        self.record: ComplaintRecord | None = None
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.actions_bar = ComplaintActions(self)
        self.contacts = ContactLog()
        self.requests = DepartmentRequests()
        self.attachments = AttachmentsPanel()
        self.resolution = ResolutionEditor()
        self.callbacks = CallbacksTab()
        self.appointments = AppointmentsTab()
        self.appointments.open_complaint.connect(self.open_complaint)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.browser, self.tr("&Record"))
        self.tabs.addTab(self.contacts, self.tr("Co&ntacts"))
        self.tabs.addTab(self.requests, self.tr("De&partments"))
        self.tabs.addTab(self.attachments, self.tr("Attach&ments"))
        self.tabs.addTab(self.resolution, self.tr("Resolution"))
        self.tabs.addTab(self.callbacks, self.tr("Ca&llbacks"))
        self.tabs.addTab(self.appointments, self.tr("Appointments"))
        self.tabs.setMinimumWidth(120)  # the pane may be squeezed beside a wide list
        self.tabs.setUsesScrollButtons(True)
        for signal in (self.actions_bar.performed, self.contacts.added, self.requests.changed,
                       self.attachments.added, self.resolution.changed, self.callbacks.changed,
                       self.appointments.changed):
            signal.connect(self._changed_here)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.tabs, 1)
        self._writable = False
        self.show_complaint(None)

    def set_context(self, staff, desk: str) -> None:
        """The staff member on duty and this desk: the pane may now offer steps."""
        self._writable = True
        for panel in (self.contacts, self.requests, self.attachments, self.resolution,
                      self.callbacks, self.appointments):
            panel.set_context(staff, desk)
        self.actions_bar.set_context(staff, desk)
        self._show_tabs()

    def _show_tabs(self) -> None:
        for index in range(1, self.tabs.count()):
            self.tabs.setTabVisible(index, self._writable and self._complaint_id is not None)

    def _changed_here(self, complaint_id: int) -> None:
        """The panels reload themselves; the record, its history and the steps follow."""
        if complaint_id == self._complaint_id:
            self._runner.new_generation()
            self.record = None
            self._runner.run(load_record, complaint_id, on_done=self._show_record,
                             on_error=self._show_error)
            self.actions_bar.set_complaint(complaint_id)
            if self._writable:  # a step may lock or unlock it (unsaved rows are kept)
                self.resolution.set_complaint(complaint_id)
        self.changed.emit(complaint_id)

    @property
    def complaint_id(self) -> int | None:
        return self._complaint_id

    def show_complaint(self, complaint_id: int | None, keep_tab: bool = False) -> None:
        self._runner.new_generation()
        self._complaint_id = complaint_id
        self.record = None
        if not keep_tab:
            self.tabs.setCurrentIndex(0)
        self._show_tabs()
        if self._writable:
            self.actions_bar.set_complaint(complaint_id)
            for panel in (self.contacts, self.requests, self.attachments, self.resolution,
                          self.callbacks, self.appointments):
                panel.set_complaint(complaint_id)
        if complaint_id is None:
            self._placeholder(self.tr("Select a complaint in the list to see it here."))
            return
        self._runner.run(load_record, complaint_id, on_done=self._show_record,
                         on_error=self._show_error)

    def reload(self) -> None:
        self.show_complaint(self._complaint_id, keep_tab=True)

    def text(self) -> str:
        return self.browser.toPlainText()

    def _placeholder(self, text: str) -> None:
        self.browser.setHtml(f"<p style='color:#777;'>{html.escape(text)}</p>")

    def _show_record(self, record: ComplaintRecord | None) -> None:
        if record is None:
            self._placeholder(self.tr("This complaint no longer exists."))
            return
        self.record = record
        self.browser.setHtml(record_html(record))
        self.shown.emit(record.id)

    def _show_error(self, error: BaseException) -> None:
        self._placeholder(self.tr("The complaint could not be read: {error}").format(error=error))

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == _LINK_SCHEME and url.path().isdigit():
            self.open_complaint.emit(int(url.path()))
