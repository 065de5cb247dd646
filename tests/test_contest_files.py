"""Contest files from other laptops: forged judges' files and malformed files are refused, changing nothing.

The threat: files travel on USB sticks on a day with prizes at stake; a judge (or anyone holding her
file) may edit it. The organiser's laptop must accept a judge's ballots only as she sealed them.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.contest import exchange as contest_day
from app.contest.seal import seal
from app.contest.tally import ContestFileError, load, sealed
from models.store import SpeechStore
from tests.support import contest_day as day
from tests.test_contest_store import code_of, judge_laptop_file, organise, score

ROOT = Path(__file__).resolve().parent.parent


def state(store: SpeechStore, contest_id: int) -> tuple:
    return store.ballots(contest_id), store.votes(contest_id), store.imported(contest_id)


@pytest.fixture
def contest(store: SpeechStore, tmp_path: Path) -> tuple[int, str]:
    contest_id = organise(store)
    return contest_id, json.dumps(contest_day.document(store, contest_id), ensure_ascii=False)


def test_forged_judges_files_are_refused(store: SpeechStore, contest: tuple[int, str], tmp_path: Path) -> None:
    contest_id, organiser_file = contest
    sora_code, peter_code = code_of(store, contest_id, "Sora"), code_of(store, contest_id, "Peter")
    sora = json.loads(judge_laptop_file(tmp_path, organiser_file, "Sora", sora_code))
    before = state(store, contest_id)

    changed = copy.deepcopy(sora)
    changed["ballots"][0]["scores"]["expression"] = 0
    unsealed = {k: v for k, v in sora.items() if k != "seal"}
    wrong_code = seal({k: v for k, v in sora.items() if k != "seal"}, peter_code)
    cases = {
        "forged": sealed(changed),  # the scores changed and the checksum recomputed: anyone can do that
        "unsealed": sealed(unsealed),  # the seal removed
        "forged ": sealed(wrong_code),  # sealed with another judge's code
        "not_hers": json.loads(judge_laptop_file(tmp_path / "x", organiser_file, "Sora", sora_code,
                                                 also=("Mina", "Grace"))),
        "not_a_judge_file": json.loads(organiser_file),
    }
    (tmp_path / "x").mkdir(exist_ok=True)
    for code, document in cases.items():
        with pytest.raises(ContestFileError) as refused:
            contest_day.import_ballots(store, contest_id, json.dumps(document), "file.json")
        assert refused.value.code == code.strip(), (code, refused.value.detail)
    assert state(store, contest_id) == before
    preview = contest_day.preview_import(store, contest_id, json.dumps(sora))
    assert (len(preview.new_ballots), preview.unchanged) == (8, 0) and state(store, contest_id) == before
    assert contest_day.import_ballots(store, contest_id, json.dumps(sora), "sora.json").added == 8


def test_a_judge_who_scored_on_the_organisers_laptop_is_not_overwritten_unasked(
        store: SpeechStore, contest: tuple[int, str], tmp_path: Path) -> None:
    contest_id, organiser_file = contest
    score(store, contest_id, "Sora")  # she scored here first
    sora = judge_laptop_file(tmp_path, organiser_file, "Sora", code_of(store, contest_id, "Sora"))
    before = state(store, contest_id)
    with pytest.raises(ContestFileError) as refused:
        contest_day.import_ballots(store, contest_id, sora, "sora.json")
    assert refused.value.code == "local_ballots" and state(store, contest_id) == before
    contest_day.import_ballots(store, contest_id, sora, "sora.json", replace_local=True)
    assert len(store.ballots(contest_id)) == len(before[0])  # the same scores: no new versions needed


def test_a_judges_laptop_cannot_check_judges_files(store: SpeechStore, contest: tuple[int, str],
                                                   tmp_path: Path) -> None:
    contest_id, organiser_file = contest
    sora = judge_laptop_file(tmp_path, organiser_file, "Sora", code_of(store, contest_id, "Sora"))
    laptop = SpeechStore.open(tmp_path / "peter.sqlite3")
    opened = contest_day.open_contest_file(laptop, organiser_file)
    with pytest.raises(ContestFileError) as refused:
        contest_day.import_ballots(laptop, opened.id, sora, "sora.json")
    assert refused.value.code == "not_organiser"
    assert contest_day.judge_codes(laptop, opened.id) == {}
    laptop.close()


def _set(path: str, value: Any) -> Callable[[dict], None]:
    def change(document: dict) -> None:
        *parents, last = path.split(".")
        node: Any = document
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return change


MUTATIONS: dict[str, Callable[[dict], None]] = {
    "rules is text": _set("rules", "x"),
    "ballots is text": _set("ballots", "x"),
    "judges are numbers": _set("judges", [1, 2]),
    "contest is null": _set("contest", None),
    "dq_under is text": _set("rules.dq_under", "a"),
    "seconds is text": _set("contestants.0.seconds", "abc"),
    "version is text": _set("version", "abc"),
    "version 2": _set("version", 2),
    "score is true": _set("ballots.0.scores.content", True),
    "score is negative": _set("ballots.0.scores.content", -1),
    "score over the maximum": _set("ballots.0.scores.content", 11),
    "unknown method": _set("rules.method", "plurality"),
    "unknown tie-breaker": _set("rules.tie_breaker_judge", "J99"),
    "empty borda points": _set("rules.borda_points", []),
    "borda points are text": _set("rules.borda_points", ["3", "2"]),
    "duplicate contestant ids": lambda d: d["contestants"].append(dict(d["contestants"][0])),
    "duplicate judge ids": lambda d: d["judges"].append(dict(d["judges"][0])),
    "duplicate criterion ids": lambda d: d["rubric"].append(dict(d["rubric"][0])),
    "rubric empty": _set("rubric", []),
    "criterion max 0": _set("rubric.0.max", 0),
    "criterion max text": _set("rubric.0.max", "ten"),
    "ballot for an unknown judge": _set("ballots.0.judge", "J99"),
    "ballot for an unknown speaker": _set("ballots.0.contestant", "C99"),
    "ballot missing a criterion": lambda d: d["ballots"][0]["scores"].pop("content"),
    "ballot scores a list": _set("ballots.0.scores", [1, 2]),
    "vote by an unknown judge": lambda d: d.setdefault("votes", []).append(
        {"judge": "J99", "award": "Best Story", "contestant": d["contestants"][0]["id"]}),
    "contestant order text": _set("contestants.0.order", "first"),
    "judge id empty": _set("judges.0.id", ""),
    "awards not text": _set("awards", [1]),
    "format other": _set("format", "other"),
    "no ballots key": lambda d: d.pop("ballots"),
}
RAW = {
    "score 10**400": lambda text: re.sub(r'"content": \d+', '"content": 1' + "0" * 400, text, count=1),
    "NaN score": lambda text: re.sub(r'"content": \d+', '"content": NaN', text, count=1),
    "Infinity seconds": lambda text: re.sub(r'"dq_under": \d+', '"dq_under": Infinity', text, count=1),
    "100,000 nested brackets": lambda _text: "[" * 100_000 + "]" * 100_000,
    "truncated": lambda text: text[: len(text) // 2],
    "not JSON": lambda _text: "these are notes, not a contest",
    "checksum removed": lambda text: json.dumps({k: v for k, v in json.loads(text).items() if k != "checksum"}),
    "6 MB": lambda text: text[:-1] + ', "padding": "' + "x" * 6_000_000 + '"}',
}


@pytest.fixture
def scored_file(store: SpeechStore, contest: tuple[int, str]) -> str:
    contest_id, _ = contest
    for name in day.JUDGES:
        score(store, contest_id, name)
    text = json.dumps(contest_day.document(store, contest_id), ensure_ascii=False, indent=1)
    assert re.search(r'"content": \d+', text) and re.search(r'"dq_under": \d+', text)  # the raw cases edit these
    return text


def malformed(scored_file: str) -> dict[str, str]:
    files = {}
    for name, change in MUTATIONS.items():
        document = json.loads(scored_file)
        change(document)
        files[name] = json.dumps(sealed({k: v for k, v in document.items() if k != "checksum"}))
    files.update({name: change(scored_file) for name, change in RAW.items()})
    return files


def test_every_malformed_contest_file_is_refused_with_a_reason(scored_file: str) -> None:
    load(scored_file)  # the unchanged file is fine
    files = malformed(scored_file)
    assert len(files) >= 38
    for name, text in files.items():
        with pytest.raises(ContestFileError) as refused:
            load(text)
        assert refused.value.detail and len(refused.value.detail) < 300, name


@pytest.mark.slow
def test_the_command_line_refuses_malformed_files_in_one_line(scored_file: str, store: SpeechStore,
                                                              contest: tuple[int, str], tmp_path: Path) -> None:
    files = malformed(scored_file)
    chosen = ["rules is text", "contest is null", "score is true", "unknown method", "duplicate contestant ids",
              "score 10**400", "100,000 nested brackets", "checksum removed"]
    store.close()
    paths = []
    for index, name in enumerate(chosen):
        path = tmp_path / f"bad{index}.json"
        path.write_text(files[name], encoding="utf-8")
        paths.append(path)
    for path in paths[:4]:
        result = subprocess.run([sys.executable, "-m", "ui.shell.launcher", "contest", "tally", str(path)], cwd=ROOT,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 1 and result.stdout == "", (path, result.stderr)
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("moksori: "), result.stderr
    imported = subprocess.run([sys.executable, "-m", "ui.shell.launcher", "contest", "import", str(contest[0]),
                               *map(str, paths)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert imported.returncode == 1 and "Traceback" not in imported.stderr
    assert imported.stderr.count("\n") == len(paths) and imported.stdout == "", imported.stderr
