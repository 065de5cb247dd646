"""What the decoder wrote, checked against where the speech detector heard her voice (`guards.py`)."""

from __future__ import annotations

import pytest

from app.practice.guards import coverage, phantom, voiced_share
from app.practice.transcription import Word


def _line(text: str, start: float, end: float) -> list[Word]:
    """The line's words spread evenly over start–end, as Whisper's word times come."""
    words = text.split()
    step = (end - start) / len(words)
    return [Word(w, start + k * step, start + (k + 1) * step, 0.9) for k, w in enumerate(words)]


SENTENCE = "I was afraid every single day, but my little brother held my hand and told me jokes."


def test_coverage_is_the_share_of_her_voice_that_has_a_word_near_it() -> None:

    voiced = [(10.0, 12.0), (13.0, 14.0)]
    assert coverage([], voiced) == 0.0
    assert coverage([Word("a", 10.2, 10.8, 1.0)], voiced) == pytest.approx(0.9 / 3, abs=0.02)  # 10.05–10.95
    assert coverage([Word("a", 10.0, 11.0, 1.0), Word("b", 11.0, 12.0, 1.0), Word("c", 13.1, 13.9, 1.0)],
                    voiced) == pytest.approx(1.0, abs=0.02)
    # a word stretched over speech Whisper did not write counts for its last second only: 10.85–12.0
    assert coverage([Word("was", 10.0, 12.0, 1.0)], voiced) == pytest.approx(1.15 / 3, abs=0.02)
    assert coverage([Word("a", 0.0, 1.0, 1.0)], []) == 1.0  # no voice, nothing to miss


def test_a_line_written_into_the_silence_after_a_stretch_is_not_said() -> None:
    # Measured on the benchmark take's live path: a stretch ending 0.6 s after "jokes." came back with the
    # sentence twice, the second copy's 17 words in 50.54–51.14 s (the report counted them as 17 "uh" and
    # marked the real sentence unclear); cut at the same place, another decode looped it 12 times in 0.08 s.
    voiced = [(41.9, 45.3), (46.0, 50.5)]
    said = _line(SENTENCE, 46.0, 50.54)
    assert phantom(said, SENTENCE, "For thirty days we walked, we hid, and we waited.", voiced) == ""
    assert "17 words" in phantom(_line(SENTENCE, 50.54, 51.14), SENTENCE, SENTENCE, voiced)
    # the speech detector's span often reaches past the last word (here to 50.8): the copy is still known by
    # saying again what was just written
    assert "17 words" in phantom(_line(SENTENCE, 50.54, 51.14), SENTENCE, SENTENCE, [(46.0, 50.8)])
    assert phantom(_line("and told me jokes.", 50.54, 50.6), "and told me jokes.", SENTENCE, [(46.0, 50.8)])
    assert phantom(_line(" ".join([SENTENCE] * 12), 51.06, 51.14), SENTENCE * 12, SENTENCE, voiced)
    # the same line again in silence, at a speed someone could speak: still not said
    assert phantom(_line(SENTENCE, 50.6, 55.0), SENTENCE, SENTENCE.upper(), voiced) == \
        "the line before it again, outside her voice"


def test_lines_she_did_say_are_kept() -> None:
    voiced = [(10.0, 12.4), (12.9, 13.9), (14.5, 15.3)]
    # Whisper collapsed the times of a line she was saying (a stretch cut mid-sentence; on Debian 13's build
    # dropping it left a third of that stretch's words out): inside her voice, it stays
    line = "I was born in a small city near the river."
    assert phantom(_line(line, 10.1, 10.18), line, "Um, my name is Mina.", voiced) == ""
    quick = "and then we ran and ran until we reached the river"  # 11 words in 2.4 s: quick, not impossible
    assert phantom(_line(quick, 10.0, 12.4), quick, "", voiced) == ""
    # a phrase she really said twice, in her voice
    assert phantom(_line("Thank you.", 12.9, 13.9), "Thank you.", "", voiced) == ""
    assert phantom(_line("Thank you.", 14.5, 15.3), "Thank you.", "Thank you.", voiced) == ""
    assert phantom(_line("I, uh, I", 12.9, 13.1), "I, uh, I", "", voiced) == ""  # three short words: too few to judge
    assert phantom([], "", "", voiced) == ""


def test_voiced_share() -> None:
    voiced = [(1.0, 2.0), (3.0, 4.0)]
    assert voiced_share(1.2, 1.8, voiced) == pytest.approx(1.0)
    assert voiced_share(2.2, 2.8, voiced) == pytest.approx(0.0)
    assert voiced_share(1.5, 2.5, voiced) == pytest.approx(0.6)  # 1.5–2.1 of 1.5–2.5, with 0.1 s reach
    assert voiced_share(5.0, 5.0, voiced) == 0.0
