"""Checks the English cells as she types: debounced, on a worker, only rows that changed.

The engine (Harper, or a local LanguageTool from Settings) is created once, on a worker. A row's result
is shown only if the cell still holds the text that was checked. The speech's own words (names,
places) and "ignore in this sentence" choices are kept in the store's settings, per speech.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from app import settings as S
from app.drafting.grammar import Engine, Issue, check_lines, default_engine
from app.settings import Settings
from models.store import SpeechStore
from ui.tasks import run_task

DEBOUNCE_MS = 600
_engine: Engine | None = None
_engine_lock = threading.Lock()


def shared_engine(server_url: str = "") -> Engine:
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = default_engine(server_url)
        return _engine


def engine_name() -> str:
    return _engine.name if _engine is not None else ""


def reset_engine() -> None:
    """Settings changed (e.g. a LanguageTool address): the next check creates the engine anew."""
    global _engine
    with _engine_lock:
        _engine = None


def speech_words(store: SpeechStore, speech_id: int) -> list[str]:
    return store.speech_words(speech_id)


def ignored(store: SpeechStore, speech_id: int) -> list[tuple[int, str]]:
    return store.ignored_issues(speech_id)


class DraftChecker(QObject):
    checked = Signal(int)  # segment id whose issues are now on screen
    engine_ready = Signal(str)  # the engine's name

    def __init__(self, store: SpeechStore, speech_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.speech_id = speech_id
        self.cells: dict[int, object] = {}  # segment id → CellEdit
        self.timers: dict[int, QTimer] = {}
        self.engine_name = ""
        self._ready = False
        self._running = False
        self._queue: dict[int, str] = {}
        self._waiting: set[int] = set()
        self._ignored: list[tuple[int, str]] = list(ignored(store, speech_id))
        self.long = Settings(store).get(S.LONG_SENTENCE)
        self._prepare()

    def _prepare(self) -> None:
        url = Settings(self.store).get(S.LANGUAGETOOL_URL)
        words = speech_words(self.store, self.speech_id)

        def prepare() -> str:
            engine = shared_engine(url)
            add = getattr(engine, "add_words", None)
            if add is not None:
                add(words)
            return engine.name

        run_task(self, prepare, self._on_ready)

    def restart(self) -> None:
        """Use the engine and limits from Settings now."""
        self.long = Settings(self.store).get(S.LONG_SENTENCE)
        self._ready = False
        self._waiting.update(self.cells)
        self._prepare()

    def _on_ready(self, name: str) -> None:
        self.engine_name = name
        self._ready = True
        self.engine_ready.emit(name)
        for segment_id in list(self._waiting):
            self.check_now(segment_id)
        self._waiting.clear()

    def watch(self, segment_id: int, cell) -> None:  # noqa: ANN001 - a CellEdit
        self.cells[segment_id] = cell
        cell.text_edited.connect(lambda _old, _new, sid=segment_id: self.schedule(sid))
        self.check_now(segment_id)

    def forget_all(self) -> None:
        self.cells.clear()
        for timer in self.timers.values():
            timer.stop()

    def schedule(self, segment_id: int) -> None:
        timer = self.timers.get(segment_id)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(DEBOUNCE_MS)
            timer.timeout.connect(lambda sid=segment_id: self.check_now(sid))
            self.timers[segment_id] = timer
        timer.start()

    def check_now(self, segment_id: int) -> None:
        """Queue a row; one worker at a time checks every queued row (a 2,000-row paste is one task)."""
        cell = self.cells.get(segment_id)
        if cell is None:
            return
        if not self._ready:
            self._waiting.add(segment_id)
            return
        self._queue[segment_id] = cell.toPlainText()  # type: ignore[attr-defined]
        if not self._running:
            self._run_queue()

    def _run_queue(self) -> None:
        batch, self._queue = self._queue, {}
        if not batch:
            self._running = False
            return
        self._running = True
        skipped = {sid: [(0, t) for s, t in self._ignored if s == sid] for sid in batch}
        long = self.long

        def work() -> dict[int, tuple[str, list[Issue]]]:
            engine = shared_engine()
            return {sid: (text, check_lines([text], engine, long, ignored=skipped[sid], hints=False))
                    for sid, text in batch.items()}

        def show(results: dict[int, tuple[str, list[Issue]]]) -> None:
            for sid, (text, issues) in results.items():
                current = self.cells.get(sid)
                if current is not None and current.toPlainText() == text:  # type: ignore[attr-defined]
                    current.show_issues(issues)  # type: ignore[attr-defined]
                    self.checked.emit(sid)
            self._run_queue()

        run_task(self, work, show, lambda _error: self._run_queue())

    def ignore(self, segment_id: int, text: str) -> None:
        self._ignored.append((segment_id, text))
        self.store.ignore_issue(self.speech_id, segment_id, text)
        self.check_now(segment_id)

    def add_word(self, word: str) -> None:
        self.store.add_speech_word(self.speech_id, word)
        engine = shared_engine()
        add = getattr(engine, "add_words", None)
        if add is not None:
            add([word])
        for segment_id in self.cells:
            self.check_now(segment_id)
