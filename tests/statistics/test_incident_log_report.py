"""The printed internal incident log (内部违规事件情况登记表), from the real log."""

import datetime

import pytest

from desk.complaints import investigation
from desk.models import now
from desk.printing import incident_log_report
from tests.complaints.test_lifecycle import Desk
from tests.pdf_tools import pdf_fonts, pdf_text
from tests.ui.conftest import chinese  # noqa: F401 - the zh_CN translators fixture

H = datetime.timedelta(hours=1)


def build(rows, since, until, **kw):
    return incident_log_report.build("测试商场", since, until, rows,
                                     printed_at=datetime.datetime(2026, 11, 2, 9, 0),
                                     printed_by="张主管", **kw)


def test_delay_reads_in_days_hours_and_minutes():
    assert incident_log_report.delay_text(25) == "25 min"
    assert incident_log_report.delay_text(125) == "2 h 5 min"
    assert incident_log_report.delay_text(50 * 60) == "2 d 2 h"


@pytest.fixture
def desk(store):
    return Desk(store)


def test_the_printed_log_lists_each_late_answer_of_the_period(desk):
    c = desk.reach("complaint", "investigating")
    asked = now() - 40 * H
    request = investigation.ask(c.id, desk.sales.id, "导购当时怎么说的？", desk.staff,
                                desk.store.desk, at=asked)
    investigation.record_answer(request.id, "导购承认未说明", desk.staff, desk.store.desk,
                                at=asked + 25.5 * H)
    since = datetime.datetime.combine((now() - 3 * 24 * H).date(), datetime.time())
    until = since + 5 * 24 * H
    pdf = build(investigation.incident_log(since, until), since, until)
    text = pdf_text(pdf)
    assert "Internal Incident Log" in text
    line = next(x for x in text.splitlines() if c.number in x)
    assert "销售部" in line and "1 h 30 min" in line and line.split()[0] == "1"
    assert "Entries: 1" in text
    assert all(f["emb"] == "yes" for f in pdf_fonts(pdf))


@pytest.mark.usefixtures("chinese")
def test_an_empty_period_prints_an_empty_form():
    since = datetime.datetime(2026, 10, 1)
    text = pdf_text(build([], since, datetime.datetime(2026, 11, 1), department_name="收银台"))
    assert "内部违规事件情况登记表" in text
    assert "2026-10-01" in text and "2026-10-31" in text and "收银台" in text
