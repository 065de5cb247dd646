"""Charts of practice (Qt Charts): pace over one take, and progress across the takes of a speech."""

from __future__ import annotations

import math

from PySide6.QtCharts import QAreaSeries, QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from app.practice.delivery import DeliveryReport
from models.records import Take


def _chart_view(parent: QWidget) -> tuple[QChartView, QChart]:
    chart = QChart()
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(180)
    return view, chart


#: A comfortable pace for a speech, in words a minute (slower is fine for a learner).
COMFORTABLE_PACE = (100, 165)


def nice_step(span: float, ticks: int = 5) -> float:
    """A round tick interval (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` intervals."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def nice_axis(top: float, ticks: int = 5, whole: bool = True) -> tuple[float, float]:
    """(axis top, tick step) for values from 0 to `top`: the top is a multiple of the step."""
    step = nice_step(top, ticks)
    if whole:
        step = max(1.0, round(step))
    return max(step, math.ceil(top / step) * step), step


def _plot(chart: QChart, points: list[tuple[float, float]], x_title: str, y_title: str,
          x_range: tuple[float, float] | None = None, y_top: float | None = None,
          band: tuple[float, float] | None = None, band_label: str = "", whole_x: bool = False) -> None:
    """Points joined by a line, with round ticks on both axes; `band` shades a range of y (a comfortable
    pace), `whole_x` puts one tick per whole number (take 1, 2, 3 …)."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    line, dots = QLineSeries(), QScatterSeries()
    dots.setMarkerSize(7)
    for x, y in points:
        line.append(QPointF(x, y))
        dots.append(QPointF(x, y))
    chart.addSeries(line)
    chart.addSeries(dots)
    x_axis, y_axis = QValueAxis(), QValueAxis()
    x_axis.setTitleText(x_title)
    y_axis.setTitleText(y_title)
    xs = [x for x, _ in points] or [0, 1]
    ys = [y for _, y in points] or [0, 1]
    low, high = x_range or (min(xs), max(xs))
    high = max(high, low + 1)
    x_axis.setRange(low, high)
    highest = max([*ys, band[1] if band else 0])
    top, step = (y_top, nice_step(y_top)) if y_top else nice_axis(highest * 1.1 or 1)
    y_axis.setRange(0, top)
    for axis, interval, anchor in ((y_axis, step, 0.0),
                                   (x_axis, max(1.0, round(nice_step(high - low))) if whole_x
                                    else nice_step(high - low), 1.0 if whole_x else 0.0)):
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(anchor)
        axis.setTickInterval(interval)
        axis.setLabelFormat("%.0f")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    if band:
        lower, upper = QLineSeries(), QLineSeries()
        for x in (low, high):
            lower.append(QPointF(x, band[0]))
            upper.append(QPointF(x, band[1]))
        area = QAreaSeries(upper, lower)
        for edge in (upper, lower):  # the area does not own its edges: without a parent Python frees them
            edge.setParent(area)
        area.setName(band_label)
        area.setColor(QColor(46, 160, 67, 45))
        area.setBorderColor(QColor(46, 160, 67, 90))
        chart.addSeries(area)
        area.attachAxis(x_axis)
        area.attachAxis(y_axis)
        chart.legend().show()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        for marker, series in zip(chart.legend().markers(), chart.series(), strict=False):
            marker.setVisible(series is area)
    else:
        chart.legend().hide()
    for series in (line, dots):
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)


class PaceChart(QWidget):
    """Words per minute across one take."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view, self.chart = _chart_view(self)
        self.chart.setTitle(self.tr("Pace during this take"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_report(self, report: DeliveryReport | None) -> None:
        points = [(p.time, p.words_per_minute) for p in report.pace] if report else []
        span = (0.0, report.duration_seconds) if report else None
        _plot(self.chart, points, self.tr("seconds"), self.tr("words per minute"), span,
              band=COMFORTABLE_PACE, band_label=self.tr("comfortable pace for a speech (100–165)"))


class ProgressChart(QWidget):
    """One measure per take, in the order they were recorded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure = QComboBox(self)
        self.measure.setObjectName("progressMeasure")
        self.measure.addItem(self.tr("Script accuracy (%)"), "accuracy")
        self.measure.addItem(self.tr("Pace (words per minute)"), "pace")
        self.measure.addItem(self.tr("Fillers"), "fillers")
        self.measure.addItem(self.tr("Duration (seconds)"), "duration")
        self.measure.currentIndexChanged.connect(lambda _i: self._draw())
        self.view, self.chart = _chart_view(self)
        self.chart.setTitle(self.tr("Progress across takes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.measure)
        layout.addWidget(self.view)
        self.takes: list[Take] = []

    def show_takes(self, takes: list[Take]) -> None:
        self.takes = [t for t in takes if t.report]
        self._draw()

    def points(self) -> list[tuple[float, float]]:
        kind = self.measure.currentData()
        values = {
            "accuracy": lambda t: None if t.accuracy is None else t.accuracy * 100,
            "pace": lambda t: t.words_per_minute,
            "fillers": lambda t: t.fillers,
            "duration": lambda t: t.seconds,
        }[kind]
        result = []
        for number, take in enumerate(self.takes, start=1):
            value = values(take)
            if value is not None:
                result.append((float(number), float(value)))
        return result

    def _draw(self) -> None:
        points = self.points()
        kind = self.measure.currentData()
        _plot(self.chart, points, self.tr("take"), self.measure.currentText(), (0.5, max(len(points), 1) + 0.5),
              y_top=100.0 if kind == "accuracy" else None,
              band=COMFORTABLE_PACE if kind == "pace" else None,
              band_label=self.tr("comfortable pace for a speech (100–165)"), whole_x=True)
