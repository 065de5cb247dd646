"""The practice-run studio, used as a student would: record through the (virtual) microphone with the
keyboard, import a recording, read the report, survive a crash mid-take and a microphone that vanishes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.practice import runs as practice
from app.workspace import Workspace
from models.records import TimeLimits
from models.store import SpeechStore
from tests.conftest import ROOT, SENTENCE
from tests.support import virtual_audio
from tests.support.speech import Part, compose, write
from ui.practice.studio import PracticeStudio

pytestmark = virtual_audio.required
SCRIPT = [SENTENCE, "Today I study English, and I want to become a nurse."]
LONG = 120_000  # ms: the first use of the model joins and loads it


@pytest.fixture
def speech(store: SpeechStore):
    made = store.create_speech("Crossing the river", "Mina")
    store.insert_segments(made.id, 0, [("", s) for s in SCRIPT])
    return made


def studio_for(qtbot: QtBot, store: SpeechStore, speech_id: int) -> PracticeStudio:
    studio = PracticeStudio(Workspace(store), speech_id)
    qtbot.addWidget(studio)
    studio.show()
    qtbot.waitExposed(studio)
    studio.activateWindow()  # shortcuts (Space, P) belong to the active window
    qtbot.waitUntil(studio.isActiveWindow, timeout=5000)
    return studio


def test_a_take_recorded_with_the_keyboard_is_saved_and_reported(qtbot: QtBot, audio, speech_wav: Path,
                                                                 store: SpeechStore, speech) -> None:
    studio = studio_for(qtbot, store, speech.id)
    qtbot.keyClick(studio, Qt.Key.Key_Space)
    assert studio.recording, studio.status.text()
    qtbot.waitUntil(lambda: studio.run is not None and studio.run.recorder.seconds > 0.3, timeout=10_000)
    audio.play_into_microphone(speech_wav).wait(timeout=30)
    qtbot.wait(400)
    assert studio.clock.text() not in ("", "0:00") and studio.clock.property("signal") == "idle"
    qtbot.keyClick(studio, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: studio.run is None, timeout=LONG)
    [take] = store.takes(speech.id)
    assert take.source == "recorded" and take.seconds > 4 and practice.audio_path(store, take).exists()
    assert take.report is not None and take.verdict == "under"
    first = take.report["sentences"][0]
    assert first["accuracy"] >= 0.9, take.report["transcript"]
    assert [o["sentence"] for o in take.report["omitted"]] == [1] * 11  # the second sentence was not read
    assert take.report["sounds"] == "checked"  # heard by the phoneme recogniser while she spoke
    assert take.report["sound_swaps"] == [] and take.report["unclear"] == []  # a clean reading: no marks
    assert studio.panel.takes.rowCount() == 1 and studio.panel.takes.current_id() == take.id
    panel = studio.panel
    qtbot.waitUntil(lambda: panel.shown_take == take.id and "afraid" in panel.report.toHtml(), timeout=10_000)
    assert "line-through" in panel.report.toHtml()  # the unread sentence is struck through
    assert studio.status.text() and not studio.status.property("problem")


def test_a_recording_cut_short_is_analysed_and_said_so(qtbot: QtBot, tmp_path: Path, store: SpeechStore,
                                                        speech) -> None:
    samples, rate = compose([Part(SCRIPT[0], 0.5), Part(SCRIPT[1])])
    whole = write(tmp_path / "whole.flac", samples, rate)
    cut = tmp_path / "copied-half.flac"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size * 2 // 3])
    studio = studio_for(qtbot, store, speech.id)
    studio.import_file(cut)
    qtbot.waitUntil(lambda: not studio.progress.isVisible(), timeout=LONG)
    [take] = store.takes(speech.id)
    assert take.report is not None and "cut short" in studio.status.text()


def test_an_imported_recording_is_analysed_in_the_background(qtbot: QtBot, tmp_path: Path, store: SpeechStore,
                                                            speech, monkeypatch: pytest.MonkeyPatch) -> None:
    samples, rate = compose([Part(SCRIPT[0], 0.5), Part("Today I study English, and I want to be a nurse.")])
    path = write(tmp_path / "from-phone.m4a", samples, rate)
    studio = studio_for(qtbot, store, speech.id)
    shown: list[int] = []
    studio.progress.valueChanged.connect(shown.append)
    studio.import_file(path)
    assert studio.progress.isVisible() and studio.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not studio.progress.isVisible(), timeout=LONG)
    [take] = store.takes(speech.id)
    assert take.source == "imported" and take.title == "from-phone" and take.audio.endswith(".m4a")
    report = take.report
    assert report is not None, studio.status.text()
    assert [(s["expected"], s["said"]) for s in report["substituted"]] == [("become", "be")]
    assert shown and shown[-1] == 100
    assert studio.panel.takes.item(0, 2).text() == f"{take.accuracy * 100:.0f}%"
    [(number, accuracy)] = studio.panel.progress_chart.points()
    assert number == 1.0 and accuracy == pytest.approx(take.accuracy * 100)
    # Export the transcript as subtitles, then delete the take and bring it back.
    out = tmp_path / "take.srt"
    studio.panel.write_transcript(take, out)
    assert out.read_text(encoding="utf-8").startswith("1\n00:00:")
    studio.panel.delete_take()
    assert store.takes(speech.id) == [] and studio.panel.undo_button.isVisible()
    studio.panel.undo_button.click()
    assert [t.id for t in store.takes(speech.id)] == [take.id]
    # Delete with the keyboard, then bring it back from the deleted takes later.
    studio.panel.takes.setFocus()
    studio.panel.takes.selectRow(0)
    qtbot.keyClick(studio.panel.takes, Qt.Key.Key_Delete)
    assert store.takes(speech.id) == []
    studio._say("another action")  # the Undo button is gone; the take is still recoverable
    monkeypatch.setattr("ui.practice.takes_panel.QInputDialog.getItem", lambda *args, **kwargs: (args[3][0], True))
    studio.panel.show_deleted()
    assert [t.id for t in store.takes(speech.id)] == [take.id]


def test_cancelling_an_import_keeps_the_take_unanalysed(qtbot: QtBot, tmp_path: Path, store: SpeechStore,
                                                        speech) -> None:
    samples, rate = compose([Part(s, 0.5) for s in SCRIPT * 2])
    path = write(tmp_path / "long.flac", samples, rate)
    studio = studio_for(qtbot, store, speech.id)
    studio.import_file(path)
    studio.cancel_button.click()
    qtbot.waitUntil(lambda: not studio.progress.isVisible(), timeout=LONG)
    [take] = store.takes(speech.id)
    assert take.report is None and studio.panel.takes.item(0, 4).text() == studio.panel.takes.tr("not analysed")
    studio.reanalyse(studio.panel.takes.current_id())
    qtbot.waitUntil(lambda: not studio.progress.isVisible(), timeout=LONG)
    assert store.take(take.id).report is not None


def test_bad_imports_say_why_and_add_nothing(qtbot: QtBot, tmp_path: Path, store: SpeechStore, speech) -> None:
    studio = studio_for(qtbot, store, speech.id)
    notes = tmp_path / "notes.mp3"
    notes.write_text("not a recording", encoding="utf-8")
    studio.import_file(notes)
    assert studio.status.property("problem") and "WAV" in studio.status.text()
    assert store.takes(speech.id) == []


def test_the_clock_shows_the_contest_signals(qtbot: QtBot, store: SpeechStore) -> None:
    made = store.create_speech("Timing", limits=TimeLimits(300, 420))
    studio = studio_for(qtbot, store, made.id)
    seen = {}
    for seconds in (0, 299, 300, 359, 360, 420, 421):
        studio.show_elapsed(seconds)
        seen[seconds] = studio.clock.property("signal")
    assert seen == {0: "idle", 299: "idle", 300: "green", 359: "green", 360: "amber", 420: "amber", 421: "red"}
    assert studio.clock.text() == "7:01  +0:01"


def test_a_take_interrupted_by_a_crash_is_offered_back(qtbot: QtBot, audio, speech_wav: Path, store: SpeechStore,
                                                       speech) -> None:
    base = practice.take_base(store, speech.id)
    process = subprocess.Popen([sys.executable, str(ROOT / "tests" / "drivers" / "record_then_wait.py"), str(base)],
                               env=dict(os.environ), stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    while float(process.stdout.readline() or "-1") < 0.3:
        assert process.poll() is None, "the recording process ended early"
    audio.play_into_microphone(speech_wav).wait(timeout=30)
    process.send_signal(signal.SIGKILL)  # the app dies mid-take, right after she finished the sentence
    process.wait(timeout=10)
    from ui.shell.main_window import MainWindow

    window = MainWindow(Workspace(store))
    qtbot.addWidget(window)
    window.practice.check_recoveries(ask=False)
    studio = window.practice.studios[speech.id]
    qtbot.addWidget(studio)
    [take] = store.takes(speech.id)
    assert take.source == "recovered" and take.seconds >= 4.0
    assert practice.pending_recoveries(store) == []
    qtbot.waitUntil(lambda: not studio.progress.isVisible(), timeout=LONG)
    report = store.take(take.id).report
    assert report is not None, studio.status.text()
    assert report["sentences"][0]["accuracy"] >= 0.9, report["transcript"]


def test_quitting_mid_take_keeps_the_take(qtbot: QtBot, audio, store: SpeechStore, speech) -> None:
    from ui.shell.main_window import MainWindow

    window = MainWindow(Workspace(store))
    qtbot.addWidget(window)
    studio = window.practice.open_studio(speech.id)
    assert studio is not None
    studio.start_recording()
    qtbot.waitUntil(lambda: studio.run is not None and studio.run.recorder.seconds > 1.0, timeout=10_000)
    window.close()
    [take] = store.takes(speech.id)
    assert take.report is None and take.seconds > 0.9 and practice.audio_path(store, take).exists()
    assert practice.pending_recoveries(store) == []


def test_clicking_a_word_plays_the_take_from_there(qtbot: QtBot, audio, speech_wav: Path, store: SpeechStore,
                                                   speech) -> None:
    from PySide6.QtMultimedia import QMediaPlayer

    take = practice.import_recording(store, speech.id, speech_wav)
    studio = studio_for(qtbot, store, speech.id)
    studio.reload(select=take.id)
    assert studio.panel.player.isEnabled()
    studio.panel.report.play_requested.emit(2.0)
    player = studio.panel.player.player
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState, timeout=10_000)
    qtbot.waitUntil(lambda: player.position() > 2000, timeout=10_000)
    assert 1800 <= player.position() < 5000 and not studio.panel.player.problem.isVisible()
    studio.panel.player.toggle()
    assert player.playbackState() == QMediaPlayer.PlaybackState.PausedState


def test_locking_mid_take_keeps_recording_and_unlocking_returns_to_it(qtbot: QtBot, audio, speech_wav: Path,
                                                                       store: SpeechStore, speech) -> None:
    from tests.support.locked import FAST
    from ui.shell.main_window import MainWindow

    workspace = Workspace(store)
    workspace.lock_on("a passphrase for the studio", FAST)
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    studio = PracticeStudio(workspace, speech.id)
    qtbot.addWidget(studio)
    studio.show()
    qtbot.waitExposed(studio)
    studio.start_recording()
    assert studio.recording, studio.status.text()
    qtbot.waitUntil(lambda: studio.run is not None and studio.run.recorder.seconds > 0.3, timeout=10_000)
    main.privacy.lock()
    assert not studio.isVisible() and not main.isVisible() and main.privacy.unlock_box.isVisible()
    audio.play_into_microphone(speech_wav).wait(timeout=30)  # she goes on speaking behind the lock
    assert studio.run is not None and studio.run.recorder.seconds > 4
    main.privacy.unlock_box.field.setText("a passphrase for the studio")
    main.privacy.unlock_box.unlock_button.click()
    assert studio.isVisible() and studio.recording
    studio.stop_recording()
    qtbot.waitUntil(lambda: studio.run is None, timeout=LONG)
    [take] = store.takes(speech.id)
    assert practice.audio_path(store, take).read_bytes()[:8] == b"MOKSEAL1"
    assert take.report is not None and take.report["sentences"][0]["accuracy"] >= 0.9, take.report["transcript"]
    main.close()


def test_no_microphone_says_so_in_the_window(qtbot: QtBot, audio, tmp_path: Path, store: SpeechStore, speech,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from app.practice.recorder import input_devices
    from ui.messages import recorder_error_text

    studio = studio_for(qtbot, store, speech.id)
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/no-server-here")
    try:
        input_devices(rescan=True)
        qtbot.keyClick(studio, Qt.Key.Key_Space)
        assert studio.run is None and studio.status.text() == recorder_error_text("no_microphone")
        assert store.takes(speech.id) == []
    finally:
        monkeypatch.setenv("PULSE_SERVER", audio.env["PULSE_SERVER"])
        input_devices(rescan=True)


def test_a_stalled_audio_server_ends_the_take_without_freezing_the_window(qtbot: QtBot, audio, store: SpeechStore,
                                                                         speech) -> None:
    studio = studio_for(qtbot, store, speech.id)
    studio.start_recording()
    qtbot.waitUntil(lambda: studio.run is not None and studio.run.recorder.seconds > 1.5, timeout=10_000)
    pid = audio.server_pid()
    os.kill(pid, signal.SIGSTOP)  # the server hangs: callbacks stop, the stream still says it is active
    try:
        qtbot.waitUntil(lambda: studio.run is None, timeout=LONG)
        assert studio.status.property("problem")
        [take] = store.takes(speech.id)
        assert take.seconds >= 1.4 and practice.audio_path(store, take).exists()
    finally:
        os.kill(pid, signal.SIGCONT)


def test_a_microphone_that_vanishes_mid_take_keeps_the_recording(qtbot: QtBot, audio, store: SpeechStore,
                                                                 speech) -> None:
    studio = studio_for(qtbot, store, speech.id)
    studio.start_recording()
    qtbot.waitUntil(lambda: studio.run is not None and studio.run.recorder.seconds > 1.5, timeout=10_000)
    audio.stop_server()
    qtbot.waitUntil(lambda: studio.run is None, timeout=LONG)  # the take ends by itself
    assert studio.status.property("problem") and studio.status.text()
    [take] = store.takes(speech.id)
    assert take.seconds >= 1.4 and practice.audio_path(store, take).exists()


