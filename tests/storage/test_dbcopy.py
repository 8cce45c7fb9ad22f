"""`desk db copy`: a whole store from SQLite to PostgreSQL and back (and the other way)."""

import subprocess
import sys

import pytest
from peewee import Database

from desk.complaints import attachments, departments, editing, escalation, registration, search
from desk.models import ALL_MODELS, Complaint, ComplaintEvent, PhoneNumber
from desk.storage import db, dbcopy
from tests.complaints.test_registration import make_input


def fill(store) -> None:
    """A small store touching every table: repeats both ways, history, a file, an alert."""
    departments.add("送货部", 24, store.supervisor, store.desk)
    first = registration.register(make_input(account="冰箱不制冷，要求维修"), store.clerk,
                                  store.desk)
    second = registration.register(
        make_input(account="再次投诉：冰箱还是不制冷", repeat_of_id=first.id, escalation_level=3),
        store.clerk, store.desk)
    registration.register(make_input(phone="13800001111", account="洗衣机漏水"), store.clerk,
                          store.desk)
    # A link to a later row: the copy must insert first and link afterwards.
    editing.update_complaint(first.id, 1, {"repeat_of": second.id}, store.supervisor, store.desk)
    attachments.add_bytes(first.id, b"%PDF-1.4 receipt\x00\xff", "小票.pdf", store.clerk,
                          store.desk)
    assert escalation.pending_alerts()


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every row of every table as plain Python values, in key order."""
    database: Database = db.open_database(url)
    database.connect()
    try:
        out = {}
        for model in ALL_MODELS:
            fields = model._meta.sorted_fields
            rows = model.select(*fields).order_by(*fields).tuples().bind(database)
            out[model._meta.table_name] = [
                tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in rows]
        return out
    finally:
        database.close()


def run_desk(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desk", *args], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def other_urls(backend_name, pg_db_url, tmp_path):
    """(a database of the other kind, a fresh one of the same kind as the store's).

    Ask for it before `store`: making a template database closes the current connection.
    """
    sqlite_url = f"sqlite:///{tmp_path / 'copy.sqlite3'}"
    return (pg_db_url, sqlite_url) if backend_name == "sqlite" else (sqlite_url, pg_db_url)


def test_copy_there_and_back_gives_the_same_store(other_urls, store, db_url):
    fill(store)
    found = search.search("不制冷").ids
    there, back = other_urls
    original = snapshot(db_url)
    db.close()

    result = run_desk("db", "copy", "--from", db_url, "--to", there)  # a real desk process
    assert result.returncode == 0, result.stdout + result.stderr
    assert "copy verified" in result.stdout
    report = dbcopy.copy_store(there, back)
    assert report.ok, dbcopy.format_report(report)

    assert snapshot(there) == original
    assert snapshot(back) == original
    assert original["complaint_event"] and original["attachment"]
    db.connect(back)
    assert search.search("不制冷").ids == found
    # New rows continue after the copied ids (PostgreSQL's sequences were moved on).
    staff = store.clerk
    newest = registration.register(make_input(phone="13700002222"), staff, store.desk)
    assert newest.id == max(row[0] for row in original["complaint"]) + 1


def test_small_batches_a_target_with_data_and_a_broken_chain(other_urls, store, db_url):
    fill(store)
    count = Complaint.select().count()
    there, _ = other_urls
    intact = run_desk("--db", db_url, "verify-history")
    assert intact.returncode == 0 and "history chain intact" in intact.stdout
    db.close()
    report = dbcopy.copy_store(db_url, there, batch=1)
    assert report.ok and {t.table: t.target_rows for t in report.tables}["complaint"] == count
    assert snapshot(there) == snapshot(db_url)
    with pytest.raises(dbcopy.CopyRefused):
        dbcopy.copy_store(db_url, there)

    db.connect(db_url)
    with db.write_transaction():  # tampering, as someone with a database tool might
        ComplaintEvent.update(note="edited afterwards").where(ComplaintEvent.id == 2).execute()
    db.close()
    result = run_desk("db", "copy", "--from", db_url, "--to", there, "--force")
    assert result.returncode == 1
    assert "BROKEN at entry 2" in result.stdout
    check = run_desk("--db", db_url, "verify-history")
    assert check.returncode == 1 and "BROKEN at entry 2" in check.stderr


def test_append_mirrors_the_store_again_and_again(other_urls, store, db_url):
    """A head office's nightly copy: new rows come, changed rows change, removed rows go,
    and a second run changes nothing."""
    fill(store)
    there, _ = other_urls
    customer = Complaint.get_by_id(1).customer_id
    with db.write_transaction():
        phone = PhoneNumber.create(customer=customer, phone="01062345678", phone_tail="5678")
    db.close()
    assert dbcopy.copy_store(db_url, there, append=True).ok
    assert snapshot(there) == snapshot(db_url)

    db.connect(db_url)
    with db.write_transaction():  # the phone removed from the record, a complaint edited
        PhoneNumber.delete().where(PhoneNumber.id == phone.id).execute()
    editing.update_complaint(2, Complaint.get_by_id(2).version, {"product_model": "BCD-521"},
                             store.supervisor, store.desk)
    registration.register(make_input(phone="13700002222", account="空调噪音"), store.clerk,
                          store.desk)
    db.close()
    result = run_desk("db", "copy", "--from", db_url, "--to", there, "--append")
    assert result.returncode == 0, result.stdout + result.stderr
    mirrored = snapshot(there)
    assert mirrored == snapshot(db_url)
    assert mirrored["phone_number"] == []
    assert dbcopy.copy_store(db_url, there, append=True).ok
    assert snapshot(there) == mirrored
