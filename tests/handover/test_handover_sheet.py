"""The printed handover sheet (交班记录), read back as a person or a scanner would."""

import re

from desk import settings
from desk.handover import handovers as handover
from desk.models import Complaint, now
from desk.printing import handover_sheet
from desk.storage import db
from desk.ui import labels
from tests.handover.test_handover import prepared  # noqa: F401 - the fixture
from tests.pdf_tools import pdf_fonts, pdf_pages_png, pdf_text


def kept(p, notes="收银台打印机卡纸，已报修"):
    draft = handover.compose(now(), p.store.clerk)
    first = draft.sections["open"][0].key
    return handover.submit(draft, p.store.supervisor.id, notes, {first: "顾客下午三点来店"},
                           p.store.clerk, p.store.desk)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_sheet_masks_phones_and_states_the_counts(prepared, tmp_path):  # noqa: F811
    record = kept(prepared)
    pdf = handover_sheet.build("测试商场", record, labels)
    text = pdf_text(pdf)
    assert "Shift Handover Record" in text and "测试商场" in text
    phones = {c.phone for c in Complaint.select()}
    for phone in phones:
        assert phone not in text  # never the whole number
    assert re.search(r"139\*{4}\d{4}", text)
    assert f"Open items {record.draft.open_count}" in flat(text)
    for section in handover.SECTIONS:
        assert f"{handover_sheet.section_title(section)}（{record.draft.totals[section]}）" in text
    assert "BCD-520" in text and "维修后仍不制冷" in text and "顾客下午三点来店" in text
    assert "收银台打印机卡纸" in text
    assert "Not yet confirmed" in flat(text)
    assert len(pdf_pages_png(pdf, tmp_path)) == 1
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    assert all("NotoSansSC" in f["name"] for f in fonts)


def test_empty_sections_share_one_line(prepared):  # noqa: F811
    record = kept(prepared)
    for section in (handover.OUTBOUND, handover.SUDDEN):
        record.draft.sections[section] = []
    text = flat(pdf_text(handover_sheet.build("测试商场", record, labels)))
    titles = [handover_sheet.section_title(s) for s in (handover.OUTBOUND, handover.SUDDEN)]
    assert f"Nothing to hand over: {titles[0]}; {titles[1]}." in text
    assert f"{titles[0]}（" not in text


def test_the_acknowledged_sheet_names_who_confirmed_and_when(prepared):  # noqa: F811
    record = kept(prepared)
    done = handover.acknowledge(record.id, "boss", "2468", "台2")
    text = flat(pdf_text(handover_sheet.build("测试商场", done, labels)))
    assert "Confirmed with PIN by 王主管" in text  # the time may wrap onto the next line
    assert f"{done.acknowledged_at:%Y-%m-%d %H:%M}" in text.split("Confirmed with PIN")[1]
    assert "Not yet confirmed" not in text
    assert "李小红" in text


def test_a_long_list_is_cut_with_the_rest_counted(prepared, tmp_path):  # noqa: F811
    with db.write_transaction():
        settings.put(handover.LIST_CAP_KEY, 1000)
    record = kept(prepared)
    many = [handover.Item(key=f"complaint:{n}", number=f"S01-{n:06d}", customer="张伟",
                          phone="13912345678", status="judged", todo="investigate")
            for n in range(300)]
    record.draft.sections["open"] = many
    record.draft.totals["open"] = record.draft.open_count = 3000
    pdf = handover_sheet.build("测试商场", record, labels)
    text = flat(pdf_text(pdf))
    assert "… and 2970 more not printed (3000 in all)." in text
    assert "13912345678" not in text and "139****5678" in text
    assert len(pdf_pages_png(pdf, tmp_path)) <= 2

