"""The hot-spot flag in every desk's status bar: "Hot spots: 2" in red while any product or
cause is complained about N times within D days (desk.statistics.hotspots.detect).

Refreshed on a worker every few minutes and shortly after the live feed reports a change;
hidden while there is none. Clicking it asks for the weekly hot-spot view.
"""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPushButton

from desk.models import now as clock
from desk.statistics import hotspots, words
from desk.ui.labels import label
from desk.ui.widgets.workers import TaskRunner

REFRESH_MS = 5 * 60 * 1000
SETTLE_MS = 3000  # after a burst of changes from the live feed, one refresh


def detect_now(clock_fn) -> list:
    return hotspots.detect(clock_fn())


class HotspotFlag(QPushButton):
    clicked_open = Signal()
    refreshed = Signal(int)

    def __init__(self, parent=None, clock_fn=clock):
        super().__init__(parent)
        self.setObjectName("hotspot_flag")
        self.setFlat(True)
        self.setStyleSheet("#hotspot_flag { color: #a40000; font-weight: bold; border: none; "
                           "padding: 0 6px; }")
        self.clock = clock_fn
        self.spots: list = []
        self._runner = TaskRunner(self)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        self.clicked.connect(self.clicked_open)
        self.hide()

    def start(self) -> None:
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()
        self._settle.stop()

    def soon(self, *_args) -> None:
        """Something changed (live feed): refresh once things settle."""
        self._settle.start()

    def refresh(self) -> None:
        if self._runner.busy():
            return
        self._runner.run(detect_now, self.clock, on_done=self._show, on_error=self._failed)

    def _show(self, spots: list) -> None:
        self.spots = spots
        if spots:
            self.setText(self.tr("Hot spots: %n", "", len(spots)))
            self.setToolTip("\n".join(
                self.tr("{what}: %n complaint(s)", "", s.count).format(
                    what=words.hotspot_title(s, label)) for s in spots))
        self.setVisible(bool(spots))
        self.refreshed.emit(len(spots))

    def _failed(self, _error: BaseException) -> None:
        pass  # a flag that cannot be read stays as it was; the next refresh tries again
