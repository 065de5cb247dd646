"""The practice studio's imports and analyses: a recording from a phone, a take analysed again, a take a
crash interrupted. A part of `PracticeStudio` (a mixin: it uses the studio's widgets and store)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar, QPushButton, QWidget

from app.practice import runs as practice
from app.practice.audio import AudioError
from app.practice.transcription import Transcriber, TranscriptionCancelled, all_threads
from app.workspace import Workspace
from models.records import Take
from models.store import SpeechStore
from ui.messages import audio_error_text, error_text
from ui.tasks import run_task

_transcribers: dict[str, Transcriber] = {}
_transcriber_lock = threading.Lock()


def shared_transcriber(model: str, models_folder: Path | None = None) -> Transcriber:
    """One loaded model per process (0.3–0.8 s to load; joined once on first use into `models_folder`,
    the workspace's). An imported or re-heard take is decoded on every core, a part per core (`lanes.py`):
    the sound check already kept the second core busy; a live take still decodes one stretch at a time."""
    with _transcriber_lock:
        if model not in _transcribers:
            _transcribers[model] = Transcriber(model, models_folder=models_folder, threads=all_threads())
        return _transcribers[model]


class _Progress(QObject):
    changed = Signal(float)


class StudioAnalysis(QWidget):
    """The base of `PracticeStudio`; its texts are translated in the studio's context."""

    # the studio's, for the type checker
    store: SpeechStore
    speech_id: int
    workspace: Workspace
    model: str
    cancel_requested: bool
    progress: QProgressBar
    cancel_button: QPushButton
    record_button: QPushButton

    def _say(self, text: str, problem: bool = False) -> None: ...

    def reload(self, select: int | None) -> None: ...

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("PracticeStudio", "Import a recording"), str(Path.home()),
            QCoreApplication.translate("PracticeStudio",
                                       "Recordings (*.wav *.flac *.mp3 *.m4a *.aac *.ogg *.oga *.opus)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        notes: list[str] = []
        try:
            take = practice.import_recording(self.store, self.speech_id, path, notes)
        except AudioError as error:
            self._say(audio_error_text(error.code), problem=True)
            return
        except OSError as error:
            self._say(error_text(error), True)
            return
        self.reload(select=take.id)
        self.analyse(take.id, cut_short="truncated" in notes)

    def reanalyse(self, take_id: int) -> None:
        if take_id and not self.progress.isVisible():
            self.analyse(take_id)

    def analyse(self, take_id: int, cut_short: bool = False) -> None:
        bridge = _Progress(self)
        bridge.changed.connect(lambda value: self.progress.setValue(int(value * 100)))
        self.cancel_requested = False
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.record_button.setEnabled(False)
        self._say(QCoreApplication.translate("PracticeStudio", "Listening to the recording…"))
        transcriber = shared_transcriber(self.model, self.workspace.models_dir)

        def work() -> Take:
            return practice.analyse_take(self.store, take_id, transcriber, bridge.changed.emit,
                                         lambda: self.cancel_requested)

        def ended(take: Take | None, error: Exception | None = None) -> None:
            self.progress.hide()
            self.cancel_button.hide()
            self.record_button.setEnabled(True)
            if isinstance(error, TranscriptionCancelled):
                self._say(QCoreApplication.translate(
                    "PracticeStudio", "Stopped. The take is kept; choose “Analyse again” to try later."))
            elif isinstance(error, AudioError):
                self._say(audio_error_text(error.code), problem=True)
            elif error is not None:
                self._say(error_text(error), problem=True)
            elif cut_short:
                self._say(QCoreApplication.translate(
                    "PracticeStudio", "Take analysed. The file seems cut short (it announces more than it holds): "
                    "the report covers what is there."), problem=True)
            else:
                self._say(QCoreApplication.translate("PracticeStudio", "Take analysed."))
            self.reload(select=take_id)

        run_task(self, work, lambda take: ended(take), lambda error: ended(None, error))

    def _cancel(self) -> None:
        self.cancel_requested = True

    def offer_recovery(self, ask: bool = True) -> None:
        """Takes a crash interrupted: ask, then finish them as recordings and analyse them."""
        if self.speech_id not in practice.pending_recoveries(self.store):
            return
        if ask:
            answer = QMessageBox.question(
                self, QCoreApplication.translate("PracticeStudio", "Recover a practice take"),
                QCoreApplication.translate(
                    "PracticeStudio", "Moksori was closed while recording. Keep what was recorded and analyse it?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self._say(QCoreApplication.translate(
                    "PracticeStudio", "The interrupted recording is kept in the takes folder; it will be offered "
                    "again next time."))
                return
        recovered = practice.recover_unfinished(self.store, self.speech_id)
        self.reload(select=recovered[-1].id if recovered else None)
        for take in recovered:
            self.analyse(take.id)
