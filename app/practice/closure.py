"""The audio at one consonant: where the phoneme recogniser's best path (`ctc.best_path`) puts it, and whether
the lips closed there.

`closure_of` measures, between the sounds either side of a consonant, how near silence 2–6 kHz falls (a b, d or
p closes; a v, th or f hisses). Used by the sound check (`sounds.py`) for a v said as b inside a word.
"""

from __future__ import annotations

import numpy as np

from app.practice.ctc import best_path
from app.practice.listening import FRAME_SECONDS


def band_db(samples: np.ndarray, begin: float, end: float, low: float, high: float) -> np.ndarray:
    """Energy (dB) between `low` and `high` Hz in 25 ms windows every 5 ms centred from `begin` to `end`
    (seconds)."""
    window, hop, rate = 400, 80, 16_000
    first, last = int(begin * rate) - window // 2, int(end * rate) - window // 2
    starts = np.arange(max(0, first), max(0, last) + 1, hop)
    starts = starts[starts + window <= samples.size]
    if not starts.size:
        return np.zeros(0)
    pieces = samples[starts[:, None] + np.arange(window)[None, :]].astype(np.float64) * np.hanning(window)
    power = np.abs(np.fft.rfft(pieces, axis=1)) ** 2
    band = (np.fft.rfftfreq(window, 1 / rate) >= low) & (np.fft.rfftfreq(window, 1 / rate) < high)
    return 10 * np.log10(power[:, band].sum(axis=1) + 1e-10)


def closure_of(samples: np.ndarray, log_probs: np.ndarray, sequence: list[int], at: int, first: float,
             word: list[float] | None, blank: int) -> tuple[float, float] | None:
    """The closure (dB) between the sounds either side of `sequence[at]` on the best path through
    `log_probs` (whose first frame is `first` seconds into the take): its depth, how far its quietest 2–6 kHz
    moment falls below the word's loudest frame, and its hush, how far its mean 2–6 kHz energy stays below
    the word's loudest 2–6 kHz frame; None when it cannot be told."""
    path = best_path(log_probs, sequence, blank)
    if path is None or word is None or not 0 < at < len(sequence) - 1:
        return None
    begin = first + (path[at - 1][1] + 1) * FRAME_SECONDS
    end = max(first + path[at + 1][0] * FRAME_SECONDS, begin + 0.02)
    consonant = band_db(samples, begin, end, 2000, 6000)
    loudest = band_db(samples, word[0], word[1], 50, 8000)
    hiss = band_db(samples, word[0], word[1], 2000, 6000)
    if not consonant.size or not loudest.size:
        return None
    return float(loudest.max() - consonant.min()), float(hiss.max() - consonant.mean())
