"""Takes heard in a process of their own (app/practice/hearing.py): a model that cannot load leaves the
studio hearing takes itself; a hearing process that dies mid-take loses nothing — the take is kept, the
failure is said in the window, and the next take is heard in the window's process."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.practice.hearing import start_when_possible
from app.workspace import Workspace
from models.store import SpeechStore
from tests.conftest import SENTENCE
from tests.support import virtual_audio

LONG = 120_000


def test_a_process_that_cannot_load_its_model_is_not_used(tmp_path: Path) -> None:
    assert start_when_possible("no-such-model", tmp_path, wait=60) is None


@virtual_audio.required
def test_a_hearing_process_that_dies_mid_take_loses_nothing(qtbot: QtBot, audio, speech_wav: Path,
                                                             store: SpeechStore) -> None:
    from ui.practice.studio import PracticeStudio

    speech = store.create_speech("River")
    store.insert_segments(speech.id, 0, [("", SENTENCE)])
    studio = PracticeStudio(Workspace(store), speech.id)
    qtbot.addWidget(studio)
    studio.show()
    qtbot.waitExposed(studio)
    studio.activateWindow()
    qtbot.waitUntil(studio.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: studio.hearing is not None, timeout=LONG)
    hearing = studio.hearing
    assert hearing is not None
    qtbot.keyClick(studio, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: studio.run is not None and studio.run.recorder.seconds > 0.3, timeout=10_000)
    assert studio.run is not None and studio.run.hearing is hearing
    audio.play_into_microphone(speech_wav).wait(timeout=30)
    hearing.process.kill()  # the hearing process crashes
    qtbot.keyClick(studio, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: studio.run is None, timeout=LONG)
    [take] = store.takes(speech.id)
    assert take.report is None and take.seconds > 3  # kept, to be analysed again
    assert studio.status.property("problem") and studio.status.text()
    studio.reanalyse(take.id)  # "Analyse again": in the window's process
    qtbot.waitUntil(lambda: store.take(take.id).report is not None, timeout=LONG)
    assert store.take(take.id).report["said_as_written"] > 5
    qtbot.keyClick(studio, Qt.Key.Key_Space)  # the next take is heard here
    qtbot.waitUntil(lambda: studio.run is not None, timeout=10_000)
    assert studio.run is not None and studio.run.hearing is not hearing
    qtbot.keyClick(studio, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: studio.run is None, timeout=LONG)
