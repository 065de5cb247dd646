"""Her files on disk — takes, sentences read aloud — read and written through one door, sealed when the
lock is on.

`FileCodec(None)` reads and writes plain files (the lock is off). `FileCodec(keyring)` seals every file it
writes with the key of the speech it belongs to (`takes/<speech id>/…`, `cache/voice/<speech id>/…`), or
with a key of the data key's for files of no speech, and opens sealed and plain files alike (a folder being
locked holds both for a while). Decryption is in memory only: callers get bytes, never a temporary file.
Every write is atomic (staging file, fsync, rename). Any thread may use it.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO

from app.vault import crypto
from app.vault.crypto import SealedError
from app.vault.keyring import Keyring

PURPOSE = "file"


class FileCodec:
    def __init__(self, keyring: Keyring | None, folder: Path | None = None) -> None:
        self.keyring = keyring
        self.folder = Path(folder) if folder is not None else (keyring.folder if keyring else None)

    @property
    def sealing(self) -> bool:
        return self.keyring is not None

    def speech_of(self, path: Path) -> int | None:
        """The speech a file belongs to, from where it lies in the data folder."""
        if self.folder is None:
            return None
        try:
            parts = Path(path).resolve().relative_to(self.folder.resolve()).parts
        except ValueError:
            return None
        if len(parts) >= 3 and parts[0] == "takes" and parts[1].isdigit():
            return int(parts[1])
        if len(parts) >= 4 and parts[:2] == ("cache", "voice") and parts[2].isdigit():
            return int(parts[2])
        return None

    def key_for(self, path: Path, create: bool = True) -> bytes:
        if self.keyring is None:
            raise SealedError("locked", "the folder is locked")
        speech = self.speech_of(path)
        if speech is None:
            return crypto.subkey(self.keyring.data_key, "files")
        key = self.keyring.speech_key(speech, create=create)
        if key is None:  # erased for good: its key is gone
            raise SealedError("erased", "this speech was erased; its audio cannot be opened")
        return key

    def read(self, path: Path) -> bytes:
        """The file's plain bytes. Raises OSError, or `SealedError` for a sealed file that does not open."""
        data = Path(path).read_bytes()
        if data[:len(crypto.MAGIC)] != crypto.MAGIC:
            return data
        return crypto.open_bytes(data, self.key_for(path, create=False), PURPOSE)

    def recover(self, path: Path) -> bytes:
        """What a file being written when the app stopped holds: every whole sealed chunk (or all of a plain
        file)."""
        data = Path(path).read_bytes()
        if data[:len(crypto.MAGIC)] != crypto.MAGIC:
            return data
        return crypto.open_bytes(data, self.key_for(path, create=False), PURPOSE, recover=True)

    def source(self, path: Path) -> Path | io.BytesIO:
        """Something a decoder can open: the path of a plain file, or the sealed file's bytes in memory."""
        if self.keyring is None and not crypto.is_sealed(path):
            return Path(path)
        return io.BytesIO(self.read(path))

    def seal(self, path: Path, plain: bytes) -> bytes:
        return crypto.seal_bytes(plain, self.key_for(path), PURPOSE) if self.keyring else plain

    def write(self, path: Path, plain: bytes) -> None:
        """Write the file atomically, sealed when the lock is on."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        staging = path.with_name(path.name + ".tmp")
        try:
            descriptor = os.open(staging, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            try:
                os.write(descriptor, self.seal(path, plain))
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
            os.replace(staging, path)
        except BaseException:
            staging.unlink(missing_ok=True)
            raise

    def stream(self, handle: BinaryIO, path: Path) -> _Stream:
        """A writer for a file written as it grows (a take being recorded): `write`, `flush` (seals what
        came since as one chunk), `close`."""
        if self.keyring is None:
            return _Stream(handle, None)
        return _Stream(handle, crypto.SealedWriter(handle, self.key_for(path), PURPOSE))


class _Stream:
    def __init__(self, handle: BinaryIO, sealed: crypto.SealedWriter | None) -> None:
        self.handle = handle
        self.sealed = sealed

    def write(self, data: bytes) -> None:
        (self.sealed or self.handle).write(data)

    def flush(self) -> None:
        (self.sealed or self.handle).flush()

    def close(self) -> None:
        if self.sealed is not None:
            self.sealed.close()
        self.handle.flush()


PLAIN = FileCodec(None)


def codec_of(store: object) -> FileCodec:
    """The codec the workspace gave this store (plain files when none)."""
    found = getattr(store, "files", None)
    return found if isinstance(found, FileCodec) else PLAIN
