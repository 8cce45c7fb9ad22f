"""The reply letter (答复函) to a written complaint: one A4 letter, the store's answer.

Letterhead (store, address, phone) with the complaint number as text and as a QR code,
the letter's own number and date, the text the clerk issued, and the closing: the
store's name, a box for its seal, the clerk who handled it and the approving
supervisor. A preview before issuing has no number and says it is a draft.
"""

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from desk.printing.codes import qr_drawing
from desk.printing.styles import FONT, FONT_BOLD, LINE, stylesheet
from desk.resolution.replies import ReplyLetterData
from desk.translate import QT_TRANSLATE_NOOP, translate

CTX = "ReplyLetterPaper"
DRAFT_RED = colors.HexColor("#C62828")
MARGIN = 20 * mm

TEXTS = {
    "title": QT_TRANSLATE_NOOP("ReplyLetterPaper", "Reply to Your Complaint"),
    "letter_no": QT_TRANSLATE_NOOP("ReplyLetterPaper", "Letter no. {number}"),
    "complaint_no": QT_TRANSLATE_NOOP("ReplyLetterPaper", "Complaint no. {number}"),
    "date": QT_TRANSLATE_NOOP("ReplyLetterPaper", "Date: {date}"),
    "draft": QT_TRANSLATE_NOOP("ReplyLetterPaper", "DRAFT: not issued"),
    "phone": QT_TRANSLATE_NOOP("ReplyLetterPaper", "Tel. {phone}"),
    "seal": QT_TRANSLATE_NOOP("ReplyLetterPaper", "(seal)"),
    "handled_by": QT_TRANSLATE_NOOP("ReplyLetterPaper", "Handled by: {name}"),
    "approved_by": QT_TRANSLATE_NOOP("ReplyLetterPaper", "Approved by: {name}"),
    "signature": QT_TRANSLATE_NOOP("ReplyLetterPaper", "Signature: ______________"),
    "page": QT_TRANSLATE_NOOP("ReplyLetterPaper", "Page {n}"),
}


def t(key: str, **values) -> str:
    text = translate(CTX, TEXTS[key])
    return text.format(**values) if values else text


def _styles() -> dict[str, ParagraphStyle]:
    base = stylesheet()
    body = ParagraphStyle("letter-body", parent=base["body"], fontSize=11, leading=18,
                          spaceAfter=3 * mm)
    return {
        "store": ParagraphStyle("letter-store", parent=base["body"], fontName=FONT_BOLD,
                                fontSize=14, leading=18),
        "small": base["small"],
        "title": ParagraphStyle("letter-title", parent=base["title"], fontSize=18, leading=24,
                                spaceBefore=4 * mm, spaceAfter=4 * mm),
        "meta": ParagraphStyle("letter-meta", parent=base["body"], fontSize=9.5, leading=13),
        "meta_right": ParagraphStyle("letter-meta-r", parent=base["body"], fontSize=9.5,
                                     leading=13, alignment=TA_RIGHT),
        "draft": ParagraphStyle("letter-draft", parent=base["body"], fontName=FONT_BOLD,
                                fontSize=11, textColor=DRAFT_RED),
        "body": body,
        "closing": ParagraphStyle("letter-closing", parent=body, alignment=TA_RIGHT,
                                  spaceAfter=1 * mm),
    }


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def _letterhead(data: ReplyLetterData, s, width: float) -> Table:
    contact = "  ".join(p for p in (data.store_address,
                                    t("phone", phone=data.store_phone) if data.store_phone
                                    else "") if p)
    left = [_p(data.store_name, s["store"]), _p(contact, s["small"])]
    qr = qr_drawing(data.complaint_number, 20 * mm)
    table = Table([[left, qr]], colWidths=[width - 24 * mm, 24 * mm])
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, LINE),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return table


def _meta(data: ReplyLetterData, s, width: float) -> Table:
    left = [_p(t("complaint_no", number=data.complaint_number), s["meta"])]
    if data.number:
        left.insert(0, _p(t("letter_no", number=data.number), s["meta"]))
    else:
        left.insert(0, _p(t("draft"), s["draft"]))
    right = _p(t("date", date=data.date.isoformat()), s["meta_right"])
    table = Table([[left, right]], colWidths=[width * 0.65, width * 0.35])
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return table


def _closing(data: ReplyLetterData, s) -> KeepTogether:
    lines = [Spacer(1, 6 * mm), _p(data.store_name, s["closing"]), _p(t("seal"), s["closing"]),
             _p(data.date.isoformat(), s["closing"]), Spacer(1, 4 * mm),
             _p(t("signature"), s["closing"]),
             _p(t("handled_by", name=data.clerk_name), s["closing"])]
    if data.approver_name:
        lines.append(_p(t("approved_by", name=data.approver_name), s["closing"]))
    return KeepTogether(lines)


def _page_number(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(LINE)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, t("page", n=doc.page))
    canvas.restoreState()


def build(data: ReplyLetterData) -> bytes:
    """The letter as PDF bytes, A4, fonts embedded."""
    s = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=15 * mm, bottomMargin=18 * mm,
                            title=t("title"), author=data.store_name,
                            subject=data.complaint_number, initialFontName=FONT)
    width = doc.width - 12  # the frame's own padding, 6 pt each side
    story = [_letterhead(data, s, width), _p(t("title"), s["title"]), _meta(data, s, width),
             Spacer(1, 5 * mm)]
    for paragraph in data.body.replace("\r\n", "\n").split("\n\n"):
        if paragraph.strip():
            story.append(_p(paragraph.strip("\n"), s["body"]))
    story.append(_closing(data, s))
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return out.getvalue()
