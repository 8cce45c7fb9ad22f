"""Connection trouble on PostgreSQL: the server restarted, a transaction cut off halfway."""

import time
from decimal import Decimal

import psycopg2
import pytest

from desk.complaints import registration
from desk.models import Complaint
from desk.staff import auth
from desk.storage import connection, db, history
from tests.complaints.test_registration import make_input


@pytest.fixture
def pg_store(pg_db_url):
    db.connect(pg_db_url)
    supervisor = auth.set_up_store("测试商场", "S01", "boss", "王主管", "2468")
    clerk = auth.add_staff("c1", "李小红", "1357", authority_limit=Decimal("200"), by=supervisor)
    yield type("Store", (), {"url": pg_db_url, "clerk": clerk, "desk": "测试台1"})
    db.close()


def test_a_restarted_server_is_reconnected_and_the_kept_save_is_retried(pg_store, pg_server):
    registration.register(make_input(), pg_store.clerk, pg_store.desk)
    states, saved = [], []
    monitor = connection.ConnectionMonitor(on_state=states.append, on_saved=saved.append)
    typed = make_input(phone="13600001234", account="停电期间登记的投诉")
    kept_copy = repr(typed)

    pg_server.pause()
    try:
        outcome = monitor.save("new:form-1", lambda: registration.register(
            typed, pg_store.clerk, pg_store.desk))
        assert outcome is None and states == [connection.LOST]
        assert list(monitor.pending) == ["new:form-1"]
        time.sleep(0.6)
        monitor.tick()  # an attempt while the server is still down fails quietly
        assert monitor.state == connection.LOST and monitor.failures == 1
    finally:
        pg_server.resume()

    deadline = time.monotonic() + 20
    while monitor.state != connection.OK and time.monotonic() < deadline:
        monitor.tick()
        time.sleep(0.1)
    assert states == [connection.LOST, connection.OK]
    assert [s.ok for s in saved] == [True] and not monitor.pending
    assert repr(typed) == kept_copy  # what was typed is untouched
    assert Complaint.select().where(Complaint.phone == "13600001234").count() == 1
    assert history.verify_chain() == (2, None)
    # And the ordinary database object goes on working by itself.
    registration.register(make_input(phone="13600005678"), pg_store.clerk, pg_store.desk)
    assert Complaint.select().count() == 3


def test_a_connection_cut_off_mid_transaction_writes_nothing_and_the_save_runs_again(
        pg_store, pg_admin_url):
    attempts = []

    def save():
        with db.write_transaction():
            complaint = registration.register(make_input(account="第一次被切断"), pg_store.clerk,
                                              pg_store.desk)
            attempts.append(complaint.number)
            if len(attempts) == 1:  # the cable is pulled before the commit
                (pid,) = db.current().db.execute_sql("SELECT pg_backend_pid()").fetchone()
                killer = psycopg2.connect(pg_admin_url)
                killer.autocommit = True
                killer.cursor().execute("SELECT pg_terminate_backend(%s)", (pid,))
                killer.close()
                db.current().db.execute_sql("SELECT 1")
        return complaint

    complaint = connection.run_with_retry(save, delays=(0.05,))
    assert len(attempts) == 2 and attempts[0] == attempts[1] == complaint.number
    assert [c.number for c in Complaint.select()] == [complaint.number]
    assert history.verify_chain() == (1, None)
    # A bad statement is the caller's error, not a lost connection to retry.
    with pytest.raises(Exception) as err:
        connection.run_with_retry(lambda: db.current().db.execute_sql("SELECT * FROM nothing"))
    assert not connection.is_connection_lost(err.value)
