"""CTC over the phoneme recogniser's per-frame log-probabilities: how likely a sequence of sounds is over some
frames (`scores`, the sum over every alignment: the sound check's gains, many sequences in one batched pass), and
where the single best alignment puts each sound (`best_path`, Viterbi: a consonant's place, the voice's words)."""

from __future__ import annotations

import numpy as np


def scores(jobs: list[tuple[np.ndarray, list[list[int]]]], blank: int) -> list[np.ndarray]:
    """CTC log-likelihood of each label sequence over its job's frames, all jobs in one pass (a 5-minute
    take is one loop over the longest job's frames)."""
    if not jobs:
        return []
    symbols = jobs[0][0].shape[1]
    padded = symbols  # the label of padding states: never emitted
    rows = [(j, seq) for j, (_lp, seqs) in enumerate(jobs) for seq in seqs]
    longest = max(2 * len(seq) + 1 for _j, seq in rows)
    frames = max(lp.shape[0] for lp, _s in jobs)
    ext = np.full((len(rows), longest), padded, dtype=np.int64)
    for k, (_j, seq) in enumerate(rows):
        ext[k, 0:2 * len(seq) + 1:2] = blank
        ext[k, 1:2 * len(seq):2] = seq
    skip = np.zeros(ext.shape, dtype=bool)
    skip[:, 2:] = (ext[:, 2:] != blank) & (ext[:, 2:] != ext[:, :-2]) & (ext[:, 2:] != padded)
    tables = np.full((len(jobs), frames, symbols + 1), -np.inf)
    for j, (lp, _s) in enumerate(jobs):
        tables[j, :lp.shape[0], :symbols] = lp
    owner = np.array([j for j, _seq in rows])
    emissions = tables[owner[:, None, None], np.arange(frames)[None, :, None], ext[:, None, :]]  # (K, T, S)
    last = np.array([jobs[j][0].shape[0] - 1 for j, _seq in rows])
    ends = np.array([2 * len(seq) for _j, seq in rows])
    result = np.full(len(rows), -np.inf)
    alpha = np.full(ext.shape, -np.inf)
    alpha[:, :2] = emissions[:, 0, :2]
    minus = np.full((len(rows), 1), -np.inf)
    everyone = np.arange(len(rows))
    for t in range(frames):
        if t:
            one = np.concatenate([minus, alpha[:, :-1]], axis=1)
            two = np.concatenate([minus, minus, alpha[:, :-2]], axis=1)
            two[~skip] = -np.inf
            alpha = np.logaddexp(np.logaddexp(alpha, one), two) + emissions[:, t, :]
        done = last == t
        if done.any():
            k = everyone[done]
            result[k] = np.logaddexp(alpha[k, ends[k]], alpha[k, ends[k] - 1])
    out, at = [], 0
    for _lp, seqs in jobs:
        out.append(result[at:at + len(seqs)])
        at += len(seqs)
    return out


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
