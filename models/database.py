"""Opening the SQLite file safely: permissions, damage detection, WAL, backups before migrations.

The driver is `sqlcipher3` (SQLite with SQLCipher's page encryption, wheels for Windows, macOS and
Linux): with no key it reads and writes ordinary SQLite files; with the lock on, `connect(path, key)`
opens the encrypted file with a raw 256-bit key (no passphrase stretching here: the key comes from the
lock file, `app/vault/keyring.py`). `sql` is the driver module; catch `sql.Error`, not `sql.Error`.

Any thread may call these functions; they run before the store is shared.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sql
from sqlite_utils import Database

from models.migrations import migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """Base of the errors the store raises; `code` is what the UI turns into a message."""

    code = "store_error"

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{self.code}: {path}: {detail}")
        self.path = path
        self.detail = detail


class StoreCorrupted(StoreError):
    """The file exists but is not a readable SQLite database (or fails its integrity check)."""

    code = "corrupted"


class StoreReadOnly(StoreError):
    """The file or its folder cannot be written."""

    code = "read_only"


class StoreWriteFailed(StoreError):
    """A write did not happen. `reason` is 'disk_full', 'read_only', 'busy' or 'other'."""

    code = "write_failed"

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        super().__init__(path, detail)
        self.reason = reason


def write_failure(path: Path, error: sql.Error) -> StoreWriteFailed:
    text = str(error).lower()
    if "full" in text:
        reason = "disk_full"
    elif "readonly" in text or "read-only" in text:
        reason = "read_only"
    elif "locked" in text or "busy" in text:
        reason = "busy"
    else:
        reason = "other"
    return StoreWriteFailed(path, reason, str(error))


def ensure_private_dir(folder: Path) -> None:
    """Make `folder` (0700). A folder that cannot be made is `StoreReadOnly`; one whose mode cannot be
    changed (someone else's, a read-only medium) is used as it is."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreReadOnly(folder, error.strerror or str(error)) from error
    with contextlib.suppress(OSError):
        if folder.stat().st_mode & 0o077:
            os.chmod(folder, 0o700)


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    return header == SQLITE_HEADER


def _writable(path: Path) -> bool:
    probe = path.parent / f".{path.name}.write-probe"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    except OSError:
        return False
    os.close(fd)
    probe.unlink(missing_ok=True)
    return os.access(path, os.W_OK) if path.exists() else True


def apply_key(conn: sql.Connection, key: bytes | None) -> None:
    """Key a new connection (the first statement on it). None: an ordinary, unencrypted file."""
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temporary tables never touch the disk in the clear


def connect(path: Path, key: bytes | None = None) -> sql.Connection:
    """Open (creating if needed) the database file with the app's settings, checking for damage.
    With `key`, the file is (or becomes) an SQLCipher database encrypted with it."""
    ensure_private_dir(path.parent)
    existed = path.exists() and path.stat().st_size > 0
    if existed and (key is None) != _looks_like_sqlite(path):
        raise StoreCorrupted(path, "not an SQLite file" if key is None else "not encrypted with this key")
    if not _writable(path):
        raise StoreReadOnly(path, "the file or its folder is not writable")
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    with contextlib.suppress(PermissionError):
        os.chmod(path, 0o600)
    conn = sql.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        apply_key(conn, key)
        if existed:
            verdict = conn.execute("PRAGMA quick_check").fetchall()[0][0]
            if verdict != "ok":
                raise StoreCorrupted(path, verdict)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    except sql.DatabaseError as error:
        conn.close()
        text = str(error).lower()
        if "readonly" in text or "read-only" in text:
            raise StoreReadOnly(path, str(error)) from error
        raise StoreCorrupted(path, str(error)) from error
    except StoreError:
        conn.close()
        raise
    return conn


def backup_copy(conn: sql.Connection, path: Path, label: str, key: bytes | None = None) -> Path:
    """Copy the live database aside (SQLite's online backup: consistent even in WAL mode), encrypted
    with the same key as the live one."""
    folder = path.parent / "backups"
    ensure_private_dir(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{label}-{stamp}.sqlite3"
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    destination = sql.connect(str(target))
    try:
        apply_key(destination, key)
        conn.backup(destination)
    finally:
        destination.close()
    return target


def migrate(db: Database, path: Path, had_data: bool, key: bytes | None = None) -> Path | None:
    """Apply pending migrations; an existing database is backed up first. Returns the backup's path."""
    pending = migrations.pending(db)
    if not pending:
        return None
    backup = backup_copy(db.conn, path, "before-" + pending[0].name, key) if had_data else None
    migrations.apply(db)
    return backup


def set_aside(path: Path) -> Path:
    """Move a damaged database (and its WAL side files) to a new, never-overwritten name."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}-damaged-{stamp}-{counter}{path.suffix}")
        counter += 1
    os.rename(path, target)
    for side in ("-wal", "-shm"):
        extra = Path(str(path) + side)
        if extra.exists():
            os.rename(extra, Path(str(target) + side))
    return target
