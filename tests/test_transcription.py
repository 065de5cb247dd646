"""The real recogniser (the `base` model from its packages) on speech with known words and deviations.

The speech is made here with the offline Piper voice (deterministic), so every word said is known:
a faithful reading, one with a skipped sentence, an added word and a changed word, one with fillers,
and slower and faster readings. The real recording in ../shared/data is used when it is there.
"""

from __future__ import annotations

from pathlib import Path

import jiwer
import numpy as np
import pytest

from app.practice.alignment import normalise
from app.practice.audio import SAMPLE_RATE, AudioError, load_audio, to_16k_mono
from app.practice.delivery import analyse
from app.practice.transcription import Transcriber, TranscriptionCancelled, export_transcript
from tests.support.speech import Part, compose, write

SCRIPT = [
    "My name is Mina and I was born in a small city near the river.",
    "When I was twelve years old, my family crossed the river at night.",
    "We walked for thirty days, and I was afraid every single day.",
    "Today I study English, and I want to become a nurse.",
    "I believe that every child deserves a safe home and a good school.",
    "Thank you for listening to my story.",
]
DEVIATIONS = [  # sentence 4 skipped, "big" added, "safe" changed to "warm"
    SCRIPT[0], SCRIPT[1].replace("the river", "the big river"), SCRIPT[2],
    SCRIPT[4].replace("safe", "warm"), SCRIPT[5],
]
FILLERS = [
    "Um, my name is Mina and I was born in a small city near the river.",
    SCRIPT[1],
    "We walked for thirty days, you know, and I was afraid every single day.",
    "Today I study English, and, like, I want to become a nurse.",
    SCRIPT[4], SCRIPT[5],
]
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def reading(sentences: list[str], speed: float = 1.0) -> np.ndarray:
    samples, rate = compose([Part(s, 0.5, speed) for s in sentences])
    return to_16k_mono(samples, rate)




@pytest.fixture(scope="module")
def takes(transcriber: Transcriber) -> dict:
    made = {
        "faithful": reading(SCRIPT), "deviations": reading(DEVIATIONS), "fillers": reading(FILLERS),
        "slow": reading(SCRIPT, 0.75), "fast": reading(SCRIPT, 1.3),
    }
    return {name: (samples, transcriber.transcribe(samples)) for name, samples in made.items()}


def test_a_faithful_reading_is_heard_word_for_word(takes: dict) -> None:
    _, transcript = takes["faithful"]
    error = jiwer.wer(" ".join(normalise(" ".join(SCRIPT))), " ".join(normalise(transcript.text)))
    assert error <= 0.05, transcript.text
    report = analyse(transcript, SCRIPT)
    assert report.accuracy >= 0.95 and report.omitted == [] and report.inserted == []
    assert all(0 <= w.start <= w.end <= transcript.duration + 0.1 for w in transcript.words)
    assert all(0.0 <= w.probability <= 1.0 for w in transcript.words)


def test_skipped_added_and_changed_words_are_found(takes: dict) -> None:
    report = analyse(takes["deviations"][1], SCRIPT)
    skipped = SCRIPT[3].replace(",", "").replace(".", "").split()
    assert [o.word for o in report.omitted] == skipped
    assert {o.sentence for o in report.omitted} == {3}
    assert [(s.expected, s.said) for s in report.substituted] == [("safe", "warm")]
    assert [i.word for i in report.inserted] == ["big"]
    assert report.sentences[3].accuracy == 0.0
    assert report.accuracy == pytest.approx((report.script_words - len(skipped) - 1) / report.script_words, abs=1e-4)


def test_fillers_are_kept_and_counted(takes: dict) -> None:
    from app.practice import sounds
    from app.practice.runs import judged_report

    samples, transcript = takes["fillers"]
    frames, state = sounds.hear(samples)
    report = judged_report(transcript, SCRIPT, None, frames, state)  # as the app reports it
    found = [f.word.lower() for f in report.fillers]
    assert found == ["um", "you know", "like"], report.transcript
    assert report.inserted == [] and report.omitted == []
    starts = [f.start for f in report.fillers]
    assert starts == sorted(starts) and starts[0] < 1.0


