"""The appointment note (预约单) the customer takes home: one A5 page.

The store's name and phone, the inquiry number as text and as a QR code (the desk's
search box scans it back), the appointment's own number, then the slot: department,
day with its weekday, time window, address, what to have ready, the note. A moved
slot says which one it replaces; a slot no longer to happen (cancelled, missed, moved)
is marked so, so an old paper cannot be taken for a valid one. The phone is masked.
"""

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from desk.complaints.appointments import OPEN, AppointmentNoteData
from desk.complaints.masking import mask_phone
from desk.printing.codes import qr_drawing
from desk.printing.styles import FONT, FONT_BOLD, LINE, SHADE, grid_style, stylesheet
from desk.translate import QT_TRANSLATE_NOOP, translate

CTX = "AppointmentNote"
MARGIN = 12 * mm
VOID_RED = colors.HexColor("#C62828")

TEXTS = {
    "title": QT_TRANSLATE_NOOP("AppointmentNote", "Appointment Note"),
    "number": QT_TRANSLATE_NOOP("AppointmentNote", "Appointment no. {number}"),
    "inquiry": QT_TRANSLATE_NOOP("AppointmentNote", "Inquiry no. {number}"),
    "customer": QT_TRANSLATE_NOOP("AppointmentNote", "Customer"),
    "phone": QT_TRANSLATE_NOOP("AppointmentNote", "Phone"),
    "department": QT_TRANSLATE_NOOP("AppointmentNote", "Department"),
    "day": QT_TRANSLATE_NOOP("AppointmentNote", "Date"),
    "window": QT_TRANSLATE_NOOP("AppointmentNote", "Visit time"),
    "window_value": QT_TRANSLATE_NOOP("AppointmentNote", "{start} – {end}"),
    "address": QT_TRANSLATE_NOOP("AppointmentNote", "Address"),
    "bring": QT_TRANSLATE_NOOP("AppointmentNote", "Please have ready"),
    "note": QT_TRANSLATE_NOOP("AppointmentNote", "Note"),
    "replaces": QT_TRANSLATE_NOOP("AppointmentNote", "This replaces the appointment {slot}."),
    "void": QT_TRANSLATE_NOOP("AppointmentNote", "NO LONGER VALID: {status}"),
    "change": QT_TRANSLATE_NOOP(
        "AppointmentNote", "To change or cancel the appointment, please call {phone} at least "
        "one day before and give the appointment number."),
    "change_no_phone": QT_TRANSLATE_NOOP(
        "AppointmentNote", "To change or cancel the appointment, please contact our customer "
        "service desk at least one day before and give the appointment number."),
    "issued": QT_TRANSLATE_NOOP("AppointmentNote", "Issued {time} by {name}"),
    "tel": QT_TRANSLATE_NOOP("AppointmentNote", "Tel. {phone}"),
}

WEEKDAYS = (
    QT_TRANSLATE_NOOP("AppointmentNote", "Monday"),
    QT_TRANSLATE_NOOP("AppointmentNote", "Tuesday"),
    QT_TRANSLATE_NOOP("AppointmentNote", "Wednesday"),
    QT_TRANSLATE_NOOP("AppointmentNote", "Thursday"),
    QT_TRANSLATE_NOOP("AppointmentNote", "Friday"),
    QT_TRANSLATE_NOOP("AppointmentNote", "Saturday"),
    QT_TRANSLATE_NOOP("AppointmentNote", "Sunday"),
)


def t(key: str, **values) -> str:
    text = translate(CTX, TEXTS[key])
    return text.format(**values) if values else text


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def build(data: AppointmentNoteData, words=None) -> bytes:
    """The note as PDF bytes, A5 portrait, fonts embedded.

    `words(code)` names a state (desk.ui.labels.label); without it the code is printed.
    """
    base = stylesheet()
    s = {
        "store": ParagraphStyle("note-store", parent=base["body"], fontName=FONT_BOLD,
                                fontSize=12, leading=16),
        "small": base["small"],
        "title": ParagraphStyle("note-title", parent=base["title"], fontSize=15, leading=20,
                                spaceBefore=3 * mm, spaceAfter=1 * mm),
        "meta": ParagraphStyle("note-meta", parent=base["body"], fontSize=9, leading=12),
        "label": ParagraphStyle("note-label", parent=base["label"], fontSize=9.5, leading=13),
        "value": ParagraphStyle("note-value", parent=base["body"], fontSize=10.5, leading=14),
        "big": ParagraphStyle("note-big", parent=base["body"], fontName=FONT_BOLD,
                              fontSize=12.5, leading=16),
        "void": ParagraphStyle("note-void", parent=base["body"], fontName=FONT_BOLD,
                               fontSize=12, leading=16, textColor=VOID_RED),
        "body": base["body"],
    }
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A5, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=t("title"),
                            author=data.store_name, subject=data.appointment_no,
                            initialFontName=FONT)
    width = doc.width - 12
    contact = "  ".join(p for p in (data.store_address,
                                    t("tel", phone=data.store_phone) if data.store_phone
                                    else "") if p)
    head = Table([[[_p(data.store_name, s["store"]), _p(contact, s["small"])],
                   qr_drawing(data.complaint_number, 20 * mm)]],
                 colWidths=[width - 24 * mm, 24 * mm])
    head.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                   ("LINEBELOW", (0, 0), (-1, 0), 0.8, LINE),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story = [head, _p(t("title"), s["title"]),
             _p(t("number", number=data.appointment_no), s["meta"]),
             _p(t("inquiry", number=data.complaint_number), s["meta"]), Spacer(1, 3 * mm)]
    if data.status not in OPEN:
        status = words(data.status) if words else data.status
        story += [_p(t("void", status=status), s["void"]), Spacer(1, 2 * mm)]
    weekday = translate(CTX, WEEKDAYS[data.day.weekday()])
    rows = [
        (t("customer"), _p(data.customer_name, s["value"])),
        (t("phone"), _p(mask_phone(data.phone), s["value"])),
        (t("department"), _p(data.department_name, s["value"])),
        (t("day"), _p(f"{data.day.isoformat()}  {weekday}", s["big"])),
        (t("window"), _p(t("window_value", start=data.window_start, end=data.window_end),
                         s["big"])),
        (t("address"), _p(data.address, s["value"])),
        (t("bring"), _p(data.bring or "—", s["value"])),
    ]
    if data.note:
        rows.append((t("note"), _p(data.note, s["value"])))
    table = Table([[_p(label, s["label"]), value] for label, value in rows],
                  colWidths=[28 * mm, width - 28 * mm],
                  style=grid_style([("BACKGROUND", (0, 0), (0, -1), SHADE),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story.append(table)
    if data.replaces:
        story += [Spacer(1, 2 * mm), _p(t("replaces", slot=data.replaces), s["body"])]
    change = (t("change", phone=data.store_phone) if data.store_phone
              else t("change_no_phone"))
    story += [Spacer(1, 4 * mm), _p(change, s["body"]), Spacer(1, 4 * mm),
              _p(t("issued", time=data.printed_at.strftime("%Y-%m-%d %H:%M"),
                   name=data.clerk_name), s["small"])]
    doc.build(story)
    return out.getvalue()
