"""Reminds the clerk on duty of the promises that fall due within the next hour.

Every minute it asks desk.complaints.deadlines.due_within(1, assigned_to_id=<clerk on duty>) on a
worker thread. The status bar shows what falls due (`announced`); each complaint is
announced once with a notice of its own (`newly_due`), a tray message where the
desktop has a tray, otherwise the window's banner.
"""

import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from desk.complaints import deadlines
from desk.ui.widgets.due_reminder import CHECK_MS, DueReminder

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


class DueNotices(QObject):
    """Shows each newly due complaint once: a tray message, or the window's banner."""

    def __init__(self, window, reminder: DeadlineReminder):
        super().__init__(window)
        self._window = window
        self._reminder = reminder
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon(), self)
            self.tray.show()
        self.shown: list[str] = []  # every notice given, for the clerk and the tests
        reminder.announced.connect(self._announce)
        reminder.newly_due.connect(self._notify)

    def _announce(self, text: str) -> None:
        bar = self._window.statusBar()
        if text:
            bar.showMessage(text)
        elif bar.currentMessage() == getattr(self, "_last", ""):
            bar.clearMessage()
        self._last = text

    def _notify(self, items: list) -> None:
        lines = [self._reminder.notice_text(i) for i in items]
        self.shown.extend(lines)
        title = self.tr("Falls due within the hour")
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, "\n".join(lines),
                                  QSystemTrayIcon.MessageIcon.Warning, 15_000)
        elif not (self._window.banner.isVisible() and self._window.banner.kind == "error"):
            # Never over a lost connection: that banner matters more (the status bar tells).
            self._window.show_banner("\n".join(lines), "warning")
