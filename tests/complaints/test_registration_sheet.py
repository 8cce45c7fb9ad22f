"""The complaint registration form on paper: blank and filled, read back."""

from desk.complaints import registration
from desk.complaints import sheet_data as documents
from desk.complaints.sheet_data import SheetStore
from desk.printing import registration_sheet
from tests.complaints.test_registration import make_input
from tests.pdf_tools import decode_qr, pdf_fonts, pdf_pages_png, pdf_text


class ChineseWords:
    """Stands in for desk.ui.labels (which needs a QApplication) with a few real words."""

    WORDS = {"counter": "当面", "product_quality": "商品质量", "repair": "维修", "complaint": "投诉"}

    def label(self, code):
        return self.WORDS.get(code, code)

    def demand_label(self, code):
        return self.WORDS.get(code, code)

    def level_label(self, n):
        return f"{n}级"


def test_filled_form_holds_the_complaint_in_chinese_with_fonts_embedded(store, tmp_path):
    c = registration.register(make_input(member_no="M8801", order_no="POS-2026-1188"),
                              store.clerk, store.desk)
    pdf = registration_sheet.build(documents.store_header(),
                                   documents.registration_sheet_data(c.id), ChineseWords())
    text = pdf_text(pdf)
    for expected in (c.number, "测试商场", "张伟", "13912345678", "空调制冷效果差", "格力",
                     "KFR-35GW", "3,999.00", "POS-2026-1188", "M8801", "李小红", "■ 维修",
                     "■ 当面", "■ 商品质量", "■ 1级"):
        assert expected in text, expected
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" and f["uni"] == "yes" for f in fonts), fonts
    assert {f["name"].split("+")[-1] for f in fonts} <= {"NotoSansSC-Regular", "NotoSansSC-Bold"}
    pages = pdf_pages_png(pdf, tmp_path, dpi=150)
    assert len(pages) == 1
    assert decode_qr(pages[0]) == [c.number]


def test_blank_form_has_every_choice_unticked(conn, tmp_path):
    pdf = registration_sheet.build(SheetStore("测试商场"), None, ChineseWords())
    text = pdf_text(pdf)
    assert "■" not in text
    assert "□ 当面" in text and "□ 维修" in text and "□ 3级" in text
    assert len(pdf_pages_png(pdf, tmp_path)) == 1
