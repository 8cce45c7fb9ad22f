"""The appointment note (预约单): one A5 page, read back as a customer and a scanner would."""

import datetime
import subprocess

from desk import settings
from desk.complaints import appointments as appt
from desk.printing import appointment_note
from desk.storage import db
from tests.complaints.test_appointments import TOMORROW, book, desk, slot  # noqa: F401
from tests.pdf_tools import decode_qr, pdf_fonts, pdf_pages_png, pdf_text

STORE = {"store_name": "测试商场", "store_address": "杭州市解放路1号",
         "store_phone": "0571-88886666"}


def page_size(pdf: bytes, tmp_path) -> str:
    (tmp_path / "size.pdf").write_bytes(pdf)
    out = subprocess.run(["pdfinfo", str(tmp_path / "size.pdf")], capture_output=True,
                         text=True, check=True).stdout
    return next(line for line in out.splitlines() if line.startswith("Page size"))


def test_the_note_reads_back_with_fonts_embedded_and_the_number_as_qr(desk, tmp_path):  # noqa: F811
    info = book(desk)
    data = appt.note_data(info.id, desk.store.clerk, STORE)
    pdf = appointment_note.build(data)
    text = pdf_text(pdf)
    for words in ("测试商场", "0571-88886666", info.complaint_number,
                  f"{info.complaint_number}-1", "送货部", TOMORROW.isoformat(), "09:00",
                  "12:00", "文三路100号", "购物小票、保修卡", "请提前半小时电话联系", "李小红",
                  "139****"):
        assert words in text, words
    assert "13900000000" not in text  # the phone is masked on paper
    assert "NO LONGER VALID" not in text
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    assert all("Helvetica" not in f["name"] for f in fonts)
    pages = pdf_pages_png(pdf, tmp_path, dpi=150)
    assert len(pages) == 1
    assert info.complaint_number in decode_qr(pages[0])
    assert "419.528 x 595.276" in page_size(pdf, tmp_path)  # A5 portrait


def test_a_moved_slot_says_what_it_replaces_and_the_old_one_is_void(desk):  # noqa: F811
    old = book(desk)
    new = appt.move(old.id, old.version, slot(desk, day=TOMORROW + datetime.timedelta(days=1),
                                              window_start="14:00", window_end="16:00"),
                    "顾客要求改期", desk.store.clerk, desk.store.desk)
    text = pdf_text(appointment_note.build(appt.note_data(new.id, desk.store.clerk, STORE)))
    assert f"{new.complaint_number}-2" in text and "14:00" in text
    assert "replaces" in text and TOMORROW.isoformat() in text
    void = pdf_text(appointment_note.build(appt.note_data(old.id, desk.store.clerk, STORE),
                                           words={"moved": "已改期"}.get))
    assert "NO LONGER VALID" in void and "已改期" in void


def test_the_note_in_chinese(desk, qapp):  # noqa: F811
    from desk.ui import i18n, labels

    with db.write_transaction():
        settings.put("store_phone", "0571-88886666")
    info = book(desk)
    assert i18n.install_translators("zh_CN")
    try:
        text = pdf_text(appointment_note.build(appt.note_data(info.id, desk.store.clerk, STORE),
                                               labels.label))
    finally:
        i18n.install_translators("en")
    for words in ("预约单", "预约号", "上门时间", "请准备", "星期", "送货部"):
        assert words in text, words
