"""An inquiry's appointments (预约): book one, see them all, move, confirm, mark, print.

The list shows every slot the inquiry was given (a move keeps the old one, marked
moved). The form below books a new slot, starting from tomorrow, the inquiry's
department and the address the customer gave last time; Enter (Ctrl+Enter in any
field) saves. "Move…" loads the selected slot into the form: saving then books the new
slot and keeps the old one with the reason. The buttons beside the list act on the
selected slot with the version on screen (a second desk's change first is a conflict,
said here, nothing lost); a missed slot becomes a complaint in one step. The note for
the customer is shown on screen or printed (A5, desk.printing.appointment_note).
"""

import datetime

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desk import settings
from desk.complaints import appointments as appt
from desk.complaints import departments
from desk.errors import ConflictError, ValidationError
from desk.models import Complaint, now
from desk.printing import appointment_note
from desk.resolution.slip_data import brief
from desk.ui import labels
from desk.ui.widgets import pdf_preview
from desk.ui.widgets.field_error import FieldErrors, error_label
from desk.ui.widgets.keys import CtrlEnterSaves
from desk.ui.widgets.save_errors import show_save_error
from desk.ui.widgets.tables import list_table
from desk.ui.widgets.workers import TaskRunner

FORM_FIELDS = ["department", "day", "window_start", "window_end", "address", "bring", "note",
               "outcome_note"]
ID_ROLE = Qt.ItemDataRole.UserRole


class _EnterDoesNothing(QObject):
    """The remark field: Enter must not book a slot (its buttons have their own keys)."""

    def eventFilter(self, obj, event):
        return (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier)


def store_facts() -> dict:
    return {k: settings.get(k) or "" for k in ("store_name", "store_address", "store_phone")}


def note_pdf(appointment_id: int, staff) -> bytes:
    return appointment_note.build(appt.note_data(appointment_id, staff, store_facts()),
                                  labels.label)


