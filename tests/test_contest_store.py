"""Contests in the real SQLite file: set-up, ballots that never change, judges' files from other laptops.

The worked example is in tests/support/contest_day.py; the judges' laptops are second data files.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.contest import exchange as contest_day
from app.contest.presets import awards, rubric
from app.contest.seal import seal
from app.contest.tally import DEFAULT_RULES, ContestFileError, sealed
from models import database
from models.store import SpeechStore
from models.store_contest import ContestConflict
from tests.support import contest_day as day

ROOT = Path(__file__).resolve().parent.parent


def organise(store: SpeechStore) -> int:
    contest = store.create_contest("Spring contest", "2026-11-28", dict(DEFAULT_RULES), rubric("learners"),
                                   awards("en"))
    for name in day.JUDGES:
        store.add_judge(contest.id, name)
    judges = {j.name: j.uid for j in store.judges(contest.id)}
    store.update_contest(contest.id, rules={**contest.rules, "tie_breaker_judge": judges[day.TIE_BREAKER]})
    for name, title, _seconds in day.CONTESTANTS:
        store.add_contestant(contest.id, name, title)
    return contest.id


def score(store: SpeechStore, contest_id: int, judge_name: str, source: str = "window") -> None:
    judge = next(j.uid for j in store.judges(contest_id) if j.name == judge_name)
    for person, total in zip(store.contestants(contest_id), day.TOTALS[judge_name], strict=True):
        store.submit_ballot(contest_id, judge, person.uid, day.split(total), source=source)
    if judge_name in day.BEST_STORY:
        winner = next(c.uid for c in store.contestants(contest_id) if c.name == day.BEST_STORY[judge_name])
        store.set_vote(contest_id, judge, "Best Story", winner)


def code_of(store: SpeechStore, contest_id: int, judge_name: str) -> str:
    """The code the organiser gives this judge (from the organiser's laptop)."""
    uid = next(j.uid for j in store.judges(contest_id) if j.name == judge_name)
    return contest_day.judge_codes(store, contest_id)[uid]


def judge_laptop_file(tmp_path: Path, contest_file: str, judge_name: str, code: str,
                      also: tuple[str, ...] = ()) -> str:
    """A judge opens the organiser's file on her own laptop, scores, and exports her ballots sealed with her
    code. `also`: other judges scored on her laptop too (a forger), and their ballots go into her file."""
    laptop = SpeechStore.open(tmp_path / f"{judge_name}.sqlite3")
    try:
        contest = contest_day.open_contest_file(laptop, contest_file)
        score(laptop, contest.id, judge_name)
        for other in also:
            score(laptop, contest.id, other)
        uid = next(j.uid for j in laptop.judges(contest.id) if j.name == judge_name)
        document = contest_day.document(laptop, contest.id, judge=uid, code=code)
        if also:  # her export holds only her ballots; the forger adds the others' and seals it again
            everyone = contest_day.document(laptop, contest.id)
            document = seal({**document, "ballots": everyone["ballots"], "votes": everyone["votes"]},
                                        code)
            document = sealed(document)
        return json.dumps(document, ensure_ascii=False)
    finally:
        laptop.close()


def test_a_contest_day_with_two_judges_on_their_own_laptops(store: SpeechStore, tmp_path: Path) -> None:
    contest_id = organise(store)
    for person, (_name, _title, seconds) in zip(store.contestants(contest_id), day.CONTESTANTS, strict=True):
        store.set_time(person.id, seconds)
    organiser_file = json.dumps(contest_day.document(store, contest_id), ensure_ascii=False)
    files = {name: judge_laptop_file(tmp_path, organiser_file, name, code_of(store, contest_id, name))
             for name in day.ON_OWN_LAPTOPS}
    for name in day.JUDGES:
        if name not in day.ON_OWN_LAPTOPS:
            score(store, contest_id, name, source="paper" if name == "Daniel" else "window")
    for name, text in files.items():
        report = contest_day.import_ballots(store, contest_id, text, f"{name}.json")
        assert report.added == 8
    result = contest_day.results(store, contest_id)
    assert [(p.place, p.name, p.score) for p in result.places] == day.EXPECTED_PLACES
    seoyeon, jiho = result.places[2], result.places[3]
    assert seoyeon.rule == jiho.rule == "tie_breaker" and seoyeon.breaker_rank == 3
    assert [d["name"] for d in result.disqualified] == ["Hana"]
    names = {c.uid: c.name for c in store.contestants(contest_id)}
    assert [names[w] for w in result.awards["Best Story"]] == ["Jiho"]
    assert {b.source for b in store.ballots(contest_id)} == {"window", "paper", "imported"}

    # The same tally from the exported file alone, by the command anyone can run.
    path = tmp_path / "results.json"
    path.write_text(json.dumps(contest_day.document(store, contest_id)), encoding="utf-8")
    shown = subprocess.run([sys.executable, "-m", "ui.shell.launcher", "contest", "tally", str(path),
                            "--format", "json"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert [(p["place"], p["name"]) for p in json.loads(shown.stdout)["places"]] == [
        (place, name) for place, name, _ in day.EXPECTED_PLACES]


def test_ballots_never_change_a_correction_is_a_new_version(store: SpeechStore) -> None:
    contest_id = organise(store)
    judge, person = store.judges(contest_id)[0].uid, store.contestants(contest_id)[0].uid
    first = store.submit_ballot(contest_id, judge, person, day.split(20), "good start")
    with pytest.raises(database.sql.IntegrityError, match="cannot be changed"):
        store.db.execute("UPDATE ballots SET scores = '{}' WHERE id = ?", [first.id])
    with pytest.raises(database.sql.IntegrityError, match="cannot be deleted"):
        store.db.execute("DELETE FROM ballots WHERE id = ?", [first.id])
    store.db.conn.rollback()
    second = store.submit_ballot(contest_id, judge, person, day.split(24), "recounted")
    assert (first.version, second.version) == (1, 2)
    assert [b.total for b in store.ballots(contest_id, judge, person)] == [20, 24]
    assert [b.total for b in store.ballots(contest_id, latest=True)] == [24]
    with pytest.raises(ContestConflict) as missing:
        store.submit_ballot(contest_id, judge, person, {"pronunciation": 5, "content": 5})
    assert missing.value.code == "bad_ballot" and "Expression" in missing.value.detail
    with pytest.raises(ContestConflict):
        store.submit_ballot(contest_id, judge, person, {**day.split(20), "content": 11})
    with pytest.raises(ContestConflict) as locked:
        store.update_contest(contest_id, rubric=rubric("classic"))
    assert locked.value.code == "rubric_locked"
    with pytest.raises(ContestConflict) as busy:
        store.remove_judge(store.judges(contest_id)[0].id)
    assert busy.value.code == "has_ballots"
    assert len(store.ballots(contest_id)) == 2


def test_every_bad_judges_file_is_refused_and_changes_nothing(store: SpeechStore, tmp_path: Path) -> None:
    contest_id = organise(store)
    organiser_file = json.dumps(contest_day.document(store, contest_id))
    sora = judge_laptop_file(tmp_path, organiser_file, "Sora", code_of(store, contest_id, "Sora"))
    assert contest_day.import_ballots(store, contest_id, sora, "sora.json").added == 8
    before = (store.ballots(contest_id), store.votes(contest_id), store.imported(contest_id))

    other = store.create_contest("Autumn contest", "2026-10-01", dict(DEFAULT_RULES), rubric("learners"))
    tampered = json.loads(sora)
    tampered["ballots"][0]["scores"]["expression"] = 10  # it was 9
    invalid = json.loads(sora)
    invalid["ballots"][0]["judge"] = "J9"
    cases = {
        "already_imported": sora,
        "other_contest": json.dumps(contest_day.document(store, other.id)),
        "tampered": json.dumps(tampered),
        "malformed": sora[: len(sora) // 2],
        "wrong_format": json.dumps({"format": "something else"}),
        "invalid": json.dumps(sealed(invalid)),
    }
    for code, text in cases.items():
        with pytest.raises(ContestFileError) as refused:
            contest_day.import_ballots(store, contest_id, text, "file.json")
        assert refused.value.code == code, (code, refused.value.detail)
    assert (store.ballots(contest_id), store.votes(contest_id), store.imported(contest_id)) == before


def test_contest_results_command_reads_the_data_folder(store: SpeechStore) -> None:
    contest_id = organise(store)
    for person, (_name, _title, seconds) in zip(store.contestants(contest_id), day.CONTESTANTS, strict=True):
        store.set_time(person.id, seconds)
    for name in day.JUDGES:
        score(store, contest_id, name)
    run = [sys.executable, "-m", "ui.shell.launcher", "contest"]
    listed = subprocess.run([*run, "list"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert listed.stdout.split("\t")[0] == str(contest_id)
    shown = subprocess.run([*run, "results", "Spring contest", "--format", "csv"], cwd=ROOT, capture_output=True,
                           text=True, timeout=60)
    lines = shown.stdout.splitlines()
    assert lines[1].startswith("1,C2,Minji,9,") and lines[3].startswith("3,C4,Seoyeon,3,")
    assert "tie-breaker judge ranked Seoyeon 3" in lines[3]
    assert any(line.startswith("DQ,C5,Hana") for line in lines)
    missing = subprocess.run([*run, "results", "Winter"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and "no contest" in missing.stderr
