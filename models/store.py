"""The speech store: every read and write of speeches and their parts, on one SQLite file.

Thread use: any thread may call it; a re-entrant lock serialises access to the one connection, and
every write is one transaction (so a crash leaves either the whole edit or none of it). Deletions are
soft (`deleted_at`) so that they can be undone or recovered from the bin.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from models import database
from models.records import (
    Alternative,
    HistoryEntry,
    Note,
    Role,
    Segment,
    SnapshotRow,
    Speech,
    TimeLimits,
    Version,
    VersionKind,
    now_iso,
)

ANY = object()


@dataclass(frozen=True)
class PickReceipt:
    """What picking an alternative changed, so that it can be undone exactly."""

    segment_id: int
    previous_english: str
    previous_chosen: tuple[int, ...]
    history_id: int


class SpeechStore:
    def __init__(self, path: Path, conn: sqlite3.Connection, backup: Path | None = None) -> None:
        self.path = path
        self.db = Database(conn)
        self.migration_backup = backup
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: Path) -> SpeechStore:
        """Open or create the database, applying pending migrations (after a backup copy)."""
        had_data = path.exists() and path.stat().st_size > 0
        conn = database.connect(path)
        db = Database(conn)
        try:
            backup = database.migrate(db, path, had_data)
        except sqlite3.Error as error:
            conn.close()
            raise database.write_failure(path, error) from error
        return cls(path, conn, backup)

    def close(self) -> None:
        with self._lock:
            self.db.conn.close()

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
            except sqlite3.Error as error:
                if self.db.conn.in_transaction:
                    self.db.conn.rollback()
                raise database.write_failure(self.path, error) from error

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cursor = self.db.execute(sql, list(params))
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _touch(self, db: Database, speech_id: int) -> None:
        db.execute("UPDATE speeches SET updated_at = ? WHERE id = ?", [now_iso(), speech_id])

    # Speeches -------------------------------------------------------------------------------

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
        )

    def create_speech(self, title: str, speaker: str = "", limits: TimeLimits | None = None) -> Speech:
        limits = limits or TimeLimits()
        stamp = now_iso()
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO speeches (title, speaker, min_seconds, max_seconds, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [title, speaker, limits.min_seconds, limits.max_seconds, stamp, stamp],
            )
            speech_id = int(cursor.lastrowid or 0)
        return self.speech(speech_id)

    def speech(self, speech_id: int) -> Speech:
        rows = self._rows("SELECT * FROM speeches WHERE id = ?", [speech_id])
        if not rows:
            raise KeyError(speech_id)
        return self._speech(rows[0])

    def speeches(self, search: str = "", deleted: bool = False) -> list[Speech]:
        """Speeches, most recently edited first; `search` matches title, speaker or any sentence."""
        where = "deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"
        params: list[Any] = []
        if search.strip():
            like = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where += (
                " AND (title LIKE ? ESCAPE '\\' OR speaker LIKE ? ESCAPE '\\' OR id IN ("
                "SELECT speech_id FROM segments WHERE deleted_at IS NULL AND"
                " (korean LIKE ? ESCAPE '\\' OR english LIKE ? ESCAPE '\\')))"
            )
            params = [like] * 4
        rows = self._rows(f"SELECT * FROM speeches WHERE {where} ORDER BY updated_at DESC, id DESC", params)
        return [self._speech(row) for row in rows]

    def update_speech(
        self,
        speech_id: int,
        *,
        title: str | None = None,
        speaker: str | None = None,
        limits: TimeLimits | None = None,
    ) -> None:
        changes: dict[str, Any] = {}
        if title is not None:
            changes["title"] = title
        if speaker is not None:
            changes["speaker"] = speaker
        if limits is not None:
            changes["min_seconds"] = limits.min_seconds
            changes["max_seconds"] = limits.max_seconds
        if not changes:
            return
        changes["updated_at"] = now_iso()
        assignments = ", ".join(f"{name} = ?" for name in changes)
        with self._write() as db:
            db.execute(f"UPDATE speeches SET {assignments} WHERE id = ?", [*changes.values(), speech_id])

    def delete_speech(self, speech_id: int) -> None:
        """Move a speech to the bin (recoverable with `restore_speech`)."""
        with self._write() as db:
            db.execute("UPDATE speeches SET deleted_at = ? WHERE id = ?", [now_iso(), speech_id])

    def restore_speech(self, speech_id: int) -> None:
        with self._write() as db:
            db.execute("UPDATE speeches SET deleted_at = NULL WHERE id = ?", [speech_id])

    def purge_speech(self, speech_id: int) -> None:
        """Delete a speech from the bin for good, with everything that belongs to it."""
        with self._write() as db:
            db.execute("DELETE FROM speeches WHERE id = ? AND deleted_at IS NOT NULL", [speech_id])

    def duplicate_speech(self, speech_id: int, title: str) -> Speech:
        """A copy of the speech with its sentences, alternatives and notes (not its versions)."""
        source = self.speech(speech_id)
        with self._write():
            copy = self.create_speech(title, source.speaker, source.limits)
            for segment in self.segments(speech_id):
                [new] = self.insert_segments(
                    copy.id, segment.position, [(segment.korean, segment.english)], [segment.starts_paragraph]
                )
                for alternative in self.alternatives(segment.id):
                    self.db.execute(
                        "INSERT INTO alternatives (segment_id, text, note, author, chosen, created_at)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        [new.id, alternative.text, alternative.note, alternative.author.value,
                         int(alternative.chosen), alternative.created_at],
                    )
                for note in self.notes(speech_id, segment.id):
                    self._copy_note(note, copy.id, new.id)
            for note in self.notes(speech_id, None):
                self._copy_note(note, copy.id, None)
        return self.speech(copy.id)

    def _copy_note(self, note: Note, speech_id: int, segment_id: int | None) -> None:
        self.db.execute(
            "INSERT INTO notes (speech_id, segment_id, author, text, resolved, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [speech_id, segment_id, note.author.value, note.text, int(note.resolved), note.created_at],
        )

    # Segments -------------------------------------------------------------------------------

    @staticmethod
    def _segment(row: dict[str, Any]) -> Segment:
        return Segment(
            id=row["id"],
            speech_id=row["speech_id"],
            position=row["position"],
            korean=row["korean"],
            english=row["english"],
            starts_paragraph=bool(row["starts_paragraph"]),
        )

    def segments(self, speech_id: int) -> list[Segment]:
        rows = self._rows(
            "SELECT * FROM segments WHERE speech_id = ? AND deleted_at IS NULL ORDER BY position, id",
            [speech_id],
        )
        return [self._segment(row) for row in rows]

    def segment(self, segment_id: int) -> Segment:
        rows = self._rows("SELECT * FROM segments WHERE id = ?", [segment_id])
        if not rows:
            raise KeyError(segment_id)
        return self._segment(rows[0])

    def insert_segments(
        self,
        speech_id: int,
        position: int,
        texts: Sequence[tuple[str, str]],
        paragraphs: Sequence[bool] = (),
    ) -> list[Segment]:
        """Insert rows (korean, english) so that the first one lands at `position` (0-based)."""
        with self._write() as db:
            ids = [s.id for s in self.segments(speech_id)]
            position = max(0, min(position, len(ids)))
            new_ids: list[int] = []
            for index, (korean, english) in enumerate(texts):
                starts = paragraphs[index] if index < len(paragraphs) else False
                cursor = db.execute(
                    "INSERT INTO segments (speech_id, position, korean, english, starts_paragraph)"
                    " VALUES (?, 0, ?, ?, ?)",
                    [speech_id, korean, english, int(starts)],
                )
                new_ids.append(int(cursor.lastrowid or 0))
            self._renumber(db, ids[:position] + new_ids + ids[position:])
            self._touch(db, speech_id)
        return [self.segment(segment_id) for segment_id in new_ids]

    def _renumber(self, db: Database, ordered_ids: Sequence[int]) -> None:
        for position, segment_id in enumerate(ordered_ids):
            db.execute("UPDATE segments SET position = ? WHERE id = ?", [position, segment_id])

    def set_segment_text(self, segment_id: int, *, korean: str | None = None, english: str | None = None) -> None:
        with self._write() as db:
            if korean is not None:
                db.execute("UPDATE segments SET korean = ? WHERE id = ?", [korean, segment_id])
            if english is not None:
                db.execute("UPDATE segments SET english = ? WHERE id = ?", [english, segment_id])
            self._touch(db, self.segment(segment_id).speech_id)

    def set_paragraph_start(self, segment_id: int, starts: bool) -> None:
        with self._write() as db:
            db.execute("UPDATE segments SET starts_paragraph = ? WHERE id = ?", [int(starts), segment_id])

    def delete_segments(self, segment_ids: Sequence[int]) -> None:
        with self._write() as db:
            for segment_id in segment_ids:
                db.execute("UPDATE segments SET deleted_at = ? WHERE id = ?", [now_iso(), segment_id])
            if segment_ids:
                speech_id = self.segment(segment_ids[0]).speech_id
                self._renumber(db, [s.id for s in self.segments(speech_id)])
                self._touch(db, speech_id)

    def restore_segments(self, speech_id: int, order: Sequence[int]) -> None:
        """Bring deleted rows back and put the speech's rows in `order` (the order before the delete)."""
        with self._write() as db:
            for segment_id in order:
                db.execute("UPDATE segments SET deleted_at = NULL WHERE id = ? AND speech_id = ?",
                           [segment_id, speech_id])
            self.set_order(speech_id, order)

    def set_order(self, speech_id: int, order: Sequence[int]) -> None:
        with self._write() as db:
            live = {s.id for s in self.segments(speech_id)}
            if set(order) != live:
                raise ValueError("the new order must name every row of the speech once")
            self._renumber(db, order)
            self._touch(db, speech_id)

    # Alternatives ---------------------------------------------------------------------------

    @staticmethod
    def _alternative(row: dict[str, Any]) -> Alternative:
        return Alternative(
            id=row["id"],
            segment_id=row["segment_id"],
            text=row["text"],
            note=row["note"],
            author=Role(row["author"]),
            chosen=bool(row["chosen"]),
            created_at=row["created_at"],
        )

    def alternatives(self, segment_id: int) -> list[Alternative]:
        rows = self._rows(
            "SELECT * FROM alternatives WHERE segment_id = ? AND deleted_at IS NULL ORDER BY created_at, id",
            [segment_id],
        )
        return [self._alternative(row) for row in rows]

    def alternative_counts(self, speech_id: int) -> dict[int, int]:
        rows = self._rows(
            "SELECT a.segment_id AS segment_id, count(*) AS n FROM alternatives a"
            " JOIN segments s ON s.id = a.segment_id"
            " WHERE s.speech_id = ? AND a.deleted_at IS NULL GROUP BY a.segment_id",
            [speech_id],
        )
        return {row["segment_id"]: row["n"] for row in rows}

    def add_alternative(self, segment_id: int, text: str, note: str, author: Role) -> Alternative:
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO alternatives (segment_id, text, note, author, created_at) VALUES (?, ?, ?, ?, ?)",
                [segment_id, text, note, author.value, now_iso()],
            )
            alternative_id = int(cursor.lastrowid or 0)
            self._touch(db, self.segment(segment_id).speech_id)
        return self._alternative(self._rows("SELECT * FROM alternatives WHERE id = ?", [alternative_id])[0])

    def set_alternative_deleted(self, alternative_id: int, deleted: bool) -> None:
        with self._write() as db:
            db.execute("UPDATE alternatives SET deleted_at = ? WHERE id = ?",
                       [now_iso() if deleted else None, alternative_id])

    def pick_alternative(self, alternative_id: int, role: Role) -> PickReceipt:
        """Make an alternative the row's English; the text it replaces goes to the row's history."""
        with self._write() as db:
            [row] = self._rows("SELECT * FROM alternatives WHERE id = ?", [alternative_id])
            alternative = self._alternative(row)
            segment = self.segment(alternative.segment_id)
            chosen = tuple(a.id for a in self.alternatives(segment.id) if a.chosen)
            cursor = db.execute(
                "INSERT INTO segment_history (segment_id, english, replaced_at, replaced_by) VALUES (?, ?, ?, ?)",
                [segment.id, segment.english, now_iso(), role.value],
            )
            db.execute("UPDATE alternatives SET chosen = (id = ?) WHERE segment_id = ?",
                       [alternative_id, segment.id])
            db.execute("UPDATE segments SET english = ? WHERE id = ?", [alternative.text, segment.id])
            self._touch(db, segment.speech_id)
        return PickReceipt(segment.id, segment.english, chosen, int(cursor.lastrowid or 0))

    def undo_pick(self, receipt: PickReceipt) -> None:
        with self._write() as db:
            db.execute("UPDATE segments SET english = ? WHERE id = ?",
                       [receipt.previous_english, receipt.segment_id])
            db.execute("UPDATE alternatives SET chosen = 0 WHERE segment_id = ?", [receipt.segment_id])
            for alternative_id in receipt.previous_chosen:
                db.execute("UPDATE alternatives SET chosen = 1 WHERE id = ?", [alternative_id])
            db.execute("DELETE FROM segment_history WHERE id = ?", [receipt.history_id])

    def history(self, segment_id: int) -> list[HistoryEntry]:
        rows = self._rows(
            "SELECT * FROM segment_history WHERE segment_id = ? ORDER BY replaced_at DESC, id DESC",
            [segment_id],
        )
        return [
            HistoryEntry(r["id"], r["segment_id"], r["english"], r["replaced_at"], Role(r["replaced_by"]))
            for r in rows
        ]

    # Notes ----------------------------------------------------------------------------------

    def notes(self, speech_id: int, segment_id: object = ANY) -> list[Note]:
        """Notes of a speech: all of them (ANY), the speech's own (None), or one segment's."""
        sql = "SELECT * FROM notes WHERE speech_id = ? AND deleted_at IS NULL"
        params: list[Any] = [speech_id]
        if segment_id is None:
            sql += " AND segment_id IS NULL"
        elif segment_id is not ANY:
            sql += " AND segment_id = ?"
            params.append(segment_id)
        rows = self._rows(sql + " ORDER BY created_at, id", params)
        return [
            Note(r["id"], r["speech_id"], r["segment_id"], Role(r["author"]), r["text"], bool(r["resolved"]),
                 r["created_at"])
            for r in rows
        ]

    def add_note(self, speech_id: int, segment_id: int | None, author: Role, text: str) -> Note:
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO notes (speech_id, segment_id, author, text, created_at) VALUES (?, ?, ?, ?, ?)",
                [speech_id, segment_id, author.value, text, now_iso()],
            )
            self._touch(db, speech_id)
        note_id = int(cursor.lastrowid or 0)
        return next(n for n in self.notes(speech_id) if n.id == note_id)

    def set_note_resolved(self, note_id: int, resolved: bool) -> None:
        with self._write() as db:
            db.execute("UPDATE notes SET resolved = ? WHERE id = ?", [int(resolved), note_id])

    def set_note_deleted(self, note_id: int, deleted: bool) -> None:
        with self._write() as db:
            db.execute("UPDATE notes SET deleted_at = ? WHERE id = ?", [now_iso() if deleted else None, note_id])

    # Versions -------------------------------------------------------------------------------

    def save_version(self, speech_id: int, name: str, kind: VersionKind = VersionKind.NAMED) -> Version:
        with self._write() as db:
            speech = self.speech(speech_id)
            rows = [SnapshotRow(s.id, s.korean, s.english) for s in self.segments(speech_id)]
            snapshot = {"title": speech.title, "rows": [r.__dict__ for r in rows]}
            cursor = db.execute(
                "INSERT INTO versions (speech_id, name, kind, created_at, snapshot) VALUES (?, ?, ?, ?, ?)",
                [speech_id, name, kind.value, now_iso(), json.dumps(snapshot, ensure_ascii=False)],
            )
        return self.version(int(cursor.lastrowid or 0))

    @staticmethod
    def _version(row: dict[str, Any]) -> Version:
        snapshot = json.loads(row["snapshot"])
        return Version(
            id=row["id"],
            speech_id=row["speech_id"],
            name=row["name"],
            kind=VersionKind(row["kind"]),
            created_at=row["created_at"],
            title=snapshot.get("title", ""),
            rows=[SnapshotRow(r["segment_id"], r["korean"], r["english"]) for r in snapshot["rows"]],
        )

    def version(self, version_id: int) -> Version:
        rows = self._rows("SELECT * FROM versions WHERE id = ?", [version_id])
        if not rows:
            raise KeyError(version_id)
        return self._version(rows[0])

    def versions(self, speech_id: int) -> list[Version]:
        rows = self._rows("SELECT * FROM versions WHERE speech_id = ? ORDER BY created_at, id", [speech_id])
        return [self._version(row) for row in rows]

    def delete_version(self, version_id: int) -> None:
        with self._write() as db:
            db.execute("DELETE FROM versions WHERE id = ?", [version_id])

    # Settings -------------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        rows = self._rows("SELECT value FROM settings WHERE key = ?", [key])
        return json.loads(rows[0]["value"]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value, ensure_ascii=False)],
            )
