"""A database that takes no writes is told apart from one that is away: retrying cannot help."""

import peewee
import pytest

from desk.complaints import registration
from desk.models import Complaint
from desk.storage import connection, db
from tests.complaints.test_registration import make_input
from tests.storage.read_only import read_only_database


def test_a_save_on_a_read_only_database_is_said_to_be_read_only_and_writes_nothing(store):
    with read_only_database(), pytest.raises(peewee.DatabaseError) as refused:
        registration.register(make_input(), store.clerk, store.desk)
    assert connection.refuses_writes(refused.value)
    assert not connection.is_connection_lost(refused.value)
    assert Complaint.select().count() == 0
    # Writable again: the same entry saves.
    assert registration.register(make_input(), store.clerk, store.desk).id


def test_other_database_errors_are_not_taken_for_read_only(store):
    with pytest.raises(peewee.DatabaseError) as bad:
        db.current().db.execute_sql("INSERT INTO no_such_table VALUES (1)")
    assert not connection.refuses_writes(bad.value)


def test_the_location_names_the_file_or_the_server(store):
    where = db.current().backend.location()
    if db.current().backend.name == "sqlite":
        assert where.endswith("desk.sqlite3")
    else:
        assert "/" in where and ":" in where
