"""Times and periods as the desk shows them: to the minute, months from their first day."""

import datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

MINUTE_FORMAT = "%Y-%m-%d %H:%M"


def minute(value: datetime.datetime | None) -> str:
    """2026-11-24 08:31; empty for no time."""
    return value.strftime(MINUTE_FORMAT) if value else ""


def month_so_far(today: datetime.date | None = None) -> tuple[QDateEdit, QDateEdit]:
    """A from/to pair of date fields covering this month up to today."""
    today = today or datetime.date.today()
    edits = (QDateEdit(QDate(today.year, today.month, 1)),
             QDateEdit(QDate(today.year, today.month, today.day)))
    for edit in edits:
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
    return edits


def period(since: QDateEdit, until: QDateEdit) -> tuple[datetime.datetime, datetime.datetime]:
    """[start of the first day, start of the day after the last): whole days, both included."""
    def start(date: QDate) -> datetime.datetime:
        return datetime.datetime(date.year(), date.month(), date.day())

    return start(since.date()), start(until.date()) + datetime.timedelta(days=1)
