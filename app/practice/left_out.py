"""Script words the transcript left out that she did say: Whisper drops a short word ("near a river" written "near
River") or a name at a take's end ("in Seoul" written "and"). For each word left out alone, the phoneme recogniser's
frames over its neighbours are scored twice — the neighbours' sounds with the word's between them, and without
(CTC, `ctc.scores`); the word was said when it explains the audio clearly better (`SAID_MARGIN`). A word she skipped
makes the frames fit worse with it: an extra sound has to be squeezed in where there was none.
Measured on plain readings with one word left out and without (docs/PERFORMANCE.md, "Words the transcript left out").
"""

from __future__ import annotations

import numpy as np

from app.practice import ctc
from app.practice.listening import Frames, frames_between
from app.practice.phones import expected_sounds
from app.practice.sounds import EDGE_SECONDS  # audio kept either side of the neighbours

SAID_MARGIN = 4.0  # log-likelihood by which the word's sounds must explain the stretch better than none
LAST_WORD_SECONDS = 1.5  # after the last word heard, how long a word at the end of a sentence is looked for


def said_anyway(script: list[str], script_times: list[list[float] | None], left_out: set[int], frames: list[Frames],
                symbols: dict[str, int], blank: int, duration: float) -> set[int]:
    """Of the script words the transcript left out (`left_out`), those whose sounds are there."""
    jobs: list[tuple[np.ndarray, list[list[int]]]] = []
    which: list[int] = []
    for w in sorted(left_out):
        if w - 1 in left_out or w + 1 in left_out:
            continue  # a run of words left out: a phrase skipped
        before = script_times[w - 1] if w > 0 else None
        after = script_times[w + 1] if w + 1 < len(script_times) else None
        if before is None and after is None:
            continue
        own = _sounds(script[w], symbols)
        sides = [_sounds(script[x], symbols) if t is not None else [] for x, t in ((w - 1, before), (w + 1, after))]
        if own is None or sides[0] is None or sides[1] is None:
            continue
        start = (before[0] if before else max(0.0, after[0] - LAST_WORD_SECONDS) if after else 0.0) - EDGE_SECONDS
        end = (after[1] if after else min(duration, before[1] + LAST_WORD_SECONDS) if before else duration) \
            + EDGE_SECONDS
        stretch = frames_between(frames, start, end)
        if stretch is None:
            continue
        jobs.append((stretch, [sides[0] + own + sides[1], sides[0] + sides[1]]))
        which.append(w)
    found: set[int] = set()
    for w, scores in zip(which, ctc.scores(jobs, blank) if jobs else [], strict=True):
        if scores[0] - scores[1] > SAID_MARGIN:
            found.add(w)
    return found


def _sounds(word: str, symbols: dict[str, int]) -> list[int] | None:
    sounds = expected_sounds(word)
    if not sounds or any(s not in symbols for s in sounds):
        return None
    return [symbols[s] for s in sounds]
