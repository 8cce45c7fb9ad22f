"""Backups: taken while a desk writes, one a day with the last N kept, damage found at
start, restore; `desk backup` on both databases."""

import datetime
import os
import shutil
import subprocess
import sys
import uuid
from decimal import Decimal

import pytest

from desk.complaints import registration
from desk.models import Complaint
from desk.staff import auth
from desk.storage import backup, db, history, integrity
from tests.complaints.test_registration import make_input
from tests.procs.runner import Child
from tests.storage.test_dbcopy import snapshot


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A data folder of the test's own, so that backups of other tests do not count."""
    folder = tmp_path / "home"
    monkeypatch.setenv("DESK_HOME", str(folder))
    return folder


@pytest.fixture
def sqlite_store(templates, tmp_path, home):
    """A set-up store on a SQLite file, whatever --backend says (backups of a file)."""
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(templates("sqlite"), path)
    url = f"sqlite:///{path}"
    db.connect(url)
    supervisor = auth.set_up_store("测试商场", "S01", "boss", "王主管", "2468")
    clerk = auth.add_staff("c1", "李小红", "1357", authority_limit=Decimal("200"), by=supervisor)
    yield type("Store", (), {"url": url, "path": path, "clerk": clerk, "desk": "测试台1"})
    db.close()


def run_desk(home, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desk", *args], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, DESK_HOME=str(home)))


def damage(path, at_fraction=0.5, size=64 * 1024) -> None:
    """Overwrite a stretch in the middle of the file, as a failing disk would."""
    with open(path, "r+b") as f:
        f.seek(int(os.path.getsize(path) * at_fraction) // 4096 * 4096)
        f.write(b"\x5a" * size)


def test_backup_while_a_desk_writes_then_damage_is_found_and_restored(sqlite_store, home):
    writer = Child("register_burst.py", sqlite_store.url, sqlite_store.clerk.id, 400, "台B")
    try:
        writer.expect("ready")
        for _ in range(100):
            writer.next_line()
        copy = backup.make_backup()  # the other desk goes on registering meanwhile
        assert writer.rest()[-1] == "done"
    finally:
        writer.close()
    backup_url = f"sqlite:///{copy}"
    assert copy.parent == home / "backups" and backup.taken_at(copy)
    assert integrity.quick_check(backup_url).ok
    saved = snapshot(backup_url)
    assert 100 <= len(saved["complaint"]) <= 400
    registered = [e for e in saved["complaint_event"] if "registered" in e]
    assert len(registered) == len(saved["complaint"])  # each complaint with its history

    db.current().db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damage(sqlite_store.path)
    report = integrity.quick_check(sqlite_store.url)
    assert not report.ok and report.problems
    assert report.latest_backup == copy
    code, params = report.message()
    assert code == "database_damaged" and str(copy) in params["command"]

    result = run_desk(home, "--db", str(sqlite_store.path), "restore", str(copy))
    assert result.returncode == 0, result.stderr
    assert (sqlite_store.path.parent / "desk.sqlite3.before-restore").exists()
    assert integrity.quick_check(sqlite_store.url).ok
    assert snapshot(sqlite_store.url) == saved
    db.connect(sqlite_store.url)
    assert history.verify_chain() == (len(saved["complaint_event"]), None)


def test_restore_refuses_a_damaged_or_foreign_file_and_keeps_the_database(sqlite_store, home,
                                                                          tmp_path):
    registration.register(make_input(), sqlite_store.clerk, sqlite_store.desk)
    before = snapshot(sqlite_store.url)
    db.close()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    foreign = tmp_path / "foreign.sqlite3"
    import sqlite3

    with sqlite3.connect(foreign) as other:
        other.execute("CREATE TABLE recipes (name TEXT)")
    broken = tmp_path / "broken.sqlite3"
    shutil.copyfile(sqlite_store.path, broken)
    damage(broken, at_fraction=0.3)
    for bad, words in ((garbage, "not a readable"), (foreign, "not a desk database"),
                       (broken, "damaged")):
        result = run_desk(home, "--db", str(sqlite_store.path), "restore", str(bad))
        assert result.returncode == 1 and words in result.stderr, result.stderr
    db.connect(sqlite_store.url)  # a desk still running on this PC
    good = backup.make_backup(to=tmp_path / "good.sqlite3")
    result = run_desk(home, "--db", str(sqlite_store.path), "restore", str(good))
    assert result.returncode == 1 and "in use" in result.stderr
    db.close()
    assert snapshot(sqlite_store.url) == before
    assert not list(sqlite_store.path.parent.glob("*.before-restore*"))
    assert not list(sqlite_store.path.parent.glob("*.restoring*"))


def test_the_first_start_of_each_day_backs_up_and_the_last_n_are_kept(sqlite_store, home):
    made = []
    for day in range(1, 6):
        morning = datetime.datetime(2026, 3, day, 8, 30)
        made.append(backup.backup_if_due(now=morning, keep=3))
        assert backup.backup_if_due(now=morning.replace(hour=15), keep=3) is None
    assert all(made)
    assert backup.backups() == made[:1:-1]  # days 5, 4, 3, newest first
    assert backup.latest() == made[-1]


def test_the_backup_command_writes_a_backup_that_restores_the_same_store(
        store, db_url, backend_name, home, tmp_path, request):
    for n in range(3):
        registration.register(make_input(phone=f"1390000000{n}"), store.clerk, store.desk)
    original = snapshot(db_url)
    assert backup.backup_if_due() == (None if backend_name == "postgresql" else backup.latest())
    db.close()
    target = tmp_path / f"store{'.dump' if backend_name == 'postgresql' else '.sqlite3'}"
    result = run_desk(home, "--db", db_url, "backup", "--to", str(target))
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout and target.stat().st_size > 0
    if backend_name == "sqlite":
        restored_url = f"sqlite:///{target}"
    else:  # what the README tells the store's administrator to do
        from tests.conftest import _pg_execute, _with_dbname

        admin = request.getfixturevalue("pg_admin_url")
        name = f"desk_t_{uuid.uuid4().hex[:10]}"
        _pg_execute(admin, f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        restored_url = _with_dbname(admin, name)
        request.addfinalizer(lambda: _pg_execute(admin, f'DROP DATABASE "{name}" WITH (FORCE)'))
        restore = subprocess.run(["pg_restore", "--no-owner", "-d", restored_url, str(target)],
                                 capture_output=True, text=True)
        assert restore.returncode == 0, restore.stderr
    assert snapshot(restored_url) == original
    db.connect(restored_url)
    assert Complaint.select().count() == 3 and history.verify_chain() == (3, None)
