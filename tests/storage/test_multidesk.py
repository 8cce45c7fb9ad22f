"""Several desks on one database, as separate processes, on SQLite and PostgreSQL."""

import time

from desk.complaints import registration
from desk.models import Complaint, ComplaintEvent
from desk.storage import history
from desk.storage.numbering import NUMBER_PATTERN
from tests.complaints.test_registration import make_input
from tests.procs.runner import Child

DESKS = 4
EACH = 500


def test_four_desks_registering_at_once_get_distinct_numbers(store, db_url):
    children = [Child("register_burst.py", db_url, store.clerk.id, EACH, f"台{n}", "--wait")
                for n in range(DESKS)]
    try:
        for child in children:
            child.expect("ready")
        for child in children:
            child.send()
        printed = []
        for child in children:
            lines = child.rest(timeout=120)
            assert lines[-1] == "done"
            printed += lines[:-1]
    finally:
        for child in children:
            child.close()
    assert len(printed) == DESKS * EACH == len(set(printed))
    assert all(NUMBER_PATTERN.match(number) for number in printed)
    stored = [c.number for c in Complaint.select(Complaint.number)]
    assert sorted(stored) == sorted(printed)
    assert history.verify_chain() == (DESKS * EACH, None)


def test_two_desks_saving_one_complaint_one_gets_the_conflict(store, db_url):
    complaint = registration.register(make_input(), store.clerk, store.desk)
    wanted = {"台A": "delivery", "台B": "installation"}
    children = {desk: Child("edit_once.py", db_url, complaint.id, 1, category,
                            store.clerk.id, desk) for desk, category in wanted.items()}
    try:
        for child in children.values():
            child.expect("ready")
        for child in children.values():
            child.send()
        results = {desk: child.rest()[-1] for desk, child in children.items()}
    finally:
        for child in children.values():
            child.close()
    assert sorted(results.values()) == ["conflict", "ok"]
    (winner,) = [desk for desk, result in results.items() if result == "ok"]
    stored = Complaint.get_by_id(complaint.id)
    assert stored.category == wanted[winner] and stored.version == 2
    changes = [(e.desk, e.field, e.old_value, e.new_value)
               for e in ComplaintEvent.select().where(ComplaintEvent.action == "changed")]
    assert changes == [(winner, "category", "product_quality", wanted[winner])]
    assert history.verify_chain()[1] is None


def test_a_saved_complaint_reaches_another_desk_within_two_seconds(store, db_url):
    watcher = Child("watch_changes.py", db_url)
    delays = []
    try:
        watcher.expect("ready")
        for n in range(3):
            started = time.monotonic()
            complaint = registration.register(make_input(phone=f"1380000000{n}"), store.clerk,
                                              store.desk)
            watcher.expect(f"changed {complaint.id}", timeout=5)
            delays.append(time.monotonic() - started)
    finally:
        watcher.close()
    print(f"change seen by the other desk after {max(delays) * 1000:.0f} ms at most")
    assert max(delays) < 2.0
