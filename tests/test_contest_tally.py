"""Contest tally rules against examples worked out by hand, and the contest file's checks.

Rubric: three criteria of 10 points. Judges J1 and J2 count; T is the tie-breaker judge, whose ballot
only breaks ties. Time rules: disqualified under 4:30 (270 s) or over 7:30 (450 s).
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.contest.tally import ContestFileError, load, sealed, tally

ROOT = Path(__file__).resolve().parent.parent


def ballot(judge: str, contestant: str, total: int, version: int = 1) -> dict:
    """Scores that add up to `total` (out of 30)."""
    first = min(10, total)
    second = min(10, total - first)
    return {"judge": judge, "contestant": contestant, "version": version, "comment": "",
            "scores": {"content": first, "delivery": second, "language": total - first - second}}


def contest(method: str = "borda") -> dict:
    return {
        "format": "moksori-contest", "version": 1,
        "contest": {"id": "c-2026", "name": "Spring contest", "date": "2026-11-28"},
        "rules": {"min_seconds": 300, "max_seconds": 420, "dq_under": 270, "dq_over": 450, "method": method,
                  "borda_points": [3, 2, 1], "tie_breaker_judge": "T"},
        "rubric": [{"id": "content", "group": "Content", "max": 10}, {"id": "delivery", "group": "Delivery", "max": 10},
                   {"id": "language", "group": "Language", "max": 10}],
        "judges": [{"id": "J1", "name": "Judge 1"}, {"id": "J2", "name": "Judge 2"}, {"id": "T", "name": "Tie"}],
        "contestants": [{"id": c, "name": n, "seconds": s} for c, n, s in
                        [("A", "Ana", 360), ("B", "Bora", 380), ("C", "Chul", 330), ("D", "Dami", 455),
                         ("E", "Eun", 300)]],
        # J1: A 27, B 24, C 21, E 15 (D 29, but D is over time) → ranks A1 B2 C3 E4 → points A3 B2 C1 E0
        # J2: A 22, B 26, C 20, no ballot for E → ranks B1 A2 C3       → points B3 A2 C1
        # T:  B 25, A 23, E 21, C 20                                    → ranks B1 A2 E3 C4
        "ballots": [ballot("J1", "A", 27), ballot("J1", "B", 24), ballot("J1", "C", 21), ballot("J1", "E", 15),
                    ballot("J1", "D", 29), ballot("J2", "A", 22), ballot("J2", "B", 26), ballot("J2", "C", 20),
                    ballot("T", "B", 25), ballot("T", "A", 23), ballot("T", "E", 21), ballot("T", "C", 20)],
        "votes": [{"judge": "J1", "award": "Best Story", "contestant": "C"},
                  {"judge": "J2", "award": "Best Story", "contestant": "C"},
                  {"judge": "T", "award": "Best Story", "contestant": "A"},
                  {"judge": "J1", "award": "Bravest Speech", "contestant": "A"},
                  {"judge": "J2", "award": "Bravest Speech", "contestant": "B"}],
    }


def places(result) -> list[tuple[int, str, float]]:  # noqa: ANN001
    return [(p.place, p.contestant, p.score) for p in result.places]


def test_borda_with_a_tie_the_tie_breaker_decides_a_disqualification_and_a_missing_ballot() -> None:
    result = tally(contest())
    # A = 3 + 2 = 5, B = 2 + 3 = 5 (tied), C = 1 + 1 = 2, E = 0 + 0 (no ballot from J2) = 0
    assert places(result) == [(1, "B", 5), (2, "A", 5), (3, "C", 2), (4, "E", 0)]
    assert "tie-breaker judge ranked Bora 1" in result.places[0].reason
    assert "tie-breaker judge ranked Ana 2" in result.places[1].reason
    assert [(d["contestant"], d["reason"]) for d in result.disqualified] == [("D", "time over the limit")]
    assert result.missing_ballots == [("J2", "E")]
    assert result.awards == {"Best Story": ["C"], "Bravest Speech": ["A", "B"]}


def test_a_tie_the_tie_breaker_does_not_separate_is_a_shared_place() -> None:
    document = contest()
    document["ballots"] = [b for b in document["ballots"] if not (b["judge"] == "T" and b["contestant"] == "B")]
    document["ballots"].append(ballot("T", "B", 23))  # T now scores A and B equally (23)
    result = tally(document)
    assert places(result) == [(1, "A", 5), (1, "B", 5), (3, "C", 2), (4, "E", 0)]
    assert all("did not separate" in p.reason for p in result.places[:2])


def test_rank_sum() -> None:
    result = tally(contest("rank-sum"))
    # J1 ranks A1 B2 C3 E4; J2 ranks B1 A2 C3 and E (missing) gets J2's worst rank + 1 = 4
    # A = 1 + 2 = 3, B = 2 + 1 = 3 (tied: T ranks B first), C = 3 + 3 = 6, E = 4 + 4 = 8
    assert places(result) == [(1, "B", 3), (2, "A", 3), (3, "C", 6), (4, "E", 8)]


def test_a_corrected_ballot_counts_and_the_first_version_is_kept() -> None:
    document = contest()
    document["ballots"].append(ballot("J1", "A", 19, version=2))  # J1 corrects A: 27 → 19
    result = tally(document)
    # J1 now: B 24, C 21, A 19, E 15 → points B3 C2 A1 E0. With J2 (B3 A2 C1):
    # A = 1 + 2 = 3, B = 3 + 3 = 6, C = 2 + 1 = 3, E = 0. A and C tie; T ranks A 2nd and C 4th.
    assert places(result) == [(1, "B", 6), (2, "A", 3), (3, "C", 3), (4, "E", 0)]
    assert result.judge_totals["J1"]["A"] == 19
    assert sum(1 for b in document["ballots"] if (b["judge"], b["contestant"]) == ("J1", "A")) == 2


def test_the_file_is_checked_before_anything_is_used() -> None:
    good = json.dumps(sealed(contest()))
    assert load(good)["contest"]["name"] == "Spring contest"
    tampered = json.loads(good)
    tampered["ballots"][0]["scores"]["content"] = 9
    cases = {
        "tampered": json.dumps(tampered),
        "malformed": good[:-20],
        "wrong_format": json.dumps({"format": "something-else", "version": 1}),
    }
    out_of_range = contest()
    out_of_range["ballots"][0]["scores"]["content"] = 11
    cases["invalid"] = json.dumps(sealed(out_of_range))
    unknown = contest()
    unknown["ballots"].append(ballot("J9", "A", 20))
    unsealed = contest()  # no checksum at all: refused like a changed file, not let through
    for code, text in [*cases.items(), ("invalid", json.dumps(sealed(unknown))), ("tampered", json.dumps(unsealed))]:
        with pytest.raises(ContestFileError) as caught:
            load(text)
        assert caught.value.code == code


def test_contest_tally_command_recomputes_a_result_from_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "contest.json"
    path.write_text(json.dumps(sealed(contest())), encoding="utf-8")
    run = [sys.executable, "-m", "ui.shell.launcher", "contest", "tally", str(path)]
    as_json = subprocess.run([*run, "--format", "json"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert as_json.returncode == 0, as_json.stderr
    assert [(p["place"], p["contestant"]) for p in json.loads(as_json.stdout)["places"]] == [
        (1, "B"), (2, "A"), (3, "C"), (4, "E")]
    as_csv = subprocess.run([*run, "--format", "csv"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert as_csv.stdout.splitlines()[0] == "place,contestant,name,score,how"
    assert as_csv.stdout.splitlines()[1].startswith("1,B,Bora,5,")
    broken = copy.deepcopy(contest())
    broken["ballots"][0]["scores"]["content"] = 99
    path.write_text(json.dumps(sealed(broken)), encoding="utf-8")
    bad = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "out of range" in bad.stderr


def test_the_documented_example_is_a_valid_contest_file() -> None:
    import re

    text = (ROOT / "docs" / "CONTEST_FORMAT.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)\n```", text, re.S)
    assert example is not None
    assert load(example.group(1))["format"] == "moksori-contest"


def test_rules_are_one_typed_record_with_defaults_and_a_reason_when_unusable() -> None:
    from app.contest.rules import ContestRules

    old_file = ContestRules.from_dict({"min_seconds": 240, "dq_over": None, "method": 3, "borda_points": "3,2,1"})
    assert (old_file.min_seconds, old_file.dq_over, old_file.method, old_file.borda_points) == (240, 450, "borda",
                                                                                                (3, 2, 1))
    assert ContestRules.from_dict(ContestRules().to_dict()) == ContestRules()
    cases = {"min_max": {"min_seconds": 500}, "signals": {"amber": 200}, "dq": {"dq_under": 320},
             "method": {"method": "plurality"}, "points": {"borda_points": (1, 2, 3)}}
    for code, change in cases.items():
        assert ContestRules().with_(**change).problem() == code
    assert ContestRules().problem() == ""
    rules = ContestRules(min_seconds=60, max_seconds=600, green=60, amber=540, red=600, dq_under=30, dq_over=630)
    assert [rules.verdict(s) for s in (29, 59, 300, 601, 631)] == ["disqualified", "under", "within", "over",
                                                                    "disqualified"]
    assert [rules.signal_at(s) for s in (59, 60, 540, 600)] == ["idle", "green", "amber", "red"]
