"""Words the transcript left out that she did say ("in Seoul" written "and" at a take's end) count as said when
the phoneme recogniser hears them where they belong; a word she really skipped stays "skipped". The offline voice
reads, the real `base` model transcribes, the real recogniser (`hama`) hears; nothing is mocked."""

from __future__ import annotations

import numpy as np

from app.practice import left_out, listening, sounds
from app.practice.delivery import Omission, analyse
from tests.support.speech import Part, compose

SCRIPT = ["I will never forget his kind voice.", "Now I study English in Seoul."]


def _take(sentences: list[str]) -> np.ndarray:
    from app.practice.audio import to_16k_mono

    samples, rate = compose([Part(s, 0.6) for s in sentences])
    return to_16k_mono(samples, rate).astype(np.float32)


def _said_anyway(transcriber, samples: np.ndarray, pretend_left_out: list[str]) -> set[str]:  # noqa: ANN001
    """The report of `samples` against the script, with the words named taken out of what the transcript heard
    (as when Whisper drops them), then asked which the sounds find."""
    report = analyse(transcriber.transcribe(samples), SCRIPT)
    times = list(report.script_times)
    left = {w for w, word in enumerate(report.script) if word.strip(".,") in pretend_left_out}
    left |= {o.script_index for o in report.omitted}
    for w in left:
        times[w] = None
    frames, state = sounds.hear(samples)
    assert state == "checked"
    listener = listening.shared_listener()
    found = left_out.said_anyway(report.script, times, left, frames, listener.symbols(), listener.blank(),
                                 report.duration_seconds)
    return {report.script[w].strip(".,") for w in found}


def test_a_word_said_is_found_where_the_transcript_has_none(transcriber) -> None:  # noqa: ANN001
    said = _take(SCRIPT)
    assert {"kind", "Seoul"} <= _said_anyway(transcriber, said, ["kind", "Seoul"])


def test_a_word_she_skipped_stays_skipped(transcriber) -> None:  # noqa: ANN001
    skipped = _take(["I will never forget his voice.", "Now I study English in."])
    assert not {"kind", "Seoul"} & _said_anyway(transcriber, skipped, ["kind", "Seoul"])


def test_the_report_counts_a_word_heard_by_its_sounds_as_said(transcriber) -> None:  # noqa: ANN001
    """Through `judged_report`: what the report leaves out of "skipped" when the sounds say so."""
    from app.practice.runs import judged_report

    samples = _take(SCRIPT)
    transcript = transcriber.transcribe(samples)
    kept = [w for w in transcript.words if w.word.strip(".,").lower() != "kind"]  # Whisper "drops" the word
    transcript.words[:] = kept
    frames, state = sounds.hear(samples)
    report = judged_report(transcript, SCRIPT, None, frames, state, samples)
    assert "kind" not in {o.word for o in report.omitted}, report.omitted
    assert isinstance(report.omitted, list) and all(isinstance(o, Omission) for o in report.omitted)
