"""Playing a take back: play/pause, a position slider, and "play from this word"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from app.speaking import clock
from app.vault.crypto import SealedError, is_sealed
from app.vault.files import PLAIN, FileCodec
from ui.messages import no_speaker


class Player(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        self.button = QPushButton(self.tr("Play"), self)
        self.button.setObjectName("playButton")
        self.button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("playPosition")
        self.slider.setAccessibleName(self.tr("Position in the recording"))
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.time = QLabel("0:00 / 0:00", self)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time)
        layout.addWidget(self.problem)
        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.setEnabled(False)

    def set_source(self, path: Path | None, codec: FileCodec = PLAIN) -> None:
        """Play `path`; a sealed take (the lock is on) is opened in memory and played from there."""
        self.player.stop()
        self.setEnabled(set_player_source(self.player, path, codec, self))


    def _can_play(self) -> bool:
        problem = no_speaker()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return False
        self.problem.hide()
        return True

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        elif self._can_play():
            self.player.play()

    def play_from(self, seconds: float) -> None:
        self.player.setPosition(max(0, int(seconds * 1000) - 150))  # a little before the word
        if self._can_play():
            self.player.play()

    def _duration(self, millis: int) -> None:
        self.slider.setRange(0, millis)
        self._position(self.player.position())

    def _position(self, millis: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(millis)
        self.time.setText(f"{clock(millis / 1000)} / {clock(self.player.duration() / 1000)}")

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.button.setText(self.tr("Pause") if playing else self.tr("Play"))


def set_player_source(player: QMediaPlayer, path: Path | None, codec: FileCodec, owner: QObject) -> bool:
    """Give `player` a file to play: a plain file by its path, a sealed one from memory (no plain copy on
    disk). False when there is nothing playable."""
    old = getattr(owner, "_playing_buffer", None)
    if path is None or not path.exists():
        player.setSource(QUrl())
        return False
    if not codec.sealing and not is_sealed(path):
        player.setSource(QUrl.fromLocalFile(str(path)))
        return True
    try:
        data = codec.read(path)
    except (OSError, SealedError):
        player.setSource(QUrl())
        return False
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    player.setSourceDevice(buffer, QUrl(path.name))  # the name tells the decoder the format
    owner._playing_buffer = buffer  # type: ignore[attr-defined]
    if old is not None:
        old.deleteLater()
    return True
