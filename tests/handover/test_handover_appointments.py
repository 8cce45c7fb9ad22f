"""The handover lists tomorrow's appointments: composed, kept in the snapshot, printed;
a handover kept before the section existed still reads and prints."""

import datetime
import json

from desk.complaints import appointments
from desk.handover import handovers as handover
from desk.models import Handover, now
from desk.printing import handover_sheet
from desk.storage import db
from tests.handover.test_handover import prepared, shifts_around  # noqa: F401 - fixtures
from tests.pdf_tools import pdf_text

WORDS = type("Words", (), {"label": staticmethod(lambda code: {"booked": "已预约"}.get(code,
                                                                                    code))})


def test_tomorrows_appointments_are_listed_with_what_is_left_to_do(prepared):  # noqa: F811
    p = prepared
    a = p.appointment
    later = appointments.book(
        a.complaint_id, appointments.AppointmentInput(
            department_id=a.department_id, day=p.at.date() + datetime.timedelta(days=2),
            window_start="14:00", window_end="16:00", address="杭州市文三路100号"),
        p.store.clerk, p.store.desk)
    draft = handover.compose(now(), p.store.clerk)
    items = draft.sections[handover.APPOINTMENTS]
    assert [i.key for i in items] == [f"appointments:{a.id}"]  # not the day after tomorrow
    item = items[0]
    assert item.number == a.complaint_number and item.customer == "张伟"
    assert item.due == f"{a.day:%m-%d} 09:00–12:00" and item.todo == "confirm_appointment"
    assert "送货部" in item.detail and "文三路100号" in item.detail
    assert draft.totals[handover.APPOINTMENTS] == 1
    appointments.confirm_with_department(a.id, a.version, p.store.clerk, p.store.desk)
    again = handover.compose(now(), p.store.clerk).sections[handover.APPOINTMENTS]
    assert [i.todo for i in again] == ["appointment_confirmed"]
    assert later.id not in {int(i.key.split(":")[1]) for i in again}


def test_the_section_is_kept_in_the_snapshot_and_printed(prepared):  # noqa: F811
    p = prepared
    draft = handover.compose(now(), p.store.clerk)
    key = f"appointments:{p.appointment.id}"
    kept = handover.submit(draft, p.store.supervisor.id, "", {key: "明早确认"},
                           p.store.clerk, p.store.desk)
    again = handover.get(kept.id)
    assert [(i.key, i.note) for i in again.draft.sections[handover.APPOINTMENTS]] == [
        (key, "明早确认")]
    text = pdf_text(handover_sheet.build("测试商场", again, WORDS))
    assert "Tomorrow's appointments" in text and "To confirm" in text
    assert p.appointment.complaint_number in text and "明早确认" in text
    assert "139****" in text


def test_a_handover_kept_before_the_section_existed_still_reads_and_prints(prepared):  # noqa: F811
    p = prepared
    kept = handover.submit(handover.compose(now(), p.store.clerk), p.store.supervisor.id,
                           "旧的交班", {}, p.store.clerk, p.store.desk)
    row = Handover.get_by_id(kept.id)
    content = json.loads(row.content)
    del content["sections"][handover.APPOINTMENTS]  # as step 0013's desks wrote it
    del content["totals"][handover.APPOINTMENTS]
    with db.write_transaction():
        Handover.update(content=json.dumps(content, ensure_ascii=False)).where(
            Handover.id == kept.id).execute()
    old = handover.get(kept.id)
    assert handover.APPOINTMENTS not in old.draft.sections
    assert handover_sheet.sections_of(old.draft) == [s for s in handover.SECTIONS
                                                     if s != handover.APPOINTMENTS]
    text = pdf_text(handover_sheet.build("测试商场", old, WORDS))
    assert "Unfinished complaints" in text and "Tomorrow's appointments" not in text
