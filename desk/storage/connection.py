"""Connection trouble: notice that the database went away, reconnect, retry saves.

A save runs whole inside one write transaction, so a connection lost halfway
leaves nothing behind in the database (the server rolls the transaction back);
the save itself is kept here, in memory, and run again once the database answers.
The form keeps what was typed in its own draft (desk.storage.drafts) as well.

No Qt here: the UI (desk.ui.live_watcher) calls `tick()` on a timer and shows a
banner from the state changes reported to `on_state`.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desk.storage import db

OK = "ok"
LOST = "lost"

# Seconds between reconnection attempts while the database is away.
BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0)


def is_connection_lost(exc: BaseException) -> bool:
    """Whether exc says the database cannot be reached (rather than a bad statement)."""
    try:
        backend = db.backend()
    except db.DatabaseUnavailable:
        return False
    return backend.is_disconnect(exc)


def refuses_writes(exc: BaseException) -> bool:
    """Whether exc says the database takes no writes now: a retry cannot succeed."""
    try:
        backend = db.backend()
    except db.DatabaseUnavailable:
        return False
    return backend.refuses_writes(exc)


def ping() -> None:
    """A trivial statement; the database object reconnects by itself if it can."""
    db.current().db.execute_sql("SELECT 1")


def run_with_retry(fn: Callable[[], Any], attempts: int = 3, delays=BACKOFF,
                   sleep=time.sleep) -> Any:
    """fn(), run again after a lost connection, at most `attempts` times in all.

    fn must do its writes in one db.write_transaction(): a failed attempt has then
    written nothing, so running it again cannot write anything twice. Errors other
    than a lost connection go to the caller at once; so does the last lost one.
    """
    for attempt in range(attempts):
        try:
            return fn()
        except Exception as exc:
            if not is_connection_lost(exc) or attempt == attempts - 1:
                raise
        sleep(delays[min(attempt, len(delays) - 1)])
        try:
            db.reconnect()
        except Exception:  # still away: the next attempt says so
            pass
    raise AssertionError("unreachable")


@dataclass
class PendingSave:
    key: str  # e.g. "complaint:17" or "new:<draft id>": a newer save replaces an older one
    fn: Callable[[], Any]
    description: str = ""
    failures: int = 0


@dataclass
class SaveOutcome:
    key: str
    result: Any = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class ConnectionMonitor:
    """The state of the link to the database, with the saves waiting for it."""

    on_state: Callable[[str], None] | None = None
    on_saved: Callable[[SaveOutcome], None] | None = None
    clock: Callable[[], float] = time.monotonic
    state: str = OK
    failures: int = 0
    next_try_at: float = 0.0
    pending: dict[str, PendingSave] = field(default_factory=dict)

    # -- saving ---------------------------------------------------------------
    def save(self, key: str, fn: Callable[[], Any], description: str = "") -> SaveOutcome | None:
        """Run a save now; if the database is away keep it and return None.

        Any other error is the caller's (validation, conflict): it is raised.
        """
        if self.state == LOST:
            self._keep(key, fn, description)
            return None
        try:
            # One attempt: a connection found dead at BEGIN is replaced by the database
            # object itself; waiting longer here would freeze the form.
            result = fn()
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            self._keep(key, fn, description)
            self.lost(exc)
            return None
        return SaveOutcome(key, result)

    def _keep(self, key, fn, description):
        self.pending.pop(key, None)  # re-insert: the newest save of a form goes last
        self.pending[key] = PendingSave(key, fn, description)

    def discard(self, key: str) -> None:
        self.pending.pop(key, None)

    def retry_pending(self) -> list[SaveOutcome]:
        """Run the kept saves in the order they were made; stops at a lost connection."""
        outcomes = []
        for key in list(self.pending):
            item = self.pending[key]
            try:
                outcome = SaveOutcome(key, item.fn())
            except Exception as exc:
                if is_connection_lost(exc):
                    item.failures += 1
                    self.lost(exc)
                    break
                outcome = SaveOutcome(key, error=exc)  # e.g. a conflict: the form decides
            del self.pending[key]
            outcomes.append(outcome)
            if self.on_saved:
                self.on_saved(outcome)
        return outcomes

    # -- the link -------------------------------------------------------------
    def lost(self, exc: BaseException | None = None) -> None:
        """Report a lost connection (from any failed statement)."""
        if self.state != LOST:
            self.failures = 0
            self.next_try_at = self.clock() + BACKOFF[0]
            self._set(LOST)

    def check(self, exc: BaseException) -> bool:
        """If exc is a lost connection, note it and say so; else False."""
        if is_connection_lost(exc):
            self.lost(exc)
            return True
        return False

    def due(self) -> bool:
        return self.state == LOST and self.clock() >= self.next_try_at

    def try_reconnect(self) -> bool:
        """One attempt: reconnect, then run the kept saves. Schedules the next on failure."""
        try:
            db.reconnect()
            ping()
        except Exception:
            self.failures += 1
            self.next_try_at = self.clock() + BACKOFF[min(self.failures, len(BACKOFF) - 1)]
            return False
        self._set(OK)
        self.retry_pending()
        return self.state == OK

    def tick(self) -> None:
        """Call often (a timer): reconnects when an attempt is due."""
        if self.due():
            self.try_reconnect()

    def _set(self, state: str) -> None:
        self.state = state
        if self.on_state:
            self.on_state(state)
