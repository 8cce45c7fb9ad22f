"""The internal incident log for a period (内部违规事件情况登记表), for the binder.

One line per department that answered a request later than its deadline
(desk.complaints.investigation.incident_log), with blank columns for what was done about it and
the department head's signature, as on the handbook's paper form. A4 landscape.
"""

import datetime
import io
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from desk.printing.report_doc import NumberedDoc
from desk.printing.styles import FONT_BOLD, SHADE, grid_style, stylesheet
from desk.translate import QT_TRANSLATE_NOOP, translate

CTX = "IncidentLogReport"
MINUTE = "%Y-%m-%d %H:%M"

TEXTS = {
    "title": QT_TRANSLATE_NOOP("IncidentLogReport", "Internal Incident Log"),
    "period": QT_TRANSLATE_NOOP("IncidentLogReport", "Answers given from {start} to {end}"),
    "department_only": QT_TRANSLATE_NOOP("IncidentLogReport", "Department: {name}"),
    "what": QT_TRANSLATE_NOOP(
        "IncidentLogReport",
        "Departments that answered the service desk's request later than its deadline."),
    "printed": QT_TRANSLATE_NOOP("IncidentLogReport", "Printed {at} by {name}"),
    "seq": QT_TRANSLATE_NOOP("IncidentLogReport", "No."),
    "department": QT_TRANSLATE_NOOP("IncidentLogReport", "Department"),
    "complaint": QT_TRANSLATE_NOOP("IncidentLogReport", "Complaint"),
    "asked": QT_TRANSLATE_NOOP("IncidentLogReport", "Asked at"),
    "due": QT_TRANSLATE_NOOP("IncidentLogReport", "Answer due"),
    "answered": QT_TRANSLATE_NOOP("IncidentLogReport", "Answered at"),
    "delay": QT_TRANSLATE_NOOP("IncidentLogReport", "Late by"),
    "measures": QT_TRANSLATE_NOOP("IncidentLogReport", "Action taken"),
    "signature": QT_TRANSLATE_NOOP("IncidentLogReport", "Department head"),
    "none": QT_TRANSLATE_NOOP("IncidentLogReport", "No late answer in this period."),
    "count": QT_TRANSLATE_NOOP("IncidentLogReport", "Entries: {n}"),
    "days": QT_TRANSLATE_NOOP("IncidentLogReport", "{d} d {h} h"),
    "hours": QT_TRANSLATE_NOOP("IncidentLogReport", "{h} h {m} min"),
    "minutes": QT_TRANSLATE_NOOP("IncidentLogReport", "{m} min"),
    "prepared": QT_TRANSLATE_NOOP("IncidentLogReport", "Prepared by"),
    "checked": QT_TRANSLATE_NOOP("IncidentLogReport", "Checked by (supervisor)"),
}


def t(key: str, **values) -> str:
    text = translate(CTX, TEXTS[key])
    return text.format(**values) if values else text


def delay_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours >= 48:
        return t("days", d=hours // 24, h=hours % 24)
    if hours:
        return t("hours", h=hours, m=rest)
    return t("minutes", m=rest)


def build(store_name: str, since: datetime.datetime, until: datetime.datetime, rows: list, *,
          printed_at: datetime.datetime, printed_by: str, department_name: str = "") -> bytes:
    """rows: desk.complaints.investigation.IncidentRow for [since, until)."""
    s = stylesheet()
    cell = ParagraphStyle("il-cell", parent=s["cell"], fontSize=8.5, leading=11)
    num = ParagraphStyle("il-num", parent=cell, alignment=TA_RIGHT)
    head = ParagraphStyle("il-head", parent=cell, fontName=FONT_BOLD, alignment=TA_CENTER)

    def p(text, style=cell):
        return Paragraph(escape(text or ""), style)

    start = since.date().isoformat()
    end = (until - datetime.timedelta(microseconds=1)).date().isoformat()
    title = t("title")
    buffer = io.BytesIO()
    doc = NumberedDoc(buffer, title, f"{store_name} · {title} · {start} — {end}",
                      landscape(A4), left_margin=22 * mm)
    width = doc.width
    columns = ("seq", "department", "complaint", "asked", "due", "answered", "delay",
               "measures", "signature")
    widths = [11 * mm, 30 * mm, 33 * mm, 28 * mm, 28 * mm, 28 * mm, 22 * mm, 0, 30 * mm]
    widths[7] = width - sum(widths)

    def story() -> list:
        lines = [t("period", start=start, end=end)]
        if department_name:
            lines.append(t("department_only", name=department_name))
        out = [p(store_name, s["subtitle"]), p(title, s["title"]),
               p("    ".join(lines), s["subtitle"]), p(t("what"), s["subtitle"]),
               p(t("printed", at=printed_at.strftime(MINUTE), name=printed_by), s["subtitle"]),
               Spacer(1, 3 * mm)]
        table_rows = [[p(t(c), head) for c in columns]]
        for n, r in enumerate(rows, start=1):
            table_rows.append([p(str(n), num), p(r.department_name), p(r.complaint_number),
                               p(r.asked_at.strftime(MINUTE)), p(r.due_at.strftime(MINUTE)),
                               p(r.answered_at.strftime(MINUTE)), p(delay_text(r.delay_minutes),
                                                                    num), "", ""])
        if not rows:
            table_rows.append([p(t("none")), *[""] * (len(columns) - 1)])
        table = Table(table_rows, colWidths=widths, repeatRows=1, hAlign="LEFT",
                      rowHeights=[None] + [11 * mm] * (len(table_rows) - 1))
        extra = [("BACKGROUND", (0, 0), (-1, 0), SHADE)]
        if not rows:
            extra.append(("SPAN", (0, 1), (-1, 1)))
        table.setStyle(grid_style(extra))
        signatures = Table([[p(t("prepared"), head), "", p(t("checked"), head), ""]],
                           colWidths=[30 * mm, width / 2 - 30 * mm, 36 * mm,
                                      width / 2 - 36 * mm], rowHeights=[13 * mm], hAlign="LEFT")
        signatures.setStyle(grid_style([("BACKGROUND", (0, 0), (0, 0), SHADE),
                                        ("BACKGROUND", (2, 0), (2, 0), SHADE)]))
        out += [table, Spacer(1, 2 * mm), p(t("count", n=len(rows)), s["body"]),
                Spacer(1, 5 * mm), signatures]
        return out

    doc.build_twice(story)
    return buffer.getvalue()
