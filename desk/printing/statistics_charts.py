"""The statistics charts as vector drawings (reportlab.graphics), for the printed reports.

Each function takes plain values and returns a Drawing that a platypus story can hold.
The fonts are the bundled ones (styles.register_fonts sets them as the drawings' default).
"""

import datetime
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from desk.printing.styles import FONT, FONT_BOLD, register_fonts

RECEIVED = colors.HexColor("#4472C4")
CLOSED = colors.HexColor("#70AD47")
RATE = colors.HexColor("#C55A11")
PALETTE = [colors.HexColor(c) for c in (
    "#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E",
    "#636363", "#997300")]
MAX_LABELS = 8  # category labels under an axis before they start to overlap


def _title(drawing: Drawing, text: str) -> None:
    drawing.add(String(drawing.width / 2, drawing.height - 12, text, fontName=FONT_BOLD,
                       fontSize=9.5, textAnchor="middle"))


def day_label(day: datetime.date) -> str:
    return f"{day.month}-{day.day}"


def _thinned(names: list[str]) -> list[str]:
    """Every n-th label only, so a month of days stays readable."""
    step = max(1, -(-len(names) // MAX_LABELS))
    return [n if i % step == 0 else "" for i, n in enumerate(names)]


def _legend(drawing: Drawing, x: float, y: float, pairs) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.boxAnchor = "nw"
    legend.colorNamePairs = pairs
    drawing.add(legend)


def received_closed(days: Sequence[datetime.date], received: Sequence[int],
                    closed: Sequence[int], title: str, received_name: str, closed_name: str,
                    width: float, height: float) -> Drawing:
    """Bars: complaints received and closed per day (or week)."""
    register_fonts()
    d = Drawing(width, height)
    _title(d, title)
    chart = VerticalBarChart()
    chart.x, chart.y = 32, 34
    chart.width, chart.height = width - 44, height - 72
    chart.data = [list(received) or [0], list(closed) or [0]]
    chart.categoryAxis.categoryNames = _thinned([day_label(x) for x in days]) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.forceZero = True
    top = max([*received, *closed, 1])
    chart.valueAxis.valueMax = top + max(1, top // 10)
    chart.valueAxis.valueStep = max(1, -(-chart.valueAxis.valueMax // 6))
    chart.bars[0].fillColor = RECEIVED
    chart.bars[1].fillColor = CLOSED
    chart.bars.strokeWidth = 0
    chart.groupSpacing = 3
    d.add(chart)
    _legend(d, 32, 14, [(RECEIVED, received_name), (CLOSED, closed_name)])
    return d


def breakdown(names: Sequence[str], values: Sequence[int], title: str, width: float,
              height: float, limit: int = 9, other_name: str = "…") -> Drawing:
    """A pie of the chosen grouping's received counts; small groups beyond `limit` as one."""
    register_fonts()
    d = Drawing(width, height)
    _title(d, title)
    pairs = sorted(((v, n) for n, v in zip(names, values, strict=True) if v > 0), reverse=True)
    if len(pairs) > limit:
        rest = sum(v for v, _ in pairs[limit - 1:])
        pairs = [*pairs[:limit - 1], (rest, other_name)]
    if not pairs:
        d.add(String(width / 2, height / 2, "—", fontName=FONT, fontSize=10, textAnchor="middle"))
        return d
    total = sum(v for v, _ in pairs)
    size = min(height - 40, width * 0.45)
    pie = Pie()
    pie.x, pie.y = 14, (height - 20 - size) / 2
    pie.width = pie.height = size
    pie.data = [v for v, _ in pairs]
    pie.labels = None
    pie.sideLabels = False
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.5
    for i in range(len(pairs)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    d.add(pie)
    legend = Legend()
    legend.x, legend.y = pie.x + size + 14, pie.y + size
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = 12
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], f"{n}  {v} ({v * 100 / total:.0f}%)")
        for i, (v, n) in enumerate(pairs)]
    d.add(legend)
    return d


def rate_over_time(days: Sequence[datetime.date], rates: Sequence[float | None], title: str,
                   width: float, height: float) -> Drawing:
    """A line of the on-time rate per day (or week), 0-100%; days without a figure are gaps."""
    register_fonts()
    d = Drawing(width, height)
    _title(d, title)
    points = [(i, r * 100) for i, r in enumerate(rates) if r is not None]
    plot = LinePlot()
    plot.x, plot.y = 36, 30
    plot.width, plot.height = width - 50, height - 58
    plot.data = [points or [(0, 0)]]
    plot.lines[0].strokeColor = RATE if points else colors.white
    plot.lines[0].strokeWidth = 1.5
    plot.lines[0].symbol = makeMarker("FilledCircle", size=3, fillColor=RATE,
                                      strokeColor=RATE) if points else None
    plot.xValueAxis.valueMin = 0
    plot.xValueAxis.valueMax = max(1, len(days) - 1)
    step = max(1, -(-len(days) // MAX_LABELS))
    plot.xValueAxis.valueSteps = list(range(0, max(1, len(days)), step))
    names = [day_label(x) for x in days]
    plot.xValueAxis.labelTextFormat = lambda v: names[int(v)] if 0 <= int(v) < len(names) else ""
    plot.xValueAxis.labels.fontName = FONT
    plot.xValueAxis.labels.fontSize = 7
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = 100
    plot.yValueAxis.valueStep = 20
    plot.yValueAxis.labelTextFormat = "%d%%"
    plot.yValueAxis.labels.fontName = FONT
    plot.yValueAxis.labels.fontSize = 7
    d.add(plot)
    return d
