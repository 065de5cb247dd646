"""The sound check on a speech written after its margins were chosen (not one of pronunciation_bench's sets):
21 words said with one of the five swaps the issue names (r→l, f→p, v→b, th→s, z→j), read by the offline voice
with its natural variation, N times (default 3), each time also read cleanly.

Run:  .venv/bin/python benchmarks/fresh_speech_bench.py [N]        (about a minute a reading on 2 cores)
Prints swaps pointed at (as a sound swap or a changed word), by kind, and the marks on the clean readings per
100 words. Figures in docs/PERFORMANCE.md ("The reference for every swap").
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

SPEECH = ["Every morning my grandmother cooked rice over a small fire.",
          "Our village was famous for its cold rivers and green valleys.",
          "I still remember the view from the roof of our house.",
          "My father believed that education would give us freedom.",
          "When the soldiers came, we had to leave without a word.",
          "We travelled through the forest for three long nights.",
          "Today I thank everyone who helped me reach this country.",
          "I want to become a teacher and serve my community with love."]
SWAPS = {0: {"morning": "r>l", "rice": "r>l", "fire": "f>p"},
         1: {"village": "v>b", "famous": "f>p", "valleys": "v>b", "rivers": "z>j"},
         2: {"remember": "r>l", "view": "v>b", "roof": "f>p"},
         3: {"father": "f>p", "believed": "v>b", "freedom": "f>p"},
         4: {"leave": "v>b"}, 5: {"travelled": "v>b", "through": "th>s", "forest": "f>p"},
         6: {"thank": "th>s", "country": "r>l"}, 7: {"serve": "v>b", "love": "v>b"}}


def main() -> None:
    import pronunciation_bench as pb

    from app.practice import reference
    from app.practice.transcription import Transcriber, all_threads
    from tests.support.speech import with_swaps

    readings = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    transcriber = Transcriber("base", threads=all_threads())
    transcriber.load()
    reference.warm(SPEECH)  # as the studio does when it opens
    found = total = marks = words = 0
    by_kind: dict[str, list[int]] = {}
    missed: list[str] = []
    clean_marks: list[str] = []
    for _reading in range(readings):
        clean, _plain, _times = pb.judge(transcriber, pb.render(SPEECH, True), SPEECH)
        words += clean.script_words
        clean_marks += pb.marks(clean)
        swapped = [with_swaps(s, SWAPS.get(i, {})) for i, s in enumerate(SPEECH)]
        report, _plain, _times = pb.judge(transcriber, pb.render(swapped, True), SPEECH)
        sentence_of = {w: f.index for f in report.sentences for w in range(f.first_word, f.first_word + f.words)}
        pointed = {(sentence_of.get(s.script_index), s.word) for s in report.sound_swaps}
        pointed |= {(sentence_of.get(s.script_index), s.expected) for s in report.substituted}
        for i, kinds in SWAPS.items():
            for word, kind in kinds.items():
                hit = (i, word) in pointed
                total += 1
                found += hit
                by_kind.setdefault(kind, [0, 0])
                by_kind[kind][0] += hit
                by_kind[kind][1] += 1
                if not hit:
                    missed.append(word)
    marks = len(clean_marks)
    print(f"swaps pointed at: {found} of {total} ({100 * found / total:.1f} %)")
    print("by kind:", {k: f"{a}/{b}" for k, (a, b) in sorted(by_kind.items())})
    print("missed:", missed)
    print(f"clean readings: {marks} marks in {words} words ({100 * marks / max(1, words):.2f} per 100): {clean_marks}")


if __name__ == "__main__":
    main()
