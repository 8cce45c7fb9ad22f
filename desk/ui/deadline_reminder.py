"""Reminds the clerk on duty of the promises that fall due within the next hour.

Every minute it asks desk.deadlines.due_within(1, assigned_to_id=<clerk on duty>) on a
worker thread. The status bar shows what falls due (`announced`); each complaint is
announced once with a notice of its own (`newly_due`), a tray message where the
desktop has a tray, otherwise the window's banner.
"""

import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desk import deadlines
from desk.models import now
from desk.ui.workers import TaskRunner

CHECK_MS = 60_000
WITHIN_HOURS = 1
SHOWN_NUMBERS = 5  # the status bar names at most this many complaints


class DeadlineReminder(QObject):
    announced = Signal(str)  # the status bar text; "" when nothing falls due
    newly_due = Signal(list)  # DueItems not announced before, soonest first
    failed = Signal(object)

    def __init__(self, staff_id: int | None, parent=None, runner: TaskRunner | None = None,
                 clock=now, interval_ms: int = CHECK_MS):
        super().__init__(parent)
        self._staff_id = staff_id
        self._runner = runner or TaskRunner(self)
        self._clock = clock
        self._noticed: set[int] = set()
        self.items: list[deadlines.DueItem] = []
        self.text = ""
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Check now and then every minute."""
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def set_staff_id(self, staff_id: int | None) -> None:
        """Another clerk is on duty: their promises, each announced to them once."""
        self._staff_id = staff_id
        self._noticed.clear()
        self._runner.new_generation()  # an answer for the previous clerk is dropped
        self.check()

    def set_clock(self, clock) -> None:
        self._clock = clock

    def check(self) -> None:
        at: datetime.datetime = self._clock()
        self._runner.run(deadlines.due_within, WITHIN_HOURS, at, self._staff_id,
                         on_done=self._arrived, on_error=self.failed.emit)

    def is_checking(self) -> bool:
        return self._runner.busy()

    def _arrived(self, items: list) -> None:
        self.items = items
        self.text = self.status_text(items)
        self.announced.emit(self.text)
        fresh = [i for i in items if i.id not in self._noticed]
        self._noticed.update(i.id for i in fresh)
        if fresh:
            self.newly_due.emit(fresh)

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
