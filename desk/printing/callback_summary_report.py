"""The callback summary report (《回访总结报告》) for a period.

What the calls of the period came to: counts by outcome and by method, the
satisfaction rate (satisfied and basically satisfied over the customers reached),
the mean score, how many calls were made within the callback window, and the
complaints that were reopened because the customer was dissatisfied. Takes
callbacks.summary's plain result; words for codes come from the caller.
"""

import datetime
import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from desk.printing.styles import FONT, LINE, MARGIN, SHADE, grid_style, stylesheet
from desk.translate import QT_TRANSLATE_NOOP, translate

CTX = "CallbackSummaryReport"
OUTCOMES = ("satisfied", "basically_satisfied", "dissatisfied", "unreachable", "rescheduled")
METHODS = ("phone", "sms", "email", "visit")

TEXTS = {
    "title": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Callback Summary Report"),
    "period": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Period: {start} to {end} · printed {at}"),
    "key_figures": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Key figures"),
    "made": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Callbacks recorded"),
    "reached": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Customers reached"),
    "rate": QT_TRANSLATE_NOOP("CallbackSummaryReport",
                              "Satisfaction rate (satisfied + basically satisfied) / reached"),
    "mean": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Mean score (1-5)"),
    "window": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Made within the callback window"),
    "by_outcome": QT_TRANSLATE_NOOP("CallbackSummaryReport", "By outcome"),
    "by_method": QT_TRANSLATE_NOOP("CallbackSummaryReport", "By method"),
    "outcome": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Outcome"),
    "method": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Method"),
    "count": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Count"),
    "share": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Share"),
    "reopened": QT_TRANSLATE_NOOP("CallbackSummaryReport",
                                  "Complaints reopened after a dissatisfied callback"),
    "complaint": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Complaint no."),
    "customer": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Customer"),
    "when": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Called"),
    "by": QT_TRANSLATE_NOOP("CallbackSummaryReport", "By"),
    "notes": QT_TRANSLATE_NOOP("CallbackSummaryReport", "What the customer said"),
    "none_reopened": QT_TRANSLATE_NOOP("CallbackSummaryReport", "None."),
    "no_value": QT_TRANSLATE_NOOP("CallbackSummaryReport", "—"),
    "of": QT_TRANSLATE_NOOP("CallbackSummaryReport", "{part} of {whole}"),
    "page": QT_TRANSLATE_NOOP("CallbackSummaryReport", "Page {page}"),
}


def t(key: str) -> str:
    return translate(CTX, TEXTS[key])


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else t("no_value")


def satisfaction_rate(summary) -> str:
    return percent(summary.satisfied + summary.basically, summary.reached)


def build(store, start: datetime.datetime, end: datetime.datetime, summary, words,
          printed_at: datetime.datetime | None = None) -> bytes:
    """The report as PDF bytes; [start, end) as callbacks.summary took it."""
    styles = stylesheet()
    body, label, cell = styles["body"], styles["label"], styles["cell"]
    printed_at = printed_at or datetime.datetime.now().replace(microsecond=0)
    width = A4[0] - 2 * MARGIN
    last_day = (end - datetime.timedelta(seconds=1)).date()

    def p(text, style=cell):
        return Paragraph(escape(str(text) if text is not None else ""), style)

    def heading(key):
        return [Spacer(1, 4 * mm), Paragraph(escape(t(key)), label), Spacer(1, 1.5 * mm)]

    mean = t("no_value") if summary.mean_score is None else f"{summary.mean_score:.2f}"
    figures = Table([
        [p(t("made"), label), p(summary.made)],
        [p(t("reached"), label), p(summary.reached)],
        [p(t("rate"), label), p(satisfaction_rate(summary))],
        [p(t("mean"), label), p(mean)],
        [p(t("window"), label), p(t("of").format(part=summary.within_window, whole=summary.made)
                                  + f" ({percent(summary.within_window, summary.made)})")],
    ], colWidths=[width * 0.62, width * 0.38])
    figures.setStyle(grid_style([("BACKGROUND", (0, 0), (0, -1), SHADE)]))

    def counts_table(title_key, codes, counts):
        total = sum(counts.get(c, 0) for c in codes)
        rows = [[p(t(title_key), label), p(t("count"), label), p(t("share"), label)]]
        rows += [[p(words.label(c)), p(counts.get(c, 0)), p(percent(counts.get(c, 0), total))]
                 for c in codes]
        table = Table(rows, colWidths=[width * 0.5, width * 0.25, width * 0.25])
        table.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), SHADE)]))
        return table

    story = [Paragraph(escape(store.name), styles["title"]) if store.name else Spacer(1, 1),
             Paragraph(escape(t("title")), styles["title"]),
             p(t("period").format(start=start.date().isoformat(), end=last_day.isoformat(),
                                  at=printed_at.strftime("%Y-%m-%d %H:%M")), styles["subtitle"]),
             *heading("key_figures"), figures,
             *heading("by_outcome"), counts_table("outcome", OUTCOMES, summary.by_outcome),
             *heading("by_method"), counts_table("method", METHODS, summary.by_method),
             *heading("reopened")]
    reopened = set(summary.reopened_complaint_ids)
    lines = [r for r in summary.records if r.complaint_id in reopened
             and r.outcome == "dissatisfied"]
    if lines:
        rows = [[p(t(k), label) for k in ("complaint", "customer", "when", "by", "notes")]]
        rows += [[p(r.complaint_number), p(r.customer_name),
                  p(r.done_at.strftime("%Y-%m-%d %H:%M") if r.done_at else ""),
                  p(r.done_by_name or ""), p(r.notes)] for r in lines]
        table = Table(rows, colWidths=[34 * mm, 24 * mm, 28 * mm, 20 * mm,
                                       width - 106 * mm], repeatRows=1)
        table.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), SHADE),
                                   ("VALIGN", (0, 1), (-1, -1), "TOP")]))
        story.append(table)
    else:
        story.append(p(t("none_reopened"), body))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(LINE)
        canvas.drawRightString(A4[0] - MARGIN, MARGIN / 2, t("page").format(page=doc.page))
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=t("title"),
                            author=store.name, initialFontName=FONT)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
