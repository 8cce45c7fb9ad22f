"""Announces the callbacks falling due within the next 15 minutes, once each.

The pattern of desk/ui/deadline_reminder.py: every minute, on a worker thread,
`callbacks.due_between(now, now + 15 min)`, keeping the clerk's own calls and the
ones nobody was given. The status bar shows what falls due; each call is announced
once more on its own, as a tray message where the desktop has a tray, otherwise in
the window's banner (never over a lost connection).
"""

import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desk import callbacks
from desk.models import now
from desk.ui.workers import TaskRunner

CHECK_MS = 60_000
WITHIN = datetime.timedelta(minutes=15)
SHOWN_NAMES = 3


def _due(at: datetime.datetime, staff_id: int | None) -> list:
    rows = callbacks.due_between(at, at + WITHIN)
    return [i for i in rows if staff_id is None or i.assigned_to_id in (staff_id, None)]


class CallbackReminder(QObject):
    announced = Signal(str)  # the status bar text; "" when nothing falls due
    newly_due = Signal(list)  # CallbackInfo not announced before, soonest first
    failed = Signal(object)

    def __init__(self, staff_id: int | None, parent=None, clock=now,
                 interval_ms: int = CHECK_MS):
        super().__init__(parent)
        self._staff_id = staff_id
        self._runner = TaskRunner(self)
        self._clock = clock
        self._noticed: set[int] = set()
        self.items: list = []
        self.text = ""
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def set_staff_id(self, staff_id: int | None) -> None:
        self._staff_id = staff_id
        self._noticed.clear()
        self._runner.new_generation()
        self.check()

    def set_clock(self, clock) -> None:
        self._clock = clock

    def check(self) -> None:
        self._runner.run(_due, self._clock(), self._staff_id, on_done=self._arrived,
                         on_error=self.failed.emit)

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
        names = ", ".join(i.customer_name for i in items[:SHOWN_NAMES])
        if len(items) > SHOWN_NAMES:
            names = self.tr("{names} …").format(names=names)
        return self.tr("%n callback(s) due within 15 minutes: {names} (F7: callback queue)",
                       "", len(items)).format(names=names)

    def notice_text(self, info) -> str:
        return self.tr("Call {customer} back at {time} ({phone}).").format(
            customer=info.customer_name, time=info.due_at.strftime("%H:%M"), phone=info.phone)


class CallbackNotices(QObject):
    """Shows each call falling due once: the tray (shared with the deadline notices) or
    the banner; the status bar carries the running text."""

    def __init__(self, window, reminder: CallbackReminder, tray: QSystemTrayIcon | None = None):
        super().__init__(window)
        self._window = window
        self._reminder = reminder
        self.tray = tray
        self.shown: list[str] = []
        self._last = ""
        reminder.announced.connect(self._announce)
        reminder.newly_due.connect(self._notify)

    def _announce(self, text: str) -> None:
        bar = self._window.statusBar()
        if text:
            bar.showMessage(text)
        elif self._last and bar.currentMessage() == self._last:
            bar.clearMessage()
        self._last = text

    def _notify(self, items: list) -> None:
        lines = [self._reminder.notice_text(i) for i in items]
        self.shown.extend(lines)
        title = self.tr("Callbacks falling due")
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, "\n".join(lines),
                                  QSystemTrayIcon.MessageIcon.Information, 15_000)
        elif not (self._window.banner.isVisible() and self._window.banner.kind == "error"):
            self._window.show_banner("\n".join(lines), "info")
