"""Care callbacks (关怀回访) for a group of customers: a holiday, the store's anniversary.

The group is every member, or the members who complained in a period. The dialog
counts the group first (on a worker) and says how many calls it will create; only
then may the clerk create them (callbacks.schedule_care, also on a worker). The
calls join the same queue as every other callback, from the chosen start date.
"""

import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.callbacks import calls as callbacks
from desk.models import now
from desk.ui.widgets.field_error import FieldErrors, error_label
from desk.ui.widgets.save_errors import show_save_error
from desk.ui.widgets.when import month_so_far, period
from desk.ui.widgets.workers import TaskRunner


def _start(day: datetime.date, at: datetime.datetime) -> datetime.datetime:
    """From now on today, else from the start of the chosen day."""
    return at if day <= at.date() else datetime.datetime.combine(day, datetime.time())


def _create(customer_ids, topic, staff, desk, start):
    return callbacks.schedule_care(customer_ids, topic, staff, desk, start=start)


class CareCallbacksDialog(QDialog):
    created = Signal(list)  # the new CallbackInfo rows

    def __init__(self, staff, desk: str, parent=None, clock=now):
        super().__init__(parent)
        self.staff, self.desk = staff, desk
        self._clock = clock
        self._runner = TaskRunner(self)
        self._write_runner = TaskRunner(self)
        self.customer_ids: list[int] | None = None  # the counted group
        self.callbacks: list = []
        self.setWindowTitle(self.tr("Care callbacks"))
        self.setMinimumWidth(480)

        self.all_members = QRadioButton(self.tr("&All members"))
        self.complained = QRadioButton(self.tr("Members who &complained between"))
        self.all_members.setChecked(True)
        self.since, self.until = month_so_far(clock().date())
        period_row = QWidget()
        row = QHBoxLayout(period_row)
        row.setContentsMargins(20, 0, 0, 0)
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("and")))
        row.addWidget(self.until)
        row.addStretch(1)
        self.topic = QComboBox()
        self.topic.setEditable(True)
        for text in (self.tr("Spring Festival"), self.tr("Store anniversary"),
                     self.tr("Membership renewal")):
            self.topic.addItem(text)
        self.topic.lineEdit().setMaxLength(60)
        self.start = QDateEdit(QDate(clock().date()))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.count_label = QLabel(self.tr("Count the group first."))
        self.count_label.setObjectName("care_count")
        self.count_button = QPushButton(self.tr("C&ount"))
        self.count_button.clicked.connect(self.count)

        self.errors = FieldErrors()
        form = QFormLayout()
        group = QWidget()
        group_layout = QVBoxLayout(group)
        group_layout.setContentsMargins(0, 0, 0, 0)
        group_layout.addWidget(self.all_members)
        group_layout.addWidget(self.complained)
        group_layout.addWidget(period_row)
        form.addRow(self.tr("Who"), self.errors.wrap("customer_ids", group))
        self.errors.add_row(form, "topic", self.tr("&Topic"), self.topic)
        self.errors.add_row(form, "start", self.tr("&Start on"), self.start)
        counted = QHBoxLayout()
        counted.addWidget(self.count_label, 1)
        counted.addWidget(self.count_button)
        self.message = error_label("care_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create callbacks"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(counted)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for signal in (self.all_members.toggled, self.since.dateChanged,
                       self.until.dateChanged):
            signal.connect(self._group_changed)
        self._group_changed()

    def _group_changed(self, *_args) -> None:
        """A different group must be counted again before anything is created."""
        self.since.setEnabled(self.complained.isChecked())
        self.until.setEnabled(self.complained.isChecked())
        self._runner.new_generation()
        self.customer_ids = None
        self.ok_button.setEnabled(False)
        self.count_label.setText(self.tr("Count the group first."))

    def count(self) -> None:
        self._group_changed()
        self.count_label.setText(self.tr("Counting…"))
        if self.complained.isChecked():
            since, until = period(self.since, self.until)
            self._runner.run(callbacks.customers_who_complained, since, until, True,
                             on_done=self._counted, on_error=self._failed)
        else:
            self._runner.run(callbacks.member_customer_ids, on_done=self._counted,
                             on_error=self._failed)

    def is_busy(self) -> bool:
        return self._runner.busy() or self._write_runner.busy()

    def _counted(self, customer_ids: list[int]) -> None:
        self.customer_ids = list(customer_ids)
        self.count_label.setText(self.tr("%n customer(s) will get a care callback.", "",
                                         len(self.customer_ids)))
        self.ok_button.setEnabled(bool(self.customer_ids))

    def submit(self) -> None:
        if not self.customer_ids:
            return
        self.errors.clear()
        self.message.hide()
        self.ok_button.setEnabled(False)
        day = self.start.date().toPython()
        self._write_runner.run(_create, self.customer_ids, self.topic.currentText().strip(),
                               self.staff, self.desk, _start(day, self._clock()),
                               on_done=self._done, on_error=self._failed)

    def _done(self, rows: list) -> None:
        self.callbacks = rows
        self.created.emit(rows)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(self.customer_ids is not None and bool(self.customer_ids))
        show_save_error(error, self.errors, self._say, ["customer_ids", "topic", "start"])

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
