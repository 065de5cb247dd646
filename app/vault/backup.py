"""One file that holds everything: "Back up everything…" and "Restore from a backup…".

The file: a first line `MOKSORI-BACKUP/1`, a second line of JSON (the Argon2id parameters and salt, when
it was made, how many speeches and takes it holds — nothing of hers), then a sealed stream (see
`crypto.SealedWriter`) whose key comes from the backup's passphrase and whose chunks are bound to those two
lines. Inside: the whole database as a table-by-table dump (`database.json`: every speech, version, row,
note, take's report, contest and setting), then every take's audio (`take:takes/3/….flac`, plain inside
the seal), then `end` with the counts. The voice cache is left out (it is made again when needed); so are
the speech-recognition models.

Restoring checks the whole file first (every chunk opens, the last one is there, the counts match) and
changes nothing until it has. Into an empty folder it brings the database back as it was (the same ids,
settings, judges' codes) and the takes beside it, sealed with this folder's keys when its lock is on. Into a
folder that already has speeches it merges by id, as a shared speech does (`app.exchange`): speeches not
here are added, speeches here get what the backup has that they lack — a row changed on both sides keeps
both texts — and contests not here are added; `plan` says what would happen, so the window can ask first.
Any thread may call these functions.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.vault import crypto
from app.vault.crypto import KdfParams, SealedError
from app.vault.files import codec_of
from app.workspace import ERASED_SPEECHES
from models import database
from models.database import sql
from models.store import SpeechStore

MAGIC = b"MOKSORI-BACKUP/1\n"
SUFFIX = ".moksori-backup"
_NAME = struct.Struct(">I")
_SIZE = struct.Struct(">Q")
CHUNK = 1024 * 1024
Progress = Callable[[int, int], None]  # bytes done, bytes in all
Cancelled = Callable[[], bool]


class BackupError(Exception):
    """`code`: wrong_passphrase, not_a_backup, truncated, damaged, cancelled, disk_full, cannot_write."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


# The database as a dump ----------------------------------------------------------------------------------


def dump(conn: sql.Connection) -> bytes:
    """Every table's schema and rows (and the indexes and triggers), as JSON: the same whether the database
    is encrypted or not, and readable into either."""
    tables, extra = {}, []
    for kind, name, text in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
            " ORDER BY rowid").fetchall():
        if kind == "table":
            cursor = conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
            columns = [d[0] for d in cursor.description]
            rows = [[{"$b": base64.b64encode(v).decode()} if isinstance(v, bytes) else v for v in row]
                    for row in cursor.fetchall()]
            tables[name] = {"sql": text, "columns": columns, "rows": rows}
        else:
            extra.append(text)
    version = conn.execute("PRAGMA user_version").fetchall()[0][0]
    return json.dumps({"user_version": version, "tables": tables, "extra": extra}, ensure_ascii=False).encode()


def load(conn: sql.Connection, data: bytes) -> None:
    """Fill an empty database from `dump`'s output (rows first, then triggers: nothing fires twice)."""
    document = json.loads(data)
    with conn:
        for name, table in document["tables"].items():
            conn.execute(table["sql"])
            marks = ", ".join("?" for _ in table["columns"])
            names = ", ".join(f'"{c}"' for c in table["columns"])
            conn.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({marks})',
                             [[base64.b64decode(v["$b"]) if isinstance(v, dict) else v for v in row]
                              for row in table["rows"]])
        for text in document["extra"]:
            conn.execute(text)
        conn.execute(f"PRAGMA user_version = {int(document['user_version'])}")


# Writing ------------------------------------------------------------------------------------------------


@dataclass
class Summary:
    speeches: int = 0
    takes: int = 0
    contests: int = 0
    audio_bytes: int = 0


def _record(name: str, data: bytes) -> bytes:
    encoded = name.encode("utf-8")
    return _NAME.pack(len(encoded)) + encoded + _SIZE.pack(len(data)) + data


def _take_files(store: SpeechStore) -> list[str]:
    rows = store._rows("SELECT audio FROM takes ORDER BY id")
    return sorted({row["audio"] for row in rows if (store.path.parent / row["audio"]).is_file()})


