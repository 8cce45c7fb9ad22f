"""LiveWatcher: what another desk commits arrives as Qt signals; the banner signal
follows the connection."""

import threading
import time
from decimal import Decimal

import pytest

from desk.complaints import registration
from desk.models import Complaint, EscalationAlert
from desk.staff import auth
from desk.storage import connection, db
from desk.ui.live_watcher import LiveWatcher
from tests.complaints.test_registration import make_input


def on_another_connection(work):
    """Run work() in a thread: peewee gives each thread its own database connection."""
    done = {}

    def run():
        try:
            done["result"] = work()
        finally:
            db.current().db.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, done


@pytest.fixture
def watcher(qtbot):
    made = []

    def make(**kwargs):
        w = LiveWatcher(**kwargs)
        w.start()
        made.append(w)
        return w

    yield make
    for w in made:
        w.stop()


def test_a_commit_on_another_connection_emits_its_id_within_two_seconds(store, qtbot, watcher):
    live = watcher()
    started = time.monotonic()
    with qtbot.waitSignal(live.complaints_changed, timeout=2000) as blocker:
        thread, done = on_another_connection(
            lambda: registration.register(make_input(), store.clerk, "另一台"))
    thread.join()
    print(f"complaints_changed after {(time.monotonic() - started) * 1000:.0f} ms")
    assert blocker.args == [[done["result"].id]]


def test_on_windows_the_timer_also_asks_should_the_notifier_stay_silent(
        store, qtbot, watcher, monkeypatch):
    from desk.ui import live_watcher

    monkeypatch.setattr(live_watcher, "POLL_ALONGSIDE_NOTIFIER", True)
    live = watcher(poll_ms=100)
    if live._notifier is not None:  # PostgreSQL: as if WSAAsyncSelect never said a word
        live._notifier.setEnabled(False)
        monkeypatch.setattr(live, "_sync_notifier", lambda: None)
    with qtbot.waitSignal(live.complaints_changed, timeout=2000) as blocker:
        thread, done = on_another_connection(
            lambda: registration.register(make_input(), store.clerk, "另一台"))
    thread.join()
    assert blocker.args == [[done["result"].id]]


def test_an_escalation_reaches_every_desk_as_an_alert(store, qtbot, watcher):
    live = watcher()
    changed, alerted = [], []
    live.complaints_changed.connect(changed.append)
    live.alert.connect(lambda table, row_id: alerted.append((table, row_id)))
    thread, done = on_another_connection(lambda: registration.register(
        make_input(escalation_level=3), store.clerk, "另一台"))
    qtbot.waitUntil(lambda: bool(changed and alerted), timeout=2000)
    thread.join()
    alert = EscalationAlert.get(EscalationAlert.complaint == done["result"].id)
    assert changed == [[done["result"].id]] and alerted == [("alert", alert.id)]


@pytest.fixture
def pg_store(pg_db_url):
    db.connect(pg_db_url)
    supervisor = auth.set_up_store("测试商场", "S01", "boss", "王主管", "2468")
    clerk = auth.add_staff("c1", "李小红", "1357", authority_limit=Decimal("200"), by=supervisor)
    yield type("Store", (), {"clerk": clerk, "desk": "测试台1"})
    db.close()


def test_a_server_restart_shows_the_banner_keeps_the_save_and_reconnects(
        pg_store, pg_server, qtbot, watcher):
    live = watcher(poll_ms=100)
    typed = make_input(phone="13600001234")
    with qtbot.waitSignal(live.connection_changed, timeout=5000) as lost:
        pg_server.pause()  # the LISTEN socket closes: the watcher notices by itself
    try:
        assert lost.args == [connection.LOST]
        kept = live.monitor.save("new:form-1", lambda: registration.register(
            typed, pg_store.clerk, pg_store.desk))
        assert kept is None and "new:form-1" in live.monitor.pending
    finally:
        states, outcomes = [], []
        live.connection_changed.connect(states.append)
        live.save_finished.connect(outcomes.append)
        pg_server.resume()
    qtbot.waitUntil(lambda: bool(states and outcomes), timeout=10000)
    assert states == [connection.OK] and [o.ok for o in outcomes] == [True]
    assert Complaint.select().where(Complaint.phone == "13600001234").count() == 1
    with qtbot.waitSignal(live.complaints_changed, timeout=2000) as blocker:
        thread, done = on_another_connection(
            lambda: registration.register(make_input(), pg_store.clerk, "另一台"))
    thread.join()
    assert blocker.args == [[done["result"].id]]
