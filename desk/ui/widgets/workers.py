"""Run a domain call off the GUI thread and hand its result back on the GUI thread.

    runner = TaskRunner(parent)
    runner.run(worklist.page, flt, None, 100, on_done=show_rows, on_error=show_trouble)
    runner.new_generation()   # results of everything started before are now dropped

peewee keeps one connection per thread: the worker thread opens its own to the
same database on first use, and closes it when the job ends.
"""

import functools
import logging

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Outcome:
    __slots__ = ("generation", "on_done", "on_error", "result", "error", "relay")

    def __init__(self, generation, on_done, on_error):
        self.generation = generation
        self.on_done = on_done
        self.on_error = on_error
        self.result = None
        self.error: BaseException | None = None
        self.relay: _Relay | None = None


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it, so delivery is queued."""

    finished = Signal(object)


def close_thread_connection() -> None:
    """Close this thread's database connection (peewee connections are per thread)."""
    from desk.models import database

    try:
        if database.obj is not None and not database.is_closed():
            database.close()
    except Exception:  # a broken connection is closed enough
        log.debug("closing a worker's connection failed", exc_info=True)


def _run_job(fn, args, outcome: _Outcome, relay: _Relay) -> None:
    try:
        outcome.result = fn(*args)
    except BaseException as exc:  # handed to the GUI thread, never lost in the pool
        outcome.error = exc
    finally:
        close_thread_connection()
    try:
        relay.finished.emit(outcome)
    except RuntimeError:  # the runner went away while we worked: nobody to tell
        pass


class TaskRunner(QObject):
    """Starts jobs on a thread pool; delivers results of the current generation only."""

    idle = Signal()  # no job of this runner is running or waiting for delivery

    def __init__(self, parent=None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._generation = 0
        self._relays: set[_Relay] = set()

    @property
    def generation(self) -> int:
        return self._generation

    def new_generation(self) -> int:
        """Results of jobs started before this call will be dropped."""
        self._generation += 1
        return self._generation

    def busy(self) -> bool:
        return bool(self._relays)

    def run(self, fn, *args, on_done=None, on_error=None) -> None:
        """Call fn(*args) on a pool thread; on_done(result) / on_error(exc) on this thread.

        Without on_error an exception is raised on the GUI thread, where the crash
        hook (desk.ui.crash) logs and shows it.
        """
        outcome = _Outcome(self._generation, on_done, on_error)
        relay = _Relay()
        outcome.relay = relay
        relay.finished.connect(self._deliver)
        self._relays.add(relay)
        self._pool.start(functools.partial(_run_job, fn, args, outcome, relay))

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until every pool job ended (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        relay, outcome.relay = outcome.relay, None
        self._relays.discard(relay)
        relay.deleteLater()
        try:
            if outcome.generation != self._generation:
                return  # stale: the user asked for something else meanwhile
            if outcome.error is None:
                if outcome.on_done is not None:
                    outcome.on_done(outcome.result)
            elif outcome.on_error is not None:
                outcome.on_error(outcome.error)
            else:
                raise outcome.error
        finally:
            if not self._relays:
                self.idle.emit()
