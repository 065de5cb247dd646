"""The offline voice's own reading of the script, as the sound check's reference for each sound swap.

How near b the recogniser finds a v said right depends on the word ("every" always leans toward b; "never"
seldom does) far more than on who says it, and so for every swap. So each sentence is read by the offline voice
(Piper, without its random variation), heard by the same phoneme recogniser, and each word's gains (how much
better each swapped form explains it) and the depth of a v's closure (`sounds.VoiceReading`) are kept; her word
is then judged against the voice's (`sounds.REFERENCE_MARGIN`, `REFERENCE_MARGIN_OTHER`, `REFERENCE_CLOSURE`).
A sentence costs a synthesis and a recogniser pass (about a quarter of a second for three seconds of speech),
once per process: the studio reads its speech's sentences when it opens, a take while it is recorded, a file
before its report (`warm`); a report itself reads those it has not met for at most half a second
(`gains(..., budget=)`), so stop → report stays short.

The voice's words are placed on its audio by the recogniser's best path through the sentence's expected sounds
(`ctc.best_path`), each word's edges halfway between its sounds and its neighbours'.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import numpy as np

from app.practice import sounds
from app.practice.ctc import best_path
from app.practice.listening import FRAME_SECONDS, shared_listener, unavailable

log = logging.getLogger(__name__)

LONGEST_SECONDS = 25.0  # a sentence read longer than this is not used (the recogniser hears 30 s at most)
_cache: dict[str, tuple[sounds.VoiceReading | None, ...]] = {}  # sentence → per word, the voice's reading of
# it (None: no swap to judge, or unknown)
_lock = threading.Lock()


def gains(sentences: list[str], cancelled: Callable[[], bool] | None = None,
          budget: float | None = None) -> dict[int, sounds.VoiceReading]:
    """Script index (the sentences' words in order, split on spaces as the report splits them) → the voice's
    reading of that word. Sentences not met before are read now, for at most `budget` seconds (the rest are left
    out, and read next time); one that cannot be read is left out."""
    out: dict[int, sounds.VoiceReading] = {}
    offset = 0
    until = time.monotonic() + budget if budget is not None else None
    for sentence in sentences:
        words = sentence.split()
        if cancelled and cancelled():
            break
        known = _sentence(sentence, read=until is None or time.monotonic() < until)
        for number, reading in enumerate(known or ()):
            if reading is not None:
                out[offset + number] = reading
        offset += len(words)
    return out


def warm(sentences: list[str], cancelled: Callable[[], bool] | None = None) -> None:
    """Read the sentences ahead of a report (the studio when it opens, a take while it is recorded, a file
    before its report), so the report finds them ready."""
    gains(sentences, cancelled)


def warm_in_background(sentences: list[str]) -> threading.Thread:
    """`warm` on a thread of its own (a take being recorded: done long before she stops)."""
    thread = threading.Thread(target=warm, args=(list(sentences),), name="reference-readings", daemon=True)
    thread.start()
    return thread


def forget() -> None:
    """Drop every reading kept (a test; or the voice changed)."""
    with _lock:
        _cache.clear()


def _has_swaps(word: str) -> bool:
    phones = sounds.arpabet(word)
    return bool(phones) and bool(sounds.swaps_of(word, phones or []))


def _sentence(sentence: str, read: bool = True) -> tuple[sounds.VoiceReading | None, ...] | None:
    """The sentence's reference readings, read now if not kept and `read`; else None."""
    with _lock:
        known = _cache.get(sentence)
    if known is not None or not read:
        return known
    words = sentence.split()
    found: tuple[sounds.VoiceReading | None, ...] = (None,) * len(words)
    if any(_has_swaps(w) for w in words) and unavailable() is None:
        try:
            found = _read(words, sentence)
        except Exception:  # noqa: BLE001 - no reference is the report as before, never a failed report
            log.exception("the offline voice's reference reading failed")
            return found  # not kept: tried again next time
    with _lock:
        _cache[sentence] = found
    return found


def _read(words: list[str], sentence: str) -> tuple[sounds.VoiceReading | None, ...]:
    from app.drafting.voice import synthesize
    from app.practice.audio import to_16k_mono

    audio, rate = synthesize(sentence, 1.0, varied=False)
    samples = to_16k_mono(audio, rate).astype(np.float32)
    if samples.size > LONGEST_SECONDS * 16_000:
        return (None,) * len(words)
    listener = shared_listener()
    symbols, blank = listener.symbols(), listener.blank()
    frames = listener.run(samples, 0.0)
    expected = [sounds.expected_sounds(w) or [] for w in words]
    if not all(expected):
        return (None,) * len(words)  # a word no dictionary spells: its place cannot be found
    sequence = [symbols[s] for sounds_of in expected for s in sounds_of]
    path = best_path(frames.log_probs, sequence, blank)
    if path is None:
        return (None,) * len(words)
    spans, at = [], 0
    for sounds_of in expected:
        spans.append((path[at][0], path[at + len(sounds_of) - 1][1]))
        at += len(sounds_of)
    times: list[list[float] | None] = []
    for number, (first, last) in enumerate(spans):
        begin = (spans[number - 1][1] + first + 1) / 2 if number else max(0, first - 5)
        end = (last + 1 + spans[number + 1][0]) / 2 if number + 1 < len(spans) else last + 6
        times.append([begin * FRAME_SECONDS, end * FRAME_SECONDS])
    evidence = sounds.evaluate(words, times, [frames], symbols, blank, None, samples)
    return tuple(evidence.readings.get(number) for number in range(len(words)))
