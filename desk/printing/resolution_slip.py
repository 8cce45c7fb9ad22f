"""The resolution slip (处理结果确认单): what the store and the customer agreed, signed.

Two parts, each complete: the customer's copy (顾客联) and the store's copy (存根联).
On A4 both sit on one portrait page with a dashed cut line between them; on A5 each
part has its own page. The complaint number is printed as a QR code and a Code128
barcode, so the desk's search box can scan it back from either. Amounts appear in
figures and the total also in Chinese capitals, as on any signed money document.
Words for codes come from the caller (`words.label(code)`), so this module needs no Qt.
"""

import datetime
import io
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    Image,
    KeepInFrame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from desk.printing.codes import barcode_drawing, qr_drawing
from desk.printing.money import money_figures, money_in_words
from desk.printing.styles import FONT, FONT_BOLD, LINE, SHADE, grid_style, stylesheet
from desk.translate import QT_TRANSLATE_NOOP, translate

CTX = "ResolutionSlip"
REPRINT_RED = colors.HexColor("#C62828")
COPY_TAG = colors.HexColor("#D9DEE6")
LABEL_WIDTH = 24 * mm  # room for the English labels too

TEXTS = {
    "title": QT_TRANSLATE_NOOP("ResolutionSlip", "Resolution Confirmation Slip"),
    "customer_copy": QT_TRANSLATE_NOOP("ResolutionSlip", "Customer's copy"),
    "store_copy": QT_TRANSLATE_NOOP("ResolutionSlip", "Store's copy"),
    "reprint": QT_TRANSLATE_NOOP("ResolutionSlip", "Copy {n}"),
    "slip_no": QT_TRANSLATE_NOOP("ResolutionSlip", "Slip no."),
    "complaint_no": QT_TRANSLATE_NOOP("ResolutionSlip", "Complaint no."),
    "issued": QT_TRANSLATE_NOOP("ResolutionSlip", "Issued on"),
    "customer": QT_TRANSLATE_NOOP("ResolutionSlip", "Customer"),
    "phone": QT_TRANSLATE_NOOP("ResolutionSlip", "Phone"),
    "product": QT_TRANSLATE_NOOP("ResolutionSlip", "Product"),
    "receipt": QT_TRANSLATE_NOOP("ResolutionSlip", "Receipt no."),
    "brief": QT_TRANSLATE_NOOP("ResolutionSlip", "Complaint in brief"),
    "seq": QT_TRANSLATE_NOOP("ResolutionSlip", "No."),
    "remedy": QT_TRANSLATE_NOOP("ResolutionSlip", "Remedy"),
    "details": QT_TRANSLATE_NOOP("ResolutionSlip", "Details"),
    "amount": QT_TRANSLATE_NOOP("ResolutionSlip", "Amount (yuan)"),
    "total": QT_TRANSLATE_NOOP("ResolutionSlip", "Total"),
    "in_words": QT_TRANSLATE_NOOP("ResolutionSlip", "In words: {words}"),
    "acceptance": QT_TRANSLATE_NOOP(
        "ResolutionSlip",
        "I understand and accept the resolution above; the matter has been settled to my "
        "satisfaction."),
    "signature": QT_TRANSLATE_NOOP("ResolutionSlip", "Customer's signature"),
    "sign_date": QT_TRANSLATE_NOOP("ResolutionSlip", "Date"),
    "date_blank": QT_TRANSLATE_NOOP("ResolutionSlip", "Year      Month      Day"),
    "signed_on_file": QT_TRANSLATE_NOOP("ResolutionSlip", "Signed: the original is on file"),
    "clerk": QT_TRANSLATE_NOOP("ResolutionSlip", "Handled by"),
    "approver": QT_TRANSLATE_NOOP("ResolutionSlip", "Approved by (supervisor)"),
    "none": QT_TRANSLATE_NOOP("ResolutionSlip", "none"),
    "footer": QT_TRANSLATE_NOOP(
        "ResolutionSlip",
        "Two parts: the customer keeps the customer's copy, the service desk files the "
        "store's copy."),
    "cut": QT_TRANSLATE_NOOP("ResolutionSlip", "Cut along this line"),
}


def t(key: str, **values) -> str:
    text = translate(CTX, TEXTS[key])
    return text.format(**values) if values else text


class SlipRemedy(NamedTuple):
    code: str
    text: str
    amount: Decimal | None = None


@dataclass
class SlipStore:
    name: str
    address: str = ""
    phone: str = ""


