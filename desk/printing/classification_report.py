"""The complaint classification table for a period (顾客投诉分类统计表), for the binder.

A4 landscape with a wider left margin for the holes. The table (each figure with the
previous period's beneath it in brackets) and its total, the rates with their
definitions, the money, the charts as vectors, then the signatures. Plain objects in
(desk.statistics.types.StatisticsData), PDF bytes out; codes become words through `label`.
"""

import datetime
import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from desk.printing import statistics_charts as charts
from desk.printing.money import money_figures
from desk.printing.report_doc import NumberedDoc
from desk.printing.styles import FONT, FONT_BOLD, LINE, SHADE, grid_style, stylesheet
from desk.statistics import words
from desk.translate import QT_TRANSLATE_NOOP, translate

CTX = "ClassificationReport"
PAGE = landscape(A4)
BINDING = 22 * mm  # the left margin takes the binder's holes
SHORT_RED = colors.HexColor("#C62828")
PREVIOUS_GREY = "#666666"

TEXTS = {
    "title": QT_TRANSLATE_NOOP("ClassificationReport", "Complaint Classification Statistics"),
    "period": QT_TRANSLATE_NOOP("ClassificationReport", "Period: {start} to {end}"),
    "previous": QT_TRANSLATE_NOOP(
        "ClassificationReport", "Figures in brackets: the previous period, {start} to {end}"),
    "grouping": QT_TRANSLATE_NOOP("ClassificationReport", "Rows by: {grouping}"),
    "scope": QT_TRANSLATE_NOOP("ClassificationReport", "Only the complaints of {name}"),
    "printed": QT_TRANSLATE_NOOP("ClassificationReport", "Printed {at} by {name}"),
    "table": QT_TRANSLATE_NOOP("ClassificationReport", "1. Classification"),
    "rates": QT_TRANSLATE_NOOP("ClassificationReport", "2. Rates"),
    "money": QT_TRANSLATE_NOOP("ClassificationReport", "3. Money granted"),
    "charts": QT_TRANSLATE_NOOP("ClassificationReport", "4. Charts"),
    "rate": QT_TRANSLATE_NOOP("ClassificationReport", "Rate"),
    "value": QT_TRANSLATE_NOOP("ClassificationReport", "This period"),
    "parts": QT_TRANSLATE_NOOP("ClassificationReport", "Counted"),
    "before": QT_TRANSLATE_NOOP("ClassificationReport", "Previous period"),
    "definition": QT_TRANSLATE_NOOP("ClassificationReport", "Definition"),
    "missed": QT_TRANSLATE_NOOP(
        "ClassificationReport", "Members' complaints without a callback: {numbers}"),
    "mean_score": QT_TRANSLATE_NOOP("ClassificationReport", "Mean callback score: {score}"),
    "by_remedy": QT_TRANSLATE_NOOP("ClassificationReport", "By remedy"),
    "by_clerk": QT_TRANSLATE_NOOP("ClassificationReport", "By clerk"),
    "amount": QT_TRANSLATE_NOOP("ClassificationReport", "Amount"),
    "own_grants": QT_TRANSLATE_NOOP("ClassificationReport",
                                    "Granted by clerks on their own authority"),
    "complaint": QT_TRANSLATE_NOOP("ClassificationReport", "Complaint"),
    "clerk": QT_TRANSLATE_NOOP("ClassificationReport", "Clerk"),
    "reviewed": QT_TRANSLATE_NOOP("ClassificationReport", "Reviewed"),
    "not_reviewed": QT_TRANSLATE_NOOP("ClassificationReport", "Not yet reviewed"),
    "none": QT_TRANSLATE_NOOP("ClassificationReport", "None"),
    "received_closed": QT_TRANSLATE_NOOP("ClassificationReport", "Received and closed"),
    "breakdown": QT_TRANSLATE_NOOP("ClassificationReport", "Received by {grouping}"),
    "on_time_chart": QT_TRANSLATE_NOOP("ClassificationReport", "On-time rate"),
    "others": QT_TRANSLATE_NOOP("ClassificationReport", "Others"),
    "prepared": QT_TRANSLATE_NOOP("ClassificationReport", "Prepared by"),
    "checked": QT_TRANSLATE_NOOP("ClassificationReport", "Checked by (supervisor)"),
    "date": QT_TRANSLATE_NOOP("ClassificationReport", "Date"),
}


def t(key: str, **values) -> str:
    text = translate(CTX, TEXTS[key])
    return text.format(**values) if values else text


def day_range(period) -> tuple[str, str]:
    return period.start.date().isoformat(), period.last_day.isoformat()


