"""Contests in the store: set-up, measured times, ballots (every version kept) and award votes.

Part of the speech store (`models.store.SpeechStore`); the same threading rules apply. A stored ballot is
never changed or deleted (triggers in the schema refuse it): a correction is a new version, and the
highest version counts. Contest files are read and written by `app.contest_day`; this module only keeps
what they hold, each import in one transaction.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from models.records import Ballot, Contest, Contestant, Judge, now_iso
from models.store_base import StoreBase


class ContestConflict(Exception):
    """A contest change that would lose or falsify something. `code`: rubric_locked, has_ballots,
    bad_ballot, already_imported, exists."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def check_scores(rubric: Sequence[dict[str, Any]], scores: Mapping[str, float]) -> None:
    """Every criterion scored, each within 0…max; raises `ContestConflict('bad_ballot')`."""
    wanted = {c["id"]: c for c in rubric}
    if set(scores) != set(wanted):
        missing = [wanted[c].get("name", c) for c in wanted if c not in scores]
        raise ContestConflict("bad_ballot", "not scored: " + ", ".join(missing))
    for criterion, value in scores.items():
        if not isinstance(value, int | float) or not 0 <= value <= wanted[criterion]["max"]:
            raise ContestConflict("bad_ballot", f"{criterion} = {value} is outside 0…{wanted[criterion]['max']}")


