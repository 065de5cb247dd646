"""The workspace: one data folder and everything Moksori keeps and runs in it (Anki's `Collection`).

Built once by the composition root (`ui/application.py`) or the command line from the data folder, then
handed to every window. It owns:
- the folder itself (made private: 0700) and its parts: the database, `takes/`, `cache/voice/`,
  `models/`, `logs/`, `backups/`;
- the store (SQLite, one writer) and the settings declared in `app/settings.py`;
- the log file (`app/logbook.py`).
- the lock (`app/vault/`): with it on, the database key, the codec that seals her files, the log key.
Nothing else reads `MOKSORI_DATA_DIR` or asks `app.paths` where the data is. Qt-free; the GUI thread builds
and closes it, any thread may use its store.
"""

from __future__ import annotations

from pathlib import Path

from app import logbook, paths
from app.settings import Settings
from app.vault import convert
from app.vault.crypto import KdfParams
from app.vault.files import FileCodec
from app.vault.keyring import Keyring, LockError, is_locked
from models.store import SpeechStore

ERASED_SPEECHES = "erased_speeches"  # uids of speeches erased for good: a restore never brings them back


class FolderLocked(Exception):
    """The folder has the lock on and no passphrase (or recovery key) was given."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"{folder} is locked")
        self.folder = folder


class Workspace:
    """The data folder is the folder of the store's database file; its parts are laid out in `app.paths`."""

    def __init__(self, store: SpeechStore, models_folder: Path | None = None, keyring: Keyring | None = None) -> None:
        self.folder = store.path.parent
        self.store = store
        if keyring is None and isinstance(store.files, FileCodec):
            keyring = store.files.keyring  # a second workspace around an unlocked store keeps its lock
        self.keyring = keyring
        store.files = FileCodec(keyring, self.folder)
        self.settings = Settings(store)
        self._models_folder = models_folder
        self.log_file = logbook.start(self.folder, keyring.log_key if keyring else None)

    @classmethod
    def open(cls, folder: Path | None = None, *, passphrase: str | None = None, recovery_key: str | None = None,
             keyring: Keyring | None = None) -> Workspace:
        """Open (or create) the workspace in `folder`, by default the user's data folder. A locked folder
        needs its passphrase, its recovery key or an unlocked keyring.

        Raises `FolderLocked` (nothing given), `LockError` (wrong passphrase or key; a damaged lock file),
        `StoreError` (damaged, read-only or busy database), `ConversionError` (finishing a half-done
        turning on or off failed; nothing lost)."""
        folder = Path(folder) if folder is not None else paths.data_dir()
        keyring = keyring or unlock(folder, passphrase, recovery_key)
        if keyring is not None:
            keyring = convert.resume(folder, keyring)
        store = SpeechStore.open(folder / paths.DATABASE_NAME, keyring.database_key if keyring else None)
        return cls(store, paths.models_dir_override(), keyring)

    @property
    def locked(self) -> bool:
        """Whether the lock is on (everything in the folder is encrypted)."""
        return self.keyring is not None

    def lock_on(self, passphrase: str, params: KdfParams | None = None,
                progress: convert.Progress | None = None) -> str:
        """Turn the lock on; returns the recovery key to show her once. Raises `ConversionError` when it
        stopped half-way (the folder is locked then, and the error carries the recovery key to show)."""
        try:
            self.keyring, recovery = convert.turn_on(self.store, passphrase, params, progress)
        except convert.ConversionError as error:
            self.keyring = error.keyring
            raise
        return recovery

    def lock_off(self, passphrase: str, progress: convert.Progress | None = None) -> None:
        if self.keyring is None:
            return
        convert.turn_off(self.store, self.keyring, passphrase, progress)
        self.keyring = None

    def change_passphrase(self, old: str, new: str) -> None:
        """Raises `LockError` when `old` is not her passphrase."""
        if self.keyring is None:
            raise LockError("not_locked", "the lock is off")
        if not self.keyring.check_passphrase(old):
            raise LockError("wrong_passphrase", "wrong passphrase")
        self.keyring.change_passphrase(new)

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

        uid = self.store.speech(speech_id).uid
        with self.store.transaction():
            self.store.purge_speech(speech_id)
            erased = self.store.setting(ERASED_SPEECHES, [])
            self.store.set_setting(ERASED_SPEECHES, [*erased, uid])  # so restoring a backup skips it
        erase_speech_audio(self.store, speech_id)

    def close(self) -> None:
        self.store.close()
        logbook.stop()


def unlock(folder: Path, passphrase: str | None = None, recovery_key: str | None = None) -> Keyring | None:
    """The folder's keyring (None when the lock is off). Raises `FolderLocked` or `LockError`."""
    if not is_locked(folder):
        return None
    if recovery_key is not None:
        return Keyring.unlock_with_recovery(folder, recovery_key)
    if passphrase is None:
        raise FolderLocked(folder)
    return Keyring.unlock(folder, passphrase)
