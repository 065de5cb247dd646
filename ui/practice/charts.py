"""Charts of practice (Qt Charts): pace over one take, and progress across the takes of a speech."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QPainter
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


def _plot(chart: QChart, points: list[tuple[float, float]], x_title: str, y_title: str,
          x_range: tuple[float, float] | None = None) -> None:
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
    x_axis.setRange(low, max(high, low + 1))
    y_axis.setRange(0, max(ys) * 1.15 + 1)
    x_axis.setLabelFormat("%.0f")
    y_axis.setLabelFormat("%.0f")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
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
        _plot(self.chart, points, self.tr("seconds"), self.tr("words per minute"), span)


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
        _plot(self.chart, points, self.tr("take"), self.measure.currentText(), (0.5, len(points) + 0.5))
