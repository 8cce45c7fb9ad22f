"""The change feed: what other desks committed, found cheaply, in commit order."""

import threading
import time

from desk.complaints import registration
from desk.storage import db, history, live
from tests.complaints.test_registration import make_input


def test_a_registration_is_reported_once_with_its_complaint_id(store):
    feed = live.ChangeFeed().start()
    try:
        assert not feed.has_changed() and feed.poll() == []  # idle: nothing to read
        complaint = registration.register(make_input(), store.clerk, store.desk)
        deadline = time.monotonic() + 2
        while not feed.has_changed():  # PostgreSQL's NOTIFY travels through a socket
            assert time.monotonic() < deadline, "no news within 2 s"
            time.sleep(0.02)
        changes = feed.changes_since()
        assert live.complaint_ids(changes) == [complaint.id]
        assert changes[0].desk == store.desk
        assert feed.changes_since() == []
    finally:
        feed.close()


def test_changes_before_the_start_are_not_news_and_batches_add_up(store):
    registration.register(make_input(), store.clerk, store.desk)
    feed = live.ChangeFeed(batch=2).start()
    try:
        with db.write_transaction():
            for row_id in (7, 8, 7, 9):
                history.mark_changed("complaint", row_id, store.desk)
            history.mark_changed("handover", 3, store.desk)
        changes = feed.changes_since()
        assert live.complaint_ids(changes) == [7, 8, 9]
        assert [(c.table, c.row_id) for c in live.alerts(changes)] == [("handover", 3)]
    finally:
        feed.close()


def test_a_change_committed_late_never_hides_behind_a_later_id(store):
    """Two desks write at once: the feed must not pass the slower one's id by."""
    feed = live.ChangeFeed().start()
    slow_inside, release = threading.Event(), threading.Event()

    def desk(row_id, hold):
        try:
            with db.write_transaction():
                history.mark_changed("complaint", row_id, f"台{row_id}")
                if hold:
                    slow_inside.set()
                    release.wait(5)
        finally:
            db.current().db.close()

    slow = threading.Thread(target=desk, args=(1, True))
    slow.start()
    slow_inside.wait(5)
    quick = threading.Thread(target=desk, args=(2, False))
    quick.start()
    time.sleep(0.3)  # the quick desk would commit now if nothing kept it in line
    try:
        seen_meanwhile = feed.changes_since()
    finally:
        release.set()
        slow.join()
        quick.join()
    seen_after = feed.changes_since()
    feed.close()
    assert seen_meanwhile == []
    assert [c.row_id for c in seen_after] == [1, 2]


def test_pruning_forgets_changes_older_than_a_week_but_never_the_newest(store):
    import datetime

    from desk.models import ChangeLog

    week_ago = datetime.datetime.now() - datetime.timedelta(days=8)
    old = ChangeLog.create(table="complaint", row_id=1, desk="旧台", at=week_ago)
    assert live.prune() == 0  # the newest row: its id must not be handed out again
    registration.register(make_input(), store.clerk, store.desk)
    recent = ChangeLog.select().where(ChangeLog.id != old.id).count()
    feed = live.ChangeFeed().start()
    assert live.prune() == 1
    assert ChangeLog.select().count() == recent and not ChangeLog.get_or_none(id=old.id)
    registration.register(make_input(phone="13800001111"), store.clerk, store.desk)
    assert len(live.complaint_ids(feed.changes_since())) == 1
    feed.close()