class AppointmentDialog(QDialog):
    changed = Signal(int)  # complaint id: a slot was booked or changed (or a complaint made)
    complaint_made = Signal(int)  # the new complaint's id

    def __init__(self, complaint_id: int, staff, desk: str, parent=None, clock=now):
        super().__init__(parent)
        self.complaint_id, self.staff, self.desk, self._clock = complaint_id, staff, desk, clock
        self.complaint = Complaint.get_by_id(complaint_id)
        self.rows: list[appt.AppointmentInfo] = []
        self.moving: appt.AppointmentInfo | None = None
        self.made: Complaint | None = None
        self.preview_dialog = None
        self.errors = FieldErrors()
        self._runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Appointments: {number}").format(
            number=self.complaint.number))
        self._build()
        self._fill_defaults()
        self._show_rows()
        self.resize(860, 700)

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        c = self.complaint
        heading = QLabel(self.tr("Appointments for {name}").format(name=c.complainant_name))
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        facts = QLabel(self.tr("{kind} {number}: {account}").format(
            kind=labels.label(c.kind), number=c.number, account=brief(c.account)))
        facts.setWordWrap(True)

        self.table = list_table([self.tr("Date"), self.tr("Time"), self.tr("Department"),
                                 self.tr("State"), self.tr("Address"), self.tr("Remark")])
        self.table.setObjectName("appointment_list")
        self.table.setMinimumHeight(130)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.cellDoubleClicked.connect(lambda *_: self.show_note())

        # the selected slot
        self.outcome = QLineEdit()
        self.outcome.setObjectName("outcome_note")
        self.outcome.setPlaceholderText(self.tr(
            "Who confirmed, what happened, why it is cancelled or moved"))
        self.outcome.installEventFilter(_EnterDoesNothing(self))
        outcome_caption = QLabel(self.tr("Remar&k:"))
        outcome_caption.setBuddy(self.outcome)
        self.confirm_button = QPushButton(self.tr("Confirmed &with the department"))
        self.confirm_button.clicked.connect(self.confirm)
        self.done_button = QPushButton(self.tr("Kept (do&ne)"))
        self.done_button.clicked.connect(self.mark_done)
        self.missed_button = QPushButton(self.tr("&Missed"))
        self.missed_button.clicked.connect(self.mark_missed)
        self.move_button = QPushButton(self.tr("Mo&ve…"))
        self.move_button.clicked.connect(self.start_move)
        self.cancel_button = QPushButton(self.tr("Can&cel appointment"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.complaint_button = QPushButton(self.tr("Make a com&plaint"))
        self.complaint_button.setToolTip(self.tr(
            "Register the missed appointment as a complaint, with the inquiry's facts"))
        self.complaint_button.clicked.connect(self.to_complaint)
        self.note_button = QPushButton(self.tr("S&how note"))
        self.note_button.clicked.connect(self.show_note)
        self.print_button = QPushButton(self.tr("Pr&int note…"))
        self.print_button.clicked.connect(self.print_note)
        selected = QGridLayout()
        selected.addWidget(outcome_caption, 0, 0)
        selected.addWidget(self.errors.wrap("outcome_note", self.outcome), 0, 1, 1, 3)
        for i, button in enumerate((self.confirm_button, self.done_button, self.missed_button,
                                    self.move_button, self.cancel_button,
                                    self.complaint_button, self.note_button,
                                    self.print_button)):
            selected.addWidget(button, 1 + i // 4, i % 4)
        list_box = QGroupBox(self.tr("Appointments of this inquiry"))
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(selected)

        # the form: a new slot, or where the selected one moves to
        self.department = QComboBox()
        self.department.setObjectName("department")
        for d in departments.active_departments():
            self.department.addItem(d.name, d.id)
        self.day = QDateEdit()
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumWidth(160)
        self.window_start = QLineEdit()
        self.window_start.setObjectName("window_start")
        self.window_end = QLineEdit()
        self.window_end.setObjectName("window_end")
        for edit in (self.window_start, self.window_end):
            edit.setPlaceholderText("09:00")
            edit.setMaximumWidth(90)
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.address.setPlaceholderText(self.tr("Where the department comes: street, "
                                                "building, unit, room"))
        self.bring = QLineEdit()
        self.bring.setObjectName("bring")
        self.bring.setPlaceholderText(self.tr("e.g. the receipt, the warranty card"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. the customer is away that day"))
        window = QHBoxLayout()
        window.setContentsMargins(0, 0, 0, 0)
        window.addWidget(self.errors.wrap("window_start", self.window_start))
        window.addWidget(QLabel("–"), 0, Qt.AlignmentFlag.AlignTop)
        window.addWidget(self.errors.wrap("window_end", self.window_end))
        window.addStretch(1)
        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.errors.add_row(form, "department", self.tr("&Department:"), self.department)
        self.errors.add_row(form, "day", self.tr("Dat&e:"), self.day)
        window_caption = QLabel(self.tr("&Time window:"))
        window_caption.setBuddy(self.window_start)
        form.addRow(window_caption, window)
        self.errors.add_row(form, "address", self.tr("&Address:"), self.address)
        self.errors.add_row(form, "bring", self.tr("What to &bring:"), self.bring)
        self.errors.add_row(form, "note", self.tr("N&ote:"), self.note)
        self.reason_caption = QLabel(self.tr("&Reason for the move:"))
        self.reason_caption.setBuddy(self.reason)
        self.reason_field = self.errors.wrap("move_reason", self.reason)
        form.addRow(self.reason_caption, self.reason_field)
        saves = CtrlEnterSaves(self.save, self)
        for widget in (self.department, self.day, self.window_start, self.window_end,
                       self.address, self.bring, self.note, self.reason):
            widget.installEventFilter(saves)

        self.save_button = QPushButton()
        self.save_button.setObjectName("save_appointment")
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Enter or Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        self.stop_move_button = QPushButton(self.tr("Book a new one instead"))
        self.stop_move_button.clicked.connect(self.stop_move)
        close_button = QPushButton(self.tr("Close window"))
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.reject)
        self.message = error_label("appointment_message")
        self.done_note = QLabel()
        self.done_note.setObjectName("appointment_done")
        self.done_note.setWordWrap(True)
        self.done_note.setStyleSheet("color: #1b5e20;")
        self.done_note.hide()
        for button in (self.confirm_button, self.done_button, self.missed_button,
                       self.move_button, self.cancel_button, self.complaint_button,
                       self.note_button, self.print_button, self.stop_move_button):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_move_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(facts)
        layout.addWidget(list_box, 1)
        layout.addWidget(self.form_box)
        layout.addWidget(self.message)
        layout.addWidget(self.done_note)
        layout.addLayout(buttons)
        for first, second in ((self.department, self.day), (self.day, self.window_start),
                              (self.window_start, self.window_end),
                              (self.window_end, self.address), (self.address, self.bring),
                              (self.bring, self.note), (self.note, self.reason),
                              (self.reason, self.save_button)):
            self.setTabOrder(first, second)
        self._set_mode(None)

    def _set_mode(self, moving: appt.AppointmentInfo | None) -> None:
        self.moving = moving
        self.reason_caption.setVisible(moving is not None)
        self.reason_field.setVisible(moving is not None)
        self.stop_move_button.setVisible(moving is not None)
        if moving is None:
            self.form_box.setTitle(self.tr("Book an appointment"))
            self.save_button.setText(self.tr("&Save appointment"))
        else:
            self.form_box.setTitle(self.tr("Move {slot} to").format(slot=moving.slot()))
            self.save_button.setText(self.tr("&Save the move"))

    # -- what the form starts with ----------------------------------------------------

    def _fill_defaults(self) -> None:
        d = appt.defaults_for(self.complaint_id, self._clock().date())
        self._choose_department(d.department_id)
        self.day.setDate(QDate(d.day.year, d.day.month, d.day.day))
        self.window_start.setText(d.window_start)
        self.window_end.setText(d.window_end)
        self.address.setText(d.address)
        self.bring.clear()
        self.note.clear()
        self.reason.clear()
        self.department.setFocus()

    def _choose_department(self, department_id: int | None) -> None:
        index = self.department.findData(department_id)
        self.department.setCurrentIndex(index if index >= 0 else 0)

    def values(self) -> appt.AppointmentInput:
        day = self.day.date()
        return appt.AppointmentInput(
            department_id=self.department.currentData(),
            day=datetime.date(day.year(), day.month(), day.day()),
            window_start=self.window_start.text(), window_end=self.window_end.text(),
            address=self.address.text(), bring=self.bring.text(), note=self.note.text())

    # -- the list ---------------------------------------------------------------------

    def _show_rows(self, select_id: int | None = None) -> None:
        keep = select_id or self.selected_id()
        self.rows = appt.appointments_of(self.complaint_id)
        self.complaint = Complaint.get_by_id(self.complaint_id)
        self.table.setRowCount(len(self.rows))
        for r, info in enumerate(self.rows):
            remark = info.outcome_note or info.confirmed_with or info.note
            cells = (info.day.isoformat(), f"{info.window_start}–{info.window_end}",
                     info.department_name, labels.label(info.status), info.address, remark)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, info.id)
                if not info.is_open:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, col, item)
        row = next((i for i, info in enumerate(self.rows) if info.id == keep), None)
        if row is None and self.rows:
            row = len(self.rows) - 1
        if row is not None:
            self.table.selectRow(row)
        self._enable()

    def selected(self) -> appt.AppointmentInfo | None:
        found = self.selected_id()
        return next((i for i in self.rows if i.id == found), None)

    def selected_id(self) -> int | None:
        items = self.table.selectedItems() if hasattr(self, "table") else []
        return items[0].data(ID_ROLE) if items else None

    def select(self, appointment_id: int) -> bool:
        for r, info in enumerate(self.rows):
            if info.id == appointment_id:
                self.table.selectRow(r)
                return True
        return False

    def _enable(self) -> None:
        info = self.selected()
        is_open = info is not None and info.is_open
        self.confirm_button.setEnabled(info is not None and info.status == appt.BOOKED)
        for button in (self.done_button, self.missed_button, self.move_button,
                       self.cancel_button):
            button.setEnabled(is_open)
        self.complaint_button.setEnabled(info is not None and info.status == appt.MISSED
                                         and info.complaint_made_id is None)
        self.note_button.setEnabled(info is not None)
        self.print_button.setEnabled(info is not None)
        self.form_box.setEnabled(self.complaint.status != "closed" or self.moving is not None)

    # -- saving -------------------------------------------------------------------------

    def _run(self, fn, *args, done) -> None:
        if self._runner.busy():
            return
        self._clear_messages()
        self.save_button.setEnabled(False)
        self._runner.run(fn, *args, on_done=done, on_error=self._failed)

    def save(self) -> None:
        """Book the slot in the form, or (moving) book it in place of the selected one."""
        if self.moving is None:
            self._run(appt.book, self.complaint_id, self.values(), self.staff, self.desk,
                      done=self._booked)
        else:
            self._run(appt.move, self.moving.id, self.moving.version, self.values(),
                      self.reason.text(), self.staff, self.desk, done=self._moved)

    def _booked(self, info: appt.AppointmentInfo) -> None:
        self._after_write(info.id, self.tr("Booked: {slot}. Give the customer the note "
                                           "(Show note / Print note).").format(slot=info.slot()))
        self._fill_defaults()

    def _moved(self, info: appt.AppointmentInfo) -> None:
        self._set_mode(None)
        self._after_write(info.id, self.tr("Moved to {slot}. Give the customer the new "
                                           "note.").format(slot=info.slot()))
        self._fill_defaults()

    def start_move(self) -> None:
        info = self.selected()
        if info is None or not info.is_open:
            return
        self._clear_messages()
        self._set_mode(info)
        self._choose_department(info.department_id)
        self.day.setDate(QDate(info.day.year, info.day.month, info.day.day))
        self.window_start.setText(info.window_start)
        self.window_end.setText(info.window_end)
        self.address.setText(info.address)
        self.bring.setText(info.bring)
        self.note.setText(info.note)
        self.reason.setText(self.outcome.text())
        self._enable()
        self.day.setFocus()

    def stop_move(self) -> None:
        self._set_mode(None)
        self._fill_defaults()
        self._enable()

    def _act(self, fn, *extra, text) -> None:
        info = self.selected()
        if info is None:
            return
        self._run(fn, info.id, info.version, *extra,
                  done=lambda fresh: self._acted(fresh, text))

    def _acted(self, fresh, text: str) -> None:
        self.outcome.clear()
        self._after_write(fresh.id, text.format(slot=fresh.slot()))

    def confirm(self) -> None:
        self._act(appt.confirm_with_department, self.staff, self.desk, self.outcome.text(),
                  text=self.tr("Confirmed with the department: {slot}."))

    def mark_done(self) -> None:
        self._act(appt.mark_done, self.staff, self.desk, self.outcome.text(),
                  text=self.tr("Recorded as kept: {slot}."))

    def mark_missed(self) -> None:
        self._act(appt.mark_missed, self.outcome.text(), self.staff, self.desk,
                  text=self.tr("Recorded as missed: {slot}. Make a complaint of it if the "
                               "customer wishes."))

    def cancel_selected(self) -> None:
        self._act(appt.cancel, self.outcome.text(), self.staff, self.desk,
                  text=self.tr("Cancelled: {slot}."))

    def to_complaint(self) -> None:
        info = self.selected()
        if info is None:
            return
        self._run(appt.missed_to_complaint, info.id, info.version, self.staff, self.desk,
                  done=lambda made: self._made(info.id, made))

    def _made(self, appointment_id: int, made: Complaint) -> None:
        self.made = made
        self._after_write(appointment_id, self.tr(
            "Complaint {number} registered from the missed appointment.").format(
                number=made.number))
        self.complaint_made.emit(made.id)

    def _after_write(self, appointment_id: int, text: str) -> None:
        self.save_button.setEnabled(True)
        self._show_rows(appointment_id)
        self.done_note.setText(text)
        self.done_note.show()
        self.changed.emit(self.complaint_id)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            error = self._placed(error)
        show_save_error(error, self.errors, self._say, FORM_FIELDS, on_conflict=self._conflict)

    def _placed(self, error: ValidationError) -> ValidationError:
        """The domain's names for the fields of this dialog: a move's reason has its own
        field, a department contact is the remark."""
        fields = dict(error.fields)
        if self.moving is not None and "outcome_note" in fields:
            fields["move_reason"] = fields.pop("outcome_note")
        if "confirmed_with" in fields:
            fields["outcome_note"] = fields.pop("confirmed_with")
        return ValidationError(fields)

    def _conflict(self, error: ConflictError) -> None:
        """Another desk changed the slot meanwhile: the list shows it now, the typing stays."""
        moving = self.moving
        self._show_rows()
        if moving is not None:
            fresh = next((i for i in self.rows if i.id == moving.id), None)
            self._set_mode(fresh if fresh is not None and fresh.is_open else None)
        self._say(self.tr("Another desk changed this appointment meanwhile: it now reads "
                          "{slot} ({state}). Your typing is kept: check and save again.").format(
            slot=error.current.slot() if error.current else "",
            state=labels.label(error.current.status) if error.current else ""))

    def _clear_messages(self) -> None:
        self.errors.clear()
        self.message.hide()
        self.done_note.hide()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- the note -----------------------------------------------------------------------

    def show_note(self):
        info = self.selected()
        if info is None:
            return None
        dialog = pdf_preview.preview_dialog(note_pdf(info.id, self.staff), "A5", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preview_dialog = dialog
        return dialog

    def print_note(self) -> bool:
        info = self.selected()
        if info is None:
            return False
        return pdf_preview.print_with_dialog(note_pdf(info.id, self.staff), "A5", self)
