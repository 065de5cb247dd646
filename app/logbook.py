"""The app's log file: what went wrong, with tracebacks, kept in the data folder for the team to read.

`start(folder)` sends every `logging` record of Moksori's own loggers (and warnings) to
`<folder>/logs/moksori.log`: readable only by the user (0600), rotated at 1 MB with three old files, so it
never grows without bound. What goes in: error codes, exception types and tracebacks, file names. What
never goes in: the speech's text (callers log codes and ids, not sentences). Any thread may log.

With the lock on (`start(folder, key)`), every record is sealed on its own line (`S1 ` + base64 of a
random nonce and AES-256-GCM of the text), so the file tells a reader nothing without the key, and a crash
still leaves every line before it readable; `read(folder, key)` opens it again.
"""

from __future__ import annotations

import base64
import logging
import logging.handlers
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

LOG_NAME = "moksori.log"
MAX_BYTES = 1_000_000
KEEP = 3
_OURS = ("app", "ui", "models", "moksori")


SEALED = "S1 "


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating file whose every generation is created 0600 (the default would follow the umask); with a
    key, each record is sealed."""

    key: bytes | None = None

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text if self.key is None else seal_line(text, self.key)

    def _open(self):  # type: ignore[no-untyped-def]
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return os.fdopen(descriptor, self.mode.replace("w", "a"), encoding=self.encoding, errors=self.errors)


def seal_line(text: str, key: bytes) -> str:
    nonce = os.urandom(12)
    return SEALED + base64.b64encode(nonce + AESGCM(key).encrypt(nonce, text.encode(), None)).decode()


def log_path(folder: Path) -> Path:
    return Path(folder) / "logs" / LOG_NAME


def start(folder: Path, key: bytes | None = None) -> Path | None:
    """Log to the data folder's log file from now on (sealed with `key`, when given). Returns its path, or
    None where it cannot be written (a read-only folder): the app still runs, it only cannot keep a log."""
    path = log_path(folder)
    stop()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)
        handler = _PrivateRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8", delay=False)
    except OSError:
        return None
    handler.key = key
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    handler.set_name("moksori-file")
    for name in _OURS:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").addHandler(handler)
    return path


def stop() -> None:
    for name in (*_OURS, "py.warnings"):
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            if handler.get_name() == "moksori-file":
                logger.removeHandler(handler)
                handler.close()


def read(folder: Path, key: bytes | None = None) -> str:
    """The log's text, oldest generation first; sealed lines opened with `key` (or shown as such)."""
    path = log_path(folder)
    generations = [Path(f"{path}.{n}") for n in range(KEEP, 0, -1)] + [path]
    lines = []
    for generation in generations:
        if not generation.exists():
            continue
        for line in generation.read_text(encoding="utf-8", errors="replace").splitlines():
            lines.append(open_line(line, key))
    return "\n".join(lines)


def open_line(line: str, key: bytes | None) -> str:
    if not line.startswith(SEALED):
        return line
    if key is None:
        return "(sealed)"
    try:
        raw = base64.b64decode(line[len(SEALED):])
        return AESGCM(key).decrypt(raw[:12], raw[12:], None).decode()
    except (ValueError, InvalidTag):
        return "(damaged)"
