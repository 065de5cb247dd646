"""Time to first audio when a sentence is read aloud: the voice's load, then each new sentence's synthesis.

Run:  .venv/bin/python benchmarks/listen_bench.py
(Playback starts as soon as the WAV exists; cached sentences start at once.)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.drafting.voice import cached_wav  # noqa: E402

SENTENCES = [
    "My name is Mina, and I was born in a small city near the Yalu River.",
    "When I was twelve years old, my family decided to leave.",
    "We crossed the river at night, and the water was colder than anything I had ever felt.",
]


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="moksori-voice-"))
    for number, sentence in enumerate(SENTENCES):
        started = time.perf_counter()
        path = cached_wav(sentence, 1.0, folder)
        made = time.perf_counter() - started
        started = time.perf_counter()
        cached_wav(sentence, 1.0, folder)
        again = time.perf_counter() - started
        label = "first sentence (voice loads)" if number == 0 else f"sentence {number + 1}"
        print(f"{label}: {len(sentence.split())} words, made in {made:.2f} s, cached {again * 1000:.1f} ms, "
              f"{path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
