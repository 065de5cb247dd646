"""The open speech: its heading (title, speaker, limits, live time estimate) above the row editor."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.speaking import clock, estimate
from ui.drafting.document import SpeechDocument
from ui.drafting.speech_editor import SpeechEditor


class SpeechPage(QWidget):
    details_requested = Signal()

    def __init__(self, doc: SpeechDocument, pace_wpm: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.pace_wpm = pace_wpm
        self.title = QLabel(self)
        self.title.setObjectName("speechTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("speechSubtitle")
        self.estimate = QLabel(self)
        self.estimate.setObjectName("estimate")
        self.estimate.setWordWrap(True)  # a long estimate wraps rather than widen the window past a laptop screen
        details = QPushButton(self.tr("Details…"), self)
        details.setToolTip(self.tr("Title, speaker and time limits"))
        details.clicked.connect(self.details_requested.emit)
        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        heading.addLayout(titles, 1)
        heading.addWidget(self.estimate)
        heading.addWidget(details)
        self.editor = SpeechEditor(doc, self)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.editor, 1)
        doc.speech_changed.connect(self.refresh)
        doc.text_saved.connect(self.refresh_estimate)
        doc.rows_reset.connect(self.refresh_estimate)
        # A pick, an undo or a redo changes a row's text without typing: count again then too.
        doc.text_replaced.connect(lambda _segment, _field, _text: self.refresh_estimate())
        self.refresh()

    def refresh(self) -> None:
        speech = self.doc.speech()
        self.title.setText(speech.title)
        limits = self.tr("Time limit %1–%2").replace("%1", clock(speech.limits.min_seconds)).replace(
            "%2", clock(speech.limits.max_seconds))
        speaker = speech.speaker or self.tr("no speaker name yet")
        self.subtitle.setText(f"{speaker} · {limits}")
        self.refresh_estimate()

    def set_pace(self, pace_wpm: int) -> None:
        self.pace_wpm = pace_wpm
        self.refresh_estimate()

    def refresh_estimate(self) -> None:
        speech = self.doc.speech()
        result = estimate([s.english for s in self.doc.segments()], self.pace_wpm, speech.limits)
        text = self.tr("%1 English words · about %2 at %3 words a minute — limit %4–%5")
        for key, value in (("%1", str(result.words)), ("%2", clock(result.seconds)), ("%3", str(result.pace_wpm)),
                           ("%4", clock(speech.limits.min_seconds)), ("%5", clock(speech.limits.max_seconds))):
            text = text.replace(key, value)
        verdicts = {"under": self.tr("too short"), "over": self.tr("too long"), "within": self.tr("within the limit")}
        self.estimate.setText(f"{text}\n{verdicts[result.verdict]}")
        self.estimate.setProperty("verdict", result.verdict)
        self.estimate.style().unpolish(self.estimate)
        self.estimate.style().polish(self.estimate)
