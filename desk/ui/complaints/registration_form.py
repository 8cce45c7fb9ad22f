"""The complaint registration form (《顾客投诉登记表》): step 1 of the complaint process.

The clerk asks for the phone first: typing it shows the customer's earlier complaints,
fills in the known name and member number and proposes the repeat link. Saving calls
desk.complaints.registration.register; its field errors appear under their fields, and nothing
typed is ever lost: the form is kept as a local draft (desk.storage.drafts) after every change,
on close and when the database fails.

    form = RegistrationForm(staff, desk_name, parent)
    form.registered.connect(...)   # the new complaint's id, then the dialog accepts
"""

import datetime
import logging
import re
import uuid

from peewee import DatabaseError, InterfaceError
from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk import settings, vocab
from desk.complaints import registration
from desk.complaints.registration import ComplaintInput
from desk.errors import DeskError, ValidationError
from desk.models import now
from desk.storage import connection, drafts
from desk.storage.db import DatabaseUnavailable
from desk.ui import labels
from desk.ui.complaints.earlier_complaints import EarlierComplaintsPanel, EarlierRow
from desk.ui.messages import error_text, field_messages, message, refused_writes_text
from desk.ui.widgets.field_error import FieldErrors, stacked
from desk.ui.widgets.keys import CtrlEnterSaves
from desk.ui.widgets.when import minute
from desk.ui.widgets.workers import TaskRunner
from desk.validation import check_amount, check_not_future, check_phone

log = logging.getLogger(__name__)

DRAFT_FORM = "registration"
DRAFT_DELAY_MS = 500
RETRY_MS = 5000  # a save the database could not take is tried again this often
PHONE_LOOKUP_DELAY_MS = 250
# What a locked, lost or missing database raises (peewee's and our own).
DATABASE_ERRORS = (DatabaseError, InterfaceError, DatabaseUnavailable)

TEXT_FIELDS = ("phone", "complainant_name", "member_no", "product_name", "product_brand",
               "product_model", "order_no", "purchase_amount", "demand_detail")

# The tab order; the first field with an error in this order gets the focus.
FIELD_ORDER = (
    "phone", "complainant_name", "member_no", "kind", "channel", "received_at",
    "product_name", "product_brand", "product_model", "order_no", "purchase_date",
    "purchase_amount", "category", "account", "demands", "demand_detail", "repeat_of",
    "escalation_level",
)

WARNING_STYLE = ("background: #fdecea; color: #b71c1c; border: 1px solid #e57373;"
                 " border-radius: 3px; padding: 6px; font-weight: bold;")
NOTE_STYLE = "background: #fff8e1; border: 1px solid #ffe082; border-radius: 3px;"
BANNER_STYLE = ("background: #fdecea; color: #b71c1c; border: 1px solid #e57373;"
                " border-radius: 3px; padding: 6px;")
READ_BACK_CHARS = 80  # of the account, in the sentence read back to the customer


def _customer_history(phone: str):
    """(phone, earlier complaints, customer record): what the form shows for a phone."""
    return phone, registration.earlier_complaints(phone), registration.customer_for(phone)


def _store_setting(key: str, fallback):
    """A store setting, or the built-in default while the database cannot be read.

    The form must open even then: what is typed goes into the draft, and saving says
    clearly why it cannot be stored yet.
    """
    try:
        return settings.get(key) or fallback
    except DATABASE_ERRORS:
        log.warning("store setting %s unreadable; using the default", key, exc_info=True)
        return fallback


def _to_qdatetime(value: datetime.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute, value.second))


