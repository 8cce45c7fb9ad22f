"""The weekly hot-spot report (热点通报), read back."""

import datetime

import pytest

from desk.complaints.worklist import WorklistRow
from desk.printing import hotspot_report
from desk.statistics import periods
from desk.statistics.hotspots import HotSpot
from desk.ui.labels import label
from tests.pdf_tools import pdf_fonts, pdf_text
from tests.ui.conftest import chinese  # noqa: F401 - the zh_CN translators fixture

WEEK = periods.this_week(datetime.datetime(2026, 10, 22, 12, 0))


def worklist_row(i: int) -> WorklistRow:
    return WorklistRow(id=i, number=f"TS20261020-000{i}", kind="complaint", status="registered",
                       complainant_name=f"顾客{i}", phone="13912345678",
                       category="product_quality",
                       received_at=datetime.datetime(2026, 10, 20, 9, i), assigned_name="李丽",
                       department_name="家电部", deadline=None, escalation_level=1, version=1)


def spots():
    at = datetime.datetime(2026, 10, 20, 9, 0)
    return [HotSpot("product", ("格力", "KFR-35GW"), "格力 KFR-35GW", 3, at,
                    at + datetime.timedelta(days=2), [1, 2, 3], [1, 2, 3]),
            HotSpot("cause_department", ("service", 4), "service 家电部", 3, at,
                    at + datetime.timedelta(days=1), [4, 5, 6], [4, 5])]


def build(spot_list):
    rows = {i: worklist_row(i) for i in range(1, 7)}
    return hotspot_report.build("测试商场", WEEK, spot_list, rows, label, count=3, days=7,
                                printed_at=datetime.datetime(2026, 10, 26, 8, 0),
                                printed_by="张主管")


def test_each_hot_spot_lists_the_complaints_behind_it():
    text = pdf_text(build(spots()))
    assert "Hot-Spot Report" in text
    assert "1. 格力 KFR-35GW" in text
    assert "2. Service at 家电部" in text
    for i in range(1, 7):
        assert f"TS20261020-000{i}" in text
    assert "3 complaints from 2026-10-20 09:00 to 2026-10-22 09:00 · 3 customers" in text
    assert "2 customers" in text  # two complaints of one customer count once
    assert "13912345678" not in text and "139****5678" in text  # goes round: phones masked
    assert all(f["emb"] == "yes" for f in pdf_fonts(build(spots())))


@pytest.mark.usefixtures("chinese")
def test_a_quiet_week_says_so():
    text = pdf_text(build([]))
    assert "热点通报" in text
    assert "本周没有热点" in text
