"""Checks on what the decoder wrote against where the speech detector heard her voice.

Whisper can write words she did not say and drop words she did. Two checks, both measured on the decoder's
own output (docs/PERFORMANCE.md, "The guard" and "Phantom lines"):
- `coverage`: how much of her voice lies near a written word. The filler prompt can send a stretch round
  its own pattern or make it drop most of what was said; `Transcriber._span` decodes such a stretch again.
- `phantom`: a line written where she said nothing. At the end of a stretch that stops in a pause, Whisper
  sometimes writes the last sentence again, its 17 words squeezed into the 0.6 s of silence after it; the
  report then counted them as 17 "uh" and marked the real sentence unclear. A squeezed line of new words in
  her voice is kept: there the squeeze is Whisper's timing, not words she did not say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

import numpy as np

REPEATS = 2.4  # faster-whisper's own thresholds for retrying a window: text that compresses this well repeats
UNSURE = -1.0  # itself; a mean token log-probability below this is a guess
ENOUGH_COVERAGE = 0.85  # of the voiced time near a word: 0.94–1.0 normally, 0.2–0.8 when words were dropped
MOST_WORDS_PER_SECOND = 10.0  # a line faster than this was not said (quick speech: 4–5 words a second)
FEWEST_SQUEEZED = 4  # ... counted for lines of at least this many words (two short words can be quick)
LEAST_VOICED = 0.5  # a line lying less than this much in her voice is outside it


class Timed(Protocol):
    @property
    def start(self) -> float: ...

    @property
    def end(self) -> float: ...


Spans = Sequence[tuple[float, float]]


def coverage(words: Sequence[Timed], voiced: Spans, reach: float = 0.15, longest: float = 1.0) -> float:
    """The share of the voiced time (speech detector's spans) that lies within `reach` seconds of a word.
    A word counts for at most its last `longest` seconds: Whisper stretches a word over speech it did not
    write down (on Debian 13's build one "was" spanned 5 s of dropped words)."""
    total = sum(b - a for a, b in voiced)
    if total <= 0:
        return 1.0
    step = 0.01
    first = min(a for a, _b in voiced)
    heard = np.zeros(int((max(b for _a, b in voiced) - first) / step) + 2, dtype=bool)
    for w in words:
        begin = max(w.start, w.end - longest) - reach
        heard[max(0, int((begin - first) / step)):max(0, int((w.end + reach - first) / step) + 1)] = True
    inside = sum(int(heard[int((a - first) / step):int((b - first) / step)].sum()) for a, b in voiced)
    return min(1.0, inside * step / total)


def voiced_share(start: float, end: float, voiced: Spans, reach: float = 0.1) -> float:
    """How much of start–end lies within `reach` seconds of her voice."""
    if end <= start:
        return 1.0 if any(a - reach <= start <= b + reach for a, b in voiced) else 0.0
    inside = sum(max(0.0, min(end, b + reach) - max(start, a - reach)) for a, b in voiced)
    return min(1.0, inside / (end - start))


def phantom(words: Sequence[Timed], text: str, previous: str, voiced: Spans) -> str:
    """Why a line (its words, its text, the text of the line before) was not said, or "". Whisper's phantoms
    say again what it has just written, or come where she was silent: a line is one when its words come
    faster than anyone speaks and it lies outside her voice or repeats the line before; or when it repeats
    the line before outside her voice. A squeezed line of new words inside her voice is kept: Whisper
    sometimes collapses the times of words she did say (a stretch that starts mid-sentence)."""
    if not words:
        return ""
    start, end = words[0].start, words[-1].end
    outside = voiced_share(start, end, voiced) < LEAST_VOICED
    again = bool(previous) and f" {_plain(text)} " in f" {_plain(previous)} "
    if len(words) >= FEWEST_SQUEEZED and len(words) > MOST_WORDS_PER_SECOND * max(end - start, 0.0) and \
            (outside or again):
        return f"{len(words)} words in {end - start:.2f} s, {'outside her voice' if outside else 'said just before'}"
    if again and outside:
        return "the line before it again, outside her voice"
    return ""


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text.lower()))
