"""Practice runs of a speech: the take's audio file (relative to the data folder) and its report.

Part of the speech store (`models.store.SpeechStore`); the same threading rules apply. The report is kept
as JSON exactly as `app.delivery.DeliveryReport.to_dict` gives it, with a few figures copied into columns
so that the list of takes and the progress chart need no JSON parsing.
"""

from __future__ import annotations

import json
from typing import Any

from models.records import Take, now_iso
from models.store_annotations import AnnotationStore


class TakeStore(AnnotationStore):
    @staticmethod
    def _take(row: dict[str, Any]) -> Take:
        return Take(
            id=row["id"], speech_id=row["speech_id"], title=row["title"], audio=row["audio"], source=row["source"],
            recorded_at=row["recorded_at"], seconds=row["seconds"],
            report=json.loads(row["report"]) if row["report"] else None, accuracy=row["accuracy"],
            words_per_minute=row["words_per_minute"], fillers=row["fillers"], verdict=row["verdict"],
            deleted_at=row["deleted_at"], prompter=json.loads(row["prompter"]) if row.get("prompter") else None,
        )

    def add_take(self, speech_id: int, audio: str, seconds: float, source: str = "recorded", title: str = "",
                 recorded_at: str | None = None) -> Take:
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO takes (speech_id, title, audio, source, recorded_at, seconds) VALUES (?, ?, ?, ?, ?, ?)",
                [speech_id, title, audio, source, recorded_at or now_iso(), seconds])
            take_id = cursor.lastrowid
        return self.take(int(take_id or 0))

    def take(self, take_id: int) -> Take:
        return self._take(self._one("takes", take_id))

    def takes(self, speech_id: int, deleted: bool = False) -> list[Take]:
        rows = self._rows(
            f"SELECT * FROM takes WHERE speech_id = ? AND deleted_at IS {'NOT ' if deleted else ''}NULL "
            "ORDER BY recorded_at, id", [speech_id])
        return [self._take(row) for row in rows]

    def set_take_report(self, take_id: int, report: dict[str, Any]) -> None:
        """Store the report; one marked `"scored": false` (nothing was heard) keeps no figures of progress."""
        fillers = report.get("fillers")
        scored = report.get("scored", True) is not False
        with self._write() as db:
            db.execute(
                "UPDATE takes SET report = ?, accuracy = ?, words_per_minute = ?, fillers = ?, verdict = ?, "
                "seconds = CASE WHEN ? > 0 THEN ? ELSE seconds END WHERE id = ?",
                [json.dumps(report, ensure_ascii=False), report.get("accuracy") if scored else None,
                 report.get("words_per_minute") if scored else None,
                 len(fillers) if isinstance(fillers, list) and scored else None,
                 report.get("timing_verdict") if scored else None,
                 report.get("duration_seconds", 0), report.get("duration_seconds", 0), take_id])

    def take_prompters(self, speech_id: int) -> list[dict[str, Any]]:
        """The prompter's records of the speech's takes, oldest first (without reading their reports)."""
        rows = self._rows("SELECT prompter FROM takes WHERE speech_id = ? AND deleted_at IS NULL AND prompter IS NOT "
                          "NULL ORDER BY recorded_at, id", [speech_id])
        return [json.loads(row["prompter"]) for row in rows]

    def set_take_prompter(self, take_id: int, record: dict[str, Any]) -> None:
        with self._write() as db:
            db.execute("UPDATE takes SET prompter = ? WHERE id = ?", [json.dumps(record, ensure_ascii=False), take_id])

    def rename_take(self, take_id: int, title: str) -> None:
        with self._write() as db:
            db.execute("UPDATE takes SET title = ? WHERE id = ?", [title, take_id])

    def delete_take(self, take_id: int) -> None:
        with self._write() as db:
            db.execute("UPDATE takes SET deleted_at = ? WHERE id = ?", [now_iso(), take_id])

    def purge_take(self, take_id: int) -> None:
        """Remove a deleted take's row for good (its audio file is the caller's to remove, after this)."""
        with self._write() as db:
            db.execute("DELETE FROM takes WHERE id = ? AND deleted_at IS NOT NULL", [take_id])

    def restore_take(self, take_id: int) -> None:
        with self._write() as db:
            db.execute("UPDATE takes SET deleted_at = NULL WHERE id = ?", [take_id])