class ContestStore(StoreBase):
    # Contests ---------------------------------------------------------------------------------

    @staticmethod
    def _contest(row: dict[str, Any]) -> Contest:
        return Contest(id=row["id"], uid=row["uid"], name=row["name"], date=row["date"],
                       rules=json.loads(row["rules"]), rubric=json.loads(row["rubric"]),
                       awards=json.loads(row["awards"]), created_at=row["created_at"])

    def create_contest(self, name: str, date: str, rules: dict[str, Any], rubric: list[dict[str, Any]],
                       awards: Sequence[str] = (), uid: str | None = None) -> Contest:
        stamp = now_iso()
        with self._write() as db:
            if uid and self._rows("SELECT id FROM contests WHERE uid = ?", [uid]):
                raise ContestConflict("exists", uid)
            # A contest made here gets the secret its judges' codes come from; one opened from a file has none.
            cursor = db.execute(
                "INSERT INTO contests (uid, name, date, rules, rubric, awards, created_at, updated_at, secret) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [uid or uuid.uuid4().hex, name, date, json.dumps(rules), json.dumps(rubric, ensure_ascii=False),
                 json.dumps(list(awards), ensure_ascii=False), stamp, stamp, None if uid else secrets.token_hex(32)])
            contest_id = int(cursor.lastrowid or 0)
        return self.contest(contest_id)

    def contest(self, contest_id: int) -> Contest:
        return self._contest(self._one("contests", contest_id))

    def contest_secret(self, contest_id: int) -> str | None:
        """The secret judges' codes are derived from; None for a contest opened from another laptop's file."""
        secret = self._one("contests", contest_id).get("secret")
        return str(secret) if secret else None

    def contest_by_uid(self, uid: str) -> Contest | None:
        rows = self._rows("SELECT * FROM contests WHERE uid = ? AND deleted_at IS NULL", [uid])
        return self._contest(rows[0]) if rows else None

    def contests(self) -> list[Contest]:
        rows = self._rows("SELECT * FROM contests WHERE deleted_at IS NULL ORDER BY date DESC, id DESC")
        return [self._contest(row) for row in rows]

    def update_contest(self, contest_id: int, name: str | None = None, date: str | None = None,
                       rules: dict[str, Any] | None = None, rubric: list[dict[str, Any]] | None = None,
                       awards: Sequence[str] | None = None) -> Contest:
        """Change the set-up. The rubric is locked once a ballot exists (it would no longer fit)."""
        current = self.contest(contest_id)
        with self._write() as db:
            scoring = [(c["id"], c["max"]) for c in current.rubric]  # what a ballot scores; names may change
            if rubric is not None and [(c["id"], c["max"]) for c in rubric] != scoring and self.ballots(contest_id):
                raise ContestConflict("rubric_locked", current.name)
            db.execute(
                "UPDATE contests SET name = ?, date = ?, rules = ?, rubric = ?, awards = ?, updated_at = ? "
                "WHERE id = ?",
                [current.name if name is None else name, current.date if date is None else date,
                 json.dumps(current.rules if rules is None else rules),
                 json.dumps(current.rubric if rubric is None else rubric, ensure_ascii=False),
                 json.dumps(current.awards if awards is None else list(awards), ensure_ascii=False),
                 now_iso(), contest_id])
        return self.contest(contest_id)

    def delete_contest(self, contest_id: int) -> None:
        """Soft: the contest leaves the list; its ballots stay in the file."""
        with self._write() as db:
            db.execute("UPDATE contests SET deleted_at = ? WHERE id = ?", [now_iso(), contest_id])

    # Judges and contestants -------------------------------------------------------------------

    def _next_uid(self, table: str, contest_id: int, prefix: str) -> str:
        taken = {row["uid"] for row in self._rows(f"SELECT uid FROM {table} WHERE contest_id = ?", [contest_id])}
        number = len(taken) + 1
        while f"{prefix}{number}" in taken:
            number += 1
        return f"{prefix}{number}"

    def add_judge(self, contest_id: int, name: str, uid: str | None = None) -> Judge:
        with self._write() as db:
            position = len(self.judges(contest_id)) + 1
            cursor = db.execute(
                "INSERT INTO contest_judges (contest_id, uid, name, position) VALUES (?, ?, ?, ?)",
                [contest_id, uid or self._next_uid("contest_judges", contest_id, "J"), name, position])
            judge_id = int(cursor.lastrowid or 0)
        return Judge(**self._one("contest_judges", judge_id))

    def judges(self, contest_id: int) -> list[Judge]:
        rows = self._rows("SELECT * FROM contest_judges WHERE contest_id = ? ORDER BY position, id", [contest_id])
        return [Judge(**row) for row in rows]

    def rename_judge(self, judge_id: int, name: str) -> None:
        with self._write() as db:
            db.execute("UPDATE contest_judges SET name = ? WHERE id = ?", [name, judge_id])

    def remove_judge(self, judge_id: int) -> None:
        """Only a judge without ballots can go (`ContestConflict('has_ballots')` otherwise)."""
        judge = Judge(**self._one("contest_judges", judge_id))
        with self._write() as db:
            if self._rows("SELECT id FROM ballots WHERE contest_id = ? AND judge = ? LIMIT 1",
                          [judge.contest_id, judge.uid]):
                raise ContestConflict("has_ballots", judge.name)
            db.execute("DELETE FROM contest_votes WHERE contest_id = ? AND judge = ?", [judge.contest_id, judge.uid])
            db.execute("DELETE FROM contest_judges WHERE id = ?", [judge_id])

    def add_contestant(self, contest_id: int, name: str, title: str = "", speech_id: int | None = None,
                       uid: str | None = None, seconds: float | None = None) -> Contestant:
        with self._write() as db:
            position = len(self.contestants(contest_id)) + 1
            cursor = db.execute(
                "INSERT INTO contestants (contest_id, uid, name, title, position, speech_id, seconds) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [contest_id, uid or self._next_uid("contestants", contest_id, "C"), name, title, position,
                 speech_id, seconds])
            contestant_id = int(cursor.lastrowid or 0)
        return self.contestant(contestant_id)

    def contestant(self, contestant_id: int) -> Contestant:
        return Contestant(**self._one("contestants", contestant_id))

    def contestant_by_uid(self, contest_id: int, uid: str | None) -> Contestant | None:
        rows = self._rows("SELECT * FROM contestants WHERE contest_id = ? AND uid = ?", [contest_id, uid])
        return Contestant(**rows[0]) if rows else None

    def contestants(self, contest_id: int) -> list[Contestant]:
        rows = self._rows("SELECT * FROM contestants WHERE contest_id = ? ORDER BY position, id", [contest_id])
        return [Contestant(**row) for row in rows]

    def update_contestant(self, contestant_id: int, name: str | None = None, title: str | None = None,
                          speech_id: int | None | bool = False) -> Contestant:
        """`speech_id=None` unlinks the speech; leaving it out (False) keeps it."""
        current = self.contestant(contestant_id)
        with self._write() as db:
            db.execute("UPDATE contestants SET name = ?, title = ?, speech_id = ? WHERE id = ?",
                       [current.name if name is None else name, current.title if title is None else title,
                        current.speech_id if speech_id is False else speech_id, contestant_id])
        return self.contestant(contestant_id)

    def move_contestant(self, contestant_id: int, position: int) -> None:
        """Put a contestant at `position` (from 1) in the speaking order; the others close up."""
        current = self.contestant(contestant_id)
        order = [c.id for c in self.contestants(current.contest_id) if c.id != contestant_id]
        order.insert(max(0, min(position - 1, len(order))), contestant_id)
        with self._write() as db:
            for number, cid in enumerate(order, start=1):
                db.execute("UPDATE contestants SET position = ? WHERE id = ?", [number, cid])

    def remove_contestant(self, contestant_id: int) -> None:
        current = self.contestant(contestant_id)
        with self._write() as db:
            if self._rows("SELECT id FROM ballots WHERE contest_id = ? AND contestant = ? LIMIT 1",
                          [current.contest_id, current.uid]):
                raise ContestConflict("has_ballots", current.name)
            db.execute("DELETE FROM contest_votes WHERE contest_id = ? AND contestant = ?",
                       [current.contest_id, current.uid])
            db.execute("DELETE FROM contestants WHERE id = ?", [contestant_id])
            for number, other in enumerate(self.contestants(current.contest_id), start=1):
                db.execute("UPDATE contestants SET position = ? WHERE id = ?", [number, other.id])

    def set_time(self, contestant_id: int, seconds: float | None) -> Contestant:
        """The timekeeper's measured speaking time (None clears it)."""
        with self._write() as db:
            db.execute("UPDATE contestants SET seconds = ?, timed_at = ? WHERE id = ?",
                       [seconds, now_iso() if seconds is not None else None, contestant_id])
        return self.contestant(contestant_id)

    # Ballots and votes ------------------------------------------------------------------------

    @staticmethod
    def _ballot(row: dict[str, Any]) -> Ballot:
        return Ballot(**{**row, "scores": json.loads(row["scores"])})

    def ballots(self, contest_id: int, judge: str | None = None, contestant: str | None = None,
                latest: bool = False) -> list[Ballot]:
        """Ballot versions, oldest first; `latest` keeps only the highest version per judge and contestant."""
        sql = "SELECT * FROM ballots WHERE contest_id = ?"
        params: list[Any] = [contest_id]
        if judge is not None:
            sql += " AND judge = ?"
            params.append(judge)
        if contestant is not None:
            sql += " AND contestant = ?"
            params.append(contestant)
        if latest:
            sql += (" AND version = (SELECT MAX(version) FROM ballots b WHERE b.contest_id = ballots.contest_id"
                    " AND b.judge = ballots.judge AND b.contestant = ballots.contestant)")
        rows = self._rows(sql + " ORDER BY judge, contestant, version", params)
        return [self._ballot(row) for row in rows]

    def submit_ballot(self, contest_id: int, judge: str, contestant: str, scores: Mapping[str, float],
                      comment: str = "", source: str = "window", submitted_at: str | None = None) -> Ballot:
        """Store a ballot as the next version (1 for the first). Scores are checked against the rubric."""
        check_scores(self.contest(contest_id).rubric, scores)
        with self._write() as db:
            self._known(contest_id, judge, contestant)
            version = self._next_version(contest_id, judge, contestant)
            cursor = db.execute(
                "INSERT INTO ballots (contest_id, judge, contestant, version, scores, comment, submitted_at, source)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [contest_id, judge, contestant, version, json.dumps(dict(scores)), comment, submitted_at or now_iso(),
                 source])
            ballot_id = int(cursor.lastrowid or 0)
        return self._ballot(self._one("ballots", ballot_id))

    def _next_version(self, contest_id: int, judge: str, contestant: str) -> int:
        rows = self._rows("SELECT MAX(version) AS v FROM ballots WHERE contest_id = ? AND judge = ? AND contestant = ?",
                          [contest_id, judge, contestant])
        return int(rows[0]["v"] or 0) + 1

    def _known(self, contest_id: int, judge: str, contestant: str | None) -> None:
        if not self._rows("SELECT id FROM contest_judges WHERE contest_id = ? AND uid = ?", [contest_id, judge]):
            raise ContestConflict("bad_ballot", f"no judge {judge} in this contest")
        if contestant is not None and not self._rows(
                "SELECT id FROM contestants WHERE contest_id = ? AND uid = ?", [contest_id, contestant]):
            raise ContestConflict("bad_ballot", f"no contestant {contestant} in this contest")

    def set_vote(self, contest_id: int, judge: str, award: str, contestant: str | None) -> None:
        """A judge's vote for a category award (None withdraws it)."""
        with self._write() as db:
            self._known(contest_id, judge, contestant)
            db.execute("DELETE FROM contest_votes WHERE contest_id = ? AND judge = ? AND award = ?",
                       [contest_id, judge, award])
            if contestant is not None:
                db.execute("INSERT INTO contest_votes (contest_id, judge, award, contestant) VALUES (?, ?, ?, ?)",
                           [contest_id, judge, award, contestant])

    def votes(self, contest_id: int, judge: str | None = None) -> list[dict[str, str]]:
        rows = self._rows("SELECT judge, award, contestant FROM contest_votes WHERE contest_id = ?"
                          + (" AND judge = ?" if judge else "") + " ORDER BY judge, award",
                          [contest_id] + ([judge] if judge else []))
        return rows

    # Imported judges' files -------------------------------------------------------------------

    def imported(self, contest_id: int) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM contest_imports WHERE contest_id = ? ORDER BY id", [contest_id])

    def was_imported(self, contest_id: int, checksum: str) -> bool:
        return bool(self._rows("SELECT id FROM contest_imports WHERE contest_id = ? AND checksum = ?",
                               [contest_id, checksum]))

    def merge_ballots(self, contest_id: int, checksum: str, file_name: str, ballots: Sequence[dict[str, Any]],
                      votes: Sequence[dict[str, str]]) -> int:
        """Add a judges' file's ballots in one transaction; returns how many versions were new.

        A version already here with the same scores and comment is skipped; anything else becomes the
        next version of that ballot. The same file (by checksum) is refused the second time."""
        rubric = self.contest(contest_id).rubric
        added = 0
        with self._write() as db:
            if self._rows("SELECT id FROM contest_imports WHERE contest_id = ? AND checksum = ?",
                          [contest_id, checksum]):
                raise ContestConflict("already_imported", file_name)
            for ballot in sorted(ballots, key=lambda b: int(b.get("version", 1))):
                judge, contestant = ballot["judge"], ballot["contestant"]
                check_scores(rubric, ballot["scores"])
                self._known(contest_id, judge, contestant)
                here = self.ballots(contest_id, judge, contestant)
                if any(b.scores == ballot["scores"] and b.comment == ballot.get("comment", "") for b in here):
                    continue
                db.execute(
                    "INSERT INTO ballots (contest_id, judge, contestant, version, scores, comment, submitted_at,"
                    " source) VALUES (?, ?, ?, ?, ?, ?, ?, 'imported')",
                    [contest_id, judge, contestant, self._next_version(contest_id, judge, contestant),
                     json.dumps(ballot["scores"]), ballot.get("comment", ""),
                     ballot.get("submitted_at") or now_iso()])
                added += 1
            for vote in votes:
                self.set_vote(contest_id, vote["judge"], vote["award"], vote["contestant"])
            judges = sorted({b["judge"] for b in ballots} | {v["judge"] for v in votes})
            db.execute("INSERT INTO contest_imports (contest_id, checksum, file_name, judges, added, imported_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)",
                       [contest_id, checksum, file_name, ",".join(judges), added, now_iso()])
        return added
