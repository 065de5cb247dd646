"""Shared fixtures: every test gets its own data folder; Qt runs offscreen; no network."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

ROOT = Path(__file__).resolve().parent.parent


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
