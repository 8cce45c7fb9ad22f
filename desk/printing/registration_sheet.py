"""The complaint registration form (《顾客投诉登记表》), blank or filled in.

Blank: for written complaints, or for the counter when the PC is down. Filled: the
record of one complaint, with its number as a QR code. Words for codes come from the
caller (`words`: an object with label(code), demand_label(code), level_label(n)), so
this module needs no Qt.
"""

import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from desk import vocab
from desk.complaints.sheet_data import SheetComplaint, SheetStore
from desk.printing.codes import qr_drawing
from desk.printing.styles import FONT, MARGIN, SHADE, grid_style, stylesheet
from desk.translate import QT_TRANSLATE_NOOP, translate

CTX = "RegistrationSheet"
CHECKED, UNCHECKED = "■", "□"

TEXTS = {
    "title": QT_TRANSLATE_NOOP("RegistrationSheet", "Customer Complaint Registration Form"),
    "number": QT_TRANSLATE_NOOP("RegistrationSheet", "Complaint no."),
    "received": QT_TRANSLATE_NOOP("RegistrationSheet", "Received at"),
    "name": QT_TRANSLATE_NOOP("RegistrationSheet", "Complainant"),
    "phone": QT_TRANSLATE_NOOP("RegistrationSheet", "Phone"),
    "member": QT_TRANSLATE_NOOP("RegistrationSheet", "Member no."),
    "kind": QT_TRANSLATE_NOOP("RegistrationSheet", "Kind"),
    "channel": QT_TRANSLATE_NOOP("RegistrationSheet", "Channel"),
    "category": QT_TRANSLATE_NOOP("RegistrationSheet", "Category"),
    "product": QT_TRANSLATE_NOOP("RegistrationSheet", "Product (name, brand, model)"),
    "order": QT_TRANSLATE_NOOP("RegistrationSheet", "Order / receipt no."),
    "purchase_date": QT_TRANSLATE_NOOP("RegistrationSheet", "Purchase date"),
    "amount": QT_TRANSLATE_NOOP("RegistrationSheet", "Amount (yuan)"),
    "account": QT_TRANSLATE_NOOP("RegistrationSheet", "The customer's account (key points)"),
    "demands": QT_TRANSLATE_NOOP("RegistrationSheet", "The customer asks for"),
    "level": QT_TRANSLATE_NOOP("RegistrationSheet", "Escalation level"),
    "media": QT_TRANSLATE_NOOP("RegistrationSheet", "Media involved"),
    "clerk": QT_TRANSLATE_NOOP("RegistrationSheet", "Registered by"),
    "signature": QT_TRANSLATE_NOOP("RegistrationSheet", "Customer's signature"),
    "date": QT_TRANSLATE_NOOP("RegistrationSheet", "Date"),
    "repeat": QT_TRANSLATE_NOOP("RegistrationSheet", "Repeat of complaint"),
    "note": QT_TRANSLATE_NOOP(
        "RegistrationSheet",
        "The desk repeats the key points back to the customer. Level 3 (media, consumer "
        "association, authorities) is reported to a supervisor at once."),
    "none": QT_TRANSLATE_NOOP("RegistrationSheet", "none"),
}


def t(key: str) -> str:
    return translate(CTX, TEXTS[key])


def _choices(codes, chosen, word) -> str:
    return "  ".join(
        f"{CHECKED if code in chosen else UNCHECKED} {escape(word(code))}" for code in codes
    )


def build(store: SheetStore, complaint: SheetComplaint | None, words, categories=None) -> bytes:
    """The form as PDF bytes; complaint None gives the blank form."""
    styles = stylesheet()
    body, label = styles["body"], styles["label"]
    c = complaint

    def p(text, style=body):
        return Paragraph(escape(text or ""), style)

    def lab(key):
        return Paragraph(escape(t(key)), label)

    def value(getter):
        return p(getter(c)) if c else p("")

    categories = categories or vocab.CATEGORIES
    chosen_channel = {c.channel} if c else set()
    chosen_kind = {c.kind} if c else set()
    chosen_category = {c.category} if c else set()
    chosen_demands = set(c.demands) if c else set()
    level_text = "  ".join(
        f"{CHECKED if c and c.escalation_level == n else UNCHECKED} {escape(words.level_label(n))}"
        for n in vocab.ESCALATION_LEVELS
    )
    media = f"{CHECKED if c and c.media_involved else UNCHECKED} {escape(t('media'))}"
    account_height = 62 * mm if c is None else None

    rows = [
        [lab("number"), value(lambda x: x.number), lab("received"), value(lambda x: x.received_at)],
        [lab("name"), value(lambda x: x.complainant_name), lab("phone"), value(lambda x: x.phone)],
        [lab("member"), value(lambda x: x.member_no), lab("order"), value(lambda x: x.order_no or t("none"))],
        [lab("kind"), Paragraph(_choices(vocab.KINDS, chosen_kind, words.label), body), "", ""],
        [lab("channel"), Paragraph(_choices(vocab.CHANNELS, chosen_channel, words.label), body), "", ""],
        [lab("category"), Paragraph(_choices(categories, chosen_category, words.label), body), "", ""],
        [lab("product"), value(lambda x: x.product), "", ""],
        [lab("purchase_date"), value(lambda x: x.purchase_date), lab("amount"), value(lambda x: x.purchase_amount)],
        [lab("account"), value(lambda x: x.account), "", ""],
        [lab("demands"), Paragraph(
            _choices(vocab.DEMANDS, chosen_demands, words.demand_label)
            + (f"<br/>{escape(c.demand_detail)}" if c and c.demand_detail else ""), body), "", ""],
        [lab("level"), Paragraph(level_text + "<br/>" + media, body), "", ""],
    ]
    if c and c.repeat_of_number:
        rows.append([lab("repeat"), p(c.repeat_of_number), "", ""])
    rows.append([lab("clerk"), value(lambda x: x.clerk_name), lab("signature"), ""])
    rows.append(["", "", lab("date"), ""])

    spans = [("SPAN", (1, i), (3, i)) for i, row in enumerate(rows) if row[2] == ""]
    heights = [None] * len(rows)
    heights[8] = account_height
    heights[-2] = heights[-1] = 12 * mm
    width = A4[0] - 2 * MARGIN
    table = Table(rows, colWidths=[30 * mm, width / 2 - 30 * mm, 28 * mm, width / 2 - 28 * mm],
                  rowHeights=heights, repeatRows=0)
    shaded = [("BACKGROUND", (0, i), (0, i), SHADE) for i in range(len(rows))]
    shaded += [("BACKGROUND", (2, i), (2, i), SHADE) for i, row in enumerate(rows) if row[2] != ""]
    table.setStyle(grid_style([*spans, *shaded, ("VALIGN", (1, 8), (1, 8), "TOP")]))

    header = [p(store.name, styles["title"]), Paragraph(escape(t("title")), styles["title"])]
    if store.address or store.phone:
        header.append(p("  ".join(x for x in (store.address, store.phone) if x), styles["subtitle"]))
    if c:
        head = Table([[header, qr_drawing(c.number)]], colWidths=[width - 26 * mm, 26 * mm])
        head.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), FONT)])
        story = [head]
    else:
        story = list(header)
    story += [Spacer(1, 3 * mm), table, Spacer(1, 2 * mm), p(t("note"), styles["small"])]

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=t("title"),
                            author=store.name, initialFontName=FONT)
    doc.build(story)
    return out.getvalue()
