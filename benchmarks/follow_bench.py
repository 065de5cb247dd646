"""Issue 16's first question, measured: can the phoneme recogniser the sound check ships follow a reading?

Run:  .venv/bin/python benchmarks/follow_bench.py [WINDOW_SECONDS] [HOP_SECONDS]   (default 2.5 and 0.5)
A spike, not the prompter: six sentences read by the offline voice in four ways (faithful; a sentence
skipped; a sentence said twice; a jump back to an earlier sentence), streamed as if live. Every HOP seconds
the recogniser (`hama`, via `sounds.Listener`) hears the last WINDOW seconds; its phonemes are matched
against the script's expected sounds (CMU) in a window of the script around the current place (forward
bias, one sentence back allowed), with rapidfuzz's edit distance on phoneme lists. Prints, per reading,
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


def expected_sounds() -> tuple[list[str], list[int]]:
    """The script's sounds in order, and the sentence each belongs to."""
    from app.practice import sounds

    phones, sentence_of = [], []
    for number, sentence in enumerate(SCRIPT):
        for word in sentence.split():
            arpa = sounds.arpabet(word)
            if arpa:
                for phone in sounds.ipa(arpa):
                    phones.append(phone)
                    sentence_of.append(number)
    return phones, sentence_of


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


def follow(samples, window: float, hop: float, phones: list[str], sentence_of: list[int]):  # noqa: ANN001, ANN201
    from rapidfuzz.distance import Levenshtein

    from app.practice import sounds

    listener = sounds.shared_listener()
    symbols, blank = listener.symbols(), listener.blank()
    names = {i: s for s, i in symbols.items()}
    place = 0  # index in `phones` just after what she has said
    followed, costs = [], []
    t = hop
    while t <= samples.size / 16_000 + 1e-6:
        start = max(0.0, t - window)
        began = time.perf_counter()
        frames = listener.run(samples[int(start * 16_000):int(t * 16_000)], start)
        costs.append(time.perf_counter() - began)
        best = frames.log_probs.argmax(axis=1)
        heard = [names[int(s)] for k, s in enumerate(best)
                 if s != blank and names[int(s)] != "<wb>" and (k == 0 or best[k - 1] != s)][-14:]
        if len(heard) >= 5:
            back = place - 60  # about a sentence back
            candidates = range(max(len(heard), back), min(len(phones), place + 90) + 1)
            scored = []
            for end in candidates:
                similarity = Levenshtein.normalized_similarity(heard, phones[end - len(heard):end])
                penalty = 0.002 * abs(end - place) + (0.05 if end < place else 0.0)
                scored.append((similarity - penalty, end))
            score, end = max(scored)
            if score > 0.45:
                place = end
        followed.append((t, sentence_of[max(0, place - 1)] if place else -1))
        t += hop
    return followed, costs


def main() -> None:
    import numpy as np

    arguments = [float(a) for a in sys.argv[1:3]]
    window = arguments[0] if arguments else 2.5
    hop = arguments[1] if len(arguments) > 1 else 0.5
    phones, sentence_of = expected_sounds()
    print(f"window {window} s, hop {hop} s; {len(phones)} script sounds")
    for name, order in READINGS.items():
        samples, spans = render(order)
        followed, costs = follow(samples, window, hop, phones, sentence_of)
        right = total = 0
        arrivals = []
        for start, end, number in spans:
            inside = [(t, s) for t, s in followed if start + 1.0 <= t <= end]  # a second in: a few words said
            total += len(inside)
            right += sum(s == number for _t, s in inside)
            reached = next((t for t, s in followed if t >= start and s == number), None)
            arrivals.append(None if reached is None else reached - start)
        late = [a for a in arrivals if a is not None]
        print(f"  {name:10s}: followed sentence right {right}/{total} ({right / max(1, total):.0%}); "
              f"reached each sentence after {np.median(late):.2f} s median, {max(late):.2f} s max, "
              f"{arrivals.count(None)} never; recogniser per hop {np.median(costs) * 1000:.0f} ms median, "
              f"{max(costs) * 1000:.0f} ms max")


if __name__ == "__main__":
    main()
