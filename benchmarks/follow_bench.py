"""Issue 16's first question, measured: can the phoneme recogniser the sound check ships follow a reading?

Run:  .venv/bin/python benchmarks/follow_bench.py [WINDOW_SECONDS] [HOP_SECONDS]   (default 2.5 and 0.5)
The tracker (`app/practice/follow.py`) on six sentences read by the offline voice in four ways (faithful; a
sentence skipped; a sentence said twice; a jump back to an earlier sentence), streamed as if live: every HOP
seconds the recogniser (`hama`) hears the last WINDOW seconds and the follower moves. Prints, per reading,
how often the followed sentence is the one being spoken (hops while she speaks), how long after a sentence
starts the follower gets there, and the recogniser's time per hop (it must stay well under HOP).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

SCRIPT = ["I grew up in a small village near the river.",
          "My family was very poor, and we often had nothing to eat.",
          "My father worked in the fields from morning until night.",
          "In winter the wind was so cold that we could not sleep.",
          "I still remember the voice of my grandmother singing to me.",
          "She told me that I should never give up on my dreams."]
READINGS = {"faithful": [0, 1, 2, 3, 4, 5], "skipped": [0, 1, 3, 4, 5], "repeated": [0, 1, 1, 2, 3, 4, 5],
            "jump back": [0, 1, 2, 3, 2, 3, 4, 5]}
PAUSE = 0.5


def render(order: list[int]):  # noqa: ANN201 -> (samples, [(start, end, sentence)])
    import numpy as np

    from app.drafting.voice import synthesize
    from app.practice.audio import to_16k_mono

    pieces, spans, at = [], [], 0.0
    for number in order:
        samples, rate = synthesize(SCRIPT[number], 1.0, varied=False)
        voice = to_16k_mono(samples, rate).astype(np.float32)
        pieces += [voice, np.zeros(int(PAUSE * 16_000), dtype=np.float32)]
        spans.append((at, at + voice.size / 16_000, number))
        at += voice.size / 16_000 + PAUSE
    return np.concatenate(pieces), spans


def follow(samples, window: float, hop: float):  # noqa: ANN001, ANN201
    from app.practice import follow as tracking

    tracking.WINDOW = window
    follower = tracking.Follower(SCRIPT)
    followed, costs = [], []
    step = int(hop * 16_000)
    for at in range(step, samples.size + 1, step):
        follower.feed(samples[at - step:at])
        began = time.perf_counter()
        follower.step()
        costs.append(time.perf_counter() - began)
        followed.append((at / 16_000 + costs[-1], follower.place.sentence, follower.place.word))
    return followed, costs


def word_latency(samples, followed) -> list[float]:  # noqa: ANN001
    """Faithful reading: for each script word, from the end of the word (Whisper's word times, tiny.en) to
    the first step after which the follower's place has reached it (the step's own compute time included)."""
    from app.practice.transcription import Transcriber

    heard = Transcriber("tiny.en").transcribe(samples).words
    script_words = " ".join(SCRIPT).split()
    delays, h = [], 0
    for index, word in enumerate(script_words):
        near = [k for k in range(h, min(h + 3, len(heard)))
                if heard[k].word.strip(".,").lower() == word.strip(".,").lower()]
        if not near:
            continue  # the transcript wrote it otherwise ("15"): no time for this word
        h = near[0]
        reached = next((t for t, _s, w in followed if w >= index and t >= heard[h].end), None)
        if reached is not None:
            delays.append(reached - heard[h].end)
        h += 1
    return delays


def main() -> None:
    import numpy as np

    arguments = [float(a) for a in sys.argv[1:3]]
    window = arguments[0] if arguments else 2.5
    hop = arguments[1] if len(arguments) > 1 else 0.5
    print(f"window {window} s, hop {hop} s")
    for name, order in READINGS.items():
        samples, spans = render(order)
        followed, costs = follow(samples, window, hop)
        right = total = 0
        arrivals = []
        for start, end, number in spans:
            inside = [(t, s) for t, s, _w in followed if start + 1.0 <= t <= end]  # a second in: a few words
            total += len(inside)
            right += sum(s == number for _t, s in inside)
            reached = next((t for t, s, _w in followed if t >= start and s == number), None)
            arrivals.append(None if reached is None else reached - start)
        late = [a for a in arrivals if a is not None]
        print(f"  {name:10s}: followed sentence right {right}/{total} ({right / max(1, total):.0%}); "
              f"reached each sentence after {np.median(late):.2f} s median, {max(late):.2f} s max, "
              f"{arrivals.count(None)} never; recogniser per hop {np.median(costs) * 1000:.0f} ms median, "
              f"{max(costs) * 1000:.0f} ms max")
        if name == "faithful":
            delays = word_latency(samples, followed)
            print(f"  end of a word → place reaches it: median {np.median(delays):.2f} s, 95th percentile "
                  f"{np.percentile(delays, 95):.2f} s, over {len(delays)} words")


if __name__ == "__main__":
    main()
