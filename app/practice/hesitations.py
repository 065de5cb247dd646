"""Hesitations the transcript spelled as words: an added "he'd" or "a" whose audio is an "uh".

Whisper sometimes writes a hesitation as a short word; the phoneme recogniser's frames tell which (the take's
sound frames, `sounds.hear`). Used by `runs.judged_report` on the words the report found added.
"""

from __future__ import annotations

import numpy as np

from app.practice import ctc
from app.practice.listening import Frames, frames_between
from app.practice.phones import arpabet, ipa
from app.practice.sounds import EDGE_SECONDS

_FILLER_SOUNDS = (("uh", ["ʌ"]), ("uh", ["ə"]), ("um", ["ʌ", "m"]), ("um", ["ə", "m"]), ("er", ["ɝ"]))


def fillers_among(added: list[tuple[str, float, float]], frames: list[Frames], symbols: dict[str, int],
                  blank: int) -> dict[int, str]:
    """Which added words (text, start, end) were a hesitation the transcript spelled as a word ("he'd" for
    an "uh"): their audio fits "uh"/"um"/"er" better than the word's own sounds. Index → the filler."""
    jobs: list[tuple[np.ndarray, list[list[int]]]] = []
    which: list[int] = []
    for number, (text, start, end) in enumerate(added):
        phones = arpabet(text)
        stretch = frames_between(frames, start - EDGE_SECONDS, end + EDGE_SECONDS)
        if not phones or stretch is None:
            continue
        own = [symbols[s] for s in ipa(phones)]
        jobs.append((stretch, [own] + [[symbols[s] for s in f] for _n, f in _FILLER_SOUNDS]))
        which.append(number)
    found: dict[int, str] = {}
    for number, scores in zip(which, ctc.scores(jobs, blank), strict=True):
        best = int(np.argmax(scores[1:]))
        if scores[1 + best] > scores[0]:
            found[number] = _FILLER_SOUNDS[best][0]
    return found
