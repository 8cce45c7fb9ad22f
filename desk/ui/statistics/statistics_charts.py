"""The statistics window's charts (Qt Charts): received and closed per day or week, the
breakdown of the chosen grouping, the on-time rate over time."""

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPainter

from desk.statistics import words
from desk.ui.labels import label

MAX_SLICES = 9
LABEL_EVERY = 8  # at most this many day labels under the bars


def _view(chart: QChart) -> QChartView:
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view


def _day(day) -> str:
    return f"{day.month}-{day.day}"


def _day_names(series, every_day: bool = True) -> list[str]:
    """Day numbers within one month ("1" … "31"), else month-day, every n-th one only when
    there are many; category names must be unique, so the others get distinct invisible
    ones."""
    days = [p.day for p in series]
    one_month = len({(d.year, d.month) for d in days}) <= 1
    step = 1 if every_day and one_month and len(days) <= 31 else max(1, -(-len(days) // LABEL_EVERY))
    return [(str(d.day) if one_month else _day(d)) if i % step == 0 else "\u200b" * (i + 1)
            for i, d in enumerate(days)] or [""]


class ChartTexts(QObject):
    def titles(self) -> dict[str, str]:
        return {"flow": self.tr("Received and closed"),
                "breakdown": self.tr("Received by {grouping}"),
                "rate": self.tr("On-time rate (%)"), "others": self.tr("Others")}


def received_closed(series) -> QChartView:
    texts = ChartTexts().titles()
    received = QBarSet(words.figure("received"))
    closed = QBarSet(words.figure("closed"))
    received.setColor(QColor("#4472C4"))
    closed.setColor(QColor("#70AD47"))
    for point in series:
        received.append(point.received)
        closed.append(point.closed)
    bars = QBarSeries()
    bars.append(received)
    bars.append(closed)
    chart = QChart()
    chart.setTitle(texts["flow"])
    chart.addSeries(bars)
    x = QBarCategoryAxis()
    x.append(_day_names(series))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(x)
    y = QValueAxis()
    y.setLabelFormat("%d")
    top = max([p.received for p in series] + [p.closed for p in series] + [1])
    y.setRange(0, top + max(1, top // 10))
    y.applyNiceNumbers()
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(y)
    return _view(chart)


def breakdown(table) -> QChartView:
    texts = ChartTexts().titles()
    pairs = sorted(((r.received, words.group_label(table.group_by, r, label))
                    for r in table.rows if r.received), reverse=True)
    if len(pairs) > MAX_SLICES:
        rest = sum(v for v, _ in pairs[MAX_SLICES - 1:])
        pairs = [*pairs[:MAX_SLICES - 1], (rest, texts["others"])]
    pie = QPieSeries()
    total = sum(v for v, _ in pairs) or 1
    for value, name in pairs:
        pie.append(f"{name} {value} ({value * 100 / total:.0f}%)", value)
    chart = QChart()
    chart.setTitle(texts["breakdown"].format(grouping=words.grouping(table.group_by)))
    chart.addSeries(pie)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    view = _view(chart)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return view


def on_time_rate(series) -> QChartView:
    texts = ChartTexts().titles()
    line = QLineSeries()
    line.setName(words.rate("on_time"))
    line.setColor(QColor("#C55A11"))
    line.setPointsVisible(True)
    for i, point in enumerate(series):
        if point.on_time_rate is not None:
            line.append(i, point.on_time_rate * 100)
    chart = QChart()
    chart.setTitle(texts["rate"])
    chart.addSeries(line)
    # The points sit at the days' indexes; a few of them named, under their own point.
    x = QCategoryAxis()
    x.setRange(0, max(1, len(series) - 1))
    x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for i, name in enumerate(_day_names(series, every_day=False)):
        if name and not name.startswith("\u200b"):
            x.append(name, i)
    y = QValueAxis()
    y.setRange(0, 100)
    y.setLabelFormat("%d%%")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    line.attachAxis(x)
    line.attachAxis(y)
    chart.legend().hide()
    return _view(chart)
