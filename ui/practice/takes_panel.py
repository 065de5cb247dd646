"""The takes of one speech in the studio: the list, the report of the chosen take, its charts and playback.

Rename, delete (with undo, and "Deleted takes…" later), export audio and transcript, ask for a new
analysis. Reading a long report is done on a worker; only putting it on screen is left to the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.practice import runs as practice
from app.practice.delivery import DeliveryReport
from app.practice.transcription import Transcript, export_transcript
from app.speaking import clock
from app.vault.crypto import SealedError
from app.vault.files import codec_of
from models.database import StoreError
from models.records import Take
from models.store import SpeechStore
from ui.drafting.listen import Reader
from ui.messages import error_text
from ui.practice.charts import PaceChart, ProgressChart
from ui.practice.player import Player
from ui.practice.report_view import ReportView, report_html
from ui.practice.take_list import TakeList, when
from ui.tasks import run_task


class TakesPanel(QWidget):
    message = Signal(str, bool)  # text for the studio's status line, and whether it is a problem
    analyse_requested = Signal(int)  # take id
    report_shown = Signal(int)  # take id, once its report is on screen

    def __init__(self, store: SpeechStore, speech_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.speech_id = speech_id
        self.shown_take = 0
        self.deleted_take = 0
        self.takes = TakeList(self)
        self.takes.take_selected.connect(self.show_take)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._restore_deleted)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Rename…"), self.rename_take), (self.tr("Delete"), self.delete_take),
                           (self.tr("Export audio…"), self.export_audio),
                           (self.tr("Export transcript…"), self.export_transcript),
                           (self.tr("Analyse again"), lambda: self.analyse_requested.emit(self.takes.current_id())),
                           (self.tr("Deleted takes…"), self.show_deleted)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addWidget(self.undo_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.takes)
        left_layout.addLayout(buttons)
        self.report = ReportView(self)
        self.pace_chart = PaceChart(self)
        self.progress_chart = ProgressChart(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.report, self.tr("Report"))
        self.tabs.addTab(self.pace_chart, self.tr("Pace"))
        self.tabs.addTab(self.progress_chart, self.tr("Progress"))
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([380, 720])
        self.player = Player(self)
        self.report.play_requested.connect(self.player.play_from)
        self.report.say_requested.connect(self.say)
        self._reader: Reader | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.player)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.takes, self.delete_take,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.takes, self.rename_take, context=Qt.ShortcutContext.WidgetShortcut)
        self.reload(select=None)

    def say(self, word: str) -> None:
        """The offline voice says the word, a little slowly (made once, kept in the speech's voice cache)."""
        if self._reader is None:
            self._reader = Reader(paths.voice_cache_dir(self.store.path.parent), self, lambda: codec_of(self.store))
            self._reader.problem.connect(lambda text: self.message.emit(text, True))
        self.player.player.pause()  # her take stops while the voice speaks
        self._reader.read([(0, word)], 0.8, paths.voice_cache_dir(self.store.path.parent) / str(self.speech_id))

    def reload(self, select: int | None) -> None:
        takes = self.store.takes(self.speech_id)
        self.takes.show_takes(takes, select=select)
        self.progress_chart.show_takes(takes)

    def show_take(self, take_id: int) -> None:
        if not take_id:
            self.shown_take = 0
            self.report.setPlainText(self.tr("No take chosen. Press Space to record one, or import a recording; "
                                             "its report appears here.") if not self.takes.rowCount() else "")
            self.pace_chart.show_report(None)
            self.player.set_source(None)
            return
        take = self.store.take(take_id)
        self.player.set_source(practice.audio_path(self.store, take), codec_of(self.store))
        data = take.report
        self.shown_take = take_id
        if not data or data.get("no_script"):
            self.report.setPlainText(
                self.tr("This take has not been analysed yet.") if not data else
                self.tr("The speech has no English sentences yet, so there is nothing to compare with. Heard: %1")
                .replace("%1", data.get("transcript", "")))
            self.pace_chart.show_report(None)
            self.report_shown.emit(take_id)
            return

        def build() -> tuple[DeliveryReport, str]:  # a 10-minute take's report takes ~30 ms to read and write
            report = DeliveryReport.from_dict(data)
            # The take before this one, to compare with: reading every take's report is a worker's job.
            earlier = [t for t in self.store.takes(take.speech_id) if t.report and not t.report.get("no_script")
                       and t.report.get("scored", True) and (t.recorded_at, t.id) < (take.recorded_at, take.id)]
            before = earlier[-1].report if earlier else None
            try:
                previous = DeliveryReport.from_dict(before) if before else None
            except (KeyError, TypeError, ValueError):  # an older take's report this version cannot read
                previous = None
            extra = _prompter_html(self.store, take) if take.prompter else ""
            return report, report_html(report, previous) + extra

        def show(result: tuple[DeliveryReport, str]) -> None:
            report, html = result
            if self.shown_take != take_id:  # another take was chosen meanwhile
                return
            self.report.show_html(html)
            self.pace_chart.show_report(report)
            self.report_shown.emit(take_id)

        run_task(self, build, show)

    def _selected(self) -> Take | None:
        take_id = self.takes.current_id()
        return self.store.take(take_id) if take_id else None

    def rename_take(self) -> None:
        take = self._selected()
        if take is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename take"), self.tr("Name"), text=take.title)
        if ok:
            self.store.rename_take(take.id, title.strip())
            self.reload(select=take.id)

    def delete_take(self) -> None:
        take = self._selected()
        if take is None:
            return
        self.store.delete_take(take.id)
        self.reload(select=None)
        self.message.emit(self.tr("Take deleted."), False)
        self.deleted_take = take.id
        self.undo_button.show()

    def _restore_deleted(self) -> None:
        take_id = self.deleted_take
        if not take_id:
            return
        self.deleted_take = 0
        self.store.restore_take(take_id)
        self.undo_button.hide()
        self.reload(select=take_id)
        self.message.emit(self.tr("Take restored."), False)

    def show_deleted(self) -> None:
        """Deleted takes stay in the data folder until erased: bring one back, or erase them all for good."""
        deleted = self.store.takes(self.speech_id, deleted=True)
        if not deleted:
            self.message.emit(self.tr("No deleted takes."), False)
            return
        labels = [f"{t.title or when(t)} · {clock(t.seconds)}" for t in deleted]
        erase = self.tr("Erase all deleted takes for good…")
        label, ok = QInputDialog.getItem(self, self.tr("Deleted takes"), self.tr("Bring back, or erase"),
                                         [*labels, erase], 0, False)
        if not ok:
            return
        if label == erase:
            self.erase_deleted()
            return
        self.deleted_take = deleted[labels.index(label)].id
        self._restore_deleted()

    def erase_deleted(self, confirmed: bool = False) -> None:
        """Erase the deleted takes' recordings from this computer (asks first unless `confirmed`)."""
        if not confirmed and QMessageBox.warning(
                self, self.tr("Erase for good"),
                self.tr("Erase the deleted takes and their recordings from this computer? This cannot be undone."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        try:
            count = practice.erase_deleted_takes(self.store, self.speech_id)
        except StoreError as error:
            self.message.emit(error_text(error), True)
            return
        self.deleted_take = 0
        self.undo_button.hide()
        self.message.emit(self.tr("Deleted takes erased: %1").replace("%1", str(count)), False)

    def export_audio(self) -> None:
        take = self._selected()
        if take is None:
            return
        source = practice.audio_path(self.store, take)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audio"), str(Path.home() / source.name))
        if path:
            try:
                Path(path).write_bytes(codec_of(self.store).read(source))  # her copy, where she chose
            except SealedError:
                self.message.emit(self.tr("This take cannot be opened."), True)
            except OSError as error:
                self.message.emit(self.tr("Could not write the file: %1").replace("%1", error.strerror or ""), True)

    def export_transcript(self) -> None:
        take = self._selected()
        if take is None or not take.report:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export transcript"), str(Path.home() / "transcript.txt"),
                                              self.tr("Text (*.txt);;Subtitles (*.srt);;Web subtitles (*.vtt);;"
                                                      "JSON (*.json)"))
        if path:
            self.write_transcript(take, Path(path))

    def write_transcript(self, take: Take, path: Path) -> None:
        report = DeliveryReport.from_dict(take.report or {})
        transcript = Transcript(report.words, report.lines, report.duration_seconds, language=report.language,
                                model=report.model)
        fmt = path.suffix.lower().lstrip(".")
        try:
            path.write_text(export_transcript(transcript, fmt if fmt in ("srt", "vtt", "json") else "txt"),
                            encoding="utf-8")
        except OSError as error:
            self.message.emit(self.tr("Could not write the file: %1").replace("%1", error.strerror or ""), True)


def _prompter_html(store: SpeechStore, take: Take) -> str:
    """The prompter's record of this take, with the runs before it."""
    from app.practice.prompter import PrompterRecord
    from ui.practice.prompter_view import record_html

    assert take.prompter is not None
    earlier = [PrompterRecord.from_dict(t.prompter) for t in store.takes(take.speech_id)
               if t.prompter and (t.recorded_at, t.id) < (take.recorded_at, take.id)]
    sentences = practice.script_sentences(store, take.speech_id)
    return record_html(PrompterRecord.from_dict(take.prompter), earlier, sentences)
