"""Alternatives, notes and versions of a speech: what tutor and student add around the sentences.

Part of the speech store (`models.store.SpeechStore`); the same threading rules apply.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from models.records import (
    Alternative,
    HistoryEntry,
    Note,
    Role,
    SnapshotRow,
    Version,
    VersionKind,
    now_iso,
)
from models.store_base import StoreBase

ANY = object()


@dataclass(frozen=True)
class PickReceipt:
    """What picking an alternative changed, so that it can be undone exactly."""

    segment_id: int
    previous_english: str
    previous_chosen: tuple[int, ...]
    history_id: int


class AnnotationStore(StoreBase):
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
            uid=row["uid"],
            author_name=row["author_name"],
            origin=row["origin"],
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
                 r["created_at"], r["uid"], r["author_name"])
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
        return self._version(self._one("versions", version_id))

    def versions(self, speech_id: int) -> list[Version]:
        rows = self._rows("SELECT * FROM versions WHERE speech_id = ? ORDER BY created_at, id", [speech_id])
        return [self._version(row) for row in rows]