class _Styles:
    def __init__(self):
        s = stylesheet()
        self.title, self.subtitle, self.body, self.small = (s["title"], s["subtitle"],
                                                           s["body"], s["small"])
        self.cell = ParagraphStyle("cr-cell", parent=s["cell"], fontSize=8, leading=10)
        self.num = ParagraphStyle("cr-num", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("cr-head", parent=self.cell, fontName=FONT_BOLD,
                                   alignment=TA_CENTER)
        # English headers break between words; Chinese ones anywhere.
        self.head_latin = ParagraphStyle("cr-head-latin", parent=self.head, wordWrap=None,
                                         fontSize=7, leading=8.5)
        self.section = ParagraphStyle("cr-section", parent=s["body"], fontName=FONT_BOLD,
                                      fontSize=11, leading=15, spaceBefore=3 * mm,
                                      spaceAfter=1.5 * mm)
        self.red = ParagraphStyle("cr-red", parent=self.body, textColor=SHORT_RED)
        self.red_cell = ParagraphStyle("cr-red-cell", parent=self.cell, textColor=SHORT_RED,
                                       fontName=FONT_BOLD)
        self.red_num = ParagraphStyle("cr-red-num", parent=self.num, textColor=SHORT_RED,
                                      fontName=FONT_BOLD)


def _head(text: str, st: "_Styles") -> Paragraph:
    return _p(text, st.head_latin if text.isascii() else st.head)


def _p(text, style) -> Paragraph:
    return Paragraph(escape(str(text) if text is not None else ""), style)


def _with_previous(now, before, style) -> Paragraph:
    """The figure and, beneath it in grey, the previous period's in brackets."""
    before_text = "—" if before is None else str(before)
    return Paragraph(f"{escape(str(now))}<br/><font size='6.5' color='{PREVIOUS_GREY}'>"
                     f"({escape(before_text)})</font>", style)


def _hours(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _classification(data, label, st: _Styles, width: float) -> Table:
    table, before = data.table, data.previous_table
    previous = {r.key: r for r in before.rows}
    figures = list(words.FIGURE_NAMES)  # the counts, median hours, money
    header = [_head(words.grouping(table.group_by), st)]
    header += [_head(words.figure(f), st) for f in figures]
    rows = [header]

    def line(row, name, old) -> list:
        cells = [_p(name, st.cell)]
        for f in figures[:-2]:
            cells.append(_with_previous(getattr(row, f),
                                        getattr(old, f) if old is not None else 0, st.num))
        cells.append(_with_previous(_hours(row.median_hours),
                                    _hours(old.median_hours) if old is not None else None,
                                    st.num))
        cells.append(_with_previous(f"{row.money:,.2f}",
                                    f"{old.money:,.2f}" if old is not None else None, st.num))
        return cells

    for row in table.rows:
        rows.append(line(row, words.group_label(table.group_by, row, label),
                         previous.get(row.key)))
    rows.append(line(table.total, words.other("total"), before.total))
    first = 30 * mm
    money_w = 21 * mm
    rest = (width - first - money_w) / (len(figures) - 1)
    widths = [first, *([rest] * (len(figures) - 1)), money_w]
    out = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    last = len(rows) - 1
    out.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), SHADE),
                             ("BACKGROUND", (0, last), (-1, last), SHADE),
                             ("LINEABOVE", (0, last), (-1, last), 1, LINE),
                             ("FONTNAME", (0, last), (-1, last), FONT_BOLD)]))
    return out


def _rates(data, st: _Styles, width: float, missed_numbers) -> list:
    rows = [[_p(t(k), st.head) for k in ("rate", "value", "parts", "before", "definition")]]
    from desk.statistics.figures import RATE_DEFINITIONS  # noqa: PLC0415 - the domain's own words

    for key, rate in data.rates.rates.items():
        old = data.previous_rates.rates.get(key)
        short = key == "member_coverage" and rate.denominator and rate.numerator < rate.denominator
        cell, num = (st.red_cell, st.red_num) if short else (st.cell, st.num)
        rows.append([
            _p(words.rate(key), cell),
            _p(words.rate_value(rate.value), num),
            _p(f"{rate.numerator} / {rate.denominator}", num),
            _p(words.rate_value(old.value if old else None), st.num),
            _p(translate("Statistics", RATE_DEFINITIONS.get(key, "")), st.small),
        ])
    widths = [42 * mm, 22 * mm, 24 * mm, 24 * mm]
    widths.append(width - sum(widths))
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), SHADE)]))
    out = [table]
    if data.rates.mean_score is not None:
        out.append(_p(t("mean_score", score=f"{data.rates.mean_score:.1f}"), st.body))
    if missed_numbers:
        out.append(_p(t("missed", numbers="、".join(missed_numbers)), st.red))
    return out


