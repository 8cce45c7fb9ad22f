"""The Callbacks page of Settings → Store rules: when the desk may call customers back.

The window after a resolution, the delay before the first call and between tries,
the store's calling hours and the customer's rest periods, the days the desk does
not call, and how long a call takes (a slot must leave room for all of it). The
domain checks and stores them (callback_rules.save_rule_settings); its messages appear
under the fields.
"""

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from desk.callbacks import rules as callback_rules
from desk.ui.widgets.store_rules_page import StoreRulesPage, add_note


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    return edit


class CallbackSettingsPage(StoreRulesPage):
    def __init__(self, staff, desk: str, parent=None):
        super().__init__(staff, desk, parent)
        self.window_days = QSpinBox()
        self.window_days.setRange(1, 30)
        self.window_days.setSuffix(self.tr(" days"))
        self.delay_hours = QDoubleSpinBox()
        self.delay_hours.setRange(0, 72)
        self.delay_hours.setDecimals(1)
        self.delay_hours.setSuffix(self.tr(" h"))
        self.retry_hours = QDoubleSpinBox()
        self.retry_hours.setRange(0.5, 72)
        self.retry_hours.setDecimals(1)
        self.retry_hours.setSuffix(self.tr(" h"))
        self.opens, self.closes = _time_edit(), _time_edit()
        self.closes.setToolTip(self.tr("00:00 means midnight."))
        hours = QWidget()
        hours_row = QHBoxLayout(hours)
        hours_row.setContentsMargins(0, 0, 0, 0)
        hours_row.addWidget(self.opens)
        hours_row.addWidget(QLabel(self.tr("to")))
        hours_row.addWidget(self.closes)
        hours_row.addStretch(1)
        self.rest_periods = QLineEdit()
        self.rest_periods.setPlaceholderText("12:00-14:00, 18:00-19:00")
        self.weekdays: dict[int, QCheckBox] = {}
        days = QWidget()
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                 self.tr("Sat"), self.tr("Sun"))
        for number, name in enumerate(names, 1):
            self.weekdays[number] = QCheckBox(name)
            days_row.addWidget(self.weekdays[number])
        days_row.addStretch(1)
        self.closed_dates = QLineEdit()
        self.closed_dates.setPlaceholderText("2027-02-06, 2027-02-07")
        self.call_minutes = QSpinBox()
        self.call_minutes.setRange(1, 120)
        self.call_minutes.setSuffix(self.tr(" min"))

        form = QFormLayout(self)
        for name, title, widget in (
                ("window_days", self.tr("Callback &window after the resolution"),
                 self.window_days),
                ("delay_hours", self.tr("First call &no sooner than"), self.delay_hours),
                ("retry_hours", self.tr("Try again after (&unreachable)"), self.retry_hours),
                ("hours", self.tr("Calling &hours"), hours),
                ("rest_periods", self.tr("Customers' &rest periods"), self.rest_periods),
                ("closed_weekdays", self.tr("No calls on"), days),
                ("closed_dates", self.tr("No calls on these &dates"), self.closed_dates),
                ("call_minutes", self.tr("A call &takes"), self.call_minutes)):
            self.errors.add_row(form, name, title, widget)
        add_note(form, self.tr("A time the customer asked for always wins over these rules."))
        form.addRow(self.message)

    def title(self) -> str:
        return self.tr("Callbacks")

    def load(self) -> None:
        values = callback_rules.rule_settings()
        self.window_days.setValue(values["window_days"])
        self.delay_hours.setValue(values["delay_hours"])
        self.retry_hours.setValue(values["retry_hours"])
        self.opens.setTime(QTime.fromString(values["opens"], "HH:mm"))
        closes = "00:00" if values["closes"] == "24:00" else values["closes"]
        self.closes.setTime(QTime.fromString(closes, "HH:mm"))
        self.rest_periods.setText(values["rest_periods"])
        for number, box in self.weekdays.items():
            box.setChecked(number in values["closed_weekdays"])
        self.closed_dates.setText(values["closed_dates"])
        self.call_minutes.setValue(values["call_minutes"])

    def values(self) -> dict:
        closes = self.closes.time().toString("HH:mm")
        return {
            "window_days": self.window_days.value(),
            "delay_hours": self.delay_hours.value(),
            "retry_hours": self.retry_hours.value(),
            "opens": self.opens.time().toString("HH:mm"),
            "closes": "24:00" if closes == "00:00" else closes,
            "rest_periods": self.rest_periods.text(),
            "closed_weekdays": [n for n, box in self.weekdays.items() if box.isChecked()],
            "closed_dates": self.closed_dates.text(),
            "call_minutes": self.call_minutes.value(),
        }

    def store(self) -> None:
        callback_rules.save_rule_settings(self.staff, self.desk, **self.values())
