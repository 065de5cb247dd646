"""The speech store: every read and write of speeches and their parts, on one SQLite file.

Thread use: any thread may call it; a re-entrant lock serialises access to the one connection, and
every write is one transaction (so a crash leaves either the whole edit or none of it). Deletions are
soft (`deleted_at`) so that they can be undone or recovered from the bin.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from models import database
from models.records import Note, Segment, Speech, TimeLimits, now_iso
from models.store_annotations import ANY, PickReceipt
from models.store_contest import ContestStore
from models.store_exchange import ExchangeStore

__all__ = ["ANY", "PickReceipt", "SpeechStore"]


class SpeechStore(ExchangeStore, ContestStore):
    @classmethod
    def open(cls, path: Path, key: bytes | None = None) -> SpeechStore:
        """Open or create the database, applying pending migrations (after a backup copy). `key`: the
        database is encrypted with it (the lock is on)."""
        had_data = path.exists() and path.stat().st_size > 0
        conn = database.connect(path, key)
        db = Database(conn)
        try:
            backup = database.migrate(db, path, had_data, key)
        except database.sql.Error as error:
            conn.close()
            raise database.write_failure(path, error) from error
        store = cls(path, conn, backup)
        store.key = key
        return store

    # Speeches -------------------------------------------------------------------------------

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
                        "INSERT INTO alternatives (segment_id, text, note, author, chosen, created_at,"
                        " author_name, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [new.id, alternative.text, alternative.note, alternative.author.value,
                         int(alternative.chosen), alternative.created_at, alternative.author_name,
                         alternative.origin],
                    )
                for note in self.notes(speech_id, segment.id):
                    self._copy_note(note, copy.id, new.id)
            for note in self.notes(speech_id, None):
                self._copy_note(note, copy.id, None)
            for word in self.speech_words(speech_id):  # names she taught the checker travel with the copy
                self.db.execute("INSERT INTO speech_words (speech_id, word) VALUES (?, ?)", [copy.id, word])
        return self.speech(copy.id)

    def _copy_note(self, note: Note, speech_id: int, segment_id: int | None) -> None:
        self.db.execute(
            "INSERT INTO notes (speech_id, segment_id, author, text, resolved, created_at, author_name)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [speech_id, segment_id, note.author.value, note.text, int(note.resolved), note.created_at,
             note.author_name],
        )

    # Segments -------------------------------------------------------------------------------

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
            db.execute("UPDATE speeches SET updated_at = ? WHERE id = (SELECT speech_id FROM segments WHERE id = ?)",
                       [now_iso(), segment_id])

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

    # A speech's own words and ignored issues (draft checks) ----------------------------------

    def speech_words(self, speech_id: int) -> list[str]:
        return [row["word"] for row in self._rows("SELECT word FROM speech_words WHERE speech_id = ? ORDER BY id",
                                                  [speech_id])]

    def add_speech_word(self, speech_id: int, word: str) -> None:
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO speech_words (speech_id, word) VALUES (?, ?)", [speech_id, word])

    def ignored_issues(self, speech_id: int) -> list[tuple[int, str]]:
        return [(row["segment_id"], row["text"]) for row in self._rows(
            "SELECT segment_id, text FROM ignored_issues WHERE speech_id = ? ORDER BY id", [speech_id])]

    def ignore_issue(self, speech_id: int, segment_id: int, text: str) -> None:
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO ignored_issues (speech_id, segment_id, text) VALUES (?, ?, ?)",
                       [speech_id, segment_id, text])

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