def _money(data, label, st: _Styles, width: float) -> list:
    m = data.money
    half = (width - 6 * mm) / 2

    def two_columns(title, pairs) -> Table:
        rows = [[_p(title, st.head), _p(t("amount"), st.head)]]
        rows += [[_p(name, st.cell), _p(money_figures(amount), st.num)] for name, amount in pairs]
        rows.append([_p(words.other("total"), st.head), _p(money_figures(m.total), st.num)])
        table = Table(rows, colWidths=[half - 32 * mm, 32 * mm], hAlign="LEFT")
        table.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), SHADE),
                                   ("BACKGROUND", (0, -1), (-1, -1), SHADE)]))
        return table

    by_remedy = two_columns(t("by_remedy"), [(label(k), v) for k, v in m.by_remedy.items()])
    by_clerk = two_columns(t("by_clerk"), [(name, v) for _id, name, v in m.by_clerk])
    side = Table([[by_remedy, by_clerk]], colWidths=[half + 6 * mm, half], hAlign="LEFT")
    side.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("FONTNAME", (0, 0), (-1, -1), FONT)])
    own = [[_p(t(k), st.head) for k in ("complaint", "clerk", "amount", "reviewed")]]
    for _cid, number, name, total, reviewed in m.own_grants:
        own.append([_p(number, st.cell), _p(name, st.cell), _p(money_figures(total), st.num),
                    _p(t("reviewed") if reviewed else t("not_reviewed"), st.cell)])
    if len(own) == 1:
        own.append([_p(t("none"), st.cell), "", "", ""])
    own_table = Table(own, colWidths=[40 * mm, 40 * mm, 32 * mm, 36 * mm], repeatRows=1,
                      hAlign="LEFT")
    own_table.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), SHADE)]))
    return [side, Spacer(1, 3 * mm), _p(t("own_grants"), st.body), Spacer(1, 1 * mm),
            own_table]


def chart_drawings(data, label, width: float, height: float) -> list:
    """The three charts, each `width` x `height` points."""
    days = [p.day for p in data.series]
    first = charts.received_closed(days, [p.received for p in data.series],
                                   [p.closed for p in data.series], t("received_closed"),
                                   words.figure("received"), words.figure("closed"),
                                   width, height)
    table = data.table
    pie = charts.breakdown([words.group_label(table.group_by, r, label) for r in table.rows],
                           [r.received for r in table.rows],
                           t("breakdown", grouping=words.grouping(table.group_by)), width,
                           height, other_name=t("others"))
    line = charts.rate_over_time(days, [p.on_time_rate for p in data.series],
                                 t("on_time_chart"), width, height)
    return [first, pie, line]


def _signatures(st: _Styles, width: float) -> Table:
    rows = [[_p(t("prepared"), st.cell), "", _p(t("checked"), st.cell), "",
             _p(t("date"), st.cell), ""]]
    third = width / 3
    table = Table(rows, colWidths=[30 * mm, third - 30 * mm, 36 * mm, third - 36 * mm,
                                   18 * mm, third - 18 * mm], rowHeights=[14 * mm],
                  hAlign="LEFT")
    table.setStyle(grid_style([("BACKGROUND", (0, 0), (0, 0), SHADE),
                               ("BACKGROUND", (2, 0), (2, 0), SHADE),
                               ("BACKGROUND", (4, 0), (4, 0), SHADE)]))
    return table


def build(store_name: str, data, label: Callable[[str], str], *,
          printed_at: datetime.datetime, printed_by: str, scope_name: str = "",
          missed_numbers: list[str] = ()) -> bytes:
    """The report as PDF bytes. missed_numbers: complaint numbers of the members' complaints
    closed without a callback (data.rates.members_missed, read by the caller)."""
    st = _Styles()
    start, end = day_range(data.period)
    before_start, before_end = day_range(data.previous_period)
    title = t("title")
    buffer = io.BytesIO()
    footer = f"{store_name} · {title} · {start} — {end}"
    doc = NumberedDoc(buffer, title, footer, PAGE, left_margin=BINDING)
    width = doc.width

    def story() -> list:
        lines = [t("period", start=start, end=end),
                 t("grouping", grouping=words.grouping(data.table.group_by))]
        if scope_name:
            lines.append(t("scope", name=scope_name))
        out = [_p(store_name, st.subtitle), _p(title, st.title),
               _p("    ".join(lines), st.subtitle),
               _p(t("previous", start=before_start, end=before_end), st.subtitle),
               _p(t("printed", at=printed_at.strftime("%Y-%m-%d %H:%M"), name=printed_by),
                  st.subtitle),
               Spacer(1, 2 * mm),
               _p(t("table"), st.section), _classification(data, label, st, width),
               CondPageBreak(50 * mm),
               _p(t("rates"), st.section), *_rates(data, st, width, missed_numbers),
               CondPageBreak(60 * mm),
               KeepTogether([_p(t("money"), st.section), *_money(data, label, st, width)])]
        chart_w = (width - 8 * mm) / 3
        drawings = chart_drawings(data, label, chart_w, 62 * mm)
        row = Table([drawings], colWidths=[chart_w + 4 * mm] * 2 + [chart_w], hAlign="LEFT")
        row.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("FONTNAME", (0, 0), (-1, -1), FONT)])
        out += [KeepTogether([_p(t("charts"), st.section), row]), Spacer(1, 5 * mm),
                KeepTogether([_signatures(st, width)])]
        return out

    doc.build_twice(story)
    return buffer.getvalue()
