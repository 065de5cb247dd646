"""A speech as portable state (everything keyed by stable ids), and writing such a state back.

Part of the speech store. `speech_state` reads a speech whole, deleted rows and alternatives included
(so that a deletion travels too); `write_state` writes a state in one transaction, creating the speech
or updating the one with the same uid, every part matched by its uid. The merging itself (three-way,
no storage) is `app.exchange.merge`. The JSON shape is described in docs/EXCHANGE_FORMAT.md.
"""

from __future__ import annotations

import json
from typing import Any

from models.records import now_iso
from models.store_takes import TakeStore

STATE_TYPE, STATE_VERSION = "moksori-speech", 1


class ExchangeConflict(Exception):
    """The state cannot be written: `code` is other_speech (a part belongs to another speech here)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class ExchangeStore(TakeStore):
    def speech_by_uid(self, uid: str) -> int | None:
        rows = self._rows("SELECT id FROM speeches WHERE uid = ?", [uid])
        return rows[0]["id"] if rows else None

    def speech_state(self, speech_id: int) -> dict[str, Any]:
        """Everything of a speech that travels in a bundle (not its takes), keyed by uid."""
        with self._lock:
            speech = self._one("speeches", speech_id)
            rows = self._rows(
                "SELECT * FROM segments WHERE speech_id = ? ORDER BY deleted_at IS NOT NULL, position, id",
                [speech_id])
            uid_of = {row["id"]: row["uid"] for row in rows}
            alternatives = self._rows(
                "SELECT a.* FROM alternatives a JOIN segments s ON s.id = a.segment_id WHERE s.speech_id = ?"
                " ORDER BY a.created_at, a.uid", [speech_id])
            notes = self._rows("SELECT * FROM notes WHERE speech_id = ? ORDER BY created_at, uid", [speech_id])
            versions = self._rows("SELECT * FROM versions WHERE speech_id = ? ORDER BY created_at, uid", [speech_id])
            history = self._rows(
                "SELECT h.* FROM segment_history h JOIN segments s ON s.id = h.segment_id WHERE s.speech_id = ?"
                " ORDER BY h.replaced_at, h.uid", [speech_id])
            words = [r["word"] for r in self._rows("SELECT word FROM speech_words WHERE speech_id = ?", [speech_id])]
        return {
            "type": STATE_TYPE,
            "version": STATE_VERSION,
            "speech": {key: speech[key] for key in
                       ("uid", "title", "speaker", "min_seconds", "max_seconds", "created_at", "updated_at")},
            "rows": [{"uid": r["uid"], "korean": r["korean"], "english": r["english"],
                      "paragraph": bool(r["starts_paragraph"]), "edited_at": r["edited_at"],
                      "deleted": r["deleted_at"] is not None} for r in rows],
            "alternatives": [{"uid": a["uid"], "row": uid_of[a["segment_id"]], "text": a["text"], "note": a["note"],
                              "author": a["author"], "author_name": a["author_name"], "origin": a["origin"],
                              "chosen": bool(a["chosen"]), "created_at": a["created_at"],
                              "deleted": a["deleted_at"] is not None} for a in alternatives],
            "notes": [{"uid": n["uid"], "row": uid_of.get(n["segment_id"]), "author": n["author"],
                       "author_name": n["author_name"], "text": n["text"], "resolved": bool(n["resolved"]),
                       "created_at": n["created_at"], "deleted": n["deleted_at"] is not None} for n in notes],
            "versions": [self._portable_version(v, uid_of) for v in versions],
            "history": [{"uid": h["uid"], "row": uid_of[h["segment_id"]], "english": h["english"],
                         "replaced_at": h["replaced_at"], "replaced_by": h["replaced_by"]} for h in history],
            "words": sorted(words),
        }

    @staticmethod
    def _portable_version(row: dict[str, Any], uid_of: dict[int, str]) -> dict[str, Any]:
        snapshot = json.loads(row["snapshot"])
        return {"uid": row["uid"], "name": row["name"], "kind": row["kind"], "created_at": row["created_at"],
                "title": snapshot.get("title", ""),
                "rows": [{"row": uid_of.get(r["segment_id"], ""), "korean": r["korean"], "english": r["english"]}
                         for r in snapshot["rows"]]}

    def write_state(self, state: dict[str, Any]) -> int:
        """Create or update the speech `state` describes so that it holds exactly that state (apart from
        what never travels: takes). Returns the speech's id. All or nothing."""
        info = state["speech"]
        stamp = now_iso()
        with self._write() as db:
            speech_id = self.speech_by_uid(info["uid"])
            if speech_id is None:
                cursor = db.execute(
                    "INSERT INTO speeches (uid, title, speaker, min_seconds, max_seconds, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [info["uid"], info["title"], info["speaker"], info["min_seconds"], info["max_seconds"],
                     info["created_at"], stamp])
                speech_id = int(cursor.lastrowid or 0)
            else:
                db.execute("UPDATE speeches SET title = ?, speaker = ?, min_seconds = ?, max_seconds = ?,"
                           " updated_at = ? WHERE id = ?",
                           [info["title"], info["speaker"], info["min_seconds"], info["max_seconds"], stamp,
                            speech_id])
            id_of: dict[str, int] = {}
            for position, row in enumerate(state["rows"]):
                id_of[row["uid"]] = self._upsert(db, "segments", row["uid"], speech_id, {
                    "speech_id": speech_id, "position": position, "korean": row["korean"],
                    "english": row["english"], "starts_paragraph": int(row["paragraph"]),
                    "edited_at": row["edited_at"]}, row["deleted"], stamp)
            for alt in state["alternatives"]:
                self._upsert(db, "alternatives", alt["uid"], speech_id, {
                    "segment_id": id_of[alt["row"]], "text": alt["text"], "note": alt["note"],
                    "author": alt["author"], "author_name": alt["author_name"], "origin": alt["origin"],
                    "chosen": int(alt["chosen"]), "created_at": alt["created_at"]}, alt["deleted"], stamp)
            for note in state["notes"]:
                self._upsert(db, "notes", note["uid"], speech_id, {
                    "speech_id": speech_id, "segment_id": id_of.get(note["row"]) if note["row"] else None,
                    "author": note["author"], "author_name": note["author_name"], "text": note["text"],
                    "resolved": int(note["resolved"]), "created_at": note["created_at"]}, note["deleted"], stamp)
            for version in state["versions"]:
                snapshot = {"title": version["title"], "rows": [
                    {"segment_id": id_of.get(r["row"], 0), "korean": r["korean"], "english": r["english"]}
                    for r in version["rows"]]}
                db.execute("INSERT OR IGNORE INTO versions (uid, speech_id, name, kind, created_at, snapshot)"
                           " VALUES (?, ?, ?, ?, ?, ?)",
                           [version["uid"], speech_id, version["name"], version["kind"], version["created_at"],
                            json.dumps(snapshot, ensure_ascii=False)])
            for entry in state["history"]:
                db.execute("INSERT OR IGNORE INTO segment_history (uid, segment_id, english, replaced_at, replaced_by)"
                           " VALUES (?, ?, ?, ?, ?)",
                           [entry["uid"], id_of[entry["row"]], entry["english"], entry["replaced_at"],
                            entry["replaced_by"]])
            for word in state["words"]:
                db.execute("INSERT OR IGNORE INTO speech_words (speech_id, word) VALUES (?, ?)", [speech_id, word])
        return speech_id

    def _upsert(self, db: Any, table: str, uid: str, speech_id: int, values: dict[str, Any], deleted: bool,
                stamp: str) -> int:
        owner = "speech_id" if table in ("segments", "notes") else None
        existing = self._rows(f"SELECT * FROM {table} WHERE uid = ?", [uid])
        if existing:
            row = existing[0]
            if owner and row[owner] != speech_id or table == "alternatives" and self._rows(
                    "SELECT 1 FROM segments WHERE id = ? AND speech_id = ?", [values["segment_id"], speech_id]) == []:
                raise ExchangeConflict("other_speech")
            deleted_at = (row["deleted_at"] or stamp) if deleted else None
            assignments = ", ".join(f"{name} = ?" for name in values)
            db.execute(f"UPDATE {table} SET {assignments}, deleted_at = ? WHERE id = ?",
                       [*values.values(), deleted_at, row["id"]])
            return int(row["id"])
        names = ", ".join(["uid", *values, "deleted_at"])
        marks = ", ".join("?" * (len(values) + 2))
        cursor = db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                            [uid, *values.values(), stamp if deleted else None])
        return int(cursor.lastrowid or 0)

    # What came from elsewhere: the base of the next merge, and the files already received ----------

    def exchange_base(self, speech_uid: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT state FROM exchange_bases WHERE speech_uid = ?", [speech_uid])
        return json.loads(rows[0]["state"]) if rows else None

    def set_exchange_base(self, speech_uid: str, state: dict[str, Any]) -> None:
        with self._write() as db:
            db.execute("INSERT INTO exchange_bases (speech_uid, state, saved_at) VALUES (?, ?, ?)"
                       " ON CONFLICT(speech_uid) DO UPDATE SET state = excluded.state, saved_at = excluded.saved_at",
                       [speech_uid, json.dumps(state, ensure_ascii=False), now_iso()])

    def add_received_alternative(self, segment_id: int, uid: str, text: str, note: str, author_name: str,
                                 origin: str, created_at: str) -> bool:
        """A tutor's alternative from her suggestions file; False when it is here already (same uid)."""
        with self._write() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO alternatives (uid, segment_id, text, note, author, author_name, origin,"
                " created_at) VALUES (?, ?, ?, ?, 'tutor', ?, ?, ?)",
                [uid, segment_id, text, note, author_name, origin, created_at])
            added = cursor.rowcount == 1
            if added:
                self._touch(db, self.segment(segment_id).speech_id)
        return added

    def add_received_note(self, speech_id: int, segment_id: int | None, uid: str, text: str, author_name: str,
                          created_at: str) -> bool:
        with self._write() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO notes (uid, speech_id, segment_id, author, author_name, text, created_at)"
                " VALUES (?, ?, ?, 'tutor', ?, ?, ?)", [uid, speech_id, segment_id, author_name, text, created_at])
            added = cursor.rowcount == 1
            if added:
                self._touch(db, speech_id)
        return added

    def annotation_uids(self, speech_id: int) -> set[str]:
        """The uids of the speech's alternatives and notes, deleted ones too (what a file may not add again)."""
        rows = self._rows("SELECT a.uid FROM alternatives a JOIN segments s ON s.id = a.segment_id"
                          " WHERE s.speech_id = ? UNION SELECT uid FROM notes WHERE speech_id = ?",
                          [speech_id, speech_id])
        return {row["uid"] for row in rows}

    def segment_states(self, speech_id: int) -> list[dict[str, Any]]:
        """Every row of a speech, deleted ones too: uid, id, position, english, deleted."""
        return [{"uid": r["uid"], "id": r["id"], "position": r["position"], "english": r["english"],
                 "deleted": r["deleted_at"] is not None}
                for r in self._rows("SELECT * FROM segments WHERE speech_id = ? ORDER BY position, id", [speech_id])]

    def record_receipt(self, speech_id: int, kind: str, file_id: str, author_name: str, summary: str) -> None:
        with self._write() as db:
            db.execute("INSERT INTO exchange_receipts (speech_id, kind, file_id, author_name, summary, received_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)", [speech_id, kind, file_id, author_name, summary, now_iso()])
