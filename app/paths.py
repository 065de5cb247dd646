"""Where Moksori keeps its files: one private data folder, overridable for tests and portable use."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

DATA_DIR_VARIABLE = "MOKSORI_DATA_DIR"
MODELS_DIR_VARIABLE = "MOKSORI_MODELS_DIR"
DATABASE_NAME = "moksori.sqlite3"


def data_dir() -> Path:
    """The user's Moksori folder: `$MOKSORI_DATA_DIR` if set, else the platform's user data folder."""
    override = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_data_dir("Moksori", appauthor=False, roaming=True))


def models_dir() -> Path:
    """Speech-recognition models that Moksori assembles itself (e.g. the joined `base` model).

    `$MOKSORI_MODELS_DIR` if set, else `models/` inside the data folder. Everything here can be rebuilt
    from the installed model packages, so it is never backed up.
    """
    return models_dir_override() or data_dir() / "models"


def models_dir_override() -> Path | None:
    """`$MOKSORI_MODELS_DIR` (tests share one joined model across data folders), else None."""
    override = os.environ.get(MODELS_DIR_VARIABLE, "").strip()
    return Path(override).expanduser().resolve() if override else None


def takes_dir(folder: Path) -> Path:
    """Practice recordings: `takes/<speech id>/<time>.flac`, referenced from the database relative to `folder`."""
    return folder / "takes"


def voice_cache_dir(folder: Path) -> Path:
    """Sentences read aloud by the offline voice, kept so they play at once the next time."""
    return folder / "cache" / "voice"


def database_path() -> Path:
    return data_dir() / DATABASE_NAME


def resources_dir() -> Path:
    """The `resources/` folder: inside a PyInstaller bundle, or beside the source packages."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
