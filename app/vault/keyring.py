"""The lock file (`moksori-lock.json` in the data folder): the data key, wrapped twice, and the speeches' keys.

As KeePassXC and Standard Notes do it: one random 256-bit data key encrypts everything; what the lock file
keeps is that key wrapped (AES-256-GCM) by a key derived from her passphrase (Argon2id) and, separately,
by her one-time recovery key. Changing the passphrase re-wraps the data key only; nothing else is
re-encrypted. Each speech's audio (takes, sentences read aloud) has its own random key, wrapped by the data
key and kept here, not in the database: erasing a speech for good deletes that key, so no copy of the
database or of the folder made before can play its audio again.

The file holds no text of hers and nothing that opens without the passphrase or the recovery key. It is
written atomically (a new file, synced, renamed over the old). Any thread may use a `Keyring`; a lock
serialises writes.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path

from app.vault import crypto
from app.vault.crypto import KdfParams, SealedError

LOCK_FILE = "moksori-lock.json"
FORMAT = "moksori-lock/1"
STATES = ("on", "turning-on", "turning-off")


class LockError(Exception):
    """`code`: wrong_passphrase, wrong_recovery_key, damaged (the lock file itself)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


def lock_path(folder: Path) -> Path:
    return Path(folder) / LOCK_FILE


def is_locked(folder: Path) -> bool:
    """Whether the folder has the lock on (or is being turned on or off): then it needs a passphrase."""
    return lock_path(folder).exists()


def write_atomically(path: Path, data: bytes) -> None:
    staging = path.with_name(path.name + ".new")
    descriptor = os.open(staging, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        os.write(descriptor, data)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(staging, path)
    if hasattr(os, "O_DIRECTORY"):
        directory = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


class Keyring:
    """An unlocked lock file: the data key in memory, and the speeches' keys."""

    def __init__(self, folder: Path, document: dict, data_key: bytes) -> None:
        self.folder = Path(folder)
        self._doc = document
        self.data_key = data_key
        self._lock = threading.RLock()

    # Making, opening ----------------------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, passphrase: str, params: KdfParams | None = None,
               state: str = "turning-on") -> tuple[Keyring, str]:
        """A new data key and recovery key for `folder`, written to its lock file. Returns the keyring and
        the recovery key (to show her once; it is not kept anywhere)."""
        data_key = os.urandom(crypto.KEY_BYTES)
        recovery = crypto.new_recovery_key()
        document: dict = {"format": FORMAT, "state": state, "created": _now(), "speech_keys": {}}
        ring = cls(folder, document, data_key)
        ring._wrap_passphrase(passphrase, params or KdfParams())
        salt = os.urandom(16)
        document["recovery"] = {"salt": crypto.b64(salt),
                                "key": crypto.wrap(crypto.subkey(crypto.recovery_bytes(recovery), "recovery", salt),
                                                   data_key, "moksori-lock/1/recovery")}
        ring.save()
        return ring, recovery

    @classmethod
    def read(cls, folder: Path) -> dict:
        try:
            document = json.loads(lock_path(folder).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise LockError("damaged", f"the lock file cannot be read: {error}") from error
        if not isinstance(document, dict) or document.get("format") != FORMAT or document.get("state") not in STATES:
            raise LockError("damaged", "the lock file is not one Moksori wrote")
        return document

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Keyring:
        document = cls.read(folder)
        wrapped = document["passphrase"]
        key = crypto.derive(passphrase, crypto.unb64(wrapped["salt"]), KdfParams.from_dict(wrapped["kdf"]))
        try:
            data_key = crypto.unwrap(key, wrapped["key"], "moksori-lock/1/passphrase")
        except SealedError as error:
            raise LockError("wrong_passphrase", "wrong passphrase") from error
        return cls(folder, document, data_key)

    @classmethod
    def unlock_with_recovery(cls, folder: Path, recovery_key: str) -> Keyring:
        document = cls.read(folder)
        wrapped = document["recovery"]
        try:
            key = crypto.subkey(crypto.recovery_bytes(recovery_key), "recovery", crypto.unb64(wrapped["salt"]))
            data_key = crypto.unwrap(key, wrapped["key"], "moksori-lock/1/recovery")
        except SealedError as error:
            raise LockError("wrong_recovery_key", "wrong recovery key") from error
        return cls(folder, document, data_key)

    def _wrap_passphrase(self, passphrase: str, params: KdfParams) -> None:
        salt = os.urandom(16)
        key = crypto.derive(passphrase, salt, params)
        self._doc["passphrase"] = {"kdf": params.to_dict(), "salt": crypto.b64(salt),
                                   "key": crypto.wrap(key, self.data_key, "moksori-lock/1/passphrase")}

    def change_passphrase(self, new_passphrase: str, params: KdfParams | None = None) -> None:
        """Re-wrap the data key with the new passphrase; the recovery key keeps working."""
        with self._lock:
            self._wrap_passphrase(new_passphrase, params or KdfParams.from_dict(self._doc["passphrase"]["kdf"]))
            self.save()

    def check_passphrase(self, passphrase: str) -> bool:
        try:
            Keyring.unlock(self.folder, passphrase)
        except LockError:
            return False
        return True

    # State --------------------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return str(self._doc["state"])

    def set_state(self, state: str) -> None:
        with self._lock:
            self._doc["state"] = state
            self.save()

    def save(self) -> None:
        with self._lock:
            write_atomically(lock_path(self.folder), json.dumps(self._doc, indent=1).encode("utf-8"))

    def remove(self) -> None:
        lock_path(self.folder).unlink(missing_ok=True)

    @property
    def database_key(self) -> bytes:
        return crypto.subkey(self.data_key, "database")

    @property
    def log_key(self) -> bytes:
        return crypto.subkey(self.data_key, "log")

    # The speeches' own keys ---------------------------------------------------------------------------

    def speech_key(self, speech_id: int, create: bool = True) -> bytes | None:
        """The key of a speech's audio; made (and saved) the first time it is needed."""
        name = str(int(speech_id))
        with self._lock:
            wrapped = self._doc["speech_keys"].get(name)
            if wrapped is not None:
                return crypto.unwrap(self.data_key, wrapped, f"moksori-lock/1/speech/{name}")
            if not create:
                return None
            key = os.urandom(crypto.KEY_BYTES)
            self._doc["speech_keys"][name] = crypto.wrap(self.data_key, key, f"moksori-lock/1/speech/{name}")
            self.save()
            return key

    def destroy_speech_key(self, speech_id: int) -> None:
        with self._lock:
            if self._doc["speech_keys"].pop(str(int(speech_id)), None) is not None:
                self.save()

    # Not secret -------------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """The interface language she chose ('', 'en', 'ko'), kept in the clear so that the unlock box,
        shown before the settings can be read, speaks it. The only thing of hers the lock file holds."""
        with self._lock:
            if self._doc.get("language", "") != language:
                self._doc["language"] = language
                self.save()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def language_of(folder: Path) -> str:
    """The interface language the locked folder's owner chose ('' when unknown)."""
    try:
        language = Keyring.read(folder).get("language", "")
    except LockError:
        return ""
    return language if language in ("", "en", "ko") else ""
