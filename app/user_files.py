"""Reading a text file the user names on the command line, with one clear reason when it cannot be used."""

from __future__ import annotations

import errno
import os
from pathlib import Path


class UnusableFile(Exception):
    """The reason, ready for a one-line message (`moksori: <reason>`), and its `code` for the window:
    missing, unreadable, not_text, empty, disk_full, not_writable."""

    def __init__(self, message: str, code: str = "unreadable") -> None:
        super().__init__(message)
        self.code = code


def read_user_text(path: Path, what: str = "file") -> str:
    """The file's text (UTF-8, a byte-order mark allowed); refuses missing, unreadable, binary and empty files."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UnusableFile(f"{path}: no such {what}", "missing") from None
    except OSError as error:
        raise UnusableFile(f"{path}: cannot read the {what} ({error.strerror})", "unreadable") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnusableFile(f"{path}: the {what} is not UTF-8 text", "not_text") from None
    if "\x00" in text:
        raise UnusableFile(f"{path}: the {what} is not a text file", "not_text")
    if not text.strip():
        raise UnusableFile(f"{path}: the {what} is empty", "empty")
    return text


def write_user_file(path: Path, data: str | bytes, what: str = "file") -> None:
    """Write a file the user chose, whole or not at all: a temporary file beside it, synced, then renamed."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    staging = path.with_name(f".{path.name}.partial")
    try:
        with staging.open("wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staging, path)
    except OSError as error:
        staging.unlink(missing_ok=True)
        full = error.errno in (errno.ENOSPC, errno.EDQUOT)
        reason = "the disk is full" if full else error.strerror
        raise UnusableFile(f"{path}: cannot write the {what} ({reason})", "disk_full" if full else "not_writable") \
            from error
