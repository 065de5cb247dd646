"""The timekeeper's view, for a projector or a second screen: the whole window is the signal card.

Space starts the clock at the speaker's first word and stops it; R resets; F11 toggles full screen.
The clock reads an injectable time source, so tests drive it without sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.contest.rules import ContestRules
from app.speaking import clock

COLOURS = {"idle": ("#1d2a44", "#ffffff"), "green": ("#1f8a4c", "#ffffff"), "amber": ("#f0a500", "#1d1d1d"),
           "red": ("#c62828", "#ffffff")}


class TimekeeperWindow(QWidget):
    timed = Signal(float)  # the measured speaking time, when the clock is stopped
    next_requested = Signal()  # N: the contest moves on to the next speaker

    def __init__(self, rules: ContestRules | None = None, speaker: str = "",
                 now: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("timekeeper")
        self.rules = rules or ContestRules()
        self.now = now
        self.started_at: float | None = None
        self.elapsed = 0.0
        self.setWindowTitle(self.tr("Timekeeper"))
        self.speaker = QLabel(speaker, self)
        self.speaker.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speaker.setObjectName("timekeeperSpeaker")
        self.digits = QLabel("0:00", self)
        self.digits.setObjectName("timekeeperDigits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict = QLabel(self)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self.tr("Space: start at the first word / stop · R: reset · F11: full screen"), self)
        self.contest_hint = self.tr("Space: start at the first word / stop · R: reset · N: next speaker · "
                                    "F11: full screen · Esc: close")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.speaker)
        layout.addWidget(self.digits, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.hint)
        self.signal = ""
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle)
        QShortcut(QKeySequence(Qt.Key.Key_R), self, self.reset)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_N), self, self.request_next)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(900, 600)
        self.refresh()

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        self.started_at = self.now() - self.elapsed
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        if self.started_at is None:
            return
        self.elapsed = self.now() - self.started_at
        self.started_at = None
        self.timer.stop()
        self.refresh()
        verdicts = {"within": self.tr("within the time"), "under": self.tr("under the minimum time"),
                    "over": self.tr("over the maximum time"), "disqualified": self.tr("outside the time limits")}
        self.verdict.setText(f"{clock(self.elapsed)} — {verdicts[self.rules.verdict(self.elapsed)]}")
        self.timed.emit(round(self.elapsed, 2))

    def reset(self) -> None:
        if self.running:
            return
        self.elapsed = 0.0
        self.verdict.clear()
        self.refresh()

    def for_contest(self) -> None:
        """Timing a contest: N asks for the next speaker."""
        self.hint.setText(self.contest_hint)

    def set_speaker(self, name: str) -> None:
        """A new speaker: the clock goes back to 0:00 (unless it is running)."""
        if self.running:
            return
        self.speaker.setText(name)
        self.reset()

    def request_next(self) -> None:
        if not self.running:
            self.next_requested.emit()

    def seconds(self) -> float:
        return self.now() - self.started_at if self.started_at is not None else self.elapsed

    def refresh(self) -> None:
        seconds = self.seconds()
        self.digits.setText(clock(seconds))
        signal = self.rules.signal_at(seconds) if seconds > 0 else "idle"
        if signal != self.signal:
            self.signal = signal
            background, text = COLOURS[signal]
            self.setStyleSheet(f"QWidget#timekeeper {{ background: {background}; }} "
                               f"QWidget#timekeeper QLabel {{ color: {text}; }} "
                               f"QLabel#timekeeperDigits {{ font-size: 160px; font-weight: 700; }} "
                               f"QLabel#timekeeperSpeaker {{ font-size: 40px; font-weight: 600; }}")
            self.setProperty("signal", signal)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
