"""Title, speaker (a pseudonym is fine) and contest time limits of a speech."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from models.records import Speech, TimeLimits


def _time_edit(seconds: int, parent: QWidget) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("m:ss")
    edit.setMinimumTime(QTime(0, 0, 30))
    edit.setMaximumTime(QTime(0, 59, 59))
    edit.setTime(QTime(0, 0).addSecs(seconds))
    return edit


class SpeechDetailsDialog(QDialog):
    def __init__(self, speech: Speech, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Speech details"))
        self.title = QLineEdit(speech.title, self)
        self.title.setMaxLength(200)
        self.speaker = QLineEdit(speech.speaker, self)
        self.speaker.setMaxLength(100)
        self.speaker.setPlaceholderText(self.tr("A pseudonym is fine"))
        self.minimum = _time_edit(speech.limits.min_seconds, self)
        self.maximum = _time_edit(speech.limits.max_seconds, self)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Speaker"), self.speaker)
        form.addRow(self.tr("Shortest time"), self.minimum)
        form.addRow(self.tr("Longest time"), self.maximum)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, TimeLimits]:
        zero = QTime(0, 0)
        limits = TimeLimits(zero.secsTo(self.minimum.time()), zero.secsTo(self.maximum.time()))
        return " ".join(self.title.text().split()), " ".join(self.speaker.text().split()), limits

    def accept(self) -> None:
        title, _speaker, limits = self.values()
        if not title:
            self.problem.setText(self.tr("A speech needs a title."))
            self.title.setFocus()
            return
        if limits.min_seconds > limits.max_seconds:
            self.problem.setText(self.tr("The shortest time must not be longer than the longest time."))
            self.minimum.setFocus()
            return
        super().accept()
