"""Shared fixtures: every test gets its own data folder; Qt runs offscreen; no network; one real model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One models folder for the whole run, so the `base` model is joined once."""
    folder = tmp_path_factory.mktemp("models")
    os.environ["MOKSORI_MODELS_DIR"] = str(folder)
    return folder


@pytest.fixture(scope="session")
def transcriber(models_dir: Path):
    """The real default model (`base`), from its packages, loaded once."""
    from app.transcription import Transcriber

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
