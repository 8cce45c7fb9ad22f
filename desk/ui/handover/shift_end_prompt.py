"""Near the end of a shift, reminds the clerk on duty to write the handover.

Every minute it asks desk.handover.shifts.near_end (within the store's prompt minutes, default
15) on a worker thread; each shift's end is announced once (`due`), and the window
shows it in its banner and status bar with the way to the composer.
"""

from PySide6.QtCore import QObject, QTimer, Signal

from desk.handover import shifts
from desk.models import now
from desk.ui.widgets.workers import TaskRunner

CHECK_MS = 60_000


class ShiftEndPrompt(QObject):
    due = Signal(str)  # the prompt's text, once per shift occurrence

    def __init__(self, parent=None, runner: TaskRunner | None = None, clock=now,
                 interval_ms: int = CHECK_MS):
        super().__init__(parent)
        self._runner = runner or TaskRunner(self)
        self._clock = clock
        self._prompted: set = set()
        self.text = ""
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def set_clock(self, clock) -> None:
        self._clock = clock

    def check(self) -> None:
        self._runner.run(shifts.near_end, self._clock(), on_done=self._arrived,
                         on_error=lambda e: None)

    def is_checking(self) -> bool:
        return self._runner.busy()

    def _arrived(self, ending) -> None:
        if ending is None:
            return
        key = (ending.shift.code, ending.start)
        if key in self._prompted:
            return
        self._prompted.add(key)
        self.text = self.tr(
            "The {shift} shift ends at {time}. Write the handover: Shift → End of shift "
            "handover… (Ctrl+Shift+H).").format(shift=ending.shift.name,
                                                 time=ending.end.strftime("%H:%M"))
        self.due.emit(self.text)
