"""A contest in the store as a contest file, and contest files back into the store.

The organiser's laptop exports the whole contest (`contest_file`); a judge's laptop opens it
(`open_contest_file`), scores, and exports that judge's ballots (`contest_file(..., judge=uid)`); the
organiser merges them (`import_ballots`). All files are the one format of app/contest.py. Every refusal
raises `ContestFileError` with a code the window turns into a message, and changes nothing.
Scripts of linked speeches never leave the device: files carry display names, titles and times only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.contest.seal import check_judge_file, judge_code, normalise_code, seal
from app.contest.tally import FORMAT, VERSION, ContestFileError, Tally, checksum, load, sealed, tally
from models.records import Contest, now_iso
from models.store import SpeechStore
from models.store_contest import ContestConflict


def document(store: SpeechStore, contest_id: int, judge: str | None = None, code: str = "") -> dict[str, Any]:
    """The contest as a `moksori-contest` document with its checksum; with `judge`, only that judge's ballots
    and votes, sealed with her `code` (required: the organiser refuses an unsealed judge's file)."""
    contest = store.contest(contest_id)
    judges = store.judges(contest_id)
    body: dict[str, Any] = {
        "format": FORMAT, "version": VERSION,
        "contest": {"id": contest.uid, "name": contest.name, "date": contest.date},
        "rules": contest.rules,
        "rubric": contest.rubric,
        "awards": contest.awards,
        "judges": [{"id": j.uid, "name": j.name} for j in judges],
        "contestants": [{"id": c.uid, "name": c.name, "title": c.title, "order": c.position,
                         **({"seconds": c.seconds} if c.seconds is not None else {})}
                        for c in store.contestants(contest_id)],
        "ballots": [{"judge": b.judge, "contestant": b.contestant, "version": b.version, "scores": b.scores,
                     "comment": b.comment, "submitted_at": b.submitted_at, "source": b.source}
                    for b in store.ballots(contest_id, judge=judge)],
        "votes": store.votes(contest_id, judge=judge),
        "exported_at": now_iso(),
    }
    if judge is None:
        return sealed(body)
    body["judge"] = judge
    return sealed(seal(body, normalise_code(code)))


def judge_codes(store: SpeechStore, contest_id: int) -> dict[str, str]:
    """Judge id → her code, on the organiser's laptop (empty on a laptop that opened the contest from a file)."""
    secret = store.contest_secret(contest_id)
    if not secret:
        return {}
    uid = store.contest(contest_id).uid
    return {j.uid: judge_code(secret, uid, j.uid) for j in store.judges(contest_id)}


def file_text(store: SpeechStore, contest_id: int, judge: str | None = None, code: str = "") -> str:
    """The contest file's text, as written to disk (UTF-8 JSON, Korean kept readable)."""
    return json.dumps(document(store, contest_id, judge, code), ensure_ascii=False, indent=1)


def results(store: SpeechStore, contest_id: int) -> Tally:
    return tally(document(store, contest_id))


def open_contest_file(store: SpeechStore, text: str) -> Contest:
    """A contest file from another laptop becomes a contest on this one (the same contest id)."""
    data = load(text)
    if data.get("judge"):
        raise ContestFileError("not_whole", "this is one judge's ballots; open the organiser's contest file")
    info = data["contest"]
    if store.contest_by_uid(str(info.get("id", ""))) is not None:
        raise ContestFileError("exists", f"the contest “{info.get('name', '')}” is already on this device")
    try:
        with store.transaction():
            contest = store.create_contest(str(info.get("name", "")), str(info.get("date", "")), data["rules"],
                                           data["rubric"], data.get("awards", []), uid=str(info["id"]))
            for judge in data["judges"]:
                store.add_judge(contest.id, judge.get("name", judge["id"]), uid=judge["id"])
            for person in sorted(data["contestants"], key=lambda c: c.get("order", 0)):
                store.add_contestant(contest.id, person.get("name", person["id"]), person.get("title", ""),
                                     uid=person["id"], seconds=person.get("seconds"))
            store.merge_ballots(contest.id, checksum(data), "", data["ballots"], data.get("votes", []))
    except ContestConflict as error:
        if error.code == "exists":  # a deleted contest keeps its id
            raise ContestFileError("exists", f"the contest “{info.get('name', '')}” was on this device") from error
        raise ContestFileError("invalid", error.detail) from error
    return contest


@dataclass(frozen=True)
class ImportReport:
    added: int  # new ballot versions
    judges: list[str]  # judge uids the file held ballots or votes of


@dataclass(frozen=True)
class ImportPreview:
    """What importing a judge's file would change, before anything is written."""

    judge: str
    new_ballots: list[str]  # contestant uids whose ballot would get a new version
    unchanged: int  # ballots already here with the same scores and comment
    votes: int


def _checked_judge_file(store: SpeechStore, contest_id: int, text: str,
                        replace_local: bool) -> tuple[dict[str, Any], str]:
    data = load(text)
    contest = store.contest(contest_id)
    if data["contest"].get("id") != contest.uid:
        raise ContestFileError("other_contest", f"the file is for “{data['contest'].get('name', '')}”")
    judge = check_judge_file(data, store.contest_secret(contest_id))
    if not replace_local and data["ballots"]:
        local = [b for b in store.ballots(contest_id, judge=judge) if b.source in ("window", "paper")]
        if local:
            raise ContestFileError("local_ballots", judge)
    if store.was_imported(contest_id, data["checksum"]):
        raise ContestFileError("already_imported", "this file was imported before")
    return data, judge


def preview_import(store: SpeechStore, contest_id: int, text: str, replace_local: bool = False) -> ImportPreview:
    """Every check of `import_ballots`, and what it would add; writes nothing."""
    data, judge = _checked_judge_file(store, contest_id, text, replace_local)
    new, unchanged = [], 0
    for ballot in data["ballots"]:
        here = store.ballots(contest_id, judge, ballot["contestant"])
        if any(b.scores == ballot["scores"] and b.comment == ballot.get("comment", "") for b in here):
            unchanged += 1
        else:
            new.append(ballot["contestant"])
    return ImportPreview(judge, new, unchanged, len(data.get("votes", [])))


def import_ballots(store: SpeechStore, contest_id: int, text: str, file_name: str,
                   replace_local: bool = False) -> ImportReport:
    """Merge one judge's sealed file into this contest (the organiser's laptop), all or nothing.

    Refused (`ContestFileError`, nothing changed): any fault `load` finds, another contest, no seal or a
    wrong one, ballots of another judge, the same file twice. A judge who already scored on this laptop
    (in the window or from paper) is not overwritten unless `replace_local` (the organiser confirmed):
    until then `local_ballots` is raised, naming her."""
    data, judge = _checked_judge_file(store, contest_id, text, replace_local)
    try:  # the store checks every ballot against this contest's judges, speakers and rubric
        added = store.merge_ballots(contest_id, data["checksum"], file_name, data["ballots"], data.get("votes", []))
    except ContestConflict as error:
        if error.code == "already_imported":
            raise ContestFileError("already_imported", "this file was imported before") from error
        raise ContestFileError("invalid", error.detail) from error
    return ImportReport(added, [judge])
