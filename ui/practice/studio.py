"""The practice-run studio: record a take (or import one), then read, hear and chart how it went.

Recording: Space starts and stops, P pauses. The clock turns green at the speech's minimum, amber a
minute before its maximum, red past it. The take is transcribed while she speaks (a worker pumps the
live transcriber every second), so the report follows a few seconds after "stop". Slow work always runs
on the thread pool; the recorder's own threads never touch widgets.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import settings as S
from app.practice import prompter as P
from app.practice import runs as practice
from app.practice.hearing import HearingProcess, start_when_possible
from app.practice.recorder import RecorderError, input_devices
from app.speaking import clock, timing_signal
from app.workspace import Workspace
from models.records import Take
from ui.messages import error_text, recorder_error_text
from ui.practice.prompting import PromptingControls
from ui.practice.studio_analysis import StudioAnalysis, shared_transcriber
from ui.practice.takes_panel import TakesPanel
from ui.tasks import run_task


def _warm_up_sounds() -> None:
    from app.practice import sounds

    sounds.warm_up()


class PracticeStudio(StudioAnalysis):
    take_saved = Signal(int)
    busy_changed = Signal(bool)

    def __init__(self, workspace: Workspace, speech_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.workspace = workspace
        self.store = store = workspace.store
        self.speech_id = speech_id
        self.speech = store.speech(speech_id)
        self.setObjectName("practiceStudio")
        self.setWindowTitle(self.tr("Practice — %1").replace("%1", self.speech.title))
        self.resize(1100, 760)
        self.model = workspace.settings.get(S.ASR_MODEL)
        self.run: practice.PracticeRun | None = None
        self.pumping = False
        self.stopping = False
        self.last_overflows = 0  # input blocks the last take lost (benchmarks read it)
        self.cancel_requested = False
        self.prompter_record: P.PrompterRecord | None = None
        self.hearing: HearingProcess | None = None
        self.closed = False
        self._build()
        self.stalled = False
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(100)
        self.clock_timer.timeout.connect(self._tick)
        self.pump_timer = QTimer(self)
        self.pump_timer.setInterval(1000)
        self.pump_timer.timeout.connect(self._pump)
        # ready before the first take ends
        run_task(self, self._warm_up)

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        limits = self.speech.limits
        title = QLabel(self.speech.title, self)
        title.setObjectName("speechTitle")
        subtitle = QLabel(self.tr("Time limit %1–%2").replace("%1", clock(limits.min_seconds))
                          .replace("%2", clock(limits.max_seconds)), self)
        subtitle.setObjectName("speechSubtitle")
        self.clock = QLabel("0:00", self)
        self.clock.setObjectName("takeClock")
        self.clock.setProperty("signal", "idle")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setAccessibleName(self.tr("Time spoken"))
        self.level = QProgressBar(self)
        self.level.setObjectName("levelMeter")
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setAccessibleName(self.tr("Microphone level"))
        self.record_button = QPushButton(self.tr("Record (Space)"), self)
        self.record_button.setObjectName("recordButton")
        self.record_button.clicked.connect(self.toggle_recording)
        self.pause_button = QPushButton(self.tr("Pause (P)"), self)
        self.pause_button.setEnabled(False)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.import_button = QPushButton(self.tr("Import a recording…"), self)
        self.import_button.clicked.connect(self.choose_import)
        self.status = QLabel(self)
        self.status.setObjectName("studioStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel)
        self.panel = TakesPanel(self.store, self.speech_id, self)
        self.panel.message.connect(self._say)
        self.panel.analyse_requested.connect(self.reanalyse)
        self.prompting = PromptingControls(self.store, self.speech_id, self.workspace.settings, self)
        self.prompting.mode_changed.connect(lambda _mode: self._show_prompter(bool(self.prompting.chosen)))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.panel)
        self.pages.addWidget(self.prompting.view)
        self._show_prompter(bool(self.prompting.chosen))

        header = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(title)
        names.addWidget(subtitle)
        header.addLayout(names, 1)
        header.addWidget(self.clock)
        controls = QVBoxLayout()
        meter = QHBoxLayout()
        meter_label = QLabel(self.tr("Microphone"), self)
        meter_label.setBuddy(self.level)
        meter.addWidget(meter_label)
        meter.addWidget(self.level, 1)
        controls.addLayout(meter)
        buttons = QHBoxLayout()
        for button in (self.record_button, self.pause_button, self.import_button):
            buttons.addWidget(button)
        controls.addLayout(buttons)
        controls.addWidget(self.prompting)
        header.addLayout(controls, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(status_row)
        layout.addWidget(self.pages, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle_recording)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_P), self, self.toggle_pause)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.on_escape)

    # Recording ------------------------------------------------------------------------------

    @property
    def recording(self) -> bool:
        return self.run is not None and not self.stopping

    def toggle_recording(self) -> None:
        if self.stopping:
            return
        if self.run is None:
            self.start_recording()
        else:
            self.stop_recording()

    def _warm_up(self) -> None:
        """On a worker when the studio opens: the dictionary the report needs, and the process that hears
        takes (app/practice/hearing.py); without one, the model here; then the offline voice's reading of
        the script's sentences (`reference.warm`), so a take's report finds them ready."""
        _warm_up_sounds()
        process = start_when_possible(self.model, self.workspace.models_dir)
        if process is None:
            shared_transcriber(self.model, self.workspace.models_dir).load()
        elif self.closed:
            process.close()
        else:
            self.hearing = process
        if not self.closed:  # the offline voice's reading of the script, the sound check's reference
            from app.practice import reference

            reference.warm(practice.script_sentences(self.store, self.speech_id), lambda: self.closed)

    def _device(self) -> int | None:
        wanted = self.workspace.settings.get(S.INPUT_DEVICE)
        return next((d.index for d in input_devices() if d.name == wanted), None) if wanted else None

    def _show_prompter(self, shown: bool) -> None:
        self.pages.setCurrentWidget(self.prompting.view if shown else self.panel)
        if shown and self.run is not None:
            self.prompting.view.setFocus()  # the arrow keys move it

    def toggle_full_screen(self) -> None:
        """F11: the studio fills the screen (a projector), and back."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def start_recording(self) -> None:
        follow = self.prompting.begin()
        hearing = self.hearing if self.hearing is not None and self.hearing.alive else None
        try:
            transcriber = shared_transcriber(self.model, self.workspace.models_dir)
            run = practice.PracticeRun(self.store, self.speech_id, transcriber, self._device(), hearing=hearing,
                                       follow=follow, on_place=self.prompting.on_place if follow else None)
            run.start()
        except RecorderError as error:
            self._say(recorder_error_text(error.code), problem=True)
            return
        self.run = run
        self.prompter_record = None
        if follow:
            self.prompting.attach(run)
        self._show_prompter(follow is not None)
        self.clock.setText("0:00")
        self._say(self.tr("Recording… press Space to stop."))
        self.record_button.setText(self.tr("Stop (Space)"))
        self.pause_button.setEnabled(True)
        self.import_button.setEnabled(False)
        self.clock_timer.start()
        self.pump_timer.start()
        self.busy_changed.emit(True)

    def toggle_pause(self) -> None:
        if not self.recording or self.run is None:
            return
        recorder = self.run.recorder
        if recorder.paused:
            recorder.resume()
            self.pause_button.setText(self.tr("Pause (P)"))
            self._say(self.tr("Recording… press Space to stop."))
        else:
            recorder.pause()
            self.pause_button.setText(self.tr("Resume (P)"))
            self._say(self.tr("Paused. Press P to go on."))

    def _tick(self) -> None:
        if self.run is None:
            return
        recorder = self.run.recorder
        self.show_elapsed(recorder.seconds)
        self.level.setValue(int(min(1.0, recorder.level * 1.5) * 100))
        if self.stopping:
            return
        self.prompting.tick(recorder.paused)
        if self.prompting.problem and self.prompting.problem != self.status.text():
            self._say(self.prompting.problem, problem=True)
        if recorder.error is not None:
            self.stop_recording(problem=recorder_error_text(recorder.error.code))
        elif not recorder.paused and (recorder.seconds_since_audio() > 2.0 or not recorder.active):
            self.stop_recording(problem=recorder_error_text("device_lost"))
        elif not recorder.paused and recorder.seconds_since_audio() > 0.6:
            # The clock stands still while no sound arrives: say so, before the take is stopped.
            self.stalled = True
            self._say(self.tr("No sound is arriving from the microphone… (the clock waits for it)"), problem=True)
        elif self.stalled:
            self.stalled = False
            self._say(self.tr("Recording… press Space to stop."))

    def show_elapsed(self, seconds: float) -> None:
        signal = timing_signal(seconds, self.speech.limits)
        over = seconds - self.speech.limits.max_seconds
        self.clock.setText(clock(seconds) + (f"  +{clock(over)}" if over > 0 else ""))
        if self.clock.property("signal") != signal:
            self.clock.setProperty("signal", signal)
            self.clock.style().unpolish(self.clock)
            self.clock.style().polish(self.clock)

    def _pump(self) -> None:
        if self.pumping or self.run is None or self.stopping:
            return
        self.pumping = True
        run = self.run

        def done(_result: object) -> None:
            self.pumping = False
            if self.stopping:
                self._finish()

        run_task(self, run.pump, done, lambda _error: done(None))

    def stop_recording(self, problem: str = "") -> None:
        if self.run is None or self.stopping:
            return
        self.stopping = True
        self.prompter_record = self.prompting.end()
        self.pump_timer.stop()
        self.record_button.setEnabled(False)
        self.pause_button.setEnabled(False)
        self._say(problem or self.tr("Writing down what you said…"), problem=bool(problem))
        self.progress.setRange(0, 0)
        self.progress.show()
        if not self.pumping:
            self._finish()

    def _finish(self) -> None:
        run = self.run
        assert run is not None
        problem = self.status.text() if self.status.property("problem") else ""
        run_task(self, run.finish, lambda take: self._finished(take, problem),
                 lambda error: self._finished(None, problem, error))

    def _finished(self, take: Take | None, problem: str, error: Exception | None = None) -> None:
        self.clock_timer.stop()
        if self.run is not None:
            self.last_overflows = self.run.recorder.overflows
        self.run = None
        self.stopping = False
        self.level.setValue(0)
        self.progress.hide()
        self.record_button.setEnabled(True)
        self.record_button.setText(self.tr("Record (Space)"))
        self.pause_button.setText(self.tr("Pause (P)"))
        self.import_button.setEnabled(True)
        self.busy_changed.emit(False)
        if self.closed:
            self._close_hearing()
        if take is None:
            if isinstance(error, RecorderError):
                message = recorder_error_text(error.code)
            else:
                message = error_text(error or RuntimeError())
            self._say(message, problem=True)
            self.reload(select=None)
            return
        self._keep_prompter_record(take.id)
        self._show_prompter(False)
        self.reload(select=take.id)
        self.take_saved.emit(take.id)
        if not problem:
            self._say(self.tr("Take saved."))

    def _keep_prompter_record(self, take_id: int) -> None:
        record, self.prompter_record = self.prompter_record, None
        if record is not None:
            self.store.set_take_prompter(take_id, record.to_dict())

    # Takes ----------------------------------------------------------------------------------

    def reload(self, select: int | None) -> None:
        self.panel.reload(select)

    # ----------------------------------------------------------------------------------------

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("problem", problem)
        self.status.setStyleSheet("color: #a11;" if problem else "")
        if not problem:
            self.panel.undo_button.hide()

    def save_before_quitting(self) -> None:
        """The app is closing mid-take: keep the recording (listed, to be analysed later)."""
        run = self.run
        if run is None or self.stopping:
            return
        self.clock_timer.stop()
        self.pump_timer.stop()
        self.run = None
        self.prompter_record = self.prompting.end()
        self._keep_prompter_record(run.save_unanalysed().id)

    def on_escape(self) -> None:
        """Esc stops a take being recorded (it is saved); otherwise it closes the studio."""
        if self.run is not None:
            self.stop_recording()
        else:
            self.close()

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        self.closed = True
        if self.run is not None:
            self.stop_recording()  # the take is saved; the report follows in the background
        else:
            self._close_hearing()
        super().closeEvent(event)

    def _close_hearing(self) -> None:
        process, self.hearing = self.hearing, None
        if process is not None:
            process.close()
