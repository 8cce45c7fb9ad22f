"""The weekly hot-spot report (热点通报): each hot spot of the week with its complaints.

A hot spot is the same product model, or the same cause at one department, complained
about N times within D days (desk.statistics.hotspots). A4 portrait; one block per hot spot: what,
how many, first and last, then the complaints behind it (phones masked: the report
goes round the departments).
"""

import datetime
import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from desk.complaints.masking import mask_phone
from desk.printing.report_doc import NumberedDoc
from desk.printing.styles import FONT_BOLD, SHADE, grid_style, stylesheet
from desk.statistics import words
from desk.translate import QT_TRANSLATE_NOOP, translate

CTX = "HotspotReport"
MINUTE = "%Y-%m-%d %H:%M"

TEXTS = {
    "title": QT_TRANSLATE_NOOP("HotspotReport", "Hot-Spot Report"),
    "period": QT_TRANSLATE_NOOP("HotspotReport", "Week: {start} to {end}"),
    "rule": QT_TRANSLATE_NOOP(
        "HotspotReport",
        "A hot spot: the same product model, or the same cause at one department, complained "
        "about {count} times or more within {days} days."),
    "printed": QT_TRANSLATE_NOOP("HotspotReport", "Printed {at} by {name}"),
    "none": QT_TRANSLATE_NOOP("HotspotReport", "No hot spot this week."),
    "spot": QT_TRANSLATE_NOOP("HotspotReport", "{n}. {what}"),
    "facts": QT_TRANSLATE_NOOP(
        "HotspotReport", "{kind} · {count} complaints from {first} to {last} · {customers} "
        "customers"),
    "number": QT_TRANSLATE_NOOP("HotspotReport", "Complaint"),
    "received": QT_TRANSLATE_NOOP("HotspotReport", "Received"),
    "customer": QT_TRANSLATE_NOOP("HotspotReport", "Customer"),
    "phone": QT_TRANSLATE_NOOP("HotspotReport", "Phone"),
    "category": QT_TRANSLATE_NOOP("HotspotReport", "Category"),
    "status": QT_TRANSLATE_NOOP("HotspotReport", "Status"),
    "department": QT_TRANSLATE_NOOP("HotspotReport", "Department"),
    "actions": QT_TRANSLATE_NOOP("HotspotReport", "Measures taken"),
}


def t(key: str, **values) -> str:
    text = translate(CTX, TEXTS[key])
    return text.format(**values) if values else text


def build(store_name: str, period, spots: list, rows: dict[int, object],
          label: Callable[[str], str], *, count: int, days: int,
          printed_at: datetime.datetime, printed_by: str) -> bytes:
    """spots: desk.statistics.hotspots.HotSpot; rows: complaint id -> desk.complaints.worklist.WorklistRow."""
    s = stylesheet()
    cell = ParagraphStyle("hs-cell", parent=s["cell"], fontSize=8, leading=10)
    head = ParagraphStyle("hs-head", parent=cell, fontName=FONT_BOLD, alignment=TA_CENTER)
    spot_title = ParagraphStyle("hs-spot", parent=s["body"], fontName=FONT_BOLD, fontSize=11,
                                leading=15, spaceBefore=4 * mm)

    def p(text, style=cell):
        return Paragraph(escape(text or ""), style)

    start, end = period.start.date().isoformat(), period.last_day.isoformat()
    title = t("title")
    buffer = io.BytesIO()
    doc = NumberedDoc(buffer, title, f"{store_name} · {title} · {start} — {end}", A4,
                      left_margin=18 * mm)
    width = doc.width
    columns = ("number", "received", "customer", "phone", "category", "status", "department")
    widths = [32 * mm, 28 * mm, 22 * mm, 24 * mm, 26 * mm, 22 * mm]
    widths.append(width - sum(widths))

    def block(n: int, spot) -> list:
        kind = words.other("hotspot_product" if spot.kind == "product"
                           else "hotspot_cause_department")
        facts = t("facts", kind=kind, count=spot.count, first=spot.first_at.strftime(MINUTE),
                  last=spot.last_at.strftime(MINUTE), customers=len(set(spot.customer_ids)))
        table_rows = [[p(t(c), head) for c in columns]]
        for cid in spot.complaint_ids:
            r = rows.get(cid)
            if r is None:
                continue
            table_rows.append([p(r.number), p(r.received_at.strftime(MINUTE)),
                               p(r.complainant_name), p(mask_phone(r.phone)),
                               p(label(r.category)), p(label(r.status)), p(r.department_name)])
        table = Table(table_rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), SHADE)]))
        actions = Table([[p(t("actions"), head), ""]], colWidths=[32 * mm, width - 32 * mm],
                        rowHeights=[14 * mm], hAlign="LEFT")
        actions.setStyle(grid_style([("BACKGROUND", (0, 0), (0, 0), SHADE)]))
        return [KeepTogether([p(t("spot", n=n, what=words.hotspot_title(spot, label)),
                                spot_title), p(facts, s["body"]), Spacer(1, 1.5 * mm),
                              table]), Spacer(1, 1.5 * mm), actions]

    def story() -> list:
        out = [p(store_name, s["subtitle"]), p(title, s["title"]),
               p(t("period", start=start, end=end), s["subtitle"]),
               p(t("rule", count=count, days=days), s["subtitle"]),
               p(t("printed", at=printed_at.strftime(MINUTE), name=printed_by), s["subtitle"])]
        if not spots:
            out += [Spacer(1, 8 * mm), p(t("none"), s["body"])]
        for n, spot in enumerate(spots, start=1):
            out += block(n, spot)
        return out

    doc.build_twice(story)
    return buffer.getvalue()
