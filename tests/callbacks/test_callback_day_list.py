"""The day's callback list, read back from the PDF: every call of the day in due order,
the phone in full, what was done, empty boxes to tick; the Chinese font embedded."""

import datetime

from desk.callbacks import calls as callbacks
from desk.complaints import sheet_data as documents
from desk.models import Callback, Complaint
from desk.printing import callback_day_list
from desk.resolution import remedies as resolution
from desk.resolution.remedies import RemedyInput
from desk.ui import labels
from tests.complaints.test_lifecycle import Desk
from tests.pdf_tools import pdf_fonts, pdf_text

DAY = datetime.date(2027, 3, 15)


def at(hour: int, minute: int = 0, day: datetime.date = DAY) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute))


def planned(store):
    """Three complaints carried out; their calls moved to known times around DAY."""
    desk = Desk(store)
    made = []
    for name, due in (("张伟", at(15, 30)), ("王芳", at(9, 5)), ("刘洋", at(10, 0, DAY.replace(day=16)))):
        c = desk.register(complainant_name=name, member_no="M0088" if name == "王芳" else None)
        for action in ("judge_founded", "start_investigation"):
            c = desk.do(c, action)
        resolution.set_remedies(c.id, c.version, [RemedyInput("exchange", "更换新机")],
                                store.supervisor, store.desk)
        c = desk.do(Complaint.get_by_id(c.id), "propose_resolution")
        for action in ("agree", "carry_out"):
            c = desk.do(c, action)
        (info,) = callbacks.callbacks_of(c.id)
        Callback.update(due_at=due).where(Callback.id == info.id).execute()
        made.append(callbacks.get(info.id))
    return made


def day_rows(day):
    start = datetime.datetime.combine(day, datetime.time())
    rows = [i for i in callbacks.queue(start, horizon_days=1)
            if i.due_at < start + datetime.timedelta(days=1)]
    return rows, resolution.remedies_of({i.complaint_id for i in rows})


def test_the_day_list_lists_the_days_calls_in_due_order_with_full_phones(store):
    zhang, wang, liu = planned(store)
    rows, remedies = day_rows(DAY)
    assert [r.id for r in rows] == [wang.id, zhang.id]  # 09:05 before 15:30; the 16th not
    pdf = callback_day_list.build(documents.store_header(), DAY, rows, labels, remedies,
                                  printed_at=at(8, 0))
    text = pdf_text(pdf)
    assert "Callback List for 2027-03-15" in text and "2 call(s)" in text
    assert text.index(wang.complaint_number) < text.index(zhang.complaint_number)
    for info in (zhang, wang):
        assert info.phone in text  # the clerk dials it: never masked here
        assert info.customer_name in text
    assert liu.complaint_number not in text
    assert "M0088" in text and "更换新机" in text and "09:05" in text
    assert text.count("□ Satisfied") == 2 and text.count("□ Unreachable") == 2
    assert "□1 □2 □3" in text
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    assert all(f["name"].split("+")[-1].startswith("NotoSansSC") for f in fonts)


def test_an_empty_day_says_so(store):
    pdf = callback_day_list.build(documents.store_header(), DAY, [], labels)
    assert "No callbacks are due on this day." in pdf_text(pdf)