def _to_qdate(value: datetime.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class _TabLeaves:
    """Tab moves to the next field, not to the next section (day, hour) of a date.

    The arrows still move between the sections; a clerk tabbing through the form
    should not need five Tabs to get past the time it was received.
    """

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class DateTimeEdit(_TabLeaves, QDateTimeEdit):
    pass


class DateEdit(_TabLeaves, QDateEdit):
    pass


class ConversationHelp(QWidget):
    """Reminders for talking with the customer: help, not fields; folded away by default."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("How to talk with the customer"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        dos = [
            self.tr("Listen first, let them finish"),
            self.tr("Apologise for the trouble"),
            self.tr("Restate the key points"),
            self.tr("Offer a remedy you may give"),
            self.tr("Ask what they think of it"),
        ]
        donts = [
            self.tr("Arguing"),
            self.tr("Promising lightly"),
            self.tr("\"Not my department\""),
            self.tr("\"No\", \"don't know\", \"can't\""),
        ]
        self.text = QWidget()
        columns = QHBoxLayout(self.text)
        columns.setContentsMargins(4, 0, 0, 0)
        for title, lines in ((self.tr("Do"), dos), (self.tr("Avoid"), donts)):
            column = QLabel(self._html(title, lines))
            column.setTextFormat(Qt.TextFormat.RichText)
            column.setWordWrap(True)
            column.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            columns.addWidget(column, 1)
        self.text.hide()
        self.toggle.toggled.connect(self._show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.text)

    @staticmethod
    def _html(title: str, lines: list[str]) -> str:
        rows = "<br>".join(f"· {line.replace('<', '&lt;')}" for line in lines)
        return f"<b>{title}</b><br>{rows}"

    def _show(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


class RegistrationForm(QDialog):
    """Register a complaint or an inquiry/appointment; emits `registered(id)` then accepts."""

    registered = Signal(int)

    def __init__(self, staff, desk_name: str, parent=None):
        super().__init__(parent)
        self.staff = staff
        self.desk_name = desk_name
        self.draft_name = drafts.form_name(DRAFT_FORM, staff.id)
        self.complaint_id: int | None = None
        self.complaint_number = ""
        self.errors = FieldErrors()
        self._finished = False  # saved: no more drafts
        self._updating = False  # the form itself is changing widgets (not the clerk)
        self._earlier = []  # Complaint rows of the looked-up phone
        self._looked_up_phone: str | None = None  # the phone whose history is shown
        self._pending_phone: str | None = None  # the phone being looked up right now
        self._lookups = TaskRunner(self)  # the GUI thread does not wait for the lookup
        self._saver = TaskRunner(self)
        self._saving = False
        self._focus_before_save: QWidget | None = None
        self._repeat_choice: tuple[str, int | None] | None = None  # (phone, id) the clerk chose
        self._chosen_level = 1
        self._autofilled: dict[str, str] = {}

        self.setWindowTitle(self.tr("Complaint registration form"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._build()
        self._entry_token = uuid.uuid4().hex  # one per entry: a retried save adds it once
        self._blank = self.form_state()
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry_timer.timeout.connect(self._retry_save)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._phone_timer = QTimer(self, singleShot=True, interval=PHONE_LOOKUP_DELAY_MS)
        self._phone_timer.timeout.connect(self.look_up_phone)
        self._connect_changes()
        self._restore_draft()
        self._update_escalation()
        self._update_read_back()
        self.resize(self._initial_size())
        self.phone_edit.setFocus()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.draft_note = self._build_draft_note()
        columns = QWidget()
        row = QHBoxLayout(columns)
        row.setContentsMargins(0, 0, 0, 0)
        self.help_panel = ConversationHelp()
        row.addLayout(
            self._column(self._build_customer(), self._build_product(), self.help_panel), 10)
        row.addLayout(self._column(self._build_complaint(), self._build_escalation()), 11)
        row.addLayout(self._build_side(), 9)
        scroll = QScrollArea()
        scroll.setWidget(columns)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll = scroll

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Esc: close; what you typed is kept as a draft."))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Register"))
        self.save_button.setToolTip(self.tr("Enter (Ctrl+Enter in the account) registers."))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self._set_tab_order()

    @staticmethod
    def _column(*groups) -> QVBoxLayout:
        column = QVBoxLayout()
        for group in groups:
            column.addWidget(group)
        column.addStretch(1)
        return column

    def _line(self, name: str, max_length: int | None = None, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if max_length:
            edit.setMaxLength(max_length + 20)  # a little over, so the limit message can show
        if placeholder:
            edit.setPlaceholderText(placeholder)
        setattr(self, f"{name}_edit", edit)
        return edit

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return group, form

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _build_customer(self) -> QGroupBox:
        limits = registration.LIMITS
        group, form = self._form(self.tr("Customer and contact"))
        phone = self._line("phone", 24, self.tr("Mobile or landline, asked first"))
        form.addRow(self.tr("Phone"), self.errors.wrap("phone", phone))
        name = self._line("complainant_name", limits["complainant_name"])
        form.addRow(self.tr("Name"), self.errors.wrap("complainant_name", name))
        member = self._line("member_no", limits["member_no"], self.tr("If a member"))
        form.addRow(self.tr("Member no."), self.errors.wrap("member_no", member))
        self.kind_combo = self._combo("kind", [(labels.label(k), k) for k in vocab.KINDS])
        form.addRow(self.tr("Kind"), self.errors.wrap("kind", self.kind_combo))
        self.channel_combo = self._combo(
            "channel", [(labels.label(c), c) for c in vocab.CHANNELS])
        self._select(self.channel_combo, _store_setting("default_channel", vocab.DEFAULT_CHANNEL))
        form.addRow(self.tr("Channel"), self.errors.wrap("channel", self.channel_combo))
        self.received_edit = DateTimeEdit(_to_qdatetime(now()))
        self.received_edit.setObjectName("received_at")
        self.received_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received_edit.setCalendarPopup(True)
        form.addRow(self.tr("Received at"), self.errors.wrap("received_at", self.received_edit))
        return group

    def _build_product(self) -> QGroupBox:
        limits = registration.LIMITS
        group, form = self._form(self.tr("Product and purchase"))
        product = self._line("product_name", limits["product_name"], self.tr("e.g. air conditioner"))
        form.addRow(self.tr("Product"), self.errors.wrap("product_name", product))
        brand = self._line("product_brand", limits["product_brand"])
        form.addRow(self.tr("Brand"), self.errors.wrap("product_brand", brand))
        model = self._line("product_model", limits["product_model"])
        form.addRow(self.tr("Model"), self.errors.wrap("product_model", model))
        order = self._line("order_no", limits["order_no"], self.tr("Optional: no receipt is fine"))
        form.addRow(self.tr("Order / receipt no."), self.errors.wrap("order_no", order))

        self.purchase_known_check = QCheckBox(self.tr("Known"))
        self.purchase_known_check.setObjectName("purchase_date_known")
        self.purchase_date_edit = DateEdit(QDate.currentDate())
        self.purchase_date_edit.setObjectName("purchase_date")
        self.purchase_date_edit.setDisplayFormat("yyyy-MM-dd")
        self.purchase_date_edit.setCalendarPopup(True)
        self.purchase_date_edit.setEnabled(False)
        self.purchase_known_check.toggled.connect(self.purchase_date_edit.setEnabled)
        date_row = QWidget()
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.purchase_known_check)
        date_layout.addWidget(self.purchase_date_edit, 1)
        form.addRow(self.tr("Purchase date"),
                    self.errors.wrap("purchase_date", date_row, self.purchase_known_check))

        amount = self._line("purchase_amount", 14, "0.00")
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amount_row = QWidget()
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.addWidget(QLabel("￥"))
        amount_layout.addWidget(amount, 1)
        form.addRow(self.tr("Purchase amount"),
                    self.errors.wrap("purchase_amount", amount_row, amount))
        return group

    def _build_complaint(self) -> QGroupBox:
        limits = registration.LIMITS
        group, form = self._form(self.tr("Complaint"))
        categories = _store_setting("categories", list(vocab.CATEGORIES))
        self.category_combo = self._combo("category", [(labels.label(c), c) for c in categories])
        self.category_combo.setPlaceholderText(self.tr("Choose a category"))
        self.category_combo.setCurrentIndex(-1)
        form.addRow(self.tr("Category"), self.errors.wrap("category", self.category_combo))

        self.account_edit = QPlainTextEdit()
        self.account_edit.setObjectName("account")
        self.account_edit.setTabChangesFocus(True)
        self.account_edit.setPlaceholderText(
            self.tr("The customer's own account, in key points (Ctrl+Enter registers)"))
        self.account_edit.setMinimumHeight(96)
        self.account_edit.installEventFilter(CtrlEnterSaves(self.save, self))
        form.addRow(self.tr("Account"), self.errors.wrap("account", self.account_edit))

        self.demand_checks: dict[str, QCheckBox] = {}
        demands = QWidget()
        grid = QGridLayout(demands)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(vocab.DEMANDS):
            check = QCheckBox(labels.demand_label(code))
            check.setObjectName(f"demand_{code}")
            self.demand_checks[code] = check
            grid.addWidget(check, i // 3, i % 3)
        first_demand = self.demand_checks[vocab.DEMANDS[0]]
        form.addRow(self.tr("Customer asks for"), self.errors.wrap("demands", demands, first_demand))
        detail = self._line("demand_detail", limits["demand_detail"],
                            self.tr("Details: amount, date, what exactly"))
        form.addRow(self.tr("Demand detail"), self.errors.wrap("demand_detail", detail))

        self.repeat_combo = QComboBox()
        self.repeat_combo.setObjectName("repeat_of")
        self.repeat_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.repeat_combo.setMinimumContentsLength(16)
        self.repeat_hint = QLabel()
        self.repeat_hint.setWordWrap(True)
        self.repeat_hint.setStyleSheet("color: palette(dark);")
        self.repeat_hint.hide()
        repeat_box = stacked(self.repeat_combo, self.repeat_hint)
        form.addRow(self.tr("Repeat of"), self.errors.wrap("repeat_of", repeat_box, self.repeat_combo))
        self._fill_repeat_combo(None)
        return group

    def _build_escalation(self) -> QGroupBox:
        group, form = self._form(self.tr("Escalation"))
        self.level_combo = self._combo(
            "escalation_level", [(labels.level_label(n), n) for n in vocab.ESCALATION_LEVELS])
        self.level_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.level_combo.setMinimumContentsLength(16)
        self.level_note = QLabel()
        self.level_note.setWordWrap(True)
        self.level_note.hide()
        level_box = stacked(self.level_combo, self.level_note)
        form.addRow(self.tr("Level"), self.errors.wrap("escalation_level", level_box, self.level_combo))
        self.media_check = QCheckBox(self.tr("Media involved (press, TV, social media)"))
        self.media_check.setObjectName("media_involved")
        form.addRow("", self.media_check)
        self.supervisor_warning = QLabel(
            self.tr("Tell a supervisor at once: level 3 or media involved."))
        self.supervisor_warning.setObjectName("supervisor_warning")
        self.supervisor_warning.setWordWrap(True)
        self.supervisor_warning.setStyleSheet(WARNING_STYLE)
        self.supervisor_warning.hide()
        form.addRow(self.supervisor_warning)
        return group

    def _build_side(self) -> QVBoxLayout:
        earlier_group = QGroupBox(self.tr("Earlier complaints"))
        self.earlier_panel = EarlierComplaintsPanel()
        self.earlier_panel.chosen.connect(self._choose_repeat)
        QVBoxLayout(earlier_group).addWidget(self.earlier_panel)

        read_back_group = QGroupBox(self.tr("Repeat back to the customer"))
        self.read_back_label = QLabel()
        self.read_back_label.setObjectName("read_back")
        self.read_back_label.setWordWrap(True)
        self.read_back_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_back_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                           QSizePolicy.Policy.Minimum)
        QVBoxLayout(read_back_group).addWidget(self.read_back_label)

        side = QVBoxLayout()
        side.addWidget(earlier_group, 1)
        side.addWidget(read_back_group)
        return side

    def _build_draft_note(self) -> QFrame:
        note = QFrame()
        note.setObjectName("draft_note")
        note.setStyleSheet(f"QFrame#draft_note {{ {NOTE_STYLE} }}")
        self.draft_note_label = QLabel()
        self.draft_note_label.setWordWrap(True)
        self.discard_draft_button = QPushButton(self.tr("Discard draft"))
        self.discard_draft_button.setAutoDefault(False)
        self.discard_draft_button.clicked.connect(self.discard_draft)
        layout = QHBoxLayout(note)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.draft_note_label, 1)
        layout.addWidget(self.discard_draft_button)
        note.hide()
        return note

    def _set_tab_order(self) -> None:
        chain = [
            self.phone_edit, self.complainant_name_edit, self.member_no_edit, self.kind_combo,
            self.channel_combo, self.received_edit, self.product_name_edit,
            self.product_brand_edit, self.product_model_edit, self.order_no_edit,
            self.purchase_known_check, self.purchase_date_edit, self.purchase_amount_edit,
            self.category_combo, self.account_edit, *self.demand_checks.values(),
            self.demand_detail_edit, self.repeat_combo, self.level_combo, self.media_check,
            self.save_button, self.close_button,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _initial_size(self):
        """As big as the content wants, never bigger than the screen (1366x768 desks)."""
        content = self.scroll.widget().sizeHint()
        width = content.width() + 40
        height = content.height() + 110
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        return QSize(min(width, screen.width()), min(height, screen.height()))

    # -- reacting to the clerk ----------------------------------------------------------

    def _connect_changes(self) -> None:
        def watch(name, signal):
            signal.connect(lambda *_: self.errors.set(name, None))
            signal.connect(self._changed)

        for name in TEXT_FIELDS:
            watch(name, getattr(self, f"{name}_edit").textChanged)
        watch("account", self.account_edit.textChanged)
        watch("kind", self.kind_combo.currentIndexChanged)
        watch("channel", self.channel_combo.currentIndexChanged)
        watch("category", self.category_combo.currentIndexChanged)
        watch("received_at", self.received_edit.dateTimeChanged)
        watch("purchase_date", self.purchase_date_edit.dateChanged)
        watch("purchase_date", self.purchase_known_check.toggled)
        watch("escalation_level", self.level_combo.currentIndexChanged)
        watch("repeat_of", self.repeat_combo.currentIndexChanged)
        for check in self.demand_checks.values():
            watch("demands", check.toggled)
        self.media_check.toggled.connect(self._changed)

        self.phone_edit.textChanged.connect(lambda: self._phone_timer.start())
        self.phone_edit.editingFinished.connect(self._check_phone)
        self.purchase_amount_edit.editingFinished.connect(self._check_amount)
        self.received_edit.editingFinished.connect(self._check_dates)
        self.purchase_date_edit.editingFinished.connect(self._check_dates)
        self.channel_combo.currentIndexChanged.connect(self._update_escalation)
        self.media_check.toggled.connect(self._update_escalation)
        self.level_combo.currentIndexChanged.connect(self._level_chosen)
        self.repeat_combo.currentIndexChanged.connect(self._repeat_chosen)
        self.category_combo.currentIndexChanged.connect(self._refresh_repeat)
        self.product_model_edit.textChanged.connect(self._refresh_repeat)
        self.received_edit.dateTimeChanged.connect(self._refresh_repeat)

    def _changed(self, *_):
        if self._finished:
            return
        self.banner.hide()
        self._draft_timer.start()
        self._update_read_back()

    def _check_phone(self) -> None:
        if self.phone_edit.text().strip():
            _, error = check_phone(self.phone_edit.text())
            self._show_error("phone", error)

    def _check_amount(self) -> None:
        value, error = check_amount(self.purchase_amount_edit.text())
        self._show_error("purchase_amount", error)
        if value is not None and self.purchase_amount_edit.text() != str(value):
            self.purchase_amount_edit.setText(str(value))  # 1299 -> 1299.00, ￥1,299 -> 1299.00

    def _check_dates(self) -> None:
        at = now()
        received = self.received_edit.dateTime().toPython()
        self._show_error("received_at", check_not_future(received, at))
        if self.purchase_known_check.isChecked():
            bought = self.purchase_date_edit.date().toPython()
            error = check_not_future(bought, at)
            if not error and bought > received.date():
                error = ("after_received", {})
            self._show_error("purchase_date", error)

    def _show_error(self, name: str, error: tuple[str, dict] | None) -> None:
        self.errors.set(name, message(*error) if error else None)

    def _level_chosen(self, index: int) -> None:
        if not self._updating and self.level_combo.isEnabled() and index >= 0:
            self._chosen_level = self.level_combo.itemData(index)
            self._update_escalation()

    def _update_escalation(self, *_) -> None:
        channel = self.channel_combo.currentData()
        media = self.media_check.isChecked()
        effective = registration.effective_level(self._chosen_level, channel, media)
        raised = effective != self._chosen_level
        self._updating = True
        try:
            self.level_combo.setCurrentIndex(self.level_combo.findData(effective))
            self.level_combo.setEnabled(not raised)
        finally:
            self._updating = False
        if raised and channel in vocab.THIRD_PARTY_CHANNELS:
            self.level_note.setText(self.tr("Level 3 because the complaint came through {channel}.")
                                    .format(channel=labels.label(channel)))
        elif raised:
            self.level_note.setText(self.tr("Level 3 because the media are involved."))
        self.level_note.setVisible(raised)
        self.supervisor_warning.setVisible(registration.needs_supervisor_at_once(effective, media))

    def effective_level(self) -> int:
        return registration.effective_level(
            self._chosen_level, self.channel_combo.currentData(), self.media_check.isChecked())

    # -- the customer's earlier complaints ----------------------------------------------

    def look_up_phone(self) -> None:
        """Show the earlier complaints of the typed phone (called ~250 ms after typing stops)."""
        self._phone_timer.stop()
        phone, error = check_phone(self.phone_edit.text())
        if error:
            self._lookups.new_generation()  # a late answer for an older number is dropped
            self._pending_phone = self._looked_up_phone = None
            self._earlier = []
            self.earlier_panel.show_waiting()
            self._refresh_repeat()
            return
        if phone in (self._looked_up_phone, self._pending_phone):
            return
        self._pending_phone = phone
        self._lookups.new_generation()
        self._lookups.run(_customer_history, phone, on_done=self._show_history,
                          on_error=self._history_failed)

    def lookup_busy(self) -> bool:
        return self._lookups.busy() or self._phone_timer.isActive()

    def _history_failed(self, exc: BaseException) -> None:
        self._pending_phone = None
        if not isinstance(exc, DATABASE_ERRORS):
            raise exc
        log.warning("earlier complaints of a phone could not be read", exc_info=exc)
        self.earlier_panel.show_unavailable()

    def _show_history(self, result) -> None:
        phone, earlier, customer = result
        self._pending_phone = None
        self._looked_up_phone = phone
        self._earlier = earlier
        self.earlier_panel.show_rows([EarlierRow.of(c) for c in earlier])
        if customer is not None:
            self._autofill("complainant_name", customer.name)
            self._autofill("member_no", customer.member_no or "")
        self._refresh_repeat()

    def _autofill(self, name: str, value: str) -> None:
        """Fill a field from the customer record unless the clerk typed something else."""
        edit = getattr(self, f"{name}_edit")
        current = edit.text().strip()
        if value and (not current or current == self._autofilled.get(name)):
            edit.setText(value)
            self._autofilled[name] = value

    def _fill_repeat_combo(self, selected_id: int | None) -> None:
        self._updating = True
        try:
            self.repeat_combo.clear()
            self.repeat_combo.addItem(self.tr("Not a repeat"), None)
            for c in self._earlier:
                self.repeat_combo.addItem(
                    self.tr("{number} ({date}, {category})").format(
                        number=c.number, date=c.received_at.strftime("%Y-%m-%d"),
                        category=labels.label(c.category)), c.id)
            index = self.repeat_combo.findData(selected_id) if selected_id is not None else 0
            self.repeat_combo.setCurrentIndex(max(index, 0))
            self.repeat_combo.setEnabled(bool(self._earlier))
        finally:
            self._updating = False

    def _refresh_repeat(self, *_) -> None:
        """Keep the clerk's own choice; else propose registration.suggest_repeat_of's."""
        if self._repeat_choice and self._repeat_choice[0] == self._looked_up_phone:
            self._fill_repeat_combo(self._repeat_choice[1])
            self.repeat_hint.hide()
            return
        suggestion = registration.suggest_repeat_of(
            self._earlier, self.category_combo.currentData() or "",
            self.product_model_edit.text().strip(),
            self.received_edit.dateTime().toPython()) if self._earlier else None
        self._fill_repeat_combo(suggestion.id if suggestion else None)
        if suggestion:
            self.repeat_hint.setText(self.tr("Proposed: the same matter within {days} days.")
                                     .format(days=registration.REPEAT_WINDOW_DAYS))
        self.repeat_hint.setVisible(bool(suggestion))

    def _repeat_chosen(self, index: int) -> None:
        if not self._updating and index >= 0 and self._looked_up_phone:
            self._repeat_choice = (self._looked_up_phone, self.repeat_combo.itemData(index))
            self.repeat_hint.hide()

    def _choose_repeat(self, complaint_id: int) -> None:
        """Double-click in the earlier list: link to that complaint."""
        index = self.repeat_combo.findData(complaint_id)
        if index >= 0:
            self.repeat_combo.setCurrentIndex(index)

    # -- what the clerk reads back ------------------------------------------------------

    def read_back_text(self) -> str:
        """The key points as one sentence for the clerk to repeat to the customer."""
        name = self.complainant_name_edit.text().strip()
        product = self.product_name_edit.text().strip()
        brand = self.product_brand_edit.text().strip()
        model = self.product_model_edit.text().strip()
        problem = " ".join(self.account_edit.toPlainText().split())
        if len(problem) > READ_BACK_CHARS:
            problem = problem[:READ_BACK_CHARS] + "…"
        problem = problem.rstrip("。.!！;；")
        demands = [labels.demand_label(c) for c, check in self.demand_checks.items()
                   if check.isChecked()]
        if not (product or problem or demands):
            return self.tr("Fill in the product, the problem and the demand to get the "
                           "sentence to repeat back.")
        if brand and product:
            product = self.tr("{brand} {product}").format(brand=brand, product=product)
        elif brand:
            product = brand
        if product and model:
            product = self.tr("{product} ({model})").format(product=product, model=model)
        greeting = (self.tr("{name}, let me repeat to be sure I understood:").format(name=name)
                    if name else self.tr("Let me repeat to be sure I understood:"))
        about = ""
        if product and problem:
            about = self.tr("your {product}: {problem}.").format(product=product, problem=problem)
        elif product:
            about = self.tr("it is about your {product}.").format(product=product)
        elif problem:
            about = self.tr("{problem}.").format(problem=problem)
        wish = self.tr("You would like: {demands}.").format(
            demands=self.tr(", ", "between demands").join(demands)) if demands else ""
        # One template, so a language without spaces between sentences can drop them.
        sentence = self.tr("{greeting} {about} {wish} {check}").format(
            greeting=greeting, about=about, wish=wish, check=self.tr("Have I got that right?"))
        return re.sub(r" {2,}", " ", sentence).strip()

    def _update_read_back(self) -> None:
        self.read_back_label.setText(self.read_back_text())

    # -- the form's values ------------------------------------------------------------

    def form_state(self) -> dict:
        """Everything on the form, as plain values (what a draft holds)."""
        state = {name: getattr(self, f"{name}_edit").text() for name in TEXT_FIELDS}
        state.update(
            kind=self.kind_combo.currentData(),
            channel=self.channel_combo.currentData(),
            category=self.category_combo.currentData() or "",
            received_at=self.received_edit.dateTime().toPython(),
            purchase_date=(self.purchase_date_edit.date().toPython()
                           if self.purchase_known_check.isChecked() else None),
            account=self.account_edit.toPlainText(),
            demands=[c for c, check in self.demand_checks.items() if check.isChecked()],
            escalation_level=self._chosen_level,
            media_involved=self.media_check.isChecked(),
            repeat_choice=list(self._repeat_choice) if self._repeat_choice else None,
            entry_token=self._entry_token,
        )
        return state

    def complaint_input(self) -> ComplaintInput:
        s = self.form_state()
        return ComplaintInput(
            kind=s["kind"], channel=s["channel"], category=s["category"],
            complainant_name=s["complainant_name"], phone=s["phone"], member_no=s["member_no"],
            received_at=s["received_at"], product_name=s["product_name"],
            product_brand=s["product_brand"], product_model=s["product_model"],
            order_no=s["order_no"], purchase_date=s["purchase_date"],
            purchase_amount=s["purchase_amount"], account=s["account"], demands=s["demands"],
            demand_detail=s["demand_detail"], escalation_level=s["escalation_level"],
            media_involved=s["media_involved"], repeat_of_id=self.repeat_combo.currentData(),
            entry_token=s["entry_token"],
        )

    def apply_state(self, state: dict) -> None:
        """Put saved values back on the form (a restored draft); unknown keys are ignored."""
        for name in TEXT_FIELDS:
            if isinstance(state.get(name), str):
                getattr(self, f"{name}_edit").setText(state[name])
        if isinstance(state.get("account"), str):
            self.account_edit.setPlainText(state["account"])
        for key, combo in (("kind", self.kind_combo), ("channel", self.channel_combo),
                           ("category", self.category_combo)):
            if key in state:
                self._select(combo, state[key])
        if isinstance(state.get("received_at"), datetime.datetime):
            self.received_edit.setDateTime(_to_qdatetime(state["received_at"]))
        bought = state.get("purchase_date")
        self.purchase_known_check.setChecked(isinstance(bought, datetime.date))
        if isinstance(bought, datetime.date):
            self.purchase_date_edit.setDate(_to_qdate(bought))
        chosen = set(state.get("demands") or [])
        for code, check in self.demand_checks.items():
            check.setChecked(code in chosen)
        if state.get("escalation_level") in vocab.ESCALATION_LEVELS:
            self._chosen_level = state["escalation_level"]
        self.media_check.setChecked(bool(state.get("media_involved")))
        if isinstance(state.get("entry_token"), str) and state["entry_token"]:
            self._entry_token = state["entry_token"]  # a restored draft is the same entry
        choice = state.get("repeat_choice")
        self._repeat_choice = tuple(choice) if isinstance(choice, list) and len(choice) == 2 else None
        self._update_escalation()
        self._update_read_back()

    @staticmethod
    def _select(combo: QComboBox, data) -> None:
        combo.setCurrentIndex(combo.findData(data) if data else -1)

    def _is_blank(self, state: dict) -> bool:
        """Nothing the clerk typed or chose: not worth a draft (the clock does not count)."""
        def strip(s):
            return {k: v for k, v in s.items() if k not in ("received_at", "entry_token")}
        return strip(state) == strip(self._blank)

    # -- drafts -----------------------------------------------------------------------

    def save_draft(self) -> None:
        """Keep what is on the form in the local draft file (or drop it when blank)."""
        self._draft_timer.stop()
        if self._finished:
            return
        state = self.form_state()
        try:
            if self._is_blank(state):
                drafts.discard(self.draft_name)
            else:
                drafts.save(self.draft_name, state)
        except (OSError, TypeError, ValueError) as exc:
            log.warning("the registration draft could not be saved", exc_info=True)
            self._show_banner(self.tr("The draft could not be saved on this PC: {error}")
                              .format(error=str(exc)))

    def _restore_draft(self) -> None:
        state = drafts.load(self.draft_name)
        if not state:
            return
        self.apply_state(state)
        when = drafts.saved_at(self.draft_name)
        self.draft_note_label.setText(
            self.tr("Restored the form you had not finished ({time}).").format(
                time=minute(when)))
        self.draft_note.show()
        self._phone_timer.start()

    def discard_draft(self) -> None:
        """Throw the restored draft away and start with an empty form."""
        self._draft_timer.stop()
        drafts.discard(self.draft_name)
        self._autofilled.clear()
        blank = dict(self._blank, received_at=now(), repeat_choice=None,
                     entry_token=uuid.uuid4().hex)  # a new entry
        self.apply_state(blank)
        self.draft_note.hide()
        self.errors.clear()
        drafts.discard(self.draft_name)  # the resets above scheduled a save of the blank form
        self._draft_timer.stop()
        self.phone_edit.setFocus()

    def reject(self) -> None:
        """Esc or Close: the draft stays, to be restored next time."""
        if self._saving:
            return  # the save in progress decides whether the form closes
        self.save_draft()
        super().reject()

    # -- saving -----------------------------------------------------------------------

    def saving(self) -> bool:
        return self._saving

    def save(self) -> None:
        """Register what is on the form, off the GUI thread (a locked database may wait)."""
        if self._saving or self._finished:
            return
        self._retry_timer.stop()
        self.errors.clear()
        self.banner.hide()
        data = self.complaint_input()
        self._set_saving(True)
        self._saver.run(registration.register, data, self.staff, self.desk_name,
                        on_done=self._saved, on_error=self._save_failed)

    def _set_saving(self, saving: bool) -> None:
        """While saving the form is read-only, so nothing is typed that the save misses."""
        self._saving = saving
        content = self.scroll.widget()
        if saving:
            self._focus_before_save = self.focusWidget()
        content.setEnabled(not saving)
        self.save_button.setEnabled(not saving)
        self.close_button.setEnabled(not saving)
        self.draft_note.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Register"))
        if not saving and self._focus_before_save is not None:
            self._focus_before_save.setFocus()

    def _save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, ValidationError):
            messages = field_messages(exc)
            unplaced = self.errors.show(messages, list(FIELD_ORDER))
            self._show_banner("\n".join([error_text(exc), *(messages[n] for n in unplaced)]))
        elif isinstance(exc, DATABASE_ERRORS) and connection.refuses_writes(exc):
            log.warning("the database takes no writes", exc_info=exc)
            self.save_draft()
            self._show_banner(refused_writes_text())  # no retry: it cannot succeed by itself
        elif isinstance(exc, DATABASE_ERRORS):
            log.warning("registering a complaint failed in the database", exc_info=exc)
            self.save_draft()
            self._show_banner(self.tr(
                "The complaint could not be saved: the database is busy, locked or cannot be "
                "reached. Everything you typed is still here and kept as a draft on this PC. "
                "desk tries again every few seconds and saves it as soon as the database "
                "answers; if it keeps failing, call the supervisor."))
            self._retry_timer.start()
        elif isinstance(exc, DeskError):
            self.save_draft()
            self._show_banner(error_text(exc))
        else:
            self.save_draft()
            raise exc  # a bug: the crash handler logs and shows it; the draft is kept

    def _retry_save(self) -> None:
        """The kept save, again: only while the form is still open and unchanged in state."""
        if self.isVisible() and not self._saving and not self._finished:
            self.save()

    def _saved(self, complaint) -> None:
        self._finished = True
        self._saving = False
        self._draft_timer.stop()
        try:
            drafts.discard(self.draft_name)
        except OSError:
            log.warning("the registration draft could not be removed", exc_info=True)
        self.complaint_id = complaint.id
        self.complaint_number = complaint.number
        self.registered.emit(complaint.id)
        self.accept()

    def registered_message(self) -> str:
        """What the caller shows after saving, e.g. in the status bar."""
        return self.tr("Registered as {number}.").format(number=self.complaint_number)

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()
