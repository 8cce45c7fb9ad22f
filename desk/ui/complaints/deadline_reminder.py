"""Reminds the clerk on duty of the promises that fall due within the next hour.

Every minute it asks desk.complaints.deadlines.due_within(1, assigned_to_id=<clerk on duty>) on a
worker thread. The status bar shows what falls due (`announced`); each complaint is
announced once with a notice of its own (`newly_due`), a tray message where the
desktop has a tray, otherwise the window's banner.
"""

import datetime

from PySide6.QtWidgets import QSystemTrayIcon

from desk.complaints import deadlines
from desk.ui.widgets.due_reminder import CHECK_MS, DueReminder, Notices

__all__ = ["CHECK_MS", "DeadlineReminder", "DueNotices"]
WITHIN_HOURS = 1
SHOWN_NUMBERS = 5  # the status bar names at most this many complaints


class DeadlineReminder(DueReminder):
    @staticmethod
    def fetch(at: datetime.datetime, staff_id: int | None) -> list:
        return deadlines.due_within(WITHIN_HOURS, at, staff_id)

    def status_text(self, items: list) -> str:
        if not items:
            return ""
        numbers = ", ".join(i.number for i in items[:SHOWN_NUMBERS])
        if len(items) > SHOWN_NUMBERS:
            numbers = self.tr("{numbers} …").format(numbers=numbers)
        return self.tr("%n complaint(s) fall due within the hour: {numbers}", "",
                       len(items)).format(numbers=numbers)

    def notice_text(self, item: deadlines.DueItem) -> str:
        return self.tr("Complaint {number} ({customer}) falls due at {time}.").format(
            number=item.number, customer=item.complainant_name,
            time=item.deadline.strftime("%H:%M"))


class DueNotices(Notices):
    """Each newly due complaint, once. Makes the window's tray icon (where the desktop
    has a tray), which the callbacks' notices share."""

    def __init__(self, window, reminder: DeadlineReminder):
        tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = QSystemTrayIcon(window.windowIcon(), window)
            tray.show()
        super().__init__(window, reminder, tray)

    def title(self) -> str:
        return self.tr("Falls due within the hour")
