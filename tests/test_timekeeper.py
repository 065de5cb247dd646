"""The timekeeper's signals change at the contest's times, with the clock driven by the test (no sleeping),
and the measured time and verdict follow the rules when the timekeeper stops the clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.contest.rules import ContestRules
from app.contest.tally import signal_at, time_verdict
from ui.contest.timekeeper import TimekeeperWindow


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_signals_change_at_the_right_seconds_and_the_time_is_measured(qtbot: QtBot) -> None:
    now = FakeClock()
    window = TimekeeperWindow(ContestRules(green=300, amber=360, red=420, dq_under=270, dq_over=450),
                              "Mina", now=now)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # her first word
    assert window.running
    seen = {}
    for seconds in (0, 299.9, 300, 359.9, 360, 419.9, 420, 451):
        now.t = 1000.0 + seconds
        window.refresh()
        seen[seconds] = window.property("signal")
    assert seen == {0: "idle", 299.9: "idle", 300: "green", 359.9: "green", 360: "amber", 419.9: "amber",
                    420: "red", 451: "red"}
    assert window.digits.text() == "7:31"
    now.t = 1000.0 + 395.4
    with qtbot.waitSignal(window.timed) as stopped:
        qtbot.keyClick(window, Qt.Key.Key_Space)
    assert stopped.args == [395.4] and not window.running
    assert "6:35" in window.verdict.text()
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert window.digits.text() == "0:00" and window.property("signal") == "idle"


def test_time_verdicts_follow_the_rules() -> None:
    rules = {"min_seconds": 300, "max_seconds": 420, "dq_under": 270, "dq_over": 450}
    assert [time_verdict(s, rules) for s in (269, 270, 299, 300, 420, 421, 450, 451)] == [
        "disqualified", "under", "under", "within", "within", "over", "over", "disqualified"]
    assert signal_at(10, {}) == "idle" and signal_at(300, {}) == "green" and signal_at(420, {}) == "red"
