"""The studio's prompter controls: which script she sees while she records (none, one that follows her
voice, or one she learns by heart), the large view itself, and the run's record (issue 16).

The tracker (`app.practice.follow.Tracking`, in the take's hearing — see `app/practice/hearing.py`) reports
places from its own thread or process, passed on through a queued signal; hints come from the studio's
clock tick (`tick`). Everything here is on the GUI thread.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app import settings as S
from app.practice import prompter as P
from app.practice.runs import PracticeRun, script_sentences
from app.settings import Settings
from models.store import SpeechStore
from ui.practice.prompter_view import PrompterView

HIDDEN = ""


class _Bridge(QObject):
    placed = Signal(int)  # the tracker's thread → the GUI thread (queued)


class PromptingControls(QWidget):
    """The two choices (script, level) in one row; owns the view the studio shows while recording."""

    mode_changed = Signal(str)

    def __init__(self, store: SpeechStore, speech_id: int, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.speech_id = speech_id
        self.view = PrompterView(parent)
        self.view.stepped.connect(self.step_sentence)
        self.run: PracticeRun | None = None
        self.session: P.Session | None = None
        self.problem = ""
        self._last_progress = 0.0
        self._bridge = _Bridge(self)
        self._bridge.placed.connect(self._placed)
        self.mode = QComboBox(self)
        self.mode.setObjectName("prompterMode")
        self.mode.addItem(self.tr("Not shown"), HIDDEN)
        self.mode.addItem(self.tr("Follows my voice"), P.FOLLOW)
        self.mode.addItem(self.tr("Learn it by heart"), P.MEMORISE)
        self.level = QComboBox(self)
        self.level.setObjectName("prompterLevel")
        self.level.addItem(self.tr("Rises as I improve"), P.AUTO)
        self.level.addItem(self.tr("Full text"), P.FULL)
        self.level.addItem(self.tr("First letters"), P.INITIALS)
        self.level.addItem(self.tr("Key words only"), P.KEY_WORDS)
        self.level.addItem(self.tr("Nothing"), P.NOTHING)
        self.level.setEnabled(False)
        mode_label = QLabel(self.tr("&Script while recording"), self)
        mode_label.setBuddy(self.mode)
        level_label = QLabel(self.tr("&Help"), self)
        level_label.setBuddy(self.level)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(mode_label)
        row.addWidget(self.mode, 1)
        row.addWidget(level_label)
        row.addWidget(self.level, 1)
        # as she left them last time
        self.mode.setCurrentIndex(max(0, self.mode.findData(settings.get(S.PROMPTER_MODE))))
        self.level.setCurrentIndex(max(0, self.level.findData(settings.get(S.PROMPTER_LEVEL))))
        self.level.setEnabled(self.chosen == P.MEMORISE)
        self.mode.currentIndexChanged.connect(self._mode_chosen)
        self.level.currentIndexChanged.connect(self._level_chosen)
        self.prepare()

    @property
    def chosen(self) -> str:
        return str(self.mode.currentData() or HIDDEN)

    def _mode_chosen(self) -> None:
        self.level.setEnabled(self.chosen == P.MEMORISE)
        self.settings.set(S.PROMPTER_MODE, self.chosen)
        self.prepare()
        self.mode_changed.emit(self.chosen)

    def _level_chosen(self) -> None:
        self.settings.set(S.PROMPTER_LEVEL, int(self.level.currentData()))
        self.prepare()

    def history(self) -> list[P.PrompterRecord]:
        return [P.PrompterRecord.from_dict(data) for data in self.store.take_prompters(self.speech_id)]

    def prepare(self) -> list[str]:
        """The script at the start, each sentence at its level for this run; returns the sentences."""
        if not self.chosen:
            self.session = None
            return []
        sentences = script_sentences(self.store, self.speech_id)
        levels = P.levels_for(len(sentences), int(self.level.currentData()), self.history())
        self.session = P.Session(self.chosen, [len(s.split()) for s in sentences], levels)
        self.view.set_script(sentences, self.session)
        return sentences

    # A run ----------------------------------------------------------------------------------

    def begin(self) -> list[str] | None:
        """Recording starts: the sentences to follow her through, or None when no script is shown (or it has
        no English sentences yet). Then `attach` the take."""
        self.problem = ""
        self.run = None
        return self.prepare() or None

    def attach(self, run: PracticeRun) -> None:
        self.run = run
        self._last_progress = time.monotonic()

    def on_place(self, word: int) -> None:
        """From the tracker's thread (or process): the last script word she said."""
        self._bridge.placed.emit(word)

    def _placed(self, word: int) -> None:
        if self.run is None:
            return
        self.view.set_place(word)
        self._last_progress = time.monotonic()

    def step_sentence(self, delta: int) -> None:
        """Arrow keys: move the highlight a sentence back or on; tracking goes on from there."""
        if not self.chosen or not self.view.words:
            return
        target = max(0, min(len(self.view.words) - 1, self.view.sentence + delta))
        self.view.move_to(target)
        if self.run is not None:
            self.run.move_to(target)
        self._last_progress = time.monotonic()

    def tick(self, paused: bool) -> None:
        """The studio's clock (every 0.1 s): a hint when she has stalled; a failed tracker is said once."""
        if self.run is None or self.session is None:
            return
        if self.run.hearing.follow_error and not self.problem:
            self.problem = self.tr("The script cannot follow your voice on this computer; the take is recorded "
                                   "as usual. Use the arrow keys to move through the script.")
        now = time.monotonic()
        if paused:
            self._last_progress = now
        elif now - self._last_progress > P.STALL_SECONDS:
            words = self.session.hint()
            if words:
                self.view.show_hint(words)
            self._last_progress = now

    def end(self) -> P.PrompterRecord | None:
        """Recording stopped: the run's record (stored with the take)."""
        run, self.run = self.run, None
        return self.session.record if self.session is not None and run is not None and self.chosen else None
