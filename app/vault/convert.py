"""Turning the lock on and off for a folder that already holds her work, without losing anything.

Turning it on: the lock file is written first (state `turning-on`: from now the folder asks for the
passphrase); then the database is exported into an encrypted copy (SQLCipher's `sqlcipher_export`), the
copy is checked (integrity, and every table's rows hashed against the original), and only then renamed over
the plain file; then every take, sentence read aloud, database backup and log is sealed the same way — a
sealed copy beside it, opened again and compared, then renamed over the plain one. Last, the state becomes
`on`. Turning it off is the same walk backwards, and the lock file goes last.

A crash or a full disk at any point leaves each file either plain or sealed, never half of either (each
step is one rename), and the lock file says which way the folder was going: the next unlock
(`resume`) finishes the walk. Readers open plain and sealed files alike, so a folder caught half-way works.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from app import logbook, paths
from app.vault import crypto
from app.vault.files import FileCodec
from app.vault.keyring import Keyring, LockError, write_atomically
from models import database
from models.database import sql
from models.store import SpeechStore

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]  # done, total


class ConversionError(Exception):
    """`code`: unverified (a copy did not match its original; nothing was replaced), disk_full, failed."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.keyring: Keyring | None = None  # turning on stopped half-way: the folder is locked already
        self.recovery_key = ""  # …and she must still be shown her recovery key


# The database -------------------------------------------------------------------------------------------


def _key_clause(key: bytes | None) -> str:
    return f"\"x'{key.hex()}'\"" if key is not None else "''"


