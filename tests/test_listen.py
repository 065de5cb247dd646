"""Listening to the English: the offline voice reads a sentence or the whole speech through the (virtual)
speaker, row by row with the row highlighted, at the chosen speed, made once and then reused."""

from __future__ import annotations

import soundfile
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from app.drafting.voice import cached_wav
from app.workspace import Workspace
from models.store import SpeechStore
from tests.support import virtual_audio
from ui.shell.main_window import MainWindow

pytestmark = virtual_audio.required


def test_the_whole_speech_is_read_row_by_row(qtbot: QtBot, audio, store: SpeechStore) -> None:
    speech = store.create_speech("Listen")
    first, _blank, last = store.insert_segments(speech.id, 0, [("", "My name is Mina."), ("", ""),
                                                               ("", "Thank you for listening.")])
    window = MainWindow(Workspace(store))
    qtbot.addWidget(window)
    window.open_speech(speech.id)
    started: list[int] = []
    reader = window.practice.reader
    reader.sentence_started.connect(started.append)
    with qtbot.waitSignal(reader.finished, timeout=60_000):
        window.practice.listen(whole=True)
        qtbot.waitUntil(lambda: reader.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState,
                        timeout=30_000)
    assert started == [first.id, last.id]  # the empty row is skipped
    assert window.page is not None and window.page.editor.current_id == last.id
    assert len(list((window.workspace.voice_cache_dir / str(speech.id)).glob("*.wav"))) == 2


def test_speed_changes_the_reading_and_the_cache_is_reused(tmp_path) -> None:  # noqa: ANN001
    slow = cached_wav("We walked for thirty days.", 0.8, tmp_path)
    fast = cached_wav("We walked for thirty days.", 1.2, tmp_path)
    assert soundfile.info(slow).duration > 1.15 * soundfile.info(fast).duration  # (the voice adds fixed silence)
    stamp = slow.stat().st_mtime_ns
    assert cached_wav("We walked for thirty days.", 0.8, tmp_path) == slow and slow.stat().st_mtime_ns == stamp
