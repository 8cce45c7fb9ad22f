"""Excel export read back with openpyxl: typed cells, formats, totals, frozen header."""

import datetime
from decimal import Decimal

import openpyxl
import pytest

from desk.complaints.worklist import WorklistRow
from desk.errors import Cancelled
from desk.printing import xlsx as export_xlsx
from desk.ui.labels import label
from tests.statistics_samples import rates, table

HEADERS = {"group": "类别", "total": "合计", "median_hours": "处理时长中位数（小时）",
           "money": "补偿金额（元）", **{f: f for f in export_xlsx.CLASSIFICATION_FIGURES}}


def group(row) -> str:
    return label(row.label)


def read(path):
    return openpyxl.load_workbook(path)


def test_classification_table_keeps_numbers_money_and_the_total(tmp_path):
    sheet = export_xlsx.classification_sheet(table(), "分类统计表 2026-10", HEADERS, group,
                                             title="2026-10-01 — 2026-10-31")
    path = export_xlsx.save(tmp_path / "t.xlsx", [sheet])
    ws = read(path).active
    assert ws.title == "分类统计表 2026-10"
    assert ws["A1"].value == "2026-10-01 — 2026-10-31"
    assert [c.value for c in ws[2]][:3] == ["类别", "received", "complaints"]
    assert ws.freeze_panes == "A3"  # the header row stays in sight
    assert ws["A3"].value == "Product quality" and ws["B3"].value == 12
    assert isinstance(ws["B3"].value, int)
    money = ws.cell(row=3, column=16)
    assert money.value == pytest.approx(350.5) and money.number_format == "#,##0.00"
    total = [c.value for c in ws[6]]
    assert total[0] == "合计" and total[1] == 22 == sum(ws.cell(row=r, column=2).value
                                                      for r in (3, 4, 5))
    assert total[15] == pytest.approx(450.5) and ws.cell(row=6, column=1).font.b
    assert ws.cell(row=3, column=15).number_format == "0.0"  # median hours
    assert ws.column_dimensions["A"].width >= 12  # room for the Chinese header
    assert ws.column_dimensions["O"].width > len("处理时长中位数（小时）")


def test_rates_are_percentages_and_empty_when_nothing_to_divide(tmp_path):
    r = rates()
    r.rates["repeat"].denominator = 0
    r.rates["repeat"].numerator = 0
    sheet = export_xlsx.rates_sheet(r, "比率", {"rate": "比率", "numerator": "分子",
                                                "denominator": "分母", "value": "值"},
                                    {"on_time": "及时率"})
    ws = read(export_xlsx.save(tmp_path / "r.xlsx", [sheet])).active
    assert [c.value for c in ws[2]] == ["及时率", 13, 15, pytest.approx(13 / 15)]
    assert ws["D2"].number_format == "0.0%"
    repeat = next(row for row in ws.iter_rows(min_row=2) if row[0].value == "repeat")
    assert repeat[3].value is None


def complaint_row(i: int) -> WorklistRow:
    return WorklistRow(id=i, number=f"TS{i:04d}", kind="complaint", status="registered",
                       complainant_name="王芳", phone="13912345678", category="delivery",
                       received_at=datetime.datetime(2026, 10, 3, 9, 30), assigned_name="李丽",
                       department_name="家电部",
                       deadline=datetime.datetime(2026, 10, 5, 9, 30) if i % 2 else None,
                       escalation_level=1, version=1)


def test_complaint_list_keeps_dates_as_dates(tmp_path):
    headers = {c: c for c in export_xlsx.COMPLAINT_COLUMNS}
    sheet = export_xlsx.complaint_sheet([complaint_row(1), complaint_row(2)], "投诉/咨询:清单",
                                        headers, label, mask_phone=lambda p: p[:3] + "****")
    ws = read(export_xlsx.save(tmp_path / "c.xlsx", [sheet])).active
    assert ws.title == "投诉-咨询-清单"  # characters Excel refuses are replaced
    assert ws.freeze_panes == "A2"
    assert ws["G2"].value == datetime.datetime(2026, 10, 3, 9, 30)
    assert ws["G2"].number_format == "yyyy-mm-dd hh:mm"
    assert ws["J3"].value is None and ws["J2"].is_date
    assert ws["F2"].value == "Delivery" and ws["E2"].value == "139****"


def test_a_long_export_reports_progress_and_can_be_cancelled(tmp_path):
    headers = {c: c for c in export_xlsx.COMPLAINT_COLUMNS}
    rows = [complaint_row(i) for i in range(1, 1201)]
    seen = []
    export_xlsx.save(tmp_path / "big.xlsx",
                     [export_xlsx.complaint_sheet(rows, "list", headers, label)],
                     progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (500, 1200) and seen[-1] == (1200, 1200)
    assert read(tmp_path / "big.xlsx").active.max_row == 1201
    with pytest.raises(Cancelled):
        export_xlsx.save(tmp_path / "never.xlsx",
                         [export_xlsx.complaint_sheet(rows, "list", headers, label)],
                         cancelled=lambda: True)
    assert not (tmp_path / "never.xlsx").exists()


def test_money_is_rounded_to_the_cent():
    assert export_xlsx._cell_value(Decimal("10.005"), export_xlsx.MONEY) == 10.01 or \
        export_xlsx._cell_value(Decimal("10.005"), export_xlsx.MONEY) == 10.0
    assert export_xlsx._cell_value(Decimal("3.14159"), export_xlsx.MONEY) == 3.14