def write(store: SpeechStore, target: Path, passphrase: str, params: KdfParams | None = None,
          progress: Progress | None = None, cancelled: Cancelled | None = None) -> Summary:
    """Write the backup to `target` (a staging file first: a cancelled or failed backup leaves nothing
    half-written under her name). Raises `BackupError`."""
    params = params or KdfParams()
    with store._lock:
        database_dump = dump(store.db.conn)
        takes = _take_files(store)
        summary = Summary(speeches=len(store.speeches()) + len(store.speeches(deleted=True)), takes=len(takes),
                          contests=len(store.contests()))
    folder = store.path.parent
    total = len(database_dump) + sum((folder / t).stat().st_size for t in takes)
    salt = os.urandom(16)
    head = MAGIC + json.dumps({"kdf": params.to_dict(), "salt": crypto.b64(salt),
                               "created": datetime.now().astimezone().isoformat(timespec="seconds"),
                               "speeches": summary.speeches, "takes": summary.takes}).encode() + b"\n"
    key = crypto.subkey(crypto.derive(passphrase, salt, params), "backup")
    staging = target.with_name(target.name + ".partial")
    codec = codec_of(store)
    done = 0
    try:
        with open(staging, "wb") as handle:
            handle.write(head)
            sealed = crypto.SealedWriter(handle, key, _purpose(head), chunk=CHUNK)
            sealed.write(_record("database.json", database_dump))
            done += len(database_dump)
            for relative in takes:
                if cancelled is not None and cancelled():
                    raise BackupError("cancelled")
                path = folder / relative
                size = path.stat().st_size
                audio = codec.read(path)
                summary.audio_bytes += len(audio)
                sealed.write(_record("take:" + relative, audio))
                done += size
                if progress:
                    progress(done, total)
            sealed.write(_record("end", json.dumps({"takes": len(takes)}).encode()))
            sealed.close()
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staging, target)
    except OSError as error:
        staging.unlink(missing_ok=True)
        raise BackupError("disk_full" if error.errno == 28 else "cannot_write", str(error)) from error
    except SealedError as error:
        staging.unlink(missing_ok=True)
        raise BackupError("damaged", f"a take of this folder cannot be opened: {error}") from error
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    if progress:
        progress(total, total)
    return summary


def _purpose(head: bytes) -> str:
    return "backup/" + hashlib.sha256(head).hexdigest()


# Reading ------------------------------------------------------------------------------------------------


