"""A desk process killed in the middle of its work loses nothing it had confirmed."""

import time

from desk.models import Complaint
from desk.storage import history, integrity
from desk.storage.numbering import NUMBER_PATTERN
from tests.procs.runner import Child


def test_sigkill_mid_burst_keeps_every_returned_save_and_a_sound_database(store, db_url):
    child = Child("register_burst.py", db_url, store.clerk.id, 1_000_000, "台K")
    try:
        child.expect("ready")
        returned = []
        deadline = time.monotonic() + 20
        while len(returned) < 150 and time.monotonic() < deadline:
            returned.append(child.next_line())
        returned += child.kill()  # whatever it had printed before it died counts too
    finally:
        child.close()
    confirmed = {line for line in returned if line and NUMBER_PATTERN.fullmatch(line)}
    assert len(confirmed) >= 150

    report = integrity.quick_check(db_url)
    assert report.ok, report.problems
    stored = {c.number for c in Complaint.select(Complaint.number)}
    assert confirmed <= stored
    assert len(stored) - len(confirmed) <= 1  # at most the one committed as it died
    assert history.verify_chain() == (len(stored), None)
