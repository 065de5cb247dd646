"""The store's foundation: the one connection, its lock, transactions, and reading rows.

Thread use: any thread may call it; a re-entrant lock serialises access to the one connection, and
every write is one transaction (so a crash leaves either the whole edit or none of it).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from models import database
from models.records import Segment, Speech, TimeLimits, now_iso


class StoreBase:
    def __init__(self, path: Path, conn: database.sql.Connection, backup: Path | None = None) -> None:
        self.path = path
        self.db = Database(conn)
        self.migration_backup = backup
        self.key: bytes | None = None  # the database's key when the lock is on
        self.files: Any = None  # how her files are read and written: the workspace's `FileCodec`
        self._lock = threading.RLock()

    def close(self) -> None:
        with self._lock:
            self.db.conn.close()

    def write_count(self) -> int | None:
        """How many rows have been written through this connection (a sign of her typing), or None when the
        store is busy on another thread or closed. Never waits."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            return int(self.db.conn.total_changes)
        except database.sql.Error:
            return None
        finally:
            self._lock.release()

    def reconnect(self, conn: database.sql.Connection, key: bytes | None) -> None:
        """Carry on with another connection to the same file (the lock was turned on or off)."""
        with self._lock:
            self.db = Database(conn)
            self.key = key

    @contextmanager
    def _write(self) -> Iterator[Database]:
        with self._lock:
            try:
                if self.db.conn.in_transaction:
                    with self.db.atomic():  # nested: a savepoint inside the outer transaction
                        yield self.db
                    return
                # IMMEDIATE takes the write lock up front, so a second process waits its turn
                # (busy timeout) instead of failing when it upgrades a read to a write.
                self.db.execute("BEGIN IMMEDIATE")
                try:
                    yield self.db
                except BaseException:
                    self.db.conn.rollback()
                    raise
                self.db.execute("COMMIT")
            except database.sql.Error as error:
                if self.db.conn.in_transaction:
                    self.db.conn.rollback()
                raise database.write_failure(self.path, error) from error

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several store calls as one: all of them happen, or (on an exception) none."""
        with self._write():
            yield

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cursor = self.db.execute(sql, list(params))
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _touch(self, db: Database, speech_id: int) -> None:
        db.execute("UPDATE speeches SET updated_at = ? WHERE id = ?", [now_iso(), speech_id])

    @staticmethod
    def _segment(row: dict[str, Any]) -> Segment:
        return Segment(
            id=row["id"],
            speech_id=row["speech_id"],
            position=row["position"],
            korean=row["korean"],
            english=row["english"],
            starts_paragraph=bool(row["starts_paragraph"]),
            uid=row["uid"],
        )

    def segments(self, speech_id: int) -> list[Segment]:
        rows = self._rows(
            "SELECT * FROM segments WHERE speech_id = ? AND deleted_at IS NULL ORDER BY position, id",
            [speech_id],
        )
        return [self._segment(row) for row in rows]

    def _one(self, table: str, record_id: int) -> dict[str, Any]:
        """The row of `table` with this id; KeyError when there is none."""
        rows = self._rows(f"SELECT * FROM {table} WHERE id = ?", [record_id])
        if not rows:
            raise KeyError(record_id)
        return rows[0]

    def segment(self, segment_id: int) -> Segment:
        return self._segment(self._one("segments", segment_id))

    @staticmethod
    def _speech(row: dict[str, Any]) -> Speech:
        return Speech(
            id=row["id"],
            title=row["title"],
            speaker=row["speaker"],
            limits=TimeLimits(row["min_seconds"], row["max_seconds"]),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            deleted_at=row["deleted_at"],
            uid=row["uid"],
        )

    def speech(self, speech_id: int) -> Speech:
        return self._speech(self._one("speeches", speech_id))
