"""Where she paused, hesitated and sped up in a take: the delivery report's timeline (`delivery.analyse`).

Long pauses between words, voice no recognised word accounts for (a hesitation the recogniser left out), and
her pace in a sliding window across the take.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.practice.transcription import Transcript, Word

LONG_PAUSE = 1.0  # seconds
HESITATION_MIN = 0.3  # seconds of voice with no word in it
PACE_WINDOW = 20.0  # seconds per point of the pace-over-time series
PACE_STEP = 5.0


@dataclass(frozen=True)
class Span:
    start: float
    end: float


@dataclass(frozen=True)
class Pause:
    start: float
    end: float
    script_index: int  # the script word said right after the pause (-1 if none)
    sentence: int


@dataclass(frozen=True)
class PacePoint:
    time: float
    words_per_minute: float


def pauses(transcript: Transcript, script_of_heard: dict[int, int], sentence_of: list[int]) -> list[Pause]:
    """Silences of at least LONG_PAUSE between the first and the last word, placed in the script."""
    heard = transcript.words
    if len(heard) < 2:
        return []
    first, last = heard[0].start, heard[-1].end
    if transcript.voiced:
        gaps = [(a_end, b_start) for (_, a_end), (b_start, _) in zip(transcript.voiced, transcript.voiced[1:],
                                                                     strict=False)]
    else:
        gaps = [(a.end, b.start) for a, b in zip(heard, heard[1:], strict=False)]
    found: list[Pause] = []
    for start, end in gaps:
        start, end = max(start, first), min(end, last)
        if end - start < LONG_PAUSE:
            continue
        if any(start <= w.start and w.end <= end for w in heard):
            continue  # the recogniser heard a word there: quiet speech, not a pause
        following = next((h for h, w in enumerate(heard) if w.end > end), None)
        index = -1
        if following is not None:
            index = next((script_of_heard[h] for h in range(following, len(heard)) if h in script_of_heard), -1)
        found.append(Pause(round(start, 3), round(end, 3), index, sentence_of[index] if index >= 0 else -1))
    return found


def hesitations(transcript: Transcript) -> list[Span]:
    """Voice that no recognised word accounts for: hesitation sounds the recogniser left out.

    Whisper's word times drift towards such sounds (a word is stretched over an "uhh"), so a stretch of
    voice counts as a hesitation when no word's middle falls in it, or when a part of it at least
    HESITATION_MIN long lies outside every word.
    """
    words = transcript.words
    middles = [(w.start + w.end) / 2 for w in words]
    covered = [(w.start - 0.1, w.end + 0.1) for w in words]
    result: list[Span] = []
    for start, end in transcript.voiced:
        if end - start >= HESITATION_MIN and not any(start <= m <= end for m in middles):
            result.append(Span(round(start, 3), round(end, 3)))
            continue
        cursor = start
        for a, b in covered:
            if b <= cursor or a >= end:
                continue
            if a - cursor >= HESITATION_MIN:
                result.append(Span(round(cursor, 3), round(a, 3)))
            cursor = max(cursor, b)
        if end - cursor >= HESITATION_MIN:
            result.append(Span(round(cursor, 3), round(end, 3)))
    return result


def pace_series(content: list[Word], first: float, last: float) -> list[PacePoint]:
    """Words per minute in a sliding window across the speaking time.

    The window is PACE_WINDOW seconds (a third of the take when that is shorter, but at least 4 s), moved a
    quarter of its length at a time, so a short take still shows how her pace moved.
    """
    span = last - first
    if not content or span < 1.0:
        return []
    window = max(4.0, min(PACE_WINDOW, span / 3))
    if span <= window:
        return [PacePoint(round((first + last) / 2, 2), round(len(content) * 60.0 / span, 1))]
    step = min(PACE_STEP, window / 4)
    points = []
    t = first + window / 2
    while t <= last - window / 2 + 1e-6:
        a, b = t - window / 2, t + window / 2
        inside = sum(1 for w in content if a <= (w.start + w.end) / 2 < b)
        points.append(PacePoint(round(t, 2), round(inside * 60.0 / window, 1)))
        t += step
    return points
