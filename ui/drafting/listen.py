"""Reading the English aloud with the offline voice: one sentence, or the whole speech row by row.

Each sentence is made on a worker (Piper, cached per text and speed in the data folder's cache) and
played with Qt Multimedia; the next sentence is made while the current one plays. `sentence_started`
tells the editor which row to highlight.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

from app.drafting.voice import cached_wav
from app.vault.files import PLAIN, FileCodec
from ui.messages import error_text, no_speaker
from ui.practice.player import set_player_source
from ui.tasks import run_task

SPEEDS = (0.8, 0.9, 1.0, 1.1, 1.2)


class Reader(QObject):
    sentence_started = Signal(int)  # segment id
    finished = Signal()
    problem = Signal(str)

    def __init__(self, cache: Path, parent: QObject | None = None,
                 codec: Callable[[], FileCodec] = lambda: PLAIN) -> None:
        super().__init__(parent)
        self.cache = self.folder = cache
        self._codec = codec  # asked each time: the lock may be turned on or off while the window is open

        self._player: QMediaPlayer | None = None
        self.queue: list[tuple[int, str]] = []
        self.ready: dict[tuple[str, float], str] = {}  # (text, speed) → WAV path made ahead
        self.speed = 1.0
        self.reading = False

    @property
    def codec(self) -> FileCodec:
        """With the lock on, the sentences read aloud are sealed and played from memory."""
        return self._codec()

    @property
    def player(self) -> QMediaPlayer:
        """Made on first use: Qt Multimedia looks for audio devices once, so not before they are needed."""
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.mediaStatusChanged.connect(self._status)
        return self._player

    def read(self, items: list[tuple[int, str]], speed: float, folder: Path | None = None) -> None:
        """Read the rows aloud; their audio is kept in `folder` (one per speech, so erasing a speech erases
        it), by default the reader's own cache folder."""
        self.stop()
        self.folder = folder or self.cache
        problem = no_speaker()
        if problem:
            self.problem.emit(problem)
            return
        self.queue = [(sid, text) for sid, text in items if text.strip()]
        self.speed = speed
        self.reading = True
        self._next()

    def stop(self) -> None:
        self.reading = False
        self.queue = []
        if self._player is not None:
            self._player.stop()

    def _make(self, text: str, then=None) -> None:  # noqa: ANN001 - a callback taking the path
        speed, folder, codec = self.speed, self.folder, self.codec

        def work() -> str:
            return str(cached_wav(text, speed, folder, codec))

        def done(path: str) -> None:
            self.ready[(text, speed)] = path
            if then is not None:
                then(path)

        run_task(self, work, done, lambda error: self.problem.emit(error_text(error)))

    def _next(self) -> None:
        if not self.reading or not self.queue:
            self.reading = False
            self.finished.emit()
            return
        segment_id, text = self.queue.pop(0)

        def play(path: str) -> None:
            if not self.reading:
                return
            self.sentence_started.emit(segment_id)
            set_player_source(self.player, Path(path), self.codec, self)
            self.player.play()
            if self.queue:  # make the next sentence while this one plays
                self._make(self.queue[0][1])

        known = self.ready.get((text, self.speed))
        if known:
            play(known)
        else:
            self._make(text, play)

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia and self.reading:
            self._next()