def table_digests(conn: sql.Connection, schema: str = "main") -> dict[str, str]:
    """Every table's rows, hashed in rowid order: two databases with equal digests hold the same data."""
    digests = {}
    names = [row[0] for row in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for name in sorted(names):
        digest = hashlib.sha256()
        for row in conn.execute(f'SELECT * FROM {schema}."{name}" ORDER BY rowid'):
            digest.update(repr(row).encode())
        digests[name] = digest.hexdigest()
    return digests


def export(conn: sql.Connection, target: Path, key: bytes | None) -> None:
    """Write the database `conn` has open into `target` (a new file), encrypted with `key` or plain, and
    check the copy. Raises `ConversionError`; `target` is then removed."""
    target.unlink(missing_ok=True)
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    version = conn.execute("PRAGMA user_version").fetchall()[0][0]
    try:
        conn.execute(f"ATTACH DATABASE ? AS converted KEY {_key_clause(key)}", [str(target)])
        try:
            conn.execute("SELECT sqlcipher_export('converted')")
            conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE converted")
        expected = table_digests(conn)
        copy = sql.connect(str(target))
        try:
            database.apply_key(copy, key)
            verdict = copy.execute("PRAGMA integrity_check").fetchall()[0][0]
            if verdict != "ok" or table_digests(copy) != expected:
                raise ConversionError("unverified", f"the converted copy differs: {verdict}")
        finally:
            copy.close()
    except sql.Error as error:
        target.unlink(missing_ok=True)
        full = "full" in str(error).lower()
        raise ConversionError("disk_full" if full else "failed", str(error)) from error
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _replace_database(path: Path, converted: Path) -> None:
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    os.replace(converted, path)


def convert_live(store: SpeechStore, key: bytes | None) -> None:
    """Encrypt (or, with None, decrypt) the store's database in place and carry on with the new file: the
    store's one connection is swapped under its lock, so other threads just wait a moment."""
    with store._lock:
        converted = store.path.with_name(store.path.name + ".converting")
        export(store.db.conn, converted, key)
        store.db.conn.close()
        _replace_database(store.path, converted)
        store.reconnect(database.connect(store.path, key), key)


def convert_file(path: Path, old_key: bytes | None, key: bytes | None) -> None:
    """Convert a database file that is not open (a set-aside or pre-upgrade backup). A file that does not
    open as a database is sealed (or opened) whole instead."""
    converted = path.with_name(path.name + ".converting")
    try:
        conn = database.connect(path, old_key)
    except database.StoreError:
        return
    try:
        export(conn, converted, key)
    finally:
        conn.close()
    _replace_database(path, converted)


def database_is_plain(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(16) == database.SQLITE_HEADER


# Her files ----------------------------------------------------------------------------------------------


def her_files(folder: Path) -> list[Path]:
    """Takes and sentences read aloud: every finished file under `takes/` and `cache/`."""
    found = []
    for part in (paths.takes_dir(folder), folder / "cache"):
        if part.is_dir():
            found += [p for p in part.rglob("*") if p.is_file() and not p.name.endswith((".tmp", ".partial.pcm",
                                                                                     ".partial.json"))]
    return sorted(found)


def seal_file(codec: FileCodec, path: Path) -> None:
    data = path.read_bytes()
    if data[:len(crypto.MAGIC)] == crypto.MAGIC:
        return
    sealed = codec.seal(path, data)
    if crypto.open_bytes(sealed, codec.key_for(path), "file") != data:
        raise ConversionError("unverified", f"{path}: the sealed copy does not open to the same bytes")
    _swap(path, sealed)


def open_file(codec: FileCodec, path: Path) -> None:
    data = path.read_bytes()
    if data[:len(crypto.MAGIC)] != crypto.MAGIC:
        return
    _swap(path, codec.read(path))


def _swap(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OSError as error:
        path.with_name(path.name + ".new").unlink(missing_ok=True)
        raise ConversionError("disk_full" if error.errno == 28 else "failed", str(error)) from error


def _logs(folder: Path, key: bytes | None, old_key: bytes | None) -> None:
    """Rewrite the log files line by line, sealed with `key` (or opened, with None)."""
    path = logbook.log_path(folder)
    for generation in [path, *(Path(f"{path}.{n}") for n in range(1, logbook.KEEP + 1))]:
        if not generation.exists():
            continue
        lines = [logbook.open_line(line, old_key) for line in
                 generation.read_text(encoding="utf-8", errors="replace").splitlines()]
        if key is not None:
            lines = [logbook.seal_line(line, key) for line in lines]
        _swap(generation, ("\n".join(lines) + "\n").encode("utf-8") if lines else b"")


def _sweep(folder: Path, keyring: Keyring, sealing: bool, progress: Progress | None) -> None:
    codec = FileCodec(keyring, folder)
    files = her_files(folder)
    databases = sorted((folder / "backups").glob("*.sqlite3")) if (folder / "backups").is_dir() else []
    databases += [p for p in folder.glob("*-damaged-*.sqlite3")]
    total = len(files) + len(databases) + 1
    for done, path in enumerate(files):
        (seal_file if sealing else open_file)(codec, path)
        if progress:
            progress(done + 1, total)
    for n, path in enumerate(databases):
        plain = database_is_plain(path)
        if plain == sealing:  # not converted yet
            convert_file(path, None if plain else keyring.database_key, keyring.database_key if sealing else None)
        if progress:
            progress(len(files) + n + 1, total)
    logbook.stop()
    _logs(folder, keyring.log_key if sealing else None, keyring.log_key)
    if progress:
        progress(total, total)


# The whole folder ---------------------------------------------------------------------------------------


def turn_on(store: SpeechStore, passphrase: str, params: crypto.KdfParams | None = None,
            progress: Progress | None = None) -> tuple[Keyring, str]:
    """Lock the open folder of `store` with `passphrase`. Returns the keyring and the recovery key (show it
    once). Raises `ConversionError`; what was done so far is finished by the next `resume`."""
    folder = store.path.parent
    keyring, recovery = Keyring.create(folder, passphrase, params, state="turning-on")
    try:
        convert_live(store, keyring.database_key)
        store.files = FileCodec(keyring, folder)
        _sweep(folder, keyring, True, progress)
    except ConversionError as error:
        error.keyring, error.recovery_key = keyring, recovery
        raise
    keyring.set_state("on")
    logbook.start(folder, keyring.log_key)
    return keyring, recovery


def turn_off(store: SpeechStore, keyring: Keyring, passphrase: str, progress: Progress | None = None) -> None:
    """Take the lock off (her passphrase asked again). Raises `LockError` (wrong passphrase, nothing done) or
    `ConversionError`."""
    if not keyring.check_passphrase(passphrase):
        raise LockError("wrong_passphrase", "wrong passphrase")
    folder = store.path.parent
    keyring.set_state("turning-off")
    convert_live(store, None)
    _sweep(folder, keyring, False, progress)
    store.files = FileCodec(None, folder)
    keyring.remove()
    logbook.start(folder)


def resume(folder: Path, keyring: Keyring) -> Keyring | None:
    """Finish a turning on or off that stopped half-way (a crash, a full disk), before the database is
    opened. Returns the keyring to use, or None when the folder ended up unlocked."""
    if keyring.state == "on":
        return keyring
    path = folder / paths.DATABASE_NAME
    log.warning("finishing turning the lock %s", "on" if keyring.state == "turning-on" else "off")
    sealing = keyring.state == "turning-on"
    if path.exists() and path.stat().st_size and database_is_plain(path) == sealing:
        convert_file(path, None if sealing else keyring.database_key, keyring.database_key if sealing else None)
    _sweep(folder, keyring, sealing, None)
    if sealing:
        keyring.set_state("on")
        return keyring
    keyring.remove()
    return None
