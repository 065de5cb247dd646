"""The audio at one consonant: where the phoneme recogniser's best path puts it, and whether the lips closed there.

`best_path` is CTC Viterbi over the recogniser's per-frame log-probabilities (each label's first and last frame);
`closure_of` measures, between the sounds either side of a consonant, how near silence 2–6 kHz falls (a b, d or
p closes; a v, th or f hisses). Used by the sound check (`sounds.py`) for a v said as b inside a word, and by the
reference readings (`reference.py`) to place the voice's words.
"""

from __future__ import annotations

import numpy as np

from app.practice.listening import FRAME_SECONDS


def best_path(log_probs: np.ndarray, sequence: list[int], blank: int) -> list[tuple[int, int]] | None:
    """The recogniser's single best alignment of `sequence` to the frames (CTC Viterbi): each label's first
    and last frame, or None when the frames are too few."""
    states = [blank]
    for label in sequence:
        states += [label, blank]
    count, frames = len(states), log_probs.shape[0]
    if frames < len(sequence) or not sequence:
        return None
    ids = np.array(states)
    skip = np.zeros(count, dtype=bool)
    skip[2:] = (ids[2:] != blank) & (ids[2:] != ids[:-2])
    emit = log_probs[:, ids].astype(np.float64)
    best = np.full(count, -np.inf)
    best[:2] = emit[0, :2]
    came = np.zeros((frames, count), dtype=np.int8)  # 0 stay, 1 from the state before, 2 skipped a blank
    for t in range(1, frames):
        one = np.concatenate([[-np.inf], best[:-1]])
        two = np.where(skip, np.concatenate([[-np.inf, -np.inf], best[:-2]]), -np.inf)
        choice = np.argmax(np.stack([best, one, two]), axis=0)
        best = np.choose(choice, [best, one, two]) + emit[t]
        came[t] = choice
    state = count - 1 if best[count - 1] >= best[count - 2] else count - 2
    spans: dict[int, list[int]] = {}
    for t in range(frames - 1, -1, -1):
        if state % 2:
            spans.setdefault(state // 2, [t, t])[0] = t
        state -= int(came[t, state])
    if len(spans) < len(sequence):
        return None
    return [(spans[k][0], spans[k][1]) for k in range(len(sequence))]


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
