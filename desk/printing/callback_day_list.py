"""The day's callback list (当日回访清单): an A4 sheet to work through by phone.

One row per call, in due order, with the phone number in full (the clerk dials it),
what the complaint was about and what was done, and empty boxes for the outcome, the
score and notes, to be typed into the desk afterwards. Landscape, so that the boxes
have room. Words for codes come from the caller (`words.label`, `words.remedy_label`),
so this module needs no Qt.
"""

import datetime
import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from desk.printing.styles import FONT, LINE, MARGIN, SHADE, grid_style, stylesheet
from desk.translate import QT_TRANSLATE_NOOP, translate

CTX = "CallbackDayList"
BOX = "□"
OUTCOME_BOXES = ("satisfied", "basically_satisfied", "dissatisfied", "unreachable",
                 "rescheduled")

TEXTS = {
    "title": QT_TRANSLATE_NOOP("CallbackDayList", "Callback List for {day}"),
    "subtitle": QT_TRANSLATE_NOOP("CallbackDayList", "{count} call(s) · printed {at}"),
    "seq": QT_TRANSLATE_NOOP("CallbackDayList", "No."),
    "due": QT_TRANSLATE_NOOP("CallbackDayList", "Due"),
    "customer": QT_TRANSLATE_NOOP("CallbackDayList", "Customer / phone"),
    "member": QT_TRANSLATE_NOOP("CallbackDayList", "Member no."),
    "complaint": QT_TRANSLATE_NOOP("CallbackDayList", "Complaint no."),
    "product": QT_TRANSLATE_NOOP("CallbackDayList", "Product"),
    "done": QT_TRANSLATE_NOOP("CallbackDayList", "What was done"),
    "outcome": QT_TRANSLATE_NOOP("CallbackDayList", "Outcome"),
    "score": QT_TRANSLATE_NOOP("CallbackDayList", "Score"),
    "notes": QT_TRANSLATE_NOOP("CallbackDayList", "Notes"),
    "attempt": QT_TRANSLATE_NOOP("CallbackDayList", "Try {attempt}"),
    "outbound": QT_TRANSLATE_NOOP("CallbackDayList", "Outbound list"),
    "overdue": QT_TRANSLATE_NOOP("CallbackDayList", "overdue"),
    "customer_time": QT_TRANSLATE_NOOP("CallbackDayList", "customer's time"),
    "none": QT_TRANSLATE_NOOP("CallbackDayList", "No callbacks are due on this day."),
    "script": QT_TRANSLATE_NOOP(
        "CallbackDayList",
        "Greet, say who you are (the store's service desk), ask whether the remedy worked, "
        "ask for a score from 1 to 5, thank the customer. Type each outcome into the desk "
        "the same day."),
    "page": QT_TRANSLATE_NOOP("CallbackDayList", "Page {page}"),
}


def t(key: str) -> str:
    return translate(CTX, TEXTS[key])


def remedies_words(remedies, words) -> str:
    parts = []
    for r in remedies:
        text = words.remedy_label(r.kind)
        if r.amount is not None:
            text += f" ¥{r.amount:,.2f}"
        if r.text:
            text += f" {r.text}"
        parts.append(text)
    return "、".join(parts)


def build(store, day: datetime.date, rows: list, words, remedies: dict | None = None,
          printed_at: datetime.datetime | None = None) -> bytes:
    """rows: callbacks.CallbackInfo in due order; remedies: {complaint_id: RemedyItems}."""
    styles = stylesheet()
    cell, label, small = styles["cell"], styles["label"], styles["small"]
    remedies = remedies or {}
    printed_at = printed_at or datetime.datetime.now().replace(microsecond=0)
    start = datetime.datetime.combine(day, datetime.time())

    def p(text, style=cell):
        return Paragraph(escape(text or ""), style)

    head = [Paragraph(escape(t(k)), label) for k in
            ("seq", "due", "customer", "member", "complaint", "product", "done", "outcome",
             "score", "notes")]
    outcome_boxes = "<br/>".join(f"{BOX} {escape(words.label(code))}" for code in OUTCOME_BOXES)
    score_boxes = " ".join(f"{BOX}{n}" for n in range(1, 6))
    table_rows = [head]
    for n, info in enumerate(rows, 1):
        due = info.due_at.strftime("%H:%M") if info.due_at >= start else info.due_at.strftime(
            "%m-%d %H:%M")
        marks = [t("attempt").format(attempt=info.attempt)]
        if info.due_at < start:
            marks.append(t("overdue"))
        if info.customer_time:
            marks.append(t("customer_time"))
        if info.outbound:
            marks.append(t("outbound"))
        topic = info.topic or ("" if info.complaint_id else words.label(info.purpose))
        done = remedies_words(remedies.get(info.complaint_id, ()), words) or topic
        table_rows.append([
            p(str(n)),
            Paragraph(f"<b>{escape(due)}</b><br/>{escape(' · '.join(marks))}", cell),
            Paragraph(f"{escape(info.customer_name)}<br/><b>{escape(info.phone)}</b>", cell),
            p(info.member_no or ""),
            p(info.complaint_number or ""),
            p(" ".join(x for x in (words.label(info.category) if info.category else "",
                                   info.product or "") if x)),
            p(done),
            Paragraph(outcome_boxes, small),
            Paragraph(score_boxes, cell),
            "",
        ])
    width = landscape(A4)[0] - 2 * MARGIN
    fixed = [9, 22, 32, 20, 34, 30, 44, 26, 29]
    widths = [w * mm for w in fixed] + [width - sum(fixed) * mm]
    table = Table(table_rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("VALIGN", (0, 1), (-1, -1), "TOP")]))

    story = [Paragraph(escape(store.name), styles["title"]) if store.name else Spacer(1, 1),
             Paragraph(escape(t("title").format(day=day.isoformat())), styles["title"]),
             Paragraph(escape(t("subtitle").format(count=len(rows),
                                                   at=printed_at.strftime("%Y-%m-%d %H:%M"))),
                       styles["subtitle"]),
             Spacer(1, 3 * mm)]
    story.append(table if rows else p(t("none"), styles["body"]))
    story += [Spacer(1, 3 * mm), p(t("script"), small)]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(LINE)
        canvas.drawRightString(landscape(A4)[0] - MARGIN, MARGIN / 2,
                               t("page").format(page=doc.page))
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
                            title=t("title").format(day=day.isoformat()), author=store.name,
                            initialFontName=FONT)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
