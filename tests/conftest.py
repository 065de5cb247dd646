"""Shared fixtures: every test gets its own data folder; Qt runs offscreen; no network; one real model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
from ui.shell.launcher import quiet_qt_logging  # noqa: E402 - the environment above comes first

quiet_qt_logging()

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "We walked for thirty days, and I was afraid every single day."


@pytest.fixture(scope="session", autouse=True)
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One models folder for the whole run, so the `base` model is joined once."""
    folder = tmp_path_factory.mktemp("models")
    os.environ["MOKSORI_MODELS_DIR"] = str(folder)
    return folder


@pytest.fixture(scope="session")
def transcriber(models_dir: Path):
    """The real default model (`base`), from its packages, loaded once."""
    from app.practice.transcription import Transcriber

    loaded = Transcriber()
    loaded.load()
    return loaded


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "moksori-data"
    monkeypatch.setenv("MOKSORI_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir: Path):
    from models.store import SpeechStore

    opened = SpeechStore.open(data_dir / "moksori.sqlite3")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def audio(tmp_path_factory: pytest.TempPathFactory):
    """A private PulseAudio server with a virtual microphone, for the tests of one module."""
    from app.practice.recorder import input_devices
    from tests.support import virtual_audio

    server = virtual_audio.start(tmp_path_factory.mktemp("pulse"))
    saved = {k: os.environ.get(k) for k in ("XDG_RUNTIME_DIR", "PULSE_SERVER")}
    os.environ.update({k: server.env[k] for k in saved})
    input_devices(rescan=True)
    yield server
    server.close()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    input_devices(rescan=True)


@pytest.fixture(scope="module")
def speech_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SENTENCE read by the offline voice, as a WAV file to play into the virtual microphone."""
    from tests.support.speech import Part, compose, write

    samples, rate = compose([Part(SENTENCE, 0.3)])
    return write(tmp_path_factory.mktemp("feed") / "sentence.wav", samples, rate)
