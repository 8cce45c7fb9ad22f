"""A chain's head office fed by its stores, on real servers: a store on PostgreSQL
replicates into it (logical replication between two servers started here), a store on
SQLite is mirrored by `desk chain append`, and the head office reads with a role that
cannot write."""

import datetime
import subprocess
import sys
import time

import psycopg2
import pytest

from desk.chain import admin, feed, replication, stores
from desk.complaints import registration
from desk.models import Complaint
from desk.staff import auth
from desk.storage import db
from tests.complaints.test_registration import make_input
from tests.pg_server import PgServer

WAIT_S = 60


@pytest.fixture(scope="module")
def servers():
    """(the store's server, which publishes; the head office's)."""
    store = PgServer("-c wal_level=logical -c max_replication_slots=8 -c max_wal_senders=8")
    head = PgServer("-c max_logical_replication_workers=8 -c max_worker_processes=16")
    started = []
    try:
        for server in (store, head):
            server.start()
            started.append(server)
            server.wait_ready()
        yield store, head
    finally:
        db.close()
        for server in started:
            server.stop()


def set_up(url: str, name: str, code: str, phones: list[str]):
    db.connect(url)
    supervisor = auth.set_up_store(name, code, "boss", "王主管", "2468")
    for phone in phones:
        registration.register(make_input(phone=phone, account="空调不制冷"), supervisor, "台1")
    return supervisor


def rows(url: str, sql: str) -> list[tuple]:
    with admin.autocommit(url) as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def wait_for(check, what: str):
    deadline = time.monotonic() + WAIT_S
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {WAIT_S} s: {what}")
        time.sleep(0.2)


def run_desk(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desk", *args], capture_output=True,
                          text=True, timeout=120)


def test_two_stores_feed_the_head_office_and_a_reader_only_reads(servers, tmp_path):
    store_pg, head_pg = servers
    with admin.autocommit(store_pg.url) as cursor:
        cursor.execute('CREATE DATABASE "desk"')
    north = admin.with_database(store_pg.url, "desk")
    boss = set_up(north, "北店", "N01", ["13900000001", "13900000002"])
    db.close()
    south = f"sqlite:///{tmp_path / 'south.sqlite3'}"
    set_up(south, "南店", "S02", ["13800000001"])
    db.close()

    # The store on PostgreSQL: publish there, subscribe at the head office.
    published = run_desk("chain", "publish", "--db", north)
    assert published.returncode == 0, published.stderr
    assert "complaint" in replication.publish(north)  # again: nothing breaks
    assert "schema_migration" not in replication.publish(north)
    feed_url = north.replace("desk@", "desk_chain_feed@")
    head_north = replication.subscribe(head_pg.url, "N01", feed_url)
    wait_for(lambda: replication.is_ready(head_north, "N01"), "the first copy")
    assert rows(head_north, "SELECT count(*) FROM complaint") == [(2,)]
    assert replication.subscribe(head_pg.url, "N01", feed_url) == head_north  # again
    # A complaint registered at the store afterwards streams over by itself.
    db.connect(north, migrate=False)
    registration.register(make_input(phone="13900000003"), boss, "台1")
    db.close()
    wait_for(lambda: rows(head_north, "SELECT count(*) FROM complaint") == [(3,)],
             "the new complaint")

    # The store on SQLite: the nightly mirror, twice.
    appended = run_desk("chain", "append", "--from", south, "--head", head_pg.url)
    assert appended.returncode == 0, appended.stdout + appended.stderr
    south_head = admin.with_database(head_pg.url, "desk_store_s02")
    marks = rows(south_head, "SELECT count(*) FROM stats_touch")
    assert feed.append(south, head_pg.url).ok
    assert rows(south_head, "SELECT count(*) FROM stats_touch") == marks  # nothing moved
    listed = stores.stores(head_pg.url)
    assert [(s.code, s.name, s.database) for s in listed] == [
        ("N01", "北店", "desk_store_n01"), ("S02", "南店", "desk_store_s02")]
    assert rows(listed[1].url, "SELECT count(*) FROM complaint") == [(1,)]
    # Marks wait only for the month still open (its statistics read the complaints).
    this_month = "SELECT count(*) FROM stats_touch WHERE month < to_char(now(), 'YYYY-MM')"
    assert rows(south_head, this_month) == [(0,)]
    refreshed = run_desk("chain", "refresh", "--head", head_pg.url)
    assert refreshed.returncode == 0 and "N01:" in refreshed.stdout, refreshed.stderr

    # The head office reads with a role that may not write.
    stores.grant_reader(head_pg.url, "desk_head", "lesen")
    reader = listed[0].url.replace("desk@", "desk_head:lesen@")
    db.connect(reader, migrate=False)
    assert {c.phone for c in Complaint.select()} == {"13900000001", "13900000002",
                                                    "13900000003"}
    db.close()
    with pytest.raises(psycopg2.Error, match="permission denied"):
        rows(reader, "UPDATE complaint SET status = 'closed'")
    listing = run_desk("chain", "list", "--head", head_pg.url)
    assert listing.stdout.splitlines() == ["N01\t北店\tdesk_store_n01",
                                          "S02\t南店\tdesk_store_s02"]


def test_a_publisher_without_a_logical_log_is_told_what_to_set(servers):
    _store_pg, head_pg = servers  # the head office's server keeps wal_level=replica
    with admin.autocommit(head_pg.url) as cursor:
        cursor.execute('CREATE DATABASE "plain"')
    db.connect(admin.with_database(head_pg.url, "plain"))
    db.close()
    with pytest.raises(stores.ChainError, match="wal_level = logical"):
        replication.publish(admin.with_database(head_pg.url, "plain"))
    with pytest.raises(stores.ChainError, match="store code"):
        stores.database_name("北店; DROP")


def test_the_head_office_keeps_its_own_aggregates_of_a_replicated_store(servers):
    """The statistics' aggregates are not replicated: the head office's triggers mark
    the months the arriving rows move, and its figures match the store's own."""
    from desk.chain import figures
    from desk.statistics import figures as store_figures
    from desk.statistics import periods

    store_pg, head_pg = servers
    with admin.autocommit(store_pg.url) as cursor:
        cursor.execute('CREATE DATABASE "east"')
    east = admin.with_database(store_pg.url, "east")
    boss = set_up(east, "东店", "E03", ["13700000001", "13700000002"])
    db.close()
    tables = replication.publish(east)
    assert not any(t.startswith("stats_") for t in tables)
    head_east = replication.subscribe(head_pg.url, "E03",
                                      east.replace("desk@", "desk_chain_feed@"))
    wait_for(lambda: replication.is_ready(head_east, "E03"), "the first copy")
    period = periods.Period(datetime.datetime(2020, 1, 1),
                            datetime.datetime.now() + datetime.timedelta(days=1))
    store = next(s for s in stores.stores(head_pg.url) if s.code == "E03")
    first = figures.compute([store], period).by_store["E03"].table.total.received
    assert first == 2
    db.connect(east, migrate=False)
    registration.register(make_input(phone="13700000003"), boss, "台1")
    own = store_figures.compute(period).table
    db.close()
    wait_for(lambda: rows(head_east, "SELECT count(*) FROM complaint") == [(3,)], "the row")
    assert rows(head_east, "SELECT count(*) FROM stats_touch")[0][0] > 0  # marked there
    assert figures.compute([store], period).by_store["E03"].table == own
