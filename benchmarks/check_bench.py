"""Draft-checking figures: Harper's start-up, a whole 1,000-word speech, one edited row.

Run:  .venv/bin/python benchmarks/check_bench.py
The speech is benchmarks/speech_text.txt (learner errors added to a few lines), repeated to 1,000 words.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.drafting.grammar import HarperEngine, check_lines  # noqa: E402


def main() -> None:
    lines = [line for line in (ROOT / "benchmarks" / "speech_text.txt").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    lines[3] = lines[3].replace("sold", "sell").replace("worked", "work")
    lines[16] = "At first English feel like a wall, and every word were a stone that I have to lift."
    speech: list[str] = []
    while sum(len(line.split()) for line in speech) < 1000:
        missing = 1000 - sum(len(x.split()) for x in speech)
        speech += [f"{line} ({len(speech)})" for line in lines][: 1 + missing // 12]
    words = sum(len(line.split()) for line in speech)
    started = time.perf_counter()
    engine = HarperEngine()
    ready = time.perf_counter()
    check_lines(["Warm up."], engine)
    warmed = time.perf_counter()
    issues = check_lines(speech, engine)
    whole = time.perf_counter() - warmed
    rows = []
    for number, line in enumerate(speech[:60]):
        edited = f"{line} We said it {number} times."  # new text: nothing cached
        t = time.perf_counter()
        check_lines([edited], engine)
        rows.append((time.perf_counter() - t) * 1000)
    print(f"Harper start-up: {ready - started:.2f} s (first check after it: {(warmed - ready) * 1000:.0f} ms)")
    print(f"whole speech: {words} words, {len(speech)} rows, {len(issues)} issues in {whole:.2f} s")
    print(f"one row: median {statistics.median(rows):.1f} ms, max {max(rows):.1f} ms")


if __name__ == "__main__":
    main()