@dataclass
class SlipData:
    """The slip's values, already plain (the caller reads them from the database)."""

    number: str
    complaint_number: str
    issued_on: datetime.date | str
    customer_name: str
    phone: str
    product: str
    receipt_no: str
    complaint_brief: str
    remedies: list[SlipRemedy]
    total: Decimal
    clerk_name: str
    approver_name: str = ""
    copy_number: int = 0  # 0: the original; n: the n-th reprint
    signed: bool = False
    signed_on: str = field(default="")  # printed in the date box when known


def mask_phone(phone: str) -> str:
    """139****5678: the customer's copy may get lost, so it does not carry the whole number."""
    phone = phone.strip()
    if len(phone) >= 7:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    if len(phone) > 4:
        return "*" * (len(phone) - 4) + phone[-4:]
    return phone


@dataclass
class _Layout:
    """Sizes that differ between the half-A4 part and the A5 page."""

    page: tuple[float, float]
    margin: float
    parts_per_page: int
    gap: float  # room around the cut line between two parts on one page
    scale: float  # of the fonts
    qr_size: float
    bar_width: float  # of the barcode's narrowest bar: wide enough for a 150 dpi scan
    signature_height: float


LAYOUTS = {
    "A4": _Layout(A4, 10 * mm, 2, 12 * mm, 0.9, 20 * mm, 0.35 * mm, 15 * mm),
    "A5": _Layout(A5, 9 * mm, 1, 0, 1.0, 20 * mm, 0.35 * mm, 22 * mm),
}