def test_slower_and_faster_readings_change_the_pace(takes: dict) -> None:
    pace = {name: analyse(takes[name][1], SCRIPT).words_per_minute for name in ("slow", "faithful", "fast")}
    assert pace["slow"] < pace["faithful"] < pace["fast"], pace
    # Piper's length scale stretches speech, not the 0.5 s pauses, so the ratio is under 1.3/0.75 = 1.73; where
    # Whisper puts the first and last word moves it by a few hundredths (1.29–1.4 seen on two platforms).
    assert 1.2 < pace["fast"] / pace["slow"] < 1.9, pace


def test_pauses_between_sentences_are_long_only_when_they_are(takes: dict, transcriber: Transcriber) -> None:
    samples, rate = compose([Part(SCRIPT[0], 2.0), Part(SCRIPT[1], 0.4)])
    report = analyse(transcriber.transcribe(to_16k_mono(samples, rate)), SCRIPT[:2])
    assert len(report.pauses) == 1
    pause = report.pauses[0]
    assert 1.5 <= pause.end - pause.start <= 2.3 and report.script[pause.script_index] == "When"


def test_live_transcription_matches_the_whole_file_and_works_while_recording(takes: dict,
                                                                             transcriber: Transcriber) -> None:
    samples, whole = takes["faithful"]
    live = transcriber.live()
    live.stretch, live.longest = 8.0, 12.0
    worked_while_recording = 0
    for start in range(0, samples.size, SAMPLE_RATE // 4):  # quarter-second blocks, as a recorder delivers
        live.feed(samples[start:start + SAMPLE_RATE // 4])
        worked_while_recording += live.step()
    assert worked_while_recording >= 2
    # At "stop", at most one stretch is left to do: the rest was transcribed while she spoke.
    assert live.seconds_received - live.seconds_transcribed <= live.stretch + 0.3
    result = live.finish()
    assert result.duration == pytest.approx(samples.size / SAMPLE_RATE, abs=0.01)
    assert jiwer.wer(" ".join(normalise(whole.text)), " ".join(normalise(result.text))) <= 0.05
    assert [w.start for w in result.words] == sorted(w.start for w in result.words)
    assert analyse(result, SCRIPT).accuracy >= 0.95


def test_progress_and_cancel(takes: dict, transcriber: Transcriber) -> None:
    samples = takes["faithful"][0]
    seen: list[float] = []
    transcriber.transcribe(samples[: SAMPLE_RATE * 12], progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen) and len(seen) >= 2
    with pytest.raises(TranscriptionCancelled):
        transcriber.transcribe(samples, cancelled=lambda: True)


@pytest.mark.parametrize("suffix", [".wav", ".flac", ".mp3", ".m4a", ".ogg"])
def test_every_common_format_is_read(tmp_path: Path, suffix: str, transcriber: Transcriber) -> None:
    # Two sentences, not five words: on a one-second clip tiny.en heard "walk" for "walked" on Python 3.13
    # (Debian 13) from the very same samples, which says nothing about the file format.
    said = SCRIPT[1:3]
    samples, rate = compose([Part(sentence, 0.3) for sentence in said])
    path = write(tmp_path / f"take{suffix}", samples, rate)
    text = transcriber.transcribe(load_audio(path)).text
    error = jiwer.wer(" ".join(normalise(" ".join(said))), " ".join(normalise(text)))
    assert error <= 0.1, (suffix, text)


def test_transcript_exports(takes: dict) -> None:
    transcript = takes["faithful"][1]
    srt = export_transcript(transcript, "srt")
    assert srt.startswith("1\n00:00:00,") and " --> " in srt
    vtt = export_transcript(transcript, "vtt")
    assert vtt.startswith("WEBVTT\n\n00:00:") and "." in vtt.splitlines()[2]
    assert export_transcript(transcript, "txt").strip().startswith("My name is Mina")
    import json

    from app.practice.transcription import Transcript

    again = Transcript.from_dict(json.loads(export_transcript(transcript, "json")))
    assert again.words == transcript.words and again.text == transcript.text


def test_bad_audio_is_refused_with_a_reason(tmp_path: Path) -> None:
    cases = {"missing": tmp_path / "nope.wav", "empty": tmp_path / "empty.wav", "unreadable": tmp_path / "text.mp3"}
    cases["empty"].write_bytes(b"")
    cases["unreadable"].write_text("not audio at all", encoding="utf-8")
    silent = write(tmp_path / "silent.wav", np.zeros(16000 * 3, dtype=np.float32), 16000)
    for code, path in [*cases.items(), ("silent", silent)]:
        with pytest.raises(AudioError) as caught:
            load_audio(path)
        assert caught.value.code == code


@pytest.mark.skipif(not (SHARED / "jfk.flac").exists(), reason="../shared/data/jfk.flac is not beside the project")
def test_a_real_recording_with_its_known_text(transcriber: Transcriber) -> None:
    script = ["And so my fellow Americans, ask not what your country can do for you, "
              "ask what you can do for your country."]
    report = analyse(transcriber.transcribe(load_audio(SHARED / "jfk.flac")), script)
    assert report.omitted == [] and report.accuracy >= 0.95, report.transcript
    assert report.duration_seconds == pytest.approx(11.0, abs=0.05)  # the recording's length
    assert 100 < report.words_per_minute < 200  # his pace in the recording, not the program's speed


def test_a_long_recording_is_transcribed_in_pieces_cut_at_pauses(takes: dict, transcriber: Transcriber,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces keep memory bounded for an hour-long file; here the pieces are made 9 s long to see the cuts."""
    from app.practice import transcription

    samples, whole = takes["faithful"]
    monkeypatch.setattr(transcription, "PIECE_SECONDS", 9)
    ranges = transcription.pieces(samples)
    assert len(ranges) >= 3 and ranges[0][0] == 0 and ranges[-1][1] == samples.size
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    for _start, cut in ranges[:-1]:  # every cut falls in a pause, not in a word
        assert float(np.sqrt(np.mean(samples[cut - 800:cut + 800] ** 2))) < 0.01
    pieced = transcriber.transcribe(samples)
    assert jiwer.wer(" ".join(normalise(whole.text)), " ".join(normalise(pieced.text))) <= 0.05, pieced.text
    starts = [w.start for w in pieced.words]
    assert starts == sorted(starts) and pieced.words[-1].end <= pieced.duration + 0.1
    assert pieced.duration == whole.duration


def test_two_lanes_decode_the_halves_at_once_and_lose_nothing_at_the_cut(takes: dict,
                                                                         transcriber: Transcriber) -> None:
    """With two threads a recording of 40 s or more is cut in a pause into two parts, each decoded by its
    own single-threaded worker and heard by its own recogniser (app/practice/lanes.py): the words are one
    lane's, in time order, none lost or doubled at the cut; the sound frames cover the whole take."""
    from app.practice.lanes import split_at_pauses
    from app.practice.runs import transcribe_and_hear

    samples = np.concatenate([takes["faithful"][0], takes["deviations"][0]])
    one = transcriber.transcribe(samples)
    two = Transcriber(threads=2)
    seen: list[float] = []
    both, frames, state = transcribe_and_hear(samples, two, seen.append)
    said = " ".join(normalise(" ".join(SCRIPT + DEVIATIONS)))
    assert jiwer.wer(said, " ".join(normalise(both.text))) <= max(0.05, jiwer.wer(said, " ".join(normalise(one.text)))
                                                                  + 0.02)
    starts = [w.start for w in both.words]
    assert starts == sorted(starts)
    cut = split_at_pauses(samples, 2)[0][1] / SAMPLE_RATE
    near = [normalise(w.word) for w in both.words if abs(w.start - cut) < 3]  # no word lost or doubled at the cut
    assert near == [normalise(w.word) for w in one.words if abs(w.start - cut) < 3], (cut, both.text)
    assert both.duration == one.duration and seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 4
    assert state == "checked" and frames is not None
    assert [f.start for f in frames] == sorted(f.start for f in frames)
    assert frames[-1].end == pytest.approx(samples.size / SAMPLE_RATE, abs=0.05)

    def broken(*_args: object) -> None:
        raise RuntimeError("the sound check broke")

    with pytest.raises(RuntimeError, match="broke"):  # a lane's failure reaches the caller, not a thread's log
        two.transcribe_and(samples, broken)
    with pytest.raises(TranscriptionCancelled):
        two.transcribe(samples, cancelled=lambda: True)


def test_a_stretch_cut_inside_a_word_keeps_its_words_despite_the_filler_prompt(takes: dict,
                                                                              transcriber: Transcriber) -> None:
    """The hesitating prompt that keeps "um" can send the decoder astray when a stretch starts inside a
    word: on this reading, three of fourteen stretches cut every 2.37 s came out with a third of their words
    wrong ("every child deserves to be a nurse", words dropped). A decode that shows the signs is done again
    without the prompt (`Transcriber._span`); every stretch must then match the whole reading's words."""
    samples = np.concatenate([takes["faithful"][0], takes["fillers"][0]])
    whole = transcriber.transcribe(samples)
    worst = 0.0
    for k in range(14):
        offset = 0.9 + k * 2.37
        words, _lines, _voiced = transcriber._span(samples[int(offset * SAMPLE_RATE):int((offset + 12) * SAMPLE_RATE)],
                                                   offset, None)
        inside = [(offset + 0.6, offset + 11.4)]  # a word cut at either end is not the decoder's fault
        said = [w.word for w in whole.words if inside[0][0] <= w.start and w.end <= inside[0][1]]
        heard = [w.word for w in words if inside[0][0] <= w.start and w.end <= inside[0][1]]
        worst = max(worst, jiwer.wer(" ".join(normalise(" ".join(said))), " ".join(normalise(" ".join(heard)))))
    # A derailed stretch loses a third of its words (0.33). Whisper here is not bit-for-bit repeatable: the
    # worst stretch measured 0.06-0.09 in separate runs and 0.125 once inside the whole suite (one word more).
    assert worst <= 0.2


def test_a_window_may_hold_twice_what_quick_speech_needs(transcriber: Transcriber) -> None:
    from tokenizers import Tokenizer

    from app.practice.transcription import most_tokens

    tokenizer = Tokenizer.from_file(str(transcriber.choice.folder / "tokenizer.json"))
    text = " ".join((Path(__file__).parent.parent / "benchmarks" / "speech_text.txt").read_text().split())
    words = text.split()

    def needed(words_a_second: int, seconds: int) -> int:  # a window holds at most 30 s
        said = " ".join(words[:words_a_second * min(seconds, 30)])
        return len(tokenizer.encode(said, add_special_tokens=False).ids) + 2 * said.count(".") + 2  # timestamps

    for seconds in (2, 5, 10, 20, 30, 60):
        # quick speech twice over; a full window 1.7 times (Whisper's limit binds)
        assert (2 if seconds <= 20 else 1.7) * needed(3, seconds) <= most_tokens(seconds), seconds
        assert needed(4, seconds) <= most_tokens(seconds), seconds  # very quick speech still fits
        assert most_tokens(seconds) <= 220  # with a prompt of up to 227 tokens: Whisper's 448


def test_a_long_stretch_decodes_with_the_token_cap_once_its_previous_text_is_full(transcriber: Transcriber) -> None:
    # Past ~170 words the decoder is given 223 tokens of previous text: the cap must leave room for them
    # (faster-whisper refuses a prompt and new tokens over 448 together; the 2:23 benchmark reading found it).
    lines = (Path(__file__).parent.parent / "benchmarks" / "speech_text.txt").read_text().splitlines()[:18]
    lines = [line for line in lines if line.strip()]
    samples = reading(lines, 1.2)
    words, _lines, _voiced = transcriber._span(samples, 0.0, None)
    assert samples.size / SAMPLE_RATE > 60
    said = " ".join(normalise(" ".join(lines)))
    assert len(said.split()) > 200
    assert jiwer.wer(said, " ".join(normalise(" ".join(w.word for w in words)))) <= 0.1
