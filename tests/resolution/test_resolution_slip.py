"""The resolution slip (处理结果确认单) on paper, read back as a person or a scanner would."""

import datetime
import math
import struct
import subprocess
import zlib
from decimal import Decimal

import cn2an
import pytest

from desk.printing import resolution_slip as rs
from desk.printing.money import money_in_words
from desk.resolution import remedies as resolution
from desk.resolution.slip_data import ResolutionSlipData
from desk.resolution.slip_data import SlipRemedy as DataRemedy
from desk.ui import i18n
from tests.pdf_tools import _need, pdf_fonts, pdf_pages_png, pdf_text

COMPLAINT = "S01-20261122-0007"
SLIP = "S01-R-20261124-0003"
ACCEPTANCE = "本人已了解并同意上述处理方案，此事已圆满解决。"
STORE = rs.SlipStore("测试商场（人民路店）", "北京市朝阳区人民路88号一层客服台", "010-85551234")

SIX = [rs.SlipRemedy("refund", "空调全额退款，原路退回顾客支付账户", Decimal("3999")),
       rs.SlipRemedy("on_site_check", "安装师傅上门检查室外机管路", None),
       rs.SlipRemedy("gift", "赠送空调清洗服务一次", Decimal("99.50")),
       rs.SlipRemedy("cash_compensation", "多次上门维修耽误顾客时间，给予现金补偿", Decimal("200")),
       rs.SlipRemedy("discount", "下次购买大家电享九五折（一年内有效）", Decimal("150.05")),
       rs.SlipRemedy("apology", "店长当面致歉", None)]


class ChineseWords:
    """Stands in for desk.ui.labels (the caller's words for remedy codes)."""

    WORDS = {"refund": "退货退款", "on_site_check": "上门检测", "gift": "赠品",
             "cash_compensation": "现金补偿", "discount": "折扣", "apology": "赔礼道歉"}

    def label(self, code):
        return self.WORDS.get(code, code)


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translators("zh_CN")
    yield
    i18n.install_translators("en")


def slip(remedies, **kw) -> rs.SlipData:
    return rs.SlipData(
        number=SLIP, complaint_number=COMPLAINT, issued_on=datetime.date(2026, 11, 24),
        customer_name="张伟", phone="13912345678", product="格力 空调 KFR-35GW",
        receipt_no="POS-2026-1188", complaint_brief="新买空调制冷效果差，三次维修仍未解决。",
        remedies=remedies, total=sum((r.amount or Decimal(0) for r in remedies), Decimal(0)),
        clerk_name="李小红", **kw)


