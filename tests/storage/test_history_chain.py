"""The history's hash chain names the first entry that was edited, removed or moved."""

import pytest

from desk.complaints import contacts, lifecycle, registration
from desk.models import ComplaintEvent
from desk.storage import db, history
from desk.storage.history import ChainBreak
from tests.complaints.test_lifecycle import Desk
from tests.complaints.test_registration import make_input


@pytest.fixture
def chain(store):
    """A few complaints with some history: at least ten entries."""
    desk = Desk(store)
    c = desk.register()
    c = desk.do(c, "judge_founded")
    contacts.add(c.id, "phone", "info", "已受理，三天内答复", store.clerk, store.desk)
    registration.register(make_input(phone="13800000009"), store.clerk, store.desk)
    c = lifecycle.perform(c.id, c.version, "pause", store.clerk, store.desk,
                          waiting_for="parts", reason="等配件")
    lifecycle.perform(c.id, c.version, "resume", store.clerk, store.desk)
    ids = [e.id for e in ComplaintEvent.select().order_by(ComplaintEvent.id)]
    assert len(ids) >= 10
    assert history.verify_chain() == (len(ids), None)
    return ids


def sql(statement: str, *params):
    """Tamper as someone with a database client would: plain SQL, no application code."""
    database = db.current().db
    database.execute_sql(statement.replace("?", database.param), params)


def test_an_edited_value_is_found(chain):
    target = chain[4]
    sql("UPDATE complaint_event SET new_value = ? WHERE id = ?", "forged", target)
    assert history.verify_chain() == (4, ChainBreak(target, "hash_mismatch"))


def test_an_edited_time_is_found_even_with_small_batches(chain):
    target = chain[7]
    sql("UPDATE complaint_event SET at = at - INTERVAL '1 day' WHERE id = ?"
        if db.backend().name == "postgresql"
        else "UPDATE complaint_event SET at = datetime(at, '-1 day') WHERE id = ?", target)
    assert history.verify_chain(batch=3) == (7, ChainBreak(target, "hash_mismatch"))


def test_a_deleted_row_is_found(chain):
    sql("DELETE FROM complaint_event WHERE id = ?", chain[3])
    assert history.verify_chain() == (3, ChainBreak(chain[4], "link_broken"))


def test_the_last_row_deleted_is_not_a_break_but_the_count_shrinks(chain):
    sql("DELETE FROM complaint_event WHERE id = ?", chain[-1])
    assert history.verify_chain() == (len(chain) - 1, None)


def test_two_rows_swapped_are_found(chain):
    a, b = chain[2], chain[5]
    sql("UPDATE complaint_event SET id = ? WHERE id = ?", -1, a)
    sql("UPDATE complaint_event SET id = ? WHERE id = ?", a, b)
    sql("UPDATE complaint_event SET id = ? WHERE id = ?", b, -1)
    assert history.verify_chain() == (2, ChainBreak(a, "link_broken"))


def test_an_inserted_row_is_found(chain):
    # Make room in the middle, then slip a well-formed entry in: its own hash is right,
    # but the entry after it still points at the one before it.
    sql("UPDATE complaint_event SET id = id + 1000 WHERE id > ?", chain[5])
    before = ComplaintEvent.get_by_id(chain[5])
    forged_hash = history._entry_hash(before.hash, before.complaint_id, before.at,
                                      before.staff_id, before.desk, "changed", "category",
                                      "product_quality", "delivery", "")
    sql("INSERT INTO complaint_event (id, complaint_id, at, staff_id, desk, action, field,"
        " old_value, new_value, note, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        chain[5] + 1, before.complaint_id, before.at, before.staff_id, before.desk, "changed",
        "category", "product_quality", "delivery", "", before.hash, forged_hash)
    assert history.verify_chain() == (7, ChainBreak(chain[6] + 1000, "link_broken"))


def test_a_row_forged_onto_an_earlier_entry_is_found(chain):
    earlier = ComplaintEvent.get_by_id(chain[2])
    forged_hash = history._entry_hash(earlier.hash, earlier.complaint_id, earlier.at,
                                      earlier.staff_id, earlier.desk, "close", "status",
                                      "judged", "closed", "")
    new_id = chain[-1] + 1
    sql("INSERT INTO complaint_event (id, complaint_id, at, staff_id, desk, action, field,"
        " old_value, new_value, note, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        new_id, earlier.complaint_id, earlier.at, earlier.staff_id, earlier.desk, "close",
        "status", "judged", "closed", "", earlier.hash, forged_hash)
    assert history.verify_chain() == (len(chain), ChainBreak(new_id, "link_broken"))


def test_every_backend_method_overrides_one_of_the_interface():
    """A misspelt override silently falls back to the base (a no-op lock, say)."""
    from desk.storage.backends.base import Backend
    from desk.storage.backends.postgres import PostgresBackend
    from desk.storage.backends.sqlite import SqliteBackend

    own_helpers = {"file_path"}  # SQLite's file, used by its backup and restore
    for backend in (PostgresBackend, SqliteBackend):
        public = [n for n, v in vars(backend).items() if callable(v) and not n.startswith("_")]
        assert [n for n in public if not hasattr(Backend, n) and n not in own_helpers] == [], \
            backend.__name__


def test_appending_to_the_chain_takes_the_chains_lock(store, backend_name):
    """Two desks append in turn: on PostgreSQL an advisory lock held to the commit."""
    c = Desk(store).register()
    with db.write_transaction():
        history.record(c.id, store.clerk.id, store.desk, "note", note="看锁")
        if backend_name == "postgresql":
            held = db.current().db.execute_sql(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                " AND pid = pg_backend_pid() AND objid = %s", (7_301_001,)).fetchone()[0]
            assert held == 1
        else:  # SQLite: the write transaction itself holds the database's one write lock
            assert db.current().db.in_transaction()
