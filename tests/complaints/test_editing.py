"""Saving changes to a complaint: versions, history, search index."""

import pytest
from peewee import Table

from desk.complaints import editing, registration, search
from desk.errors import ConflictError, DeskError
from desk.models import Complaint
from desk.storage import db, history
from tests.complaints.test_registration import make_input


def test_a_save_bumps_the_version_and_records_each_field(store):
    c = registration.register(make_input(), store.clerk, store.desk)
    fresh = editing.update_complaint(c.id, 1, {"category": "delivery", "escalation_level": 2},
                                     store.clerk, store.desk)
    assert fresh.version == 2 and fresh.category == "delivery"
    changed = [(e.field, e.old_value, e.new_value) for e in history.events_of(c.id)[1:]]
    assert sorted(changed) == [("category", "product_quality", "delivery"),
                               ("escalation_level", "1", "2")]
    assert history.verify_chain()[1] is None


def test_a_stale_version_is_a_conflict_and_writes_nothing(store):
    c = registration.register(make_input(), store.clerk, store.desk)
    editing.update_complaint(c.id, 1, {"category": "delivery"}, store.supervisor, store.desk)
    with pytest.raises(ConflictError) as err:
        editing.update_complaint(c.id, 1, {"category": "installation"}, store.clerk, store.desk)
    assert err.value.current.category == "delivery" and err.value.current.version == 2
    assert Complaint.get_by_id(c.id).category == "delivery"


def test_two_connections_editing_one_record_one_gets_the_conflict(store, db_url):
    """A second desk, with its own database connection, saves in between."""
    c = registration.register(make_input(), store.clerk, store.desk)
    other = db.open_database(db_url)
    other.connect()
    try:
        table = Table("complaint", ("id", "category", "version")).bind(other)
        table.update(category="delivery", version=table.version + 1).where(
            table.id == c.id).execute()
    finally:
        other.close()
    with pytest.raises(ConflictError):
        editing.update_complaint(c.id, 1, {"category": "installation"}, store.clerk, store.desk)
    assert Complaint.get_by_id(c.id).category == "delivery"


def test_changed_text_is_searchable_and_old_text_is_not(store):
    c = registration.register(make_input(account="冰箱不制冷"), store.clerk, store.desk)
    assert search.search("冰箱").ids == [c.id]
    editing.update_complaint(c.id, 1, {"account": "洗衣机漏水"}, store.clerk, store.desk)
    assert search.search("冰箱").ids == []
    assert search.search("漏水").ids == [c.id]


def test_state_fields_cannot_be_edited_generically(store):
    c = registration.register(make_input(), store.clerk, store.desk)
    with pytest.raises(DeskError) as err:
        editing.update_complaint(c.id, 1, {"status": "closed"}, store.clerk, store.desk)
    assert err.value.code == "field_not_editable"