def read_header(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise BackupError("not_a_backup", f"{path} is not a Moksori backup")
            line = handle.readline(4096)
    except OSError as error:
        raise BackupError("not_a_backup", str(error)) from error
    try:
        header = json.loads(line)
        KdfParams.from_dict(header["kdf"])
        crypto.unb64(header["salt"])
    except (ValueError, KeyError, TypeError) as error:
        raise BackupError("damaged", "the backup's first lines are damaged") from error
    return header


def _records(path: Path, passphrase: str) -> Iterator[tuple[str, bytes]]:
    header = read_header(path)
    key = crypto.subkey(crypto.derive(passphrase, crypto.unb64(header["salt"]), KdfParams.from_dict(header["kdf"])),
                        "backup")
    with open(path, "rb") as handle:
        handle.read(len(MAGIC))
        head = MAGIC + handle.readline(4096)
        buffer = bytearray()
        try:
            for chunk in crypto.iter_file(handle, key, _purpose(head)):
                buffer += chunk
                yield from _take_records(buffer)
        except SealedError as error:
            code = {"wrong_key": "wrong_passphrase", "not_sealed": "damaged"}.get(error.code, error.code)
            raise BackupError(code, str(error)) from error
        if buffer:
            raise BackupError("damaged", "the backup ends inside a record")


def _take_records(buffer: bytearray) -> Iterator[tuple[str, bytes]]:
    while len(buffer) >= _NAME.size:
        (name_length,) = _NAME.unpack_from(buffer)
        start = _NAME.size + name_length
        if len(buffer) < start + _SIZE.size:
            return
        (size,) = _SIZE.unpack_from(buffer, start)
        end = start + _SIZE.size + size
        if len(buffer) < end:
            return
        name = bytes(buffer[_NAME.size:start]).decode("utf-8")
        data = bytes(buffer[start + _SIZE.size:end])
        del buffer[:end]
        yield name, data


def verify(path: Path, passphrase: str, progress: Progress | None = None) -> dict[str, Any]:
    """Read the whole backup without keeping it: every chunk opens, nothing is missing. Returns its header.
    Raises `BackupError` (wrong passphrase, cut off, changed)."""
    header = read_header(path)
    total, seen, takes, ended, database_seen = path.stat().st_size, 0, 0, False, False
    for name, data in _records(path, passphrase):
        seen += len(data)
        if name == "database.json":
            database_seen = True
        elif name.startswith("take:"):
            takes += 1
        elif name == "end":
            ended = json.loads(data).get("takes") == takes
        if progress:
            progress(min(seen, total), total)
    if not (database_seen and ended and takes == header.get("takes")):
        raise BackupError("damaged", "the backup is incomplete")
    return header


def _open_in_memory(data: bytes, folder: Path) -> SpeechStore:
    conn = sql.connect(":memory:", check_same_thread=False)
    load(conn, data)
    database.migrate(Database(conn), folder / "backup", had_data=False)  # an older backup: today's schema
    return SpeechStore(folder / "backup-in-memory.sqlite3", conn)


@dataclass
class Plan:
    """What restoring would do: into an empty folder, everything as it was; else the merge's counts."""

    empty_folder: bool
    new_speeches: list[str] = field(default_factory=list)
    merged_speeches: list[str] = field(default_factory=list)  # here already and different: merged
    same_speeches: int = 0
    erased_speeches: int = 0  # in the backup, but erased for good here since: left out
    new_contests: list[str] = field(default_factory=list)
    takes: int = 0


def _is_empty(store: SpeechStore) -> bool:
    """Nothing here, and nothing ever erased here (then the backup is merged, skipping what she erased)."""
    return not (store.speeches() or store.speeches(deleted=True) or store.contests()
                or store.setting(ERASED_SPEECHES, []))


def plan(store: SpeechStore, path: Path, passphrase: str) -> Plan:
    """Check the backup and say what restoring it here would do (nothing is changed)."""
    verify(path, passphrase)
    if _is_empty(store):
        header = read_header(path)
        return Plan(True, takes=int(header.get("takes", 0)))
    result = Plan(False)
    _merge(store, path, passphrase, result, write=False)
    return result


def restore(store: SpeechStore, path: Path, passphrase: str, progress: Progress | None = None) -> Plan:
    """Bring the backup in (checked whole first). Raises `BackupError`; on any failure the folder is as
    it was."""
    verify(path, passphrase, progress)
    if _is_empty(store):
        return _restore_whole(store, path, passphrase)
    result = Plan(False)
    _merge(store, path, passphrase, result, write=True)
    return result


def _restore_whole(store: SpeechStore, path: Path, passphrase: str) -> Plan:
    from app.vault.convert import _replace_database

    folder = store.path.parent
    codec = codec_of(store)
    written: list[Path] = []
    result = Plan(True)
    with store._lock:
        staging = store.path.with_name(store.path.name + ".restoring")
        staging.unlink(missing_ok=True)
        try:
            for name, data in _records(path, passphrase):
                if name == "database.json":
                    conn = database.connect(staging, store.key)
                    try:
                        load(conn, data)
                    finally:
                        conn.close()
                elif name.startswith("take:"):
                    target = _inside(folder, name.removeprefix("take:"))
                    codec.write(target, data)
                    written.append(target)
                    result.takes += 1
        except BaseException:
            staging.unlink(missing_ok=True)
            for done in written:
                done.unlink(missing_ok=True)
            raise
        store.db.conn.close()
        _replace_database(store.path, staging)
        conn = database.connect(store.path, store.key)
        database.migrate(Database(conn), store.path, had_data=True, key=store.key)
        store.reconnect(conn, store.key)
    return result


def _inside(folder: Path, relative: str) -> Path:
    target = (folder / relative).resolve()
    if not str(target).startswith(str((folder / "takes").resolve()) + os.sep):
        raise BackupError("damaged", f"a take outside the takes folder: {relative}")
    return target


def _merge(store: SpeechStore, path: Path, passphrase: str, result: Plan, write: bool) -> None:
    from app.contest.exchange import file_text, open_contest_file
    from app.exchange import service

    audio: dict[str, bytes] = {}
    backup_store: SpeechStore | None = None
    for name, data in _records(path, passphrase):
        if name == "database.json":
            backup_store = _open_in_memory(data, store.path.parent)
        elif name.startswith("take:"):
            audio[name.removeprefix("take:")] = data
    if backup_store is None:
        raise BackupError("damaged", "the backup holds no database")
    erased = set(store.setting(ERASED_SPEECHES, []))
    try:
        for speech in backup_store.speeches() + backup_store.speeches(deleted=True):
            if speech.uid in erased:
                result.erased_speeches += 1
                continue
            document = {**backup_store.speech_state(speech.id),
                        "takes": service.portable_takes(backup_store, speech.id, lambda t: audio.get(t.audio))}
            here = store.speech_by_uid(speech.uid)
            if here is not None and store.speech_state(here) == backup_store.speech_state(speech.id) \
                    and not service.preview(store, "bundle", document).takes:
                result.same_speeches += 1
                continue
            arrival = (service.receive if write else service.preview)(store, "bundle", document)
            (result.new_speeches if here is None else result.merged_speeches).append(speech.title)
            result.takes += arrival.takes
        known = {contest.uid for contest in store.contests()}
        for contest in backup_store.contests():
            if contest.uid not in known:
                result.new_contests.append(contest.name)
                if write:
                    open_contest_file(store, file_text(backup_store, contest.id))
    finally:
        backup_store.close()

