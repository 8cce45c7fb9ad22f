"""One customer's record: the details to edit (Ctrl+Enter saves) and the whole history,
with the contact a clerk records; a conflict with another desk keeps what was typed."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk import vocab
from desk.customers import assignment, history, records
from desk.customers.records import CustomerChanges
from desk.errors import ConflictError, DeskError
from desk.ui import labels
from desk.ui.messages import error_text
from desk.ui.widgets.field_error import FieldErrors
from desk.ui.widgets.keys import CtrlEnterSaves
from desk.ui.widgets.save_errors import show_save_error
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.when import minute

FIELDS = ["name", "phones", "member_no", "card_level", "address", "contact_time",
          "contact_method", "declines_callbacks", "tags", "notes"]


class CustomerRecordDialog(QDialog):
    changed = Signal(int)  # customer id
    open_complaint = Signal(int)

    def __init__(self, customer_id: int, staff, desk: str, parent=None):
        super().__init__(parent)
        self.staff, self.desk = staff, desk
        self.record = records.get(customer_id)
        self.setWindowTitle(self.tr("Customer record: {name}").format(name=self.record.name))
        self.resize(820, 620)
        self.errors = FieldErrors()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_page(), self.tr("&Details"))
        self.tabs.addTab(self._history_page(), self.tr("&History"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("&Save"),
                                             QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # Enter in a one-line field saves
        saves = CtrlEnterSaves(self.save, self)  # Ctrl+Enter in the multi-line ones
        self.phones.installEventFilter(saves)
        self.notes.installEventFilter(saves)
        self.show_record(self.record)
        self.load_history()

    # -- the details ---------------------------------------------------------------------
    def _details_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit()
        self.phones = QPlainTextEdit()
        self.phones.setPlaceholderText(self.tr("One phone per line; the first is the main one"))
        self.phones.setFixedHeight(70)
        self.phones.setTabChangesFocus(True)
        self.member_no = QLineEdit()
        self.card_level = QComboBox()
        self.card_level.addItem(self.tr("(none)"), "")
        for code in vocab.CARD_LEVELS:
            self.card_level.addItem(labels.label(code), code)
        self.address = QLineEdit()
        self.contact_time = QLineEdit()
        self.contact_time.setPlaceholderText(self.tr("e.g. weekday evenings"))
        self.contact_method = QComboBox()
        self.contact_method.addItem(self.tr("(any)"), "")
        for code in vocab.CONTACT_METHODS:
            self.contact_method.addItem(labels.label(code), code)
        self.declines = QCheckBox(self.tr("Declines callbacks"))
        tag_row = QWidget()
        tags = QHBoxLayout(tag_row)
        tags.setContentsMargins(0, 0, 0, 0)
        self.tag_boxes = {}
        for code in vocab.CUSTOMER_TAGS:
            box = QCheckBox(labels.label(code))
            box.setObjectName(f"tag_{code}")
            self.tag_boxes[code] = box
            tags.addWidget(box)
        tags.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        for name, title, widget in (
                ("name", self.tr("&Name"), self.name), ("phones", self.tr("&Phones"), self.phones),
                ("member_no", self.tr("&Member no."), self.member_no),
                ("card_level", self.tr("Card &level"), self.card_level),
                ("address", self.tr("&Address"), self.address),
                ("contact_time", self.tr("Preferred &time"), self.contact_time),
                ("contact_method", self.tr("Preferred &method"), self.contact_method),
                ("declines_callbacks", "", self.declines), ("tags", self.tr("Tags"), tag_row),
                ("notes", self.tr("N&otes"), self.notes)):
            self.errors.add_row(form, name, title, widget)
        self.holder = QLabel()
        self.holder.setObjectName("holder")
        form.addRow(self.tr("Held by"), self.holder)
        return page

    def show_record(self, r: records.CustomerRecord) -> None:
        self.name.setText(r.name)
        self.phones.setPlainText("\n".join(r.phones))
        self.member_no.setText(r.member_no)
        self.card_level.setCurrentIndex(max(0, self.card_level.findData(r.card_level)))
        self.address.setText(r.address)
        self.contact_time.setText(r.contact_time)
        self.contact_method.setCurrentIndex(max(0, self.contact_method.findData(
            r.contact_method)))
        self.declines.setChecked(r.declines_callbacks)
        for code, box in self.tag_boxes.items():
            box.setChecked(code in r.tags)
        self.notes.setPlainText(r.notes)
        self.show_holder(r)

    def show_holder(self, r: records.CustomerRecord) -> None:
        if not r.assigned_to_id:
            self.holder.setText(self.tr("Nobody yet"))
        elif r.first_contact_at:
            self.holder.setText(self.tr("{name}, first contact {at}").format(
                name=r.assigned_to_name, at=minute(r.first_contact_at)))
        else:
            self.holder.setText(self.tr("{name}, first contact due by {due}").format(
                name=r.assigned_to_name, due=minute(r.first_contact_due)))

    def typed(self) -> CustomerChanges:
        return CustomerChanges(
            name=self.name.text(), phones=self.phones.toPlainText().splitlines(),
            member_no=self.member_no.text(), card_level=self.card_level.currentData(),
            address=self.address.text(), contact_time=self.contact_time.text(),
            contact_method=self.contact_method.currentData(),
            declines_callbacks=self.declines.isChecked(),
            tags=[c for c, box in self.tag_boxes.items() if box.isChecked()],
            notes=self.notes.toPlainText())

    def save(self) -> bool:
        self.errors.show({})
        self.message.clear()
        try:
            self.record = records.update(self.record.id, self.record.version, self.typed(),
                                         self.staff, self.desk)
        except DeskError as e:
            self.tabs.setCurrentIndex(0)
            show_save_error(e, self.errors, self.message.setText, FIELDS,
                            on_conflict=self.conflict)
            return False
        self.message.setText(self.tr("Saved."))
        self.show_holder(self.record)
        self.load_history()
        self.changed.emit(self.record.id)
        return True

    def conflict(self, error: ConflictError) -> None:
        """Keep what was typed; the next save goes over the other desk's version."""
        self.record = error.current
        self.message.setText(self.tr("Another desk saved this record meanwhile (now: {name}, "
                                     "{phones}). Your text is kept: check it and save again.")
                             .format(name=error.current.name,
                                     phones=", ".join(error.current.phones)))

    # -- the history ---------------------------------------------------------------------
    def _history_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.lines = list_table([self.tr("When"), self.tr("What"), self.tr("Number"),
                                 self.tr("State"), self.tr("Detail"), self.tr("By"),
                                 self.tr("Amount")])
        self.lines.cellDoubleClicked.connect(self._open_line)
        contact = QHBoxLayout()
        self.contact_method_box = QComboBox()
        for code in vocab.CONTACT_METHODS:
            self.contact_method_box.addItem(labels.label(code), code)
        self.contact_note = QLineEdit()
        self.contact_note.setPlaceholderText(self.tr("What was said"))
        self.contact_note.returnPressed.connect(self.record_contact)
        self.contact_button = QPushButton(self.tr("Record &contact"))
        self.contact_button.clicked.connect(self.record_contact)
        contact.addWidget(self.contact_method_box)
        contact.addWidget(self.contact_note, 1)
        contact.addWidget(self.contact_button)
        layout.addWidget(self.totals)
        layout.addWidget(self.lines, 1)
        layout.addLayout(contact)
        return page

    def kind_word(self, kind: str) -> str:
        return {"complaint": self.tr("Complaint"), "inquiry": self.tr("Inquiry"),
                "callback": self.tr("Callback"), "contact": self.tr("Contact"),
                "slip": self.tr("Slip"), "remedy": self.tr("Remedy"),
                "record": self.tr("Record")}[kind]

    def load_history(self) -> None:
        h = history.of(self.record.id)
        self.totals.setText(self.tr(
            "{complaints} complaints, {inquiries} inquiries, {callbacks} callbacks, "
            "{contacts} contacts; remedies granted in all: ¥{total}").format(
                complaints=h.complaints, inquiries=h.inquiries, callbacks=h.callbacks,
                contacts=h.contacts, total=h.remedies_total))
        self.lines.setRowCount(len(h.lines))
        for row, line in enumerate(h.lines):
            state = labels.remedy_label(line.state) if line.kind == "remedy" else (
                labels.label(line.state))
            cells = [minute(line.at), self.kind_word(line.kind), line.number, state,
                     line.text, line.staff_name,
                     "" if line.amount is None else f"¥{line.amount}"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.complaint_id)
                self.lines.setItem(row, col, item)
        self.lines.resizeColumnsToContents()

    def _open_line(self, row: int, _col: int) -> None:
        complaint_id = self.lines.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if complaint_id:
            self.open_complaint.emit(complaint_id)

    def record_contact(self) -> None:
        try:
            assignment.record_contact(self.record.id, self.staff,
                                      self.contact_method_box.currentData(),
                                      self.contact_note.text(), self.desk)
        except DeskError as e:
            self.message.setText(error_text(e))
            return
        self.contact_note.clear()
        self.record = records.get(self.record.id)
        self.show_holder(self.record)
        self.load_history()
        self.message.setText(self.tr("Contact recorded."))
        self.changed.emit(self.record.id)
