"""Step 0015 (appointments) on a database of the step before, and the runner's order.

0014 is another step's number: the runner applies every step not yet applied in numeric
order, so a database that got 0015 first still takes 0014 when it arrives.
"""

import datetime
import shutil

from playhouse.migrations import Runner

from desk.complaints import appointments as appt
from desk.complaints import departments
from desk.models import Appointment, Complaint, Staff
from desk.storage import db
from tests.storage.test_migrations import empty_url  # noqa: F401 - the fixture

BEFORE = "0013_written_replies"
STEP = "0015_appointments"


def test_a_database_of_step_0013_upgrades_and_books(empty_url):  # noqa: F811
    import random

    from tests.storage.test_migrations import _fill_first_version

    conn = db.connect(empty_url, target=BEFORE)
    assert "appointment" not in conn.db.get_tables()
    # Rows in that step's columns (today's code writes today's schema only).
    _fill_first_version(random.Random(5))
    conn.db.execute_sql("UPDATE complaint SET kind = 'inquiry', category = 'delivery',"
                        " status = 'registered' WHERE id = 1")
    db.close()
    conn = db.connect(empty_url)
    supervisor = Staff.get_by_id(1)
    inquiry = Complaint.get_by_id(1)
    applied, pending = db.schema_status(conn.db)
    assert pending == [] and STEP in applied
    columns = {c.name for c in conn.db.get_columns("appointment")}
    assert {"complaint_id", "department_id", "day", "window_start", "window_end", "address",
            "bring", "status", "moved_from_id", "version"} <= columns
    assert any(i.name == "ix_appointment_day" for i in conn.db.get_indexes("appointment"))
    dept = departments.add("安装部", 24, supervisor, "台1")
    info = appt.book(inquiry.id, appt.AppointmentInput(
        department_id=dept.id, day=datetime.date.today() + datetime.timedelta(days=1),
        window_start="09:00", window_end="12:00", address="文三路100号"), supervisor, "台1")
    assert Appointment.get_by_id(info.id).status == "booked"


def test_a_later_0014_is_still_applied_after_0015(empty_url, tmp_path):  # noqa: F811
    folder = tmp_path / "steps"
    shutil.copytree(db.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    conn = db.connect(empty_url, migrate=False)
    Runner(conn.db, str(folder)).up()  # 0001 … 0013, 0015: no 0014 yet
    (folder / "0014_other.py").write_text(
        "def up(migrator, db):\n    db.execute_sql('CREATE TABLE other_step (id INTEGER)')\n")
    assert Runner(conn.db, str(folder)).up() == ["0014_other"]
    assert "other_step" in conn.db.get_tables()
    db.close()


def test_appointments_and_their_moves_survive_a_store_copy(other_urls, store, db_url):  # noqa: F811
    from desk.complaints import registration
    from desk.storage import dbcopy
    from tests.complaints.test_registration import make_input
    from tests.storage.test_dbcopy import snapshot

    dept = departments.add("安装部", 24, store.supervisor, store.desk)
    inquiry = registration.register(make_input(kind="inquiry", category="installation"),
                                    store.clerk, store.desk)
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    first = appt.book(inquiry.id, appt.AppointmentInput(
        department_id=dept.id, day=tomorrow, window_start="09:00", window_end="12:00",
        address="文三路100号"), store.clerk, store.desk)
    appt.move(first.id, first.version, appt.AppointmentInput(
        department_id=dept.id, day=tomorrow, window_start="14:00", window_end="16:00",
        address="文三路100号"), "顾客要求", store.clerk, store.desk)
    original = snapshot(db_url)
    assert len(original["appointment"]) == 2
    db.close()
    there, _back = other_urls
    report = dbcopy.copy_store(db_url, there)
    assert report.ok, dbcopy.format_report(report)
    assert snapshot(there) == original


from tests.storage.test_dbcopy import other_urls  # noqa: E402, F401 - the fixture above
