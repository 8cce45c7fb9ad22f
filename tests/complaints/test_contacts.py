"""The contact log: when, how and what was said to the customer."""

import datetime

import pytest

from desk.complaints import contacts, registration
from desk.errors import DeskError, ValidationError
from desk.models import ChangeLog, now
from desk.storage import history
from tests.complaints.test_registration import make_input


def test_contacts_are_logged_and_listed_in_time_order(store):
    c = registration.register(make_input(), store.clerk, store.desk)
    earlier = now() - datetime.timedelta(hours=3)
    contacts.add(c.id, "phone", "info", "已联系维修部，明天上门", store.clerk, store.desk)
    contacts.add(c.id, "counter", "info", "顾客来店询问进度", store.clerk, store.desk,
                 at=earlier)
    contacts.add(c.id, "sms", "reply", "维修完成，请查收", store.supervisor, store.desk)
    entries = contacts.entries_of(c.id)
    assert [(e.method, e.kind) for e in entries] == [("counter", "info"), ("phone", "info"),
                                                     ("sms", "reply")]
    assert entries[0].at == earlier.replace(microsecond=0)
    assert entries[2].staff_id == store.supervisor.id and entries[2].desk == store.desk
    logged = [(e.action, e.new_value, e.note) for e in history.events_of(c.id)[1:]]
    assert logged[2] == ("contact_reply", "sms", "维修完成，请查收")
    assert ChangeLog.select().where(ChangeLog.row_id == c.id).count() == 4
    assert contacts.reply_recorded(c.id)


def test_bad_contacts_are_refused(store):
    c = registration.register(make_input(), store.clerk, store.desk)
    with pytest.raises(ValidationError) as err:
        contacts.add(c.id, "pigeon", "gossip", "  ", store.clerk, store.desk,
                     at=now() + datetime.timedelta(hours=1))
    assert err.value.fields == {"method": ("choice_invalid", {}), "kind": ("choice_invalid", {}),
                                "text": ("required", {}), "at": ("in_future", {})}
    with pytest.raises(ValidationError) as err:
        contacts.add(c.id, "phone", "info", "字" * 2001, store.clerk, store.desk)
    assert err.value.fields == {"text": ("too_long", {"max": 2000})}
    with pytest.raises(DeskError) as err:
        contacts.add(c.id + 99, "phone", "info", "x", store.clerk, store.desk)
    assert err.value.code == "not_found"
    assert contacts.entries_of(c.id) == []
    assert not contacts.reply_recorded(c.id)
