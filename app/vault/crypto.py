"""The cryptography of the lock, from well-kept primitives only (argon2-cffi, `cryptography`).

- Keys from a passphrase: Argon2id with the parameters in `KdfParams` (tuned to about 0.5 s on a 2-core
  laptop; written into the lock file, so a later tuning never locks anyone out).
- Wrapping a key by a key: AES-256-GCM with a random 12-byte nonce and a label as associated data.
- Sub-keys of the data key: HKDF-SHA256 with a purpose label (`subkey`).
- Files: a chunked AEAD stream (the STREAM construction, as `age` uses it). A 32-byte header — magic and a
  random salt — then chunks, each `length (4 bytes) ‖ AES-256-GCM(chunk)`; the chunk key is HKDF(key, salt,
  purpose) and the nonce is the chunk's counter with a last-chunk flag, so chunks cannot be reordered,
  dropped or cut off without the reader noticing. A file that is being written (a take while it records)
  has no last chunk yet; `recover` reads every whole chunk of it.
Any thread may call these functions.
"""

from __future__ import annotations

import base64
import os
import secrets
import struct
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"MOKSEAL1"
HEADER = len(MAGIC) + 24  # magic, then a 24-byte random salt
TAG = 16
CHUNK = 64 * 1024  # plaintext bytes per chunk when a whole file is sealed at once
_LENGTH = struct.Struct(">I")
KEY_BYTES = 32


class SealedError(Exception):
    """A sealed file or wrapped key cannot be opened. `code`: wrong_key (or changed), truncated, damaged,
    not_sealed."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost. Defaults measured on the 2-core test machine: 0.5 s, 256 MiB (docs/PERFORMANCE.md)."""

    time_cost: int = 4
    memory_kib: int = 256 * 1024
    parallelism: int = 2

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> KdfParams:
        return cls(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]))


def normalise(passphrase: str) -> bytes:
    """The same passphrase typed on another keyboard or system (NFC vs NFD Hangul) gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(normalise(passphrase), salt, params.time_cost, params.memory_kib, params.parallelism,
                           KEY_BYTES, Type.ID)


def subkey(key: bytes, purpose: str, salt: bytes = b"") -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt or None,
                info=b"moksori/" + purpose.encode()).derive(key)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def wrap(key: bytes, secret: bytes, label: str) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": b64(nonce), "data": b64(AESGCM(key).encrypt(nonce, secret, label.encode()))}


def unwrap(key: bytes, wrapped: dict[str, str], label: str) -> bytes:
    try:
        return AESGCM(key).decrypt(unb64(wrapped["nonce"]), unb64(wrapped["data"]), label.encode())
    except (InvalidTag, KeyError, ValueError) as error:
        raise SealedError("wrong_key", "the key does not open this") from error


# The recovery key: 160 random bits as 8 groups of 5 characters of Crockford's base32 (no I, L, O, U, so
# nothing reads as another letter when she copies it by hand).
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSED = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def new_recovery_key() -> str:
    value = secrets.randbits(160)
    digits = "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(32)))
    return "-".join(digits[i:i + 4] for i in range(0, 32, 4))


def recovery_bytes(text: str) -> bytes:
    """The key's 20 bytes from what she typed (any case, spaces or dashes, I/L/O read as 1/1/0)."""
    cleaned = "".join(ch for ch in text.upper().translate(_CONFUSED) if ch.isalnum())
    if len(cleaned) != 32 or any(ch not in _ALPHABET for ch in cleaned):
        raise SealedError("wrong_key", "a recovery key has 32 letters and digits")
    value = 0
    for ch in cleaned:
        value = value * 32 + _ALPHABET.index(ch)
    return value.to_bytes(20, "big")


