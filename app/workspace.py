"""The workspace: one data folder and everything Moksori keeps and runs in it (Anki's `Collection`).

Built once by the composition root (`ui/application.py`) or the command line from the data folder, then
handed to every window. It owns:
- the folder itself (made private: 0700) and its parts: the database, `takes/`, `cache/voice/`,
  `models/`, `logs/`, `backups/`;
- the store (SQLite, one writer) and the settings declared in `app/settings.py`;
- the log file (`app/logbook.py`).
Nothing else reads `MOKSORI_DATA_DIR` or asks `app.paths` where the data is; encryption at rest and file
exchange plug in here. Qt-free; the GUI thread builds and closes it, any thread may use its store.
"""

from __future__ import annotations

from pathlib import Path

from app import logbook, paths
from app.settings import Settings
from models.store import SpeechStore


class Workspace:
    """The data folder is the folder of the store's database file; its parts are laid out in `app.paths`."""

    def __init__(self, store: SpeechStore, models_folder: Path | None = None) -> None:
        self.folder = store.path.parent
        self.store = store
        self.settings = Settings(store)
        self._models_folder = models_folder
        self.log_file = logbook.start(self.folder)

    @classmethod
    def open(cls, folder: Path | None = None) -> Workspace:
        """Open (or create) the workspace in `folder`, by default the user's data folder.

        Raises `StoreError`: damaged, read-only (the folder too) or locked database."""
        folder = Path(folder) if folder is not None else paths.data_dir()
        store = SpeechStore.open(folder / paths.DATABASE_NAME)
        return cls(store, paths.models_dir_override())

    @property
    def database_path(self) -> Path:
        return self.folder / paths.DATABASE_NAME

    @property
    def takes_dir(self) -> Path:
        return paths.takes_dir(self.folder)

    @property
    def voice_cache_dir(self) -> Path:
        return paths.voice_cache_dir(self.folder)

    @property
    def models_dir(self) -> Path:
        return self._models_folder or self.folder / "models"

    def erase_speech(self, speech_id: int) -> None:
        """Erase a speech from the bin for good: its rows, then her voice on disk (takes, sentences read
        aloud). Raises `StoreError` if the database refused (then nothing was erased)."""
        from app.practice.runs import erase_speech_audio

        self.store.purge_speech(speech_id)
        erase_speech_audio(self.store, speech_id)

    def close(self) -> None:
        self.store.close()
        logbook.stop()
