"""The desk's ear on the shared database, as Qt signals.

Wraps desk.storage.live.ChangeFeed and desk.storage.connection.ConnectionMonitor for the main
window: the worklist model connects `complaints_changed` to its refresh_ids(),
the banner connects `connection_changed`, forms save through `monitor.save()`.

On SQLite a timer asks the feed's probe (PRAGMA data_version: microseconds) a few
times a second; on PostgreSQL a QSocketNotifier wakes up when a NOTIFY arrives on
the LISTEN connection, and the timer only drives reconnection.
"""

import sys

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from desk.storage import live
from desk.storage.connection import OK, ConnectionMonitor

# Windows: Qt watches a socket handle through WSAAsyncSelect, which was not tried here;
# the timer asks the LISTEN connection as well (a non-blocking poll, microseconds), so
# another desk's save shows within poll_ms even if the notifier never fires.
POLL_ALONGSIDE_NOTIFIER = sys.platform == "win32"


class LiveWatcher(QObject):
    complaints_changed = Signal(list)  # ids of complaints another desk (or this one) saved
    alert = Signal(str, int)  # ChangeLog.table and row id of a row meant for every desk
    connection_changed = Signal(str)  # desk.storage.connection.OK or LOST: show or hide the banner
    save_finished = Signal(object)  # desk.storage.connection.SaveOutcome of a kept save run again

    def __init__(self, feed: live.ChangeFeed | None = None,
                 monitor: ConnectionMonitor | None = None, poll_ms: int = 400, parent=None):
        super().__init__(parent)
        self.feed = feed or live.ChangeFeed()
        self.monitor = monitor or ConnectionMonitor()
        self.monitor.on_state = self.connection_changed.emit
        self.monitor.on_saved = self.save_finished.emit
        self._notifier: QSocketNotifier | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.feed.start()
        self._sync_notifier()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._drop_notifier()
        self.feed.close()

    def check_now(self) -> None:
        """Ask the feed for news and emit it (the timer and the notifier call this)."""
        if self.monitor.state != OK:
            self._drop_notifier()  # unread news would wake us up again and again
            return
        try:
            changes = self.feed.poll()
        except Exception as exc:
            self._sync_notifier()
            if not self.monitor.check(exc):
                raise
            return
        self._sync_notifier()
        ids = live.complaint_ids(changes)
        if ids:
            self.complaints_changed.emit(ids)
        for change in live.alerts(changes):
            self.alert.emit(change.table, change.row_id)

    def _tick(self) -> None:
        if self.monitor.state != OK:
            self.monitor.tick()
            if self.monitor.state != OK:
                return
        if self._notifier is None or POLL_ALONGSIDE_NOTIFIER:
            self.check_now()  # SQLite, a LISTEN connection to reopen, or Windows

    # -- PostgreSQL: wake up on the LISTEN socket --------------------------------
    def _sync_notifier(self) -> None:
        fd = self.feed.fileno()
        if self._notifier is not None and self._notifier.socket() == fd:
            return
        self._drop_notifier()
        if fd is not None:
            self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.check_now)

    def _drop_notifier(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
