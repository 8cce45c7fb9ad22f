"""What the other desks changed: the change feed behind live worklists and alerts.

Every committed change writes a ChangeLog row in its own transaction
(history.mark_changed). A desk remembers the last ChangeLog id it has seen and
asks for the rows after it, but only when its backend's probe says something was
committed: PRAGMA data_version on SQLite, LISTEN/NOTIFY on PostgreSQL. So an idle
desk costs the database nothing, and nothing is ever reloaded wholesale.

ChangeLog.table says what kind of row moved: "complaint" rows refresh worklists,
other kinds (escalations, handovers, ...) are alerts for every desk.
"""

import datetime
from dataclasses import dataclass

from peewee import fn

from desk.models import ChangeLog
from desk.storage import db

COMPLAINT = "complaint"


@dataclass(frozen=True)
class Change:
    id: int
    table: str
    row_id: int
    desk: str


def complaint_ids(changes: list[Change]) -> list[int]:
    """The complaints that moved, each once, in the order they moved."""
    return list(dict.fromkeys(c.row_id for c in changes if c.table == COMPLAINT))


def alerts(changes: list[Change]) -> list[Change]:
    """Changes of other kinds of rows: news for every desk."""
    return [c for c in changes if c.table != COMPLAINT]


def latest_change_id() -> int:
    return ChangeLog.select(fn.MAX(ChangeLog.id)).scalar() or 0


class ChangeFeed:
    """One desk's view of the ChangeLog. Not thread-safe: use it from one thread."""

    def __init__(self, batch: int = 1000):
        self.batch = batch
        self.last_id = 0
        self.probe = None

    def start(self, from_id: int | None = None) -> "ChangeFeed":
        """Watch from now on (or from a change id), with a probe of its own."""
        self.last_id = latest_change_id() if from_id is None else from_id
        self.probe = db.backend().open_change_probe()
        return self

    def has_changed(self) -> bool:
        """Cheap: did anyone commit since the last call? Raises if the database is gone."""
        if self.probe is None:
            self.probe = db.backend().open_change_probe()
            return True  # it was away: look in the ChangeLog once
        try:
            return self.probe.has_changed()
        except Exception:
            self.close()
            raise

    def changes_since(self) -> list[Change]:
        """Every change after the last one seen, oldest first; moves the mark on."""
        found: list[Change] = []
        while True:
            rows = list(
                ChangeLog.select(ChangeLog.id, ChangeLog.table, ChangeLog.row_id, ChangeLog.desk)
                .where(ChangeLog.id > self.last_id)
                .order_by(ChangeLog.id)
                .limit(self.batch)
                .tuples()
            )
            found.extend(Change(*row) for row in rows)
            if rows:
                self.last_id = rows[-1][0]
            if len(rows) < self.batch:
                return found

    def poll(self) -> list[Change]:
        """The new changes, looking in the ChangeLog only when the probe saw a commit."""
        return self.changes_since() if self.has_changed() else []

    def fileno(self) -> int | None:
        """The socket that becomes readable when there is news (None: poll on a timer)."""
        return self.probe.fileno() if self.probe is not None else None

    def close(self) -> None:
        if self.probe is not None:
            try:
                self.probe.close()
            finally:
                self.probe = None


KEEP_DAYS = 7  # a desk reads the feed within a second; a week covers any PC left asleep


def prune(keep_days: int = KEEP_DAYS) -> int:
    """Forget changes older than keep_days (run once a day): the feed only says what
    moved recently, the history keeps what happened. Returns how many went."""
    cutoff = datetime.datetime.now() - datetime.timedelta(days=keep_days)
    with db.write_transaction():
        # The newest row always stays: SQLite would hand its id out again, and a desk
        # that had seen it would then miss the change that reuses it.
        newest = latest_change_id()
        return ChangeLog.delete().where((ChangeLog.at < cutoff)
                                        & (ChangeLog.id < newest)).execute()