_NO_PADDING = [(f"{side}PADDING", (0, 0), (-1, -1), 0)
               for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")]


class _Part:
    """Builds one part (customer's or store's copy) at a given width."""

    def __init__(self, store: SlipStore, slip: SlipData, words, width: float, layout: _Layout,
                 for_customer: bool, signature_png: bytes | None):
        scale = self.scale = layout.scale
        self.layout = layout
        self.store, self.slip, self.words = store, slip, words
        self.width, self.for_customer, self.signature_png = width, for_customer, signature_png
        self.styles = stylesheet(scale)
        base = self.styles["body"]
        self.right = ParagraphStyle("slip-right", parent=self.styles["cell"], alignment=TA_RIGHT)
        self.center = ParagraphStyle("slip-center", parent=self.styles["cell"], alignment=TA_CENTER)
        self.head = ParagraphStyle("slip-head", parent=self.styles["label"], alignment=TA_CENTER)
        self.store_name = ParagraphStyle("slip-store", parent=base, fontName=FONT_BOLD,
                                         fontSize=11 * scale, leading=14 * scale)
        self.copy_tag = ParagraphStyle("slip-copy", parent=base, fontName=FONT_BOLD,
                                       fontSize=11.5 * scale, leading=15 * scale)
        self.title = ParagraphStyle("slip-title", parent=self.styles["title"], alignment=0,
                                    fontSize=17 * scale, leading=21 * scale, spaceAfter=0)
        self.strong = ParagraphStyle("slip-strong", parent=base, fontName=FONT_BOLD)

    def p(self, text, style=None):
        return Paragraph(escape(text or ""), style or self.styles["cell"])

    def lab(self, key):
        return Paragraph(escape(t(key)), self.styles["label"])

    def flowables(self, height: float) -> list:
        """The part within `height`. A long list of remedies shrinks the body to fit, never
        the header: shrunk bars would no longer scan."""
        header = self.header()
        header_h = header.wrap(self.width, height)[1] + 2 * mm
        body = [self.facts(), Spacer(1, 2 * mm), self.remedies(), Spacer(1, 1.5 * mm),
                self.p(t("acceptance"), self.strong), Spacer(1, 1.5 * mm),
                self.signatures(), Spacer(1, 1 * mm), self.p(t("footer"), self.styles["small"])]
        return [header, Spacer(1, 2 * mm),
                KeepInFrame(self.width, height - header_h - 1, body, mode="shrink", hAlign="LEFT")]

    def copy_line(self) -> Paragraph:
        copy = escape(t("customer_copy" if self.for_customer else "store_copy"))
        text = f'<font backColor="{COPY_TAG.hexval()}">\u2002{copy}\u2002</font>'
        if self.slip.copy_number:
            mark = escape(t("reprint", n=self.slip.copy_number))
            text += (f'\u2003<font color="{REPRINT_RED.hexval()}" size="{13 * self.scale:.1f}">'
                     f"【{mark}】</font>")
        return Paragraph(text, self.copy_tag)

    def header(self) -> Table:
        """Store, title and the copy's name (with the reprint mark) left, the codes right.
        On a wide part the barcode sits beside the QR code; on the narrow A5 page under it."""
        s = self.store
        contact = "  ".join(x for x in (s.address, s.phone) if x)
        left = [self.p(s.name, self.store_name)]
        if contact:
            left.append(self.p(contact, self.styles["small"]))
        left += [Spacer(1, 1.5 * mm), self.p(t("title"), self.title)]
        wide = self.width > 150 * mm
        number = self.slip.complaint_number
        barcode = barcode_drawing(number, bar_width=self.layout.bar_width, height=7 * mm)
        qr = qr_drawing(number, size=self.layout.qr_size)
        codes = Table([[barcode], [self.p(number, self.center)]], colWidths=[barcode.width],
                      hAlign="RIGHT")
        codes.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *_NO_PADDING,
                        ("ALIGN", (0, 0), (-1, -1), "CENTER")])
        qr_w = qr.width + 1 * mm
        if wide:
            left += [Spacer(1, 1 * mm), self.copy_line()]
            code_w = barcode.width + 3 * mm
            rows = [[left, codes, qr]]
            widths = [self.width - code_w - qr_w, code_w, qr_w]
        else:
            code_w = max(barcode.width, qr_w)
            rows = [[left, qr], [self.copy_line(), codes]]
            widths = [self.width - code_w, code_w]
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        last = len(rows) - 1
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *_NO_PADDING,
                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                        ("TOPPADDING", (0, last), (-1, last), 0 if wide else 1.5 * mm),
                        ("LINEBELOW", (0, last), (-1, last), 1.2, LINE),
                        ("BOTTOMPADDING", (0, last), (-1, last), 1 * mm)])
        return table

    def facts(self) -> Table:
        c = self.slip
        phone = mask_phone(c.phone) if self.for_customer else c.phone
        issued = c.issued_on.isoformat() if isinstance(c.issued_on, datetime.date) else c.issued_on
        rows = [
            [self.lab("slip_no"), self.p(c.number), self.lab("issued"), self.p(issued)],
            [self.lab("complaint_no"), self.p(c.complaint_number), self.lab("receipt"),
             self.p(c.receipt_no or t("none"))],
            [self.lab("customer"), self.p(c.customer_name), self.lab("phone"), self.p(phone)],
            [self.lab("product"), self.p(c.product), "", ""],
            [self.lab("brief"), self.p(c.complaint_brief), "", ""],
        ]
        label_w = LABEL_WIDTH
        half = self.width / 2
        table = Table(rows, colWidths=[label_w, half - label_w, label_w, half - label_w],
                      hAlign="LEFT")
        spans = [("SPAN", (1, i), (3, i)) for i in (3, 4)]
        shaded = [("BACKGROUND", (0, 0), (0, -1), SHADE), ("BACKGROUND", (2, 0), (2, 2), SHADE)]
        table.setStyle(grid_style([*spans, *shaded]))
        return table

    def remedies(self) -> Table:
        c = self.slip
        rows = [[self.p(t(k), self.head) for k in ("seq", "remedy", "details", "amount")]]
        for i, r in enumerate(c.remedies, start=1):
            amount = "—" if r.amount is None else money_figures(r.amount)
            rows.append([self.p(str(i), self.center), self.p(self.words.label(r.code)),
                         self.p(r.text), self.p(amount, self.right)])
        words = escape(t("in_words", words=money_in_words(c.total)))
        rows.append([self.p(t("total"), self.head), Paragraph(words, self.strong), "",
                     self.p(money_figures(c.total), ParagraphStyle(
                         "slip-total", parent=self.right, fontName=FONT_BOLD))])
        amount_w = 27 * mm
        seq_w, kind_w = 13 * mm, 26 * mm
        table = Table(rows, colWidths=[seq_w, kind_w, self.width - seq_w - kind_w - amount_w,
                                       amount_w],
                      repeatRows=1, hAlign="LEFT")
        last = len(rows) - 1
        table.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), SHADE),
                                   ("BACKGROUND", (0, last), (0, last), SHADE),
                                   ("SPAN", (1, last), (2, last)),
                                   ("LINEABOVE", (0, last), (-1, last), 1, LINE)]))
        return table

    def signature_box(self):
        height = self.layout.signature_height
        if self.signature_png:
            return Image(io.BytesIO(self.signature_png), width=self.width / 2 - 30 * mm,
                         height=height - 2 * mm, kind="proportional")
        if self.slip.signed:
            return self.p(t("signed_on_file"), self.styles["small"])
        return ""

    def signatures(self) -> Table:
        c = self.slip
        # Paragraphs fold runs of spaces: keep the gaps where the customer writes the date.
        date = c.signed_on or t("date_blank").replace(" ", "\u00a0")
        date_style = self.styles["cell"] if c.signed_on else self.styles["small"]
        rows = [[self.lab("signature"), self.signature_box(), self.lab("sign_date"),
                 self.p(date, ParagraphStyle("slip-date", parent=date_style, alignment=TA_RIGHT))]]
        if c.approver_name:
            rows.append([self.lab("clerk"), self.p(c.clerk_name), self.lab("approver"),
                         self.p(c.approver_name)])
        else:
            rows.append([self.lab("clerk"), self.p(c.clerk_name), "", ""])
        label_w, half = LABEL_WIDTH, self.width / 2
        table = Table(rows, colWidths=[label_w, half - label_w, label_w, half - label_w],
                      rowHeights=[self.layout.signature_height, None], hAlign="LEFT")
        extra = [("BACKGROUND", (0, 0), (0, -1), SHADE), ("BACKGROUND", (2, 0), (2, 0), SHADE),
                 ("ALIGN", (1, 0), (1, 0), "CENTER")]
        if c.approver_name:
            extra.append(("BACKGROUND", (2, 1), (2, 1), SHADE))
        else:
            extra.append(("SPAN", (1, 1), (3, 1)))
        table.setStyle(grid_style(extra))
        return table