def signature_png(width=240, height=80) -> bytes:
    """A drawn line on a transparent background, as the signature pad gives it (RGBA PNG)."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter: none
        for x in range(width):
            ink = abs(y - height / 2 - 25 * math.sin(x / 20)) < 3
            row += bytes([20, 30, 120, 255 if ink else 0])
        rows.append(bytes(row))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b""))


def flat(text: str) -> str:
    """Without the spaces and line breaks pdftotext puts into wrapped or spread-out text."""
    return "".join(text.split())


def scanned_codes(png) -> list[tuple[str, str]]:
    """(symbology, text) of every code zbarimg finds on the page."""
    out = subprocess.run([_need("zbarimg"), "-q", str(png)], capture_output=True, text=True).stdout
    return sorted(tuple(line.split(":", 1)) for line in out.splitlines() if ":" in line)


def a4_halves(pdf: bytes, tmp_path, dpi=150) -> list:
    """The two parts of an A4 slip as separate images: zbar reports two identical
    barcodes in one image only once."""
    (tmp_path / "halves.pdf").write_bytes(pdf)
    width, height = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    halves = []
    for name, top in (("top", 0), ("bottom", height // 2)):
        subprocess.run([_need("pdftoppm"), "-png", "-singlefile", "-r", str(dpi), "-x", "0",
                        "-y", str(top), "-W", str(width), "-H", str(height // 2),
                        str(tmp_path / "halves.pdf"), str(tmp_path / name)], check=True)
        halves.append(tmp_path / f"{name}.png")
    return halves


def pdf_images(pdf: bytes, tmp_path) -> list[tuple[str, int, int]]:
    """(type, width, height) of each image pdfimages lists."""
    (tmp_path / "images.pdf").write_bytes(pdf)
    out = subprocess.run([_need("pdfimages"), "-list", str(tmp_path / "images.pdf")],
                         capture_output=True, text=True, check=True).stdout
    return [(p[2], int(p[3]), int(p[4])) for p in (line.split() for line in out.splitlines()[2:])]


def assert_fonts_embedded(pdf: bytes) -> None:
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" and f["uni"] == "yes" for f in fonts), fonts
    assert {f["name"].split("+")[-1] for f in fonts} <= {"NotoSansSC-Regular", "NotoSansSC-Bold"}


def test_a4_slip_in_chinese_reads_back_with_both_codes(chinese, tmp_path):
    data = slip(SIX, approver_name="王主管")
    pdf = rs.build(STORE, data, ChineseWords(), "A4")
    text = pdf_text(pdf)
    flat_text = flat(text)
    for expected in ("处理结果确认单", "顾客联", "存根联", "测试商场（人民路店）", "010-85551234",
                     "确认单号", "投诉单号", "处理方式", "金额（元）", "顾客签字", "经办人", "李小红",
                     "审批主管", "王主管", "张伟", "格力", "POS-2026-1188", "退货退款", "现金补偿",
                     "沿此线剪开", SLIP, COMPLAINT):
        assert text.count(expected) >= (1 if expected == "沿此线剪开" else 2), expected
    assert flat_text.count(ACCEPTANCE) == 2
    assert flat_text.count(flat("新买空调制冷效果差，三次维修仍未解决。")) == 2
    for figures in ("￥3,999.00", "￥99.50", "￥200.00", "￥150.05", "￥4,448.55"):
        assert text.count(figures) == 2, figures
    capitals = cn2an.an2cn("4448.55", "rmb")
    assert capitals == "肆仟肆佰肆拾捌元伍角伍分"
    assert flat_text.count(capitals) == 2
    # The customer's copy may get lost: it shows the phone masked, the store's copy in full.
    assert text.count("139****5678") == 1 and text.count("13912345678") == 1
    assert "补打" not in text
    assert_fonts_embedded(pdf)
    assert len(pdf_pages_png(pdf, tmp_path, dpi=150)) == 1
    for half in a4_halves(pdf, tmp_path):
        assert scanned_codes(half) == [("CODE-128", COMPLAINT), ("QR-Code", COMPLAINT)]


@pytest.mark.parametrize(("amount", "capitals", "figures"), [
    ("800", "捌佰元整", "￥800.00"),
    ("1005.00", "壹仟零伍元整", "￥1,005.00"),
    ("12345.67", cn2an.an2cn("12345.67", "rmb"), "￥12,345.67"),
    ("0.50", cn2an.an2cn("0.50", "rmb"), "￥0.50"),
])
def test_total_in_capitals_matches_the_figures(chinese, amount, capitals, figures):
    remedy = rs.SlipRemedy("cash_compensation", "现金补偿", Decimal(amount))
    text = pdf_text(rs.build(STORE, slip([remedy]), ChineseWords(), "A4"))
    assert flat(text).count(capitals) == 2
    assert text.count(figures) == 4  # the remedy's row and the total, on both parts


def test_a5_gives_each_part_its_own_page(chinese, tmp_path):
    pdf = rs.build(STORE, slip(SIX[:1]), ChineseWords(), "A5")
    customer, store, *rest = pdf_text(pdf).split("\f")
    assert not "".join(rest).strip()
    # The copy's own name, and once more in the footer that names both parts.
    assert customer.count("顾客联") == 2 and customer.count("存根联") == 1
    assert store.count("存根联") == 2 and store.count("顾客联") == 1
    assert "139****5678" in customer and "13912345678" in store
    for page in (customer, store):
        for expected in ("处理结果确认单", SLIP, COMPLAINT, "￥3,999.00", "叁仟玖佰玖拾玖元整"):
            assert expected in flat(page), expected
        assert ACCEPTANCE in flat(page)
    assert_fonts_embedded(pdf)
    pages = pdf_pages_png(pdf, tmp_path, dpi=150)
    assert len(pages) == 2
    for png in pages:
        assert scanned_codes(png) == [("CODE-128", COMPLAINT), ("QR-Code", COMPLAINT)]


@pytest.mark.parametrize("page_size", ["A4", "A5"])
def test_reprint_is_marked_on_every_part(chinese, page_size):
    text = pdf_text(rs.build(STORE, slip(SIX, copy_number=3), ChineseWords(), page_size))
    assert text.count("补打第3次") == 2
    if page_size == "A5":
        assert all("补打第3次" in page for page in text.split("\f")[:2])


def test_drawn_signature_is_embedded_in_both_parts(tmp_path):
    png = signature_png()
    data = slip(SIX[:2], signed=True, signed_on="2026-11-24")
    with_signature = rs.build(STORE, data, ChineseWords(), "A4", signature_png=png)
    images = pdf_images(with_signature, tmp_path)
    assert images.count(("image", 240, 80)) == 2  # the ink, once per part (plus its alpha masks)
    assert pdf_text(with_signature).count("2026-11-24") >= 4  # issued on, and signed on
    assert pdf_images(rs.build(STORE, slip(SIX[:2]), ChineseWords(), "A4"), tmp_path) == []
    assert_fonts_embedded(with_signature)


def test_english_source_texts_without_translators():
    text = pdf_text(rs.build(STORE, slip(SIX[:1]), ChineseWords(), "A4"))
    for expected in ("Resolution Confirmation Slip", "Customer's copy", "Store's copy",
                     "Handled by", "I understand and accept the resolution above"):
        assert flat(expected) in flat(text), expected


@pytest.mark.parametrize(("page_size", "pages"), [("A4", 1), ("A5", 2)])
def test_the_most_remedies_with_every_extra_still_fit_and_scan(chinese, tmp_path, page_size, pages):
    long = rs.SlipRemedy("gift", "赠送延保服务" * 8, Decimal("300"))
    remedies = (SIX + [long] * 14)[:resolution.MAX_REMEDIES]
    pdf = rs.build(STORE, slip(remedies, approver_name="王主管", copy_number=1), ChineseWords(),
                   page_size, signature_png=signature_png())
    pngs = pdf_pages_png(pdf, tmp_path, dpi=150)
    assert len(pngs) == pages
    assert flat(pdf_text(pdf)).count(money_in_words(slip(remedies).total)) == 2
    for part in (a4_halves(pdf, tmp_path) if page_size == "A4" else pngs):
        assert scanned_codes(part) == [("CODE-128", COMPLAINT), ("QR-Code", COMPLAINT)]


def test_slip_data_of_the_domain_maps_onto_the_slip():
    data = ResolutionSlipData(
        store_name="测试商场", store_address="人民路88号", store_phone="010-1", slip_number=SLIP,
        complaint_number=COMPLAINT, date=datetime.date(2026, 11, 24), customer_name="张伟",
        customer_phone="13912345678", product="格力 空调", receipt_no="", complaint_brief="不制冷",
        remedies=(DataRemedy("refund", "退款", Decimal("800.00"), "捌佰元整"),),
        total=Decimal("800.00"), total_in_words="捌佰元整", clerk_name="李小红",
        supervisor_name="王主管", copy_no=2)
    store, mapped = rs.from_slip_data(data)
    assert store == rs.SlipStore("测试商场", "人民路88号", "010-1")
    assert mapped.copy_number == 1 and mapped.approver_name == "王主管"
    assert mapped.remedies == [rs.SlipRemedy("refund", "退款", Decimal("800.00"))]
    text = pdf_text(rs.build(store, mapped, ChineseWords()))
    assert text.count("捌佰元整") == 2 and text.count("￥800.00") == 4


@pytest.mark.parametrize(("phone", "masked"), [
    ("13912345678", "139****5678"), ("010-85551234", "010*****1234"), ("85551234", "855*1234"),
    ("123456", "**3456"), ("1234", "1234"), ("", "")])
def test_phone_masking(phone, masked):
    assert rs.mask_phone(phone) == masked
