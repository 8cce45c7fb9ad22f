"""The machinery of a reminder: every minute, on a worker thread, ask the database what
falls due soon for the clerk on duty; say it in the status bar (`announced`) and give
each item once more on its own (`newly_due`). Subclasses say what to ask (`fetch`) and
how to say it (`status_text`, `notice_text`).

`Notices` shows what a reminder says: the running text in the status bar, each new item
once as a tray message where the desktop has a tray, otherwise in the window's banner
(never over a lost connection: that banner matters more)."""

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desk.models import now
from desk.ui.widgets.workers import TaskRunner

CHECK_MS = 60_000


class DueReminder(QObject):
    announced = Signal(str)  # the status bar text; "" when nothing falls due
    newly_due = Signal(list)  # items not announced before, soonest first
    failed = Signal(object)

    def __init__(self, staff_id: int | None, parent=None, runner: TaskRunner | None = None,
                 clock=now, interval_ms: int = CHECK_MS):
        super().__init__(parent)
        self._staff_id = staff_id
        self._runner = runner or TaskRunner(self)
        self._clock = clock
        self._noticed: set[int] = set()
        self.items: list = []
        self.text = ""
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    # -- what subclasses say --------------------------------------------------------
    @staticmethod
    def fetch(at, staff_id: int | None) -> list:
        """The items falling due, soonest first (runs on the worker thread)."""
        raise NotImplementedError

    def status_text(self, items: list) -> str:
        raise NotImplementedError

    def notice_text(self, item) -> str:
        raise NotImplementedError

    # -- the machinery ----------------------------------------------------------------
    def start(self) -> None:
        """Check now and then every minute."""
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def set_staff_id(self, staff_id: int | None) -> None:
        """Another clerk is on duty: their items, each announced to them once."""
        self._staff_id = staff_id
        self._noticed.clear()
        self._runner.new_generation()  # an answer for the previous clerk is dropped
        self.check()

    def set_clock(self, clock) -> None:
        self._clock = clock

    def check(self) -> None:
        self._runner.run(self.fetch, self._clock(), self._staff_id, on_done=self._arrived,
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


class Notices(QObject):
    """Subclasses name the notices (`title`) and how urgent they read (`urgency`)."""

    urgency = "warning"  # or "info": the tray icon and the banner's colour

    def __init__(self, window, reminder: DueReminder, tray: QSystemTrayIcon | None = None):
        super().__init__(window)
        self._window = window
        self._reminder = reminder
        self.tray = tray
        self.shown: list[str] = []  # every notice given, for the clerk and the tests
        self._last = ""
        reminder.announced.connect(self._announce)
        reminder.newly_due.connect(self._notify)

    def title(self) -> str:
        raise NotImplementedError

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
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            icon = (QSystemTrayIcon.MessageIcon.Information if self.urgency == "info"
                    else QSystemTrayIcon.MessageIcon.Warning)
            self.tray.showMessage(self.title(), "\n".join(lines), icon, 15_000)
        elif not (self._window.banner.isVisible() and self._window.banner.kind == "error"):
            self._window.show_banner("\n".join(lines), self.urgency)