def _cut_line(layout: _Layout):
    """Dashed line across the middle of the page with a small 'cut here'."""
    def draw(canvas, doc):
        width, height = layout.page
        y = height / 2
        label = t("cut")
        canvas.saveState()
        canvas.setFont(FONT, 7)
        text_w = canvas.stringWidth(label, FONT, 7) + 4 * mm
        canvas.setStrokeColor(LINE)
        canvas.setDash(4, 3)
        canvas.setLineWidth(0.6)
        canvas.line(layout.margin / 2, y, (width - text_w) / 2, y)
        canvas.line((width + text_w) / 2, y, width - layout.margin / 2, y)
        canvas.setFillColor(LINE)
        canvas.drawCentredString(width / 2, y - 2.5, label)
        canvas.restoreState()
    return draw


def _frames(layout: _Layout) -> list[Frame]:
    width, height = layout.page
    m = layout.margin
    inner_w = width - 2 * m
    if layout.parts_per_page == 1:
        return [Frame(m, m, inner_w, height - 2 * m, 0, 0, 0, 0, id="part")]
    part_h = (height - 2 * m - layout.gap) / 2
    return [Frame(m, height / 2 + layout.gap / 2, inner_w, part_h, 0, 0, 0, 0, id="top"),
            Frame(m, m, inner_w, part_h, 0, 0, 0, 0, id="bottom")]


def build(store: SlipStore, slip: SlipData, words, page_size: str = "A4",
          signature_png: bytes | None = None) -> bytes:
    """The slip as PDF bytes: customer's copy first, then the store's copy."""
    layout = LAYOUTS[page_size]
    frames = _frames(layout)
    width, height = frames[0]._width, frames[0]._height
    story = []
    for i, for_customer in enumerate((True, False)):
        part = _Part(store, slip, words, width, layout, for_customer, signature_png)
        # Shrink rather than spill: each part must stay whole on its half or page.
        story += part.flowables(height)
        if i == 0:
            story.append(FrameBreak() if layout.parts_per_page == 2 else PageBreak())
    on_page = _cut_line(layout) if layout.parts_per_page == 2 else None
    template = PageTemplate("slip", frames=frames, **({"onPage": on_page} if on_page else {}))
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=layout.page, pageTemplates=[template],
                          leftMargin=layout.margin, rightMargin=layout.margin,
                          topMargin=layout.margin, bottomMargin=layout.margin,
                          title=t("title"), author=store.name, initialFontName=FONT)
    doc.build(story)
    return out.getvalue()


def from_slip_data(data) -> tuple[SlipStore, SlipData]:
    """The store and slip values from desk.resolution.slip_data.ResolutionSlipData (read by name, so
    printing does not depend on the database). Its copy_no counts prints (1 = the
    original); the slip marks reprints, so copy_no 2 is 「补打第1次」."""
    store = SlipStore(data.store_name, data.store_address, data.store_phone)
    slip = SlipData(
        number=data.slip_number, complaint_number=data.complaint_number, issued_on=data.date,
        customer_name=data.customer_name, phone=data.customer_phone, product=data.product,
        receipt_no=data.receipt_no, complaint_brief=data.complaint_brief,
        remedies=[SlipRemedy(r.kind, r.text, r.amount) for r in data.remedies],
        total=data.total, clerk_name=data.clerk_name, approver_name=data.supervisor_name,
        copy_number=max(data.copy_no - 1, 0))
    return store, slip
