"""Switching the interface language while a take is being recorded and the contest window is open.

Its own module: it needs a fresh virtual microphone (test_studio.py ends by stalling its audio server).
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from models.store import SpeechStore
from tests.support import virtual_audio
from tests.test_studio import LONG, SCRIPT

pytestmark = virtual_audio.required


def test_switching_the_language_while_recording_loses_nothing(qtbot: QtBot, audio, speech_wav: Path,
                                                             store: SpeechStore) -> None:
    speech = store.create_speech("Crossing the river", "Mina")
    store.insert_segments(speech.id, 0, [("", s) for s in SCRIPT])
    import shiboken6

    from app import settings as S
    from ui import i18n
    from ui.shell.application import Shell

    workspace = Workspace(store)
    shell = Shell(workspace)
    first = shell.build()
    first.open_speech(speech.id)
    studio = first.practice.open_studio(speech.id)
    assert studio is not None
    contests = first.practice.open_contests()
    try:
        studio.start_recording()
        qtbot.waitUntil(lambda: studio.run is not None and studio.run.recorder.seconds > 0.3, timeout=10_000)
        playing = audio.play_into_microphone(speech_wav)
        workspace.settings.set(S.LANGUAGE, "ko")
        shell.rebuild()  # what Settings → language does
        qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=5000)
        second = shell.window
        assert second.menuBar().actions()[0].text() != first_menu_text_in_english()
        assert shiboken6.isValid(studio) and studio.isVisible() and studio.recording
        assert second.practice.studios[speech.id] is studio and second.practice.contests is contests
        assert shiboken6.isValid(contests) and contests.isVisible()
        playing.wait(timeout=30)
        studio.stop_recording()
        qtbot.waitUntil(lambda: studio.run is None, timeout=LONG)
        [take] = store.takes(speech.id)
        assert take.seconds > 4 and take.report is not None
    finally:
        i18n.install("en")
        for window in shell.windows:
            window.practice.close()
            window.close()


def first_menu_text_in_english() -> str:
    return "&Speech"
