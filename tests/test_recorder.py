"""Recording for real through a virtual microphone (PulseAudio null sink → remapped source).

The project's own set-up installs PulseAudio (bash .ci/setup); the fixture starts a private server, plays
known speech into its microphone, and the recorder must hand back exactly that speech — also after a
SIGKILL mid-take, and when the audio server dies mid-take.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile

from app.practice.alignment import normalise
from app.practice.audio import load_audio
from app.practice.recorder import (
    Recorder,
    RecorderError,
    finish_partial,
    input_devices,
    partial_paths,
    unfinished_takes,
)
from app.practice.transcription import Transcriber
from tests.conftest import SENTENCE
from tests.support import virtual_audio

ROOT = Path(__file__).resolve().parent.parent

pytestmark = virtual_audio.required


def wait_for(condition, timeout: float = 10.0) -> None:
    """Poll until `condition()` holds; a guard against hanging, not a speed check."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        time.sleep(0.05)
    pytest.fail("the condition never came true")


def test_a_take_is_what_the_microphone_heard(audio, speech_wav: Path, tmp_path: Path) -> None:
    blocks: list[int] = []
    levels: list[float] = []

    def listen(block) -> None:
        blocks.append(block.size)
        levels.append(recorder.level)

    recorder = Recorder(tmp_path / "take-1", on_block=listen)
    recorder.start()
    wait_for(lambda: recorder.seconds > 0.2)
    audio.play_into_microphone(speech_wav).wait(timeout=30)
    time.sleep(0.4)
    assert max(levels) > 0.05 and min(levels) < 0.01  # the meter saw the speech and the silence
    result = recorder.stop()
    assert result.path == tmp_path / "take-1.flac" and result.path.exists()
    assert not partial_paths(tmp_path / "take-1")[0].exists()
    info = soundfile.info(result.path)
    assert info.samplerate == 16000 and info.channels == 1 and info.format == "FLAC"
    assert result.seconds == pytest.approx(sum(blocks) / 16000, abs=0.01) and result.seconds > 4.0
    heard = Transcriber("tiny.en").transcribe(load_audio(result.path)).text
    assert normalise(heard) == normalise(SENTENCE), heard


def test_a_killed_recording_is_recovered_with_at_most_a_second_lost(audio, tmp_path: Path) -> None:
    base = tmp_path / "takes" / "take-2"
    process = subprocess.Popen([sys.executable, str(ROOT / "tests" / "drivers" / "record_then_wait.py"), str(base)],
                               env=dict(os.environ), stdout=subprocess.PIPE, text=True)
    reported = 0.0
    assert process.stdout is not None
    while reported < 3.0:
        line = process.stdout.readline()
        assert line, "the recording process ended early"
        reported = float(line)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert unfinished_takes(base.parent) == [base]
    recovered = finish_partial(base)
    assert recovered.seconds >= reported - 1.1, (recovered.seconds, reported)
    assert unfinished_takes(base.parent) == [] and soundfile.info(recovered.path).frames > 0


def test_a_killed_recording_with_the_lock_on_is_recovered_sealed(audio, speech_wav: Path, data_dir: Path) -> None:
    from app.practice import runs
    from app.workspace import Workspace
    from tests.support.locked import FAST

    workspace = Workspace.open(data_dir)
    workspace.lock_on("a passphrase for this test", FAST)
    speech = workspace.store.create_speech("Locked take")
    base = runs.take_base(workspace.store, speech.id)
    process = subprocess.Popen([sys.executable, str(ROOT / "tests" / "drivers" / "record_then_wait.py"), str(base),
                                str(data_dir), "a passphrase for this test"],
                               env=dict(os.environ), stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    player = None
    reported = 0.0
    while reported < 4.5:
        line = process.stdout.readline()
        assert line, "the recording process ended early"
        reported = float(line)
        if player is None and reported > 0.3:
            player = audio.play_into_microphone(speech_wav)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    if player is not None:
        player.wait(timeout=30)
    pcm = partial_paths(base)[0]
    assert pcm.read_bytes()[:8] == b"MOKSEAL1"  # sealed while it was being recorded
    workspace.close()
    again = Workspace.open(data_dir, passphrase="a passphrase for this test")
    try:
        [take] = runs.recover_unfinished(again.store, speech.id)
        flac = runs.audio_path(again.store, take)
        assert flac.read_bytes()[:8] == b"MOKSEAL1" and not pcm.exists()
        assert take.seconds >= reported - 1.1, (take.seconds, reported)
        with pytest.raises(Exception):  # noqa: B017,PT011 - no audio decoder opens it without the app
            soundfile.info(flac)
        samples = runs.load_take(again.store, take)
        assert float(np.max(np.abs(samples))) > 0.05  # her voice is in it
    finally:
        again.close()


def test_no_microphone_is_a_clear_error(audio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/no-server-here")
    try:
        assert input_devices(rescan=True) == []
        with pytest.raises(RecorderError) as caught:
            Recorder(tmp_path / "take-3").start()
        assert caught.value.code == "no_microphone"
        assert not partial_paths(tmp_path / "take-3")[0].exists()
    finally:
        monkeypatch.setenv("PULSE_SERVER", audio.env["PULSE_SERVER"])
        input_devices(rescan=True)


def test_a_full_disk_stops_the_take_and_keeps_what_was_recorded(audio, tmp_path: Path) -> None:
    base = tmp_path / "take-full"
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "drivers" / "record_until_full.py"), str(base),
                             str(64_000)], env=dict(os.environ), capture_output=True, text=True, timeout=60)
    lines = result.stdout.split("\n")
    assert lines[0].startswith("error disk_full"), result.stdout + result.stderr
    kept = float(lines[1].split()[1])
    assert 1.5 <= kept <= 2.0  # 64,000 bytes = 2 s of 16 kHz 16-bit audio, kept up to the last full block
    recovered = finish_partial(base)  # next start: made into FLAC (no size limit here)
    assert recovered.seconds == pytest.approx(kept, abs=0.01)


def test_losing_the_audio_server_mid_take_keeps_what_was_recorded(audio, speech_wav: Path, tmp_path: Path) -> None:
    recorder = Recorder(tmp_path / "take-4")
    recorder.start()
    wait_for(lambda: recorder.seconds >= 2.0)
    audio.stop_server()  # the device disappears mid-take
    wait_for(lambda: not recorder.active or recorder.seconds_since_audio() > 1.0, timeout=15)
    finished: list = []
    stopper = threading.Thread(target=lambda: finished.append(recorder.stop(timeout=3.0)), daemon=True)
    stopper.start()
    stopper.join(60)
    assert finished, "stop() never returned"
    [result] = finished
    assert result.path.exists() and result.seconds >= 1.9
