"""Contest-day figures on a large contest: 40 speakers, 9 judges (one a tie-breaker), every ballot
corrected once (720 stored versions): submitting, the tally, a judge's file imported, the results page
shown (a GUI-thread stall), and the results and blank ballots written as PDF.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/contest_bench.py
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.contest import exchange as contest_day  # noqa: E402
from app.contest.presets import awards, rubric  # noqa: E402
from app.contest.tally import DEFAULT_RULES  # noqa: E402
from app.workspace import Workspace  # noqa: E402
from models.store import SpeechStore  # noqa: E402

SPEAKERS, JUDGES = 40, 9


def scores(rng: random.Random, criteria: list[dict]) -> dict[str, int]:
    return {c["id"]: rng.randint(0, int(c["max"])) for c in criteria}


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from ui.contest.window import ContestWindow

    rng = random.Random(7)
    folder = Path(tempfile.mkdtemp(prefix="moksori-contest-bench-"))
    store = SpeechStore.open(folder / "moksori.sqlite3")
    criteria = rubric("classic")
    contest = store.create_contest("Bench", "2026-11-28", {**DEFAULT_RULES, "tie_breaker_judge": f"J{JUDGES}"},
                                   criteria, awards())
    for j in range(JUDGES):
        store.add_judge(contest.id, f"Judge {j + 1}")
    for s in range(SPEAKERS):
        person = store.add_contestant(contest.id, f"Speaker {s + 1}", f"Title {s + 1}")
        store.set_time(person.id, rng.uniform(280, 440))
    people = store.contestants(contest.id)
    submit_times = []
    for judge in store.judges(contest.id)[:-1]:
        for person in people:
            for _version in range(2):
                t = time.perf_counter()
                store.submit_ballot(contest.id, judge.uid, person.uid, scores(rng, criteria))
                submit_times.append(time.perf_counter() - t)
    # The last judge scores on "her laptop" and her file is imported.
    laptop = SpeechStore.open(folder / "laptop.sqlite3")
    theirs = contest_day.open_contest_file(laptop, json.dumps(contest_day.document(store, contest.id)))
    for person in laptop.contestants(theirs.id):
        laptop.submit_ballot(theirs.id, f"J{JUDGES}", person.uid, scores(rng, criteria))
    code = contest_day.judge_codes(store, contest.id)[f"J{JUDGES}"]  # given by the organiser
    t = time.perf_counter()
    judge_file = json.dumps(contest_day.document(laptop, theirs.id, judge=f"J{JUDGES}", code=code))
    seal_s = time.perf_counter() - t
    t = time.perf_counter()
    report = contest_day.import_ballots(store, contest.id, judge_file, "judge.json")
    import_s = time.perf_counter() - t
    t = time.perf_counter()
    result = contest_day.results(store, contest.id)
    tally_s = time.perf_counter() - t

    window = ContestWindow(Workspace(store))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    t = time.perf_counter()
    window.tabs.setCurrentWidget(window.results)  # computes and lays out the page on the GUI thread
    app.processEvents()
    results_page_s = time.perf_counter() - t
    t = time.perf_counter()
    window.save_results_pdf(folder / "results.pdf")
    results_pdf_s = time.perf_counter() - t
    t = time.perf_counter()
    window.save_ballots_pdf(folder / "ballots.pdf")
    ballots_pdf_s = time.perf_counter() - t

    print(f"speakers {SPEAKERS}, judges {JUDGES}, stored ballot versions {len(store.ballots(contest.id))}")
    print(f"submit a ballot: median {statistics.median(submit_times) * 1000:.1f} ms, "
          f"max {max(submit_times) * 1000:.1f} ms")
    print(f"import a judge's file ({report.added} ballots): {import_s * 1000:.0f} ms")
    print(f"seal a judge's file (scrypt key from her code, HMAC): {seal_s * 1000:.0f} ms")
    print(f"tally: {tally_s * 1000:.0f} ms ({len(result.places)} places, {len(result.disqualified)} disqualified)")
    print(f"results page shown (GUI thread): {results_page_s * 1000:.0f} ms")
    print(f"results PDF: {results_pdf_s * 1000:.0f} ms, {(folder / 'results.pdf').stat().st_size // 1024} KiB")
    print(f"blank ballots PDF ({JUDGES} pages+): {ballots_pdf_s * 1000:.0f} ms, "
          f"{(folder / 'ballots.pdf').stat().st_size // 1024} KiB")
    window.close()
    store.close()
    laptop.close()


if __name__ == "__main__":
    main()
