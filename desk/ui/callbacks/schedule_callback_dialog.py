"""Schedule a callback by hand for a complaint (or a customer without one).

The due time starts at the next allowed slot (callback_slots.first_slot); the clerk
may type another time, and ticks "the customer asked for this time" when the customer
chose it (that time wins over the store's rules). The call goes to the clerk on duty
unless another is chosen. Saves through callbacks.schedule on a worker.
"""

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desk.callbacks import calls as callbacks
from desk.callbacks import slots as callback_slots
from desk.complaints import editing
from desk.errors import DeskError
from desk.models import Customer, Staff, now
from desk.ui.widgets.field_error import FieldErrors, error_label
from desk.ui.widgets.save_errors import show_save_error
from desk.ui.widgets.when import minute
from desk.ui.widgets.workers import TaskRunner

FIELDS = ("due_at", "customer_time", "assigned_to_id", "topic")


@dataclass(frozen=True)
class ScheduleChoices:
    customer_id: int
    customer_name: str
    complaint_id: int | None
    complaint_number: str
    staff: list  # (id, name) of active staff
    slot: datetime.datetime | None


def load_choices(complaint_id: int | None = None, customer_id: int | None = None,
                 at: datetime.datetime | None = None) -> ScheduleChoices:
    number = ""
    if complaint_id is not None:
        complaint = editing.stored_complaint(complaint_id)
        customer_id, number = complaint.customer_id, complaint.number
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise DeskError("not_found")
    people = Staff.select().where(Staff.active == True).order_by(Staff.name)  # noqa: E712
    slot = callback_slots.first_slot(at or now(), callback_slots.rules())
    return ScheduleChoices(customer.id, customer.name, complaint_id, number,
                           [(s.id, s.name) for s in people], slot)


def _schedule(choices: ScheduleChoices, staff, desk, values):
    return callbacks.schedule(choices.customer_id, staff, desk, complaint_id=choices.complaint_id,
                              purpose="manual", **values)


class ScheduleCallbackDialog(QDialog):
    scheduled = Signal(object)  # the new CallbackInfo

    def __init__(self, choices: ScheduleChoices, staff, desk: str, parent=None):
        super().__init__(parent)
        self.choices, self.staff, self.desk = choices, staff, desk
        self.callback = None
        self._runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Schedule a callback"))
        self.setMinimumWidth(440)
        about = self.tr("Call {customer} back").format(customer=choices.customer_name)
        if choices.complaint_number:
            about = self.tr("Call {customer} back about complaint {number}").format(
                customer=choices.customer_name, number=choices.complaint_number)
        self.about = QLabel(about)
        self.about.setWordWrap(True)
        self.due_at = QDateTimeEdit()
        self.due_at.setCalendarPopup(True)
        self.due_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due_at.setDateTime(QDateTime(choices.slot or now()))
        self.customer_time = QCheckBox(self.tr("The customer asked for this time"))
        self.assigned = QComboBox()
        for staff_id, name in choices.staff:
            self.assigned.addItem(name, staff_id)
        self.assigned.setCurrentIndex(max(0, self.assigned.findData(staff.id)))
        self.topic = QLineEdit()
        self.topic.setMaxLength(60)
        self.topic.setPlaceholderText(self.tr("What the call is about (optional)"))
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add_row(form, "due_at", self.tr("&Due at"), self.due_at)
        form.addRow("", self.errors.wrap("customer_time", self.customer_time))
        self.errors.add_row(form, "assigned_to_id", self.tr("&Assigned to"), self.assigned)
        self.errors.add_row(form, "topic", self.tr("&Topic"), self.topic)
        hint = QLabel(self.tr("Next allowed time: {time}").format(time=minute(choices.slot)))
        hint.setStyleSheet("color:#555;")
        self.message = error_label("schedule_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Schedule"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def values(self) -> dict:
        return {"due_at": self.due_at.dateTime().toPython().replace(second=0, microsecond=0),
                "customer_time": self.customer_time.isChecked(),
                "assigned_to_id": self.assigned.currentData(),
                "topic": self.topic.text().strip()}

    def submit(self) -> None:
        self.errors.clear()
        self.message.hide()
        self.ok_button.setEnabled(False)
        self._runner.run(_schedule, self.choices, self.staff, self.desk, self.values(),
                         on_done=self._done, on_error=self._failed)

    def _done(self, info) -> None:
        self.ok_button.setEnabled(True)
        self.callback = info
        self.scheduled.emit(info)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        show_save_error(error, self.errors, self._say, list(FIELDS))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
