"""The delivery report's rules, on transcripts written out by hand (word, start, end, probability).

The recogniser itself is tested on real audio in test_transcription.py; here the input is exact, so each
rule (positions, fillers, pauses, hesitations, pace, timing, stored versions) is checked precisely.
"""

from __future__ import annotations

import json

import pytest

from app.practice.delivery import REPORT_VERSION, DeliveryReport, EmptyScript, analyse
from app.practice.transcription import Transcript, Word
from models.records import TimeLimits

SCRIPT = ["My name is Mina.", "I was born in Hyesan.", "We walked for thirty days."]


def heard(text: str, start: float = 0.0, step: float = 0.4, low: frozenset[str] = frozenset(),
          gaps: dict[int, float] | None = None) -> list[Word]:
    """Words spoken one every `step` seconds; `gaps` adds silence before word i; `low` words are unclear."""
    words, t = [], start
    for i, w in enumerate(text.split()):
        t += (gaps or {}).get(i, 0.0)
        words.append(Word(w, round(t, 3), round(t + step * 0.8, 3), 0.3 if w.strip(",.") in low else 0.97))
        t += step
    return words


def transcript(words: list[Word], voiced: list[tuple[float, float]] | None = None, duration: float = 0) -> Transcript:
    end = words[-1].end if words else 0.0
    return Transcript(words, [], duration or end + 0.5, voiced if voiced is not None else [(0.0, end)])


def test_word_for_word_reading_is_fully_accurate() -> None:
    report = analyse(transcript(heard("My name is Mina. I was born in Hyesan. We walked for 30 days.")), SCRIPT)
    assert report.accuracy == 1.0 and report.script_words == 14 and report.said_as_written == 14
    assert not (report.omitted or report.substituted or report.inserted or report.fillers)
    assert [s.accuracy for s in report.sentences] == [1.0, 1.0, 1.0]


def test_skipped_changed_and_added_words_point_at_the_script_and_the_audio() -> None:
    words = heard("My name is Mina. I was born in Hyacin city. We walked for days.")
    report = analyse(transcript(words), SCRIPT)
    assert [(o.word, o.script_index, o.sentence) for o in report.omitted] == [("thirty", 12, 2)]
    assert [(s.expected, s.said, s.script_index, s.start) for s in report.substituted] == [
        ("Hyesan", "Hyacin", 8, words[8].start)]
    assert [(i.word, i.start, i.after_script_index) for i in report.inserted] == [("city", words[9].start, 8)]
    assert report.said_as_written == 12 and report.accuracy == pytest.approx(12 / 14, abs=1e-4)
    assert [s.said_as_written for s in report.sentences] == [4, 4, 4]


def test_a_skipped_sentence() -> None:
    report = analyse(transcript(heard("My name is Mina. We walked for thirty days.")), SCRIPT)
    assert [o.word for o in report.omitted] == ["I", "was", "born", "in", "Hyesan"]
    assert report.sentences[1].accuracy == 0.0 and report.sentences[1].start is None


def test_fillers_are_counted_and_are_not_added_words() -> None:
    words = heard("Um, my name is, uh, Mina. I was, you know, born in Hyesan. We walked, like, for thirty days.")
    report = analyse(transcript(words), SCRIPT)
    assert [f.word for f in report.fillers] == ["Um", "uh", "you know", "like"]
    assert report.fillers[2].start == words[8].start and report.fillers[2].end == words[9].end
    assert report.inserted == [] and report.accuracy == 1.0


def test_like_in_the_script_is_not_a_filler() -> None:
    report = analyse(transcript(heard("I like my school.")), ["I like my school."])
    assert report.fillers == [] and report.accuracy == 1.0


def test_long_pauses_are_placed_before_the_next_script_word() -> None:
    # Silence of 1.6 s before "We" (index 9 in the heard words), 0.6 s before "I" (not long).
    words = heard("My name is Mina. I was born in Hyesan. We walked for thirty days.", gaps={4: 0.6, 9: 1.6})
    voiced = [(words[0].start, words[3].end), (words[4].start, words[8].end), (words[9].start, words[-1].end)]
    report = analyse(transcript(words, voiced), SCRIPT)
    assert [(p.start, p.end, p.script_index, p.sentence) for p in report.pauses] == [
        (words[8].end, words[9].start, 9, 2)]


def test_voice_that_no_word_covers_is_a_hesitation() -> None:
    words = heard("My name is Mina. I was born in Hyesan.", gaps={4: 2.0})
    hum = (words[3].end + 0.4, words[3].end + 1.4)  # voiced, but the recogniser wrote nothing there
    voiced = [(words[0].start, words[3].end), hum, (words[4].start, words[-1].end)]
    report = analyse(transcript(words, voiced), SCRIPT[:2])
    assert [(h.start, h.end) for h in report.hesitations] == [(round(hum[0], 3), round(hum[1], 3))]


def test_unclear_words_are_listed_with_their_script_position() -> None:
    report = analyse(transcript(heard("My name is Mina. I was born in Hyesan.", low=frozenset({"Hyesan"}))),
                     SCRIPT[:2])
    assert [(u.word, u.script_index, u.probability) for u in report.unclear] == [("Hyesan", 8, 0.3)]


def test_pace_timing_and_verdict() -> None:
    # 120 words, one every 0.5 s: 60 s of speaking at 120 words per minute.
    text = " ".join(["word"] * 120)
    report = analyse(transcript(heard(text, start=2.0, step=0.5), duration=65.0), [text], TimeLimits(30, 50))
    assert report.speaking_seconds == pytest.approx(59.9, abs=0.01)
    assert report.words_per_minute == pytest.approx(120.2, abs=0.1)
    assert report.timing_verdict == "over" and report.duration_seconds == 65.0
    assert len(report.pace) >= 8 and all(p.words_per_minute == pytest.approx(120, abs=3) for p in report.pace)


def test_slow_and_fast_sentences_show_in_per_sentence_pace() -> None:
    slow = heard("My name is Mina.", step=0.8)
    fast = heard("I was born in Hyesan.", start=slow[-1].end + 0.5, step=0.35)
    figures = analyse(transcript(slow + fast), SCRIPT[:2]).sentences
    assert figures[0].words_per_minute < 90 < 150 < figures[1].words_per_minute


def test_report_round_trips_through_json_and_old_reports_still_load() -> None:
    report = analyse(transcript(heard("My name is Mina. I was born in Hyacin.")), SCRIPT[:2])
    data = json.loads(json.dumps(report.to_dict()))
    assert DeliveryReport.from_dict(data) == report
    required = {"duration_seconds", "speaking_seconds", "words_per_minute", "accuracy", "script_words", "omitted",
                "substituted", "inserted", "fillers", "hesitations", "pauses", "unclear", "transcript", "words"}
    assert required <= data.keys() and data["report_version"] == REPORT_VERSION
    # A report from before fields were added (only the first keys) still opens, with defaults.
    old = {k: data[k] for k in ("duration_seconds", "accuracy", "omitted", "words")} | {"report_version": 1}
    reopened = DeliveryReport.from_dict(old)
    assert reopened.accuracy == report.accuracy and reopened.words == report.words and reopened.pauses == []
    with pytest.raises(ValueError, match="newer"):
        DeliveryReport.from_dict({"report_version": REPORT_VERSION + 1})


def test_an_empty_script_is_refused() -> None:
    with pytest.raises(EmptyScript):
        analyse(transcript(heard("hello")), ["", " … "])
