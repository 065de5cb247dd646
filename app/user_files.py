"""Reading a text file the user names on the command line, with one clear reason when it cannot be used."""

from __future__ import annotations

from pathlib import Path


class UnusableFile(Exception):
    """The reason, ready for a one-line message (`moksori: <reason>`)."""


def read_user_text(path: Path, what: str = "file") -> str:
    """The file's text (UTF-8, a byte-order mark allowed); refuses missing, unreadable, binary and empty files."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UnusableFile(f"{path}: no such {what}") from None
    except OSError as error:
        raise UnusableFile(f"{path}: cannot read the {what} ({error.strerror})") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnusableFile(f"{path}: the {what} is not UTF-8 text") from None
    if "\x00" in text:
        raise UnusableFile(f"{path}: the {what} is not a text file")
    if not text.strip():
        raise UnusableFile(f"{path}: the {what} is empty")
    return text
