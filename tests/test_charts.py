"""Charts a learner reads at a glance: round ticks (0/20/…/100 %, 0/50/100/150 words a minute), one tick
per take, and the comfortable-pace band shaded."""

from __future__ import annotations

from PySide6.QtCharts import QAreaSeries, QValueAxis
from pytestqt.qtbot import QtBot

from models.records import Take
from ui.practice.charts import COMFORTABLE_PACE, ProgressChart, nice_axis, nice_step


def _takes() -> list[Take]:
    values = [(0.58, 52.0, 4, 240.0), (0.87, 104.0, 2, 300.0), (0.93, 131.0, 1, 330.0), (0.99, 118.0, 0, 350.0),
              (1.0, 140.0, 0, 352.0)]
    return [Take(i, 1, "", "x.flac", "recorded", f"2026-11-0{i}", s, report={"ok": True}, accuracy=a,
                 words_per_minute=w, fillers=f) for i, (a, w, f, s) in enumerate(values, start=1)]


def _axes(chart: ProgressChart) -> tuple[QValueAxis, QValueAxis]:
    x = next(a for a in chart.chart.axes() if a.alignment().name == "AlignBottom")
    y = next(a for a in chart.chart.axes() if a.alignment().name == "AlignLeft")
    assert isinstance(x, QValueAxis) and isinstance(y, QValueAxis)
    return x, y


def test_progress_axes_have_round_ticks_and_one_tick_per_take(qtbot: QtBot) -> None:
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.show_takes(_takes())
    x, y = _axes(chart)
    assert (y.min(), y.max(), y.tickInterval(), y.tickAnchor()) == (0, 100, 20, 0)  # accuracy in %
    assert (x.tickInterval(), x.tickAnchor(), x.labelFormat()) == (1, 1, "%.0f")  # take 1, 2, 3 …
    chart.measure.setCurrentIndex(chart.measure.findData("pace"))
    x, y = _axes(chart)
    assert y.max() == 200 and y.tickInterval() == 50  # 0, 50, 100, 150, 200: not 52, 104, 156
    [band] = [s for s in chart.chart.series() if isinstance(s, QAreaSeries)]
    assert [p.y() for p in band.upperSeries().points()] == [COMFORTABLE_PACE[1]] * 2
    assert [p.y() for p in band.lowerSeries().points()] == [COMFORTABLE_PACE[0]] * 2
    chart.measure.setCurrentIndex(chart.measure.findData("fillers"))
    x, y = _axes(chart)
    assert y.tickInterval() == 1 and not [s for s in chart.chart.series() if isinstance(s, QAreaSeries)]


def test_round_steps() -> None:
    assert [nice_step(s) for s in (100, 116, 208, 5, 60, 0.9)] == [20, 25, 50, 1, 20, 0.2]
    assert nice_axis(127.6) == (150, 50) and nice_axis(3.2) == (4, 1) and nice_axis(462) == (500, 100)