# Sealed files --------------------------------------------------------------------------------------------


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class SealedWriter:
    """Writes a sealed stream to an open binary file: `write()` plaintext, `flush()` seals what is buffered
    as one chunk (the recorder does it about once a second), `close()` seals the last chunk."""

    def __init__(self, handle: BinaryIO, key: bytes, purpose: str, chunk: int = CHUNK) -> None:
        salt = os.urandom(24)
        self._aead = AESGCM(subkey(key, purpose, salt))
        self._handle = handle
        self._buffer = bytearray()
        self._counter = 0
        self._chunk = chunk
        handle.write(MAGIC + salt)

    def write(self, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) > self._chunk:  # keep one chunk back: it may turn out to be the last
            self._seal(bytes(self._buffer[:self._chunk]), last=False)
            del self._buffer[:self._chunk]

    def flush(self) -> None:
        if self._buffer:
            self._seal(bytes(self._buffer), last=False)
            self._buffer.clear()
        self._handle.flush()

    def close(self) -> None:
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()
        self._handle.flush()

    def _seal(self, plain: bytes, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._counter, last), plain, None)
        self._handle.write(_LENGTH.pack(len(sealed)) + sealed)
        self._counter += 1


def _chunks(data: bytes | memoryview, key: bytes, purpose: str, recover: bool) -> Iterator[bytes]:
    view = memoryview(data)
    if len(view) < HEADER or bytes(view[:len(MAGIC)]) != MAGIC:
        raise SealedError("not_sealed", "not a sealed Moksori file")
    aead = AESGCM(subkey(key, purpose, bytes(view[len(MAGIC):HEADER])))
    offset, counter = HEADER, 0
    while True:
        if offset == len(view):
            if recover:
                return
            raise SealedError("truncated", "the file ends before its last part")
        if offset + _LENGTH.size > len(view):
            if recover:
                return
            raise SealedError("truncated", "the file is cut off")
        (length,) = _LENGTH.unpack_from(view, offset)
        body = view[offset + _LENGTH.size:offset + _LENGTH.size + length]
        if len(body) < length or length < TAG:
            if recover:
                return
            raise SealedError("truncated", "the file is cut off")
        plain = None
        for last in (False, True):
            try:
                plain = aead.decrypt(_nonce(counter, last), bytes(body), None)
            except InvalidTag:
                continue
            break
        if plain is None:
            if recover and counter > 0:
                return  # a chunk half-written when the power went
            raise SealedError("wrong_key" if counter == 0 else "damaged", "the key does not open this, or it changed")
        yield plain
        offset += _LENGTH.size + length
        counter += 1
        if last:
            if offset != len(view):
                raise SealedError("damaged", "there is more after the last part")
            return


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def seal_bytes(plain: bytes, key: bytes, purpose: str) -> bytes:
    import io

    out = io.BytesIO()
    writer = SealedWriter(out, key, purpose)
    writer.write(plain)
    writer.close()
    return out.getvalue()


def open_bytes(sealed: bytes, key: bytes, purpose: str, recover: bool = False) -> bytes:
    """The plaintext of a sealed stream. Raises `SealedError`; with `recover`, a stream without its last
    chunk (a crash while writing) gives every whole chunk instead."""
    return b"".join(_chunks(sealed, key, purpose, recover))


def iter_file(handle: BinaryIO, key: bytes, purpose: str) -> Iterator[bytes]:
    """The plaintext chunks of a sealed stream read from an open file, one at a time (a backup of a
    gigabyte never sits in memory whole). Raises `SealedError` when it is cut off, changed or not sealed."""
    head = handle.read(HEADER)
    if len(head) < HEADER or head[:len(MAGIC)] != MAGIC:
        raise SealedError("not_sealed", "not a sealed Moksori stream")
    aead = AESGCM(subkey(key, purpose, head[len(MAGIC):]))
    counter = 0
    while True:
        size = handle.read(_LENGTH.size)
        if len(size) < _LENGTH.size:
            raise SealedError("truncated", "the file is cut off")
        (length,) = _LENGTH.unpack(size)
        body = handle.read(length)
        if len(body) < length or length < TAG:
            raise SealedError("truncated", "the file is cut off")
        for last in (False, True):
            try:
                plain = aead.decrypt(_nonce(counter, last), body, None)
            except InvalidTag:
                continue
            break
        else:
            raise SealedError("wrong_key" if counter == 0 else "damaged", "the key does not open this, or it changed")
        yield plain
        counter += 1
        if last:
            if handle.read(1):
                raise SealedError("damaged", "there is more after the last part")
            return
