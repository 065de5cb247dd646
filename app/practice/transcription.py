"""Speech to text on this computer with faster-whisper, word by word, with times and confidence.

- `Transcriber.transcribe(samples)` does a whole recording, reporting progress and honouring cancel.
- `Transcriber.live()` takes audio as it is recorded: finished stretches (cut in silences) are
  transcribed while the student is still speaking, so only the last few seconds remain at "stop".
No Qt here: progress and cancel are plain callables, so the window, the command line and the tests
share the same code.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from app.practice.asr_models import ModelChoice, ModelError, resolve
from app.practice.audio import SAMPLE_RATE
from app.practice.guards import ENOUGH_COVERAGE, REPEATS, UNSURE, coverage, phantom
from app.practice.lanes import Meter, Stop, quietest_point, run_lanes, split_at_pauses

log = logging.getLogger(__name__)
Progress = Callable[[float], None]
Cancelled = Callable[[], bool]
T = TypeVar("T")
# what runs on a part's lane after its transcription: (part, offset s, lane, stop, progress) -> result
Then = Callable[[np.ndarray, float, int, Cancelled, Progress], T]
_TRANSCRIBING_SHARE = 0.6  # of a lane's time, when the sound check follows (Whisper ~36 s, the recogniser ~29 s CPU)

TRANSCRIPT_FORMATS = ("txt", "srt", "vtt", "json")



class TranscriptionCancelled(Exception):
    """The user cancelled; nothing was produced."""


@dataclass(frozen=True)
class Word:
    word: str  # as heard, without surrounding spaces (may carry punctuation: "Um,")
    start: float
    end: float
    probability: float


@dataclass(frozen=True)
class Line:
    """One recogniser segment: a phrase or sentence, for subtitles and the plain-text transcript."""

    start: float
    end: float
    text: str


@dataclass
class Transcript:
    words: list[Word]
    lines: list[Line]
    duration: float
    voiced: list[tuple[float, float]] = field(default_factory=list)  # where the speech detector heard voice
    language: str = "en"
    model: str = ""

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines).strip()

    def to_dict(self) -> dict:
        data = asdict(self)
        data["voiced"] = [list(span) for span in self.voiced]
        data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Transcript:
        return cls(
            words=[Word(**{k: w[k] for k in ("word", "start", "end", "probability")}) for w in data.get("words", [])],
            lines=[Line(**{k: s[k] for k in ("start", "end", "text")}) for s in data.get("lines", [])],
            duration=float(data.get("duration", 0.0)),
            voiced=[(float(a), float(b)) for a, b in data.get("voiced", [])],
            language=data.get("language", "en"),
            model=data.get("model", ""),
        )


def default_threads() -> int:
    """Leave one core to the window and the recorder (measured: all cores collapse under contention)."""
    return max(1, (os.cpu_count() or 2) - 1)


def all_threads() -> int:
    """For a whole file when nothing is being recorded; idle threads sleep (OMP_WAIT_POLICY=PASSIVE)."""
    return max(1, os.cpu_count() or 1)


# A prompt per language for the decoder. Whisper writes clean text and drops most "um"/"uh"; a short prompt
# that itself hesitates makes `base` keep them: 6 of 6 on two synthetic sets, none invented on clean
# readings (benchmarks/filler_bench.py). Its side effects — a few more changed or unclear words, once an "uh"
# written as "he'd" — are what the sound check answers: such marks need the sounds' evidence, and an added
# word whose sounds fit "uh"/"um" better is counted as the filler it was (docs/PERFORMANCE.md "Fillers").
FILLER_PROMPT: dict[str, str] = {"en": "Um, so, uh, I was, um, there."}


class Transcriber:
    """One loaded model for one language. Safe to share between threads.

    `threads` is how many decodes run at once, one core each: a whole recording is cut at pauses into that
    many parts, each decoded on its own lane (`lanes.py`); a live take uses one. Greedy decoding (beam 1) by
    default: on a 5-minute take it scored the same script accuracy as beam 5 (0.975 vs 0.976) in two thirds
    of the time (docs/PERFORMANCE.md).
    """

    def __init__(self, model: str | ModelChoice | None = None, language: str = "en", *,
                 threads: int | None = None, beam_size: int = 1, models_folder: Path | None = None,
                 fillers: bool = True) -> None:
        self.choice = model if isinstance(model, ModelChoice) else resolve(model, models_folder)
        if language != "en" and self.choice.english_only:
            raise ModelError("english_only", f"the {self.choice.name} model understands English only")
        self.language = language
        self.threads = threads or default_threads()
        self.beam_size = beam_size
        # The hesitating prompt keeps "um"/"uh" for the delivery report; a plain transcript or subtitles go
        # without it (on Debian 12's build it once nudged JFK's "ask not" into "asked not").
        self.prompt = FILLER_PROMPT.get(language) if fillers else None
        self._model = None
        self._lock = threading.Lock()  # loading
        self._decoding = threading.Semaphore(self.threads)  # one decode per worker

    def load(self):  # -> faster_whisper.WhisperModel
        """Load the model now (0.2–0.4 s); otherwise it loads on first use."""
        with self._lock:
            return self._loaded()

    def _loaded(self):
        if self._model is None:
            os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
            os.environ["HF_HUB_OFFLINE"] = "1"
            from faster_whisper import WhisperModel

            try:
                self._model = WhisperModel(str(self.choice.folder), device="cpu", compute_type="int8",
                                           cpu_threads=1, num_workers=self.threads, local_files_only=True)
            except (RuntimeError, ValueError, OSError) as error:
                raise ModelError("damaged", f"cannot load the model in {self.choice.folder}: {error}") from error
        return self._model

    def transcribe(self, samples: np.ndarray, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> Transcript:
        """A whole recording (16 kHz mono float32), reporting progress and honouring cancel."""
        return self.transcribe_and(samples, None, progress, cancelled)[0]

    def transcribe_and(self, samples: np.ndarray, then: Then[T] | None, progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> tuple[Transcript, list[T]]:
        """A whole recording, cut at pauses into one part per thread, the parts decoded at once; on each
        part's lane, once it is transcribed, `then(part, offset, lane, stop, progress)` runs too (the sound
        check) and its results come back in order. A recording in one part (under 40 s, or one thread) is
        decoded while `then` runs beside it, on a lane of its own. A part longer than `PIECE_SECONDS` is transcribed
        in pieces cut at its quietest moments, so memory stays bounded however long it is (a 60-minute file).
        A lane that fails stops the others and its error is raised (`TranscriptionCancelled` on cancel)."""
        parts = split_at_pauses(samples, self.threads)
        beside = then is not None and len(parts) == 1  # one lane would leave the other core idle
        meter = Meter(progress, [b - a for a, b in parts] + ([samples.size] if beside else []))
        share = 1.0 if then is None or beside else _TRANSCRIBING_SHARE

        def lane(k: int, a: int, b: int, stop: Stop) -> tuple[list[Word], list[Line], list[tuple[float, float]],
                                                              T | None]:
            words: list[Word] = []
            lines: list[Line] = []
            voiced: list[tuple[float, float]] = []
            part = samples[a:b]
            report = meter.lane(k, share)
            length = part.size / SAMPLE_RATE
            for start, end in pieces(part):
                more = self._span(part[start:end], (a + start) / SAMPLE_RATE, stop,
                                  partial(_fraction, report, start / SAMPLE_RATE, length))
                words += more[0]
                lines += more[1]
                voiced += more[2]
            if stop():
                raise TranscriptionCancelled()
            extra = None
            if then is not None and not beside:
                extra = then(part, a / SAMPLE_RATE, k, stop, meter.lane(k, 1.0 - share, share))
            return words, lines, voiced, extra

        def whole(stop: Stop) -> T | None:
            return then(samples, 0.0, 0, stop, meter.lane(1)) if then is not None else None

        jobs: list[Callable[[Stop], Any]] = [partial(lane, k, a, b) for k, (a, b) in enumerate(parts)]
        if beside:
            jobs.append(whole)
        results = run_lanes(jobs, cancelled)
        heard = [results.pop()] if beside else [r[3] for r in results if r[3] is not None]
        if progress:
            progress(1.0)
        transcript = Transcript([w for r in results for w in r[0]], [line for r in results for line in r[1]],
                                samples.size / SAMPLE_RATE, [v for r in results for v in r[2]], self.language,
                                self.choice.name)
        return transcript, heard

    def live(self) -> LiveTranscription:
        return LiveTranscription(self)

    def _span(self, samples: np.ndarray, offset: float, cancelled: Cancelled | None,
              done: Callable[[float], None] | None = None) -> tuple[list[Word], list[Line], list[tuple[float, float]]]:
        """Transcribe `samples`, which start `offset` seconds into the take; `done` gets the seconds of
        `samples` transcribed so far.

        With the filler prompt, a stretch that starts inside speech can send the decoder round the prompt's
        own pattern ("I was, um, so, uh, I was, um, …") or make it drop most of what was said. So the
        prompted decode gets one try (no rising-temperature retries of the same loop); when it shows the
        signs — a segment the decoder itself would have retried (its text repeats itself, or it was unsure
        of it) or words covering little of the voice heard — the stretch is decoded again without the
        prompt, and the result that covers more of her voice is kept (docs/PERFORMANCE.md, "The guard")."""
        if samples.size == 0:
            return [], [], []
        with self._lock:
            model = self._loaded()
        with self._decoding:
            voiced = [(offset + a, offset + b) for a, b in voiced_spans(samples)]
            if not voiced:
                return [], [], []
            words, lines, doubtful = self._decode(model, samples, offset, self.prompt, voiced, cancelled, done)
            if self.prompt is None:
                return words, lines, voiced
            covered = coverage(words, voiced)
            if doubtful or covered < ENOUGH_COVERAGE:
                again, again_lines, again_doubtful = self._decode(model, samples, offset, None, voiced, cancelled,
                                                                  done)
                better = coverage(again, voiced)
                log.info("the prompted decode at %.1f s looked wrong (coverage %.2f, doubtful %s); without the "
                         "prompt: coverage %.2f, doubtful %s", offset, covered, doubtful, better, again_doubtful)
                if better > covered or (doubtful and not again_doubtful and better >= covered - 0.05):
                    words, lines = again, again_lines
        return words, lines, voiced

    def _decode(self, model: Any, samples: np.ndarray, offset: float, prompt: str | None,  # noqa: ANN401
                voiced: list[tuple[float, float]], cancelled: Cancelled | None,
                done: Callable[[float], None] | None) -> tuple[list[Word], list[Line], bool]:
        """One decode: its words, its lines, and whether any segment is one the decoder would retry. A line
        she did not say (`guards.phantom`: written into the silence after a stretch) is left out, and logged."""
        words: list[Word] = []
        lines: list[Line] = []
        doubtful = False
        options = {"temperature": 0.0} if prompt else {}  # the prompted decode is not retried hotter
        segments, _info = model.transcribe(
            samples, language=self.language, beam_size=self.beam_size, word_timestamps=True, vad_filter=True,
            condition_on_previous_text=True, initial_prompt=prompt,
            max_new_tokens=most_tokens(samples.size / SAMPLE_RATE), **options)
        for segment in segments:  # lazy: decoding happens while iterating
            if cancelled and cancelled():
                raise TranscriptionCancelled()
            doubtful = doubtful or segment.compression_ratio > REPEATS or segment.avg_logprob < UNSURE
            said = [Word(w.word.strip(), round(offset + float(w.start), 3), round(offset + float(w.end), 3),
                         round(float(w.probability), 4)) for w in segment.words or [] if w.word.strip()]
            text = segment.text.strip()
            why = phantom(said, text, lines[-1].text if lines else "", voiced)
            if why:
                log.info("left out a line at %.1f s that was not said (%s): %r", offset + segment.start, why, text[:80])
            else:
                lines.append(Line(round(offset + float(segment.start), 3), round(offset + float(segment.end), 3),
                                  text))
                words += said
            if done:
                done(float(segment.end))
        return words, lines, doubtful


def most_tokens(seconds: float) -> int:
    """The tokens a window of `seconds` may produce, so a loop at the end of a stretch ("… told me jokes. I was
    afraid …" written again and again into its last pause, up to Whisper's 448) stops early: twice what quick
    speech needs (3 words a second, ~4.3 tokens with the timestamps; a full 30 s window 1.7 times), and room
    for 4 words a second. At most 220: the prompt the decoder is given (up to 227 tokens: 223 of previous text
    and 4 markers) and the new ones must fit in Whisper's 448 together, or faster-whisper refuses."""
    return int(min(220, 24 + 10 * min(30.0, seconds)))


def _fraction(report: Progress, before: float, length: float, seconds: float) -> None:
    report((before + seconds) / length if length else 1.0)


PIECE_SECONDS = 300  # measured: 10-minute pieces added ~500 MB at their peak, 2-minute ones ~160 MB (PERFORMANCE.md)
_CUT_SEARCH_SECONDS = 20


def pieces(samples: np.ndarray, piece_seconds: float | None = None) -> list[tuple[int, int]]:
    """Sample ranges of at most `piece_seconds` each, every cut placed at the quietest tenth of a second in
    the last 20 seconds before the limit (a pause, in speech), so no word is cut in two."""
    size = int((piece_seconds or PIECE_SECONDS) * SAMPLE_RATE)
    search = min(int(_CUT_SEARCH_SECONDS * SAMPLE_RATE), size // 2)
    ranges = []
    start = 0
    while samples.size - start > size:
        cut = quietest_point(samples, start + size - search, start + size)
        ranges.append((start, cut))
        start = cut
    ranges.append((start, samples.size))
    return ranges


def voiced_spans(samples: np.ndarray) -> list[tuple[float, float]]:
    """Where Silero VAD hears voice, tightly (little padding), in seconds from the start of `samples`."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    options = VadOptions(threshold=0.5, min_speech_duration_ms=120, min_silence_duration_ms=200, speech_pad_ms=40)
    return [(round(s["start"] / SAMPLE_RATE, 3), round(s["end"] / SAMPLE_RATE, 3))
            for s in get_speech_timestamps(samples, options, sampling_rate=SAMPLE_RATE)]


class LiveTranscription:
    """Transcribes a take while it is being recorded.

    The recorder calls `feed()` with new 16 kHz mono samples (from any thread); a worker calls `step()`
    now and then, which transcribes the stretch up to the last pause once enough audio has gathered;
    `finish()` transcribes what is left and returns the whole transcript.
    """

    def __init__(self, transcriber: Transcriber, *, stretch_seconds: float = 20.0,
                 longest_stretch_seconds: float = 30.0) -> None:
        self.transcriber = transcriber
        self.stretch = stretch_seconds
        self.longest = longest_stretch_seconds
        self._chunks: list[np.ndarray] = []
        self._received = 0
        self._done = 0  # samples already transcribed
        self._pending = np.zeros(0, dtype=np.float32)
        self._words: list[Word] = []
        self._lines: list[Line] = []
        self._voiced: list[tuple[float, float]] = []
        self._feed_lock = threading.Lock()

    def feed(self, samples: np.ndarray) -> None:
        mono = np.asarray(samples, dtype=np.float32).reshape(-1)
        with self._feed_lock:
            self._chunks.append(mono.copy())
            self._received += mono.size

    @property
    def seconds_received(self) -> float:
        return self._received / SAMPLE_RATE

    @property
    def seconds_transcribed(self) -> float:
        return self._done / SAMPLE_RATE

    def _collect(self) -> None:
        with self._feed_lock:
            chunks, self._chunks = self._chunks, []
        if chunks:
            self._pending = np.concatenate([self._pending, *chunks])

    def step(self, cancelled: Cancelled | None = None) -> bool:
        """Transcribe one finished stretch if there is one; True if it did."""
        self._collect()
        if self._pending.size < self.stretch * SAMPLE_RATE:
            return False
        cut = self._cut_point(self._pending)
        self._transcribe(self._pending[:cut], cancelled)
        self._pending = self._pending[cut:]
        return True

    def finish(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> Transcript:
        self._collect()
        while self._pending.size > self.longest * SAMPLE_RATE:
            cut = self._cut_point(self._pending)
            self._transcribe(self._pending[:cut], cancelled)
            self._pending = self._pending[cut:]
        if self._pending.size:
            self._transcribe(self._pending, cancelled)
            self._pending = np.zeros(0, dtype=np.float32)
        if progress:
            progress(1.0)
        return Transcript(list(self._words), list(self._lines), self._done / SAMPLE_RATE, list(self._voiced),
                          self.transcriber.language, self.transcriber.choice.name)

    def _transcribe(self, samples: np.ndarray, cancelled: Cancelled | None) -> None:
        offset = self._done / SAMPLE_RATE
        words, lines, voiced = self.transcriber._span(samples, offset, cancelled)
        self._words.extend(words)
        self._lines.extend(lines)
        self._voiced.extend(voiced)
        self._done += samples.size

    def _cut_point(self, samples: np.ndarray) -> int:
        """A sample index in the middle of the last pause that leaves at least 5 s before it."""
        window = samples[: int(self.longest * SAMPLE_RATE)]
        spans = voiced_spans(window)
        minimum = 5.0
        best = None
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            middle = (end + start) / 2
            if middle >= minimum and start - end >= 0.25:
                best = middle
        if best is None:
            if not spans:
                return window.size  # nothing but silence so far
            best = spans[-1][1] if spans[-1][1] >= minimum and spans[-1][1] < window.size / SAMPLE_RATE - 0.3 \
                else window.size / SAMPLE_RATE
        return min(window.size, max(1, int(best * SAMPLE_RATE)))


# ---------------------------------------------------------------------------------------------- export


def _stamp(seconds: float, separator: str) -> str:
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def export_transcript(transcript: Transcript, fmt: str) -> str:
    """The transcript as plain text, SubRip (srt), WebVTT (vtt) or JSON."""
    if fmt == "txt":
        return "\n".join(line.text for line in transcript.lines) + "\n"
    if fmt == "srt":
        blocks = [f"{n}\n{_stamp(line.start, ',')} --> {_stamp(line.end, ',')}\n{line.text}\n"
                  for n, line in enumerate(transcript.lines, start=1)]
        return "\n".join(blocks)
    if fmt == "vtt":
        blocks = [f"{_stamp(line.start, '.')} --> {_stamp(line.end, '.')}\n{line.text}\n" for line in transcript.lines]
        return "WEBVTT\n\n" + "\n".join(blocks)
    if fmt == "json":
        return json.dumps(transcript.to_dict(), ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown transcript format {fmt!r}")
