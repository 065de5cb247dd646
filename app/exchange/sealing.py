"""Sealing a JSON document under a passphrase: PBKDF2-SHA256 then AES-256-GCM.

Both primitives are in the browser's Web Crypto API, so the tutor's page opens and writes the same
containers with no library of its own. The container is a small JSON object (docs/EXCHANGE_FORMAT.md):

    {"format": "moksori-sealed", "version": 1, "kind": "page" | "suggestions" | "bundle",
     "kdf": {"name": "PBKDF2-SHA256", "iterations": 600000, "salt": <base64, 16 bytes>},
     "cipher": {"name": "AES-256-GCM", "iv": <base64, 12 bytes>},
     "data": <base64 of ciphertext followed by the 16-byte tag>}

The associated data (authenticated, not encrypted) is `moksori-sealed/1/<kind>/<iterations>`, so a
file cannot be passed off as another kind or re-labelled with fewer iterations. The plaintext is the
UTF-8 JSON document. A wrong passphrase and a changed byte are the same failure: the tag does not
verify, and nothing is returned.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

FORMAT = "moksori-sealed"
VERSION = 1
#: OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.3 s here in Python and in Chromium.
ITERATIONS = 600_000
#: Files from elsewhere are not allowed to make us spin for minutes, nor to be weaker than this.
MIN_ITERATIONS, MAX_ITERATIONS = 100_000, 10_000_000
KINDS = ("page", "suggestions", "bundle")


class SealError(Exception):
    """Why a sealed file cannot be opened. `code` is one of: not_sealed (not our container at all),
    wrong_kind, too_new, damaged (the container's fields are broken), locked (wrong passphrase, or
    the file was changed: AES-GCM cannot tell the two apart), not_json (it opened, but the inside is not
    a document)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Key:
    """A key derived from a passphrase with one salt, kept to seal several documents cheaply."""

    salt: bytes
    iterations: int
    secret: bytes


def derive(passphrase: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> Key:
    salt = os.urandom(16) if salt is None else salt
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=iterations)
    # NFC: a Korean passphrase typed on a Mac may arrive decomposed; the page normalises the same way.
    return Key(salt, iterations, kdf.derive(unicodedata.normalize("NFC", passphrase).encode("utf-8")))


def associated_data(kind: str, iterations: int) -> bytes:
    return f"{FORMAT}/{VERSION}/{kind}/{iterations}".encode("ascii")


def seal(document: Any, key: Key, kind: str) -> dict[str, Any]:
    """The container (a dict ready for json.dumps) holding `document` encrypted under `key`."""
    if kind not in KINDS:
        raise ValueError(kind)
    iv = os.urandom(12)
    plaintext = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    data = AESGCM(key.secret).encrypt(iv, plaintext, associated_data(kind, key.iterations))
    return {
        "format": FORMAT,
        "version": VERSION,
        "kind": kind,
        "kdf": {"name": "PBKDF2-SHA256", "iterations": key.iterations, "salt": _b64(key.salt)},
        "cipher": {"name": "AES-256-GCM", "iv": _b64(iv)},
        "data": _b64(data),
    }


def seal_text(document: Any, passphrase: str, kind: str) -> str:
    return json.dumps(seal(document, derive(passphrase), kind), indent=1) + "\n"


def read_container(text: str, kinds: tuple[str, ...] = KINDS) -> dict[str, Any]:
    """The container's fields, checked for shape (not yet opened)."""
    try:
        container = json.loads(text)
    except ValueError as error:
        raise SealError("not_sealed", "not JSON") from error
    if not isinstance(container, dict) or container.get("format") != FORMAT:
        raise SealError("not_sealed", "no Moksori container")
    if not isinstance(container.get("version"), int) or container["version"] > VERSION:
        raise SealError("too_new", f"container version {container.get('version')!r}")
    if container.get("kind") not in kinds:
        raise SealError("wrong_kind", f"a {container.get('kind')!r} file")
    kdf, cipher = container.get("kdf"), container.get("cipher")
    if not (isinstance(kdf, dict) and kdf.get("name") == "PBKDF2-SHA256" and isinstance(cipher, dict)
            and cipher.get("name") == "AES-256-GCM"):
        raise SealError("damaged", "unknown key derivation or cipher")
    iterations = kdf.get("iterations")
    if not isinstance(iterations, int) or not MIN_ITERATIONS <= iterations <= MAX_ITERATIONS:
        raise SealError("damaged", f"iterations {iterations!r}")
    try:
        salt, iv = _unb64(kdf.get("salt")), _unb64(cipher.get("iv"))
        _unb64(container.get("data"))
    except (TypeError, ValueError) as error:
        raise SealError("damaged", "base64") from error
    if len(salt) < 16 or len(iv) != 12:
        raise SealError("damaged", "salt or nonce length")
    return container


def open_container(container: dict[str, Any], passphrase: str) -> Any:
    key = derive(passphrase, _unb64(container["kdf"]["salt"]), container["kdf"]["iterations"])
    return open_with_key(container, key)


def open_with_key(container: dict[str, Any], key: Key) -> Any:
    aad = associated_data(container["kind"], container["kdf"]["iterations"])
    try:
        plaintext = AESGCM(key.secret).decrypt(_unb64(container["cipher"]["iv"]), _unb64(container["data"]), aad)
    except InvalidTag as error:
        raise SealError("locked") from error
    try:
        return json.loads(plaintext.decode("utf-8"))
    except ValueError as error:  # authentic but not a document: written by something else
        raise SealError("not_json") from error


def open_text(text: str, passphrase: str, kinds: tuple[str, ...] = KINDS) -> tuple[str, Any]:
    """(kind, document) of a sealed file's text."""
    container = read_container(text, kinds)
    return container["kind"], open_container(container, passphrase)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not text")
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise ValueError(str(error)) from error
