"""The printed classification table (顾客投诉分类统计表), read back as a person would."""

import datetime

import pytest

from desk.printing import classification_report
from desk.ui.labels import label
from tests.pdf_tools import pdf_fonts, pdf_pages_png, pdf_text
from tests.statistics_samples import data
from tests.ui.conftest import chinese  # noqa: F401 - the zh_CN translators fixture

PRINTED = datetime.datetime(2026, 11, 2, 9, 0)


def build(sample=None, **kw):
    return classification_report.build("测试商场", sample or data(), label, printed_at=PRINTED,
                                       printed_by="张主管", **kw)


def test_report_prints_the_table_with_totals_and_the_previous_period():
    text = pdf_text(build())
    assert "Complaint Classification Statistics" in text
    assert "2026-10-01 to 2026-10-31" in text
    assert "2026-09-01 to 2026-09-30" in text  # the previous month, in brackets
    lines = text.splitlines()
    total_at = next(i for i, line in enumerate(lines) if line.strip() == "Total")
    # the figures sit above the row's name, the previous period's below it
    assert lines[total_at - 1].split()[:4] == ["22", "22", "0", "15"]
    assert lines[total_at + 1].split()[:4] == ["(22)", "(22)", "(0)", "(15)"]
    assert "450.50" in lines[total_at - 1]
    assert "Product quality" in text and "350.50" in text


def test_report_gives_each_rate_with_its_definition_and_the_missed_members():
    text = pdf_text(build(missed_numbers=["TS20261001-0001"])).replace(" / ", "/")
    assert "86.7%" in text and "13/15" in text  # on time
    coverage = next(x for x in text.splitlines() if "Member callback coverage" in x)
    assert coverage.split()[3:] == ["80.0%", "4/5", "100.0%"]  # short of 100%: in red
    assert "Founded complaints received in the period" in text  # the definition
    assert "TS20261001-0001" in text
    assert "Mean callback score: 4.5" in text


def test_report_lists_money_and_the_clerks_own_grants():
    text = pdf_text(build())
    assert "Cash compensation" in text and "￥150.50" in text
    assert "李丽" in text and "TS20261003-0007" in text
    assert "Not yet reviewed" in text


def test_report_is_landscape_a4_with_embedded_fonts_and_counted_pages(tmp_path):
    pdf = build()
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    assert not any("Helvetica" in f["name"] for f in fonts)
    pages = pdf_pages_png(pdf, tmp_path, dpi=20)
    from PIL import Image

    with Image.open(pages[0]) as page:
        assert page.width > page.height  # landscape
    text = pdf_text(pdf)
    assert f"Page 1 of {len(pages)}" in text and f"Page {len(pages)} of {len(pages)}" in text


@pytest.mark.usefixtures("chinese")
def test_report_reads_in_chinese():
    text = pdf_text(build(scope_name="李丽"))
    assert "顾客投诉分类统计表" in text
    assert "及时率" in text and "满意度" in text
    assert "商品质量" in text
