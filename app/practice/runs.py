"""Practice runs of a speech, end to end and without Qt: record (or import), transcribe, report, store.

The window calls these from worker threads; every function here is safe to call off the GUI thread.
Takes live in `takes/<speech id>/` inside the data folder; the store keeps their paths relative to it.
"""

from __future__ import annotations

import io
import logging
import shutil
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

import numpy as np

from app import paths
from app.practice import hesitations, left_out, listening, reference, sounds
from app.practice.audio import AudioError, load_audio
from app.practice.delivery import DeliveryReport, EmptyScript, analyse
from app.practice.hearing import HearingProcess, LiveHearing
from app.practice.recorder import Recorder, Recording, finish_partial, remove_partial, unfinished_takes
from app.practice.transcription import Cancelled, Progress, Transcriber, Transcript, TranscriptionCancelled
from app.vault.crypto import SealedError
from app.vault.files import codec_of
from models.records import Take, TimeLimits
from models.store import SpeechStore

log = logging.getLogger(__name__)
REFERENCE_SECONDS = 0.5  # what a report may spend reading the offline voice's reference sentences not yet read
IMPORTABLE = (".wav", ".flac", ".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus")


def takes_root(store: SpeechStore) -> Path:
    return paths.takes_dir(store.path.parent)


def take_base(store: SpeechStore, speech_id: int, stamp: datetime | None = None) -> Path:
    """A new take's path without suffix, e.g. takes/3/2026-11-24_15-02-11."""
    moment = (stamp or datetime.now()).strftime("%Y-%m-%d_%H-%M-%S")
    base = takes_root(store) / str(speech_id) / moment
    n = 1
    # Any file of that name counts: two recordings imported in the same second (a .wav and a .m4a, or two
    # .wav) must not share a path, or the second would overwrite the first.
    while base.parent.is_dir() and any(base.parent.glob(base.name + ".*")):
        n += 1
        base = takes_root(store) / str(speech_id) / f"{moment}-{n}"
    return base


def audio_path(store: SpeechStore, take: Take) -> Path:
    return store.path.parent / take.audio


def _relative(store: SpeechStore, path: Path) -> str:
    return path.relative_to(store.path.parent).as_posix()


def script_sentences(store: SpeechStore, speech_id: int) -> list[str]:
    """The English rows of the speech: the script a take is compared with."""
    return [s.english.strip() for s in store.segments(speech_id) if s.english.strip()]


def report_for(store: SpeechStore, speech_id: int, transcript: Transcript,
               frames: list[listening.Frames] | None = None, sounds_state: str = "",
               samples: np.ndarray | None = None) -> DeliveryReport | None:
    """The delivery report, or None when the speech has no English yet (the transcript is still kept)."""
    try:
        return judged_report(transcript, script_sentences(store, speech_id), store.speech(speech_id).limits,
                             frames, sounds_state, samples)
    except EmptyScript:
        return None


def judged_report(transcript: Transcript, sentences: list[str], limits: TimeLimits | None,
                  frames: list[listening.Frames] | None, sounds_state: str = "",
                  samples: np.ndarray | None = None) -> DeliveryReport:
    """The report, its changed and unclear words checked against the take's sounds when there are frames
    (`sounds.hear`); `sounds_state` says why not otherwise ("unavailable", "failed"). `samples`, the take's
    audio, lets the check hear a v said as b by its closure, and each swap against the offline voice's reading of
    the same sentence (`sounds.evaluate`, `reference.gains`)."""
    report = analyse(transcript, sentences, limits)
    if frames is None or transcript.language != "en":
        report.sounds = sounds_state if transcript.language == "en" else ""
        return report
    listener = listening.shared_listener()
    heard = {s.script_index: s.said for s in report.substituted if " " not in s.said}
    references = reference.gains(sentences, budget=REFERENCE_SECONDS) if samples is not None else None
    evidence = sounds.evaluate(report.script, report.script_times, frames, listener.symbols(), listener.blank(),
                               heard, samples, references)
    evidence.heard_anyway = left_out.said_anyway(report.script, report.script_times,
                                                 {o.script_index for o in report.omitted}, frames, listener.symbols(),
                                                 listener.blank(), transcript.duration)
    added = [h for h, w in enumerate(transcript.words)
             if any(i.start == w.start and i.end == w.end for i in report.inserted)]
    found = hesitations.fillers_among([(transcript.words[h].word, transcript.words[h].start, transcript.words[h].end)
                                  for h in added], frames, listener.symbols(), listener.blank())
    evidence.hesitations = {added[n]: filler for n, filler in found.items()}
    return analyse(transcript, sentences, limits, evidence)


def speech_level(samples: np.ndarray | None, voiced: list[tuple[float, float]]) -> float | None:
    """Her voice's loudness in dBFS: the RMS of the stretches where the speech detector heard voice."""
    if samples is None or not voiced:
        return None
    parts = [samples[int(a * 16_000):int(b * 16_000)] for a, b in voiced]
    joined = np.concatenate([p for p in parts if p.size]) if any(p.size for p in parts) else np.zeros(0)
    if not joined.size:
        return None
    rms = float(np.sqrt(np.mean(np.square(joined, dtype=np.float64))))
    return round(20 * np.log10(max(rms, 1e-9)), 1)


def save_analysis(store: SpeechStore, take_id: int, transcript: Transcript, samples: np.ndarray | None = None,
                  frames: list[listening.Frames] | None = None, sounds_state: str = "") -> Take:
    """Store the take's report. A take in which almost nothing was heard (a muted or wrong microphone,
    silence, noise) is kept and says so, but is not scored: it never counts as 0 % in her progress.
    Without `frames` the sounds are heard here from `samples` (English takes)."""
    from app.practice.coaching import coach

    take = store.take(take_id)
    if frames is None and not sounds_state and samples is not None and transcript.language == "en":
        frames, sounds_state = sounds.hear(samples)
    report = report_for(store, take.speech_id, transcript, frames, sounds_state, samples)
    if report is None:
        data = {"report_version": 1, "duration_seconds": transcript.duration, "transcript": transcript.text,
                "words": [asdict(w) for w in transcript.words], "no_script": True}
    else:
        report.speech_dbfs = speech_level(samples, transcript.voiced)
        data = report.to_dict()
        if coach(report).heard_nothing:
            data["scored"] = False
    store.set_take_report(take_id, data)
    return store.take(take_id)


class PracticeRun:
    """A take being recorded, heard while she speaks (`hearing.py`: in this process, or in the studio's
    hearing process).

    `start()` on the GUI thread (it only opens the stream); `pump()` now and then on a worker;
    `finish()` on a worker after the last `pump()` returned.
    """

    def __init__(self, store: SpeechStore, speech_id: int, transcriber: Transcriber, device: int | None = None,
                 hearing: LiveHearing | HearingProcess | None = None, follow: list[str] | None = None,
                 on_place: Callable[[int], None] | None = None):
        """`follow`: the script's sentences to follow her through (the prompter), reporting the last script
        word said to `on_place` (on another thread)."""
        self.store = store
        self.speech_id = speech_id
        self.language = transcriber.language
        self.hearing = hearing or LiveHearing(transcriber)
        self.hearing.begin(follow, on_place)
        self.base = take_base(store, speech_id)
        self.recorder = Recorder(self.base, device, on_block=self.hearing.feed, codec=codec_of(store))

    def start(self) -> None:
        self.recorder.start()
        if self.language == "en":  # the voice's reference readings, done long before she stops
            reference.warm_in_background(script_sentences(self.store, self.speech_id))

    def pump(self, cancelled: Cancelled | None = None) -> bool:
        return self.hearing.pump(cancelled)

    def move_to(self, sentence: int) -> None:
        """She moved the prompter by hand: follow on from there."""
        self.hearing.move_to(sentence)

    def save_unanalysed(self) -> Take:
        """Stop and list the take without transcribing the rest (the app is closing); analyse it later."""
        return self._list(self.recorder.stop(keep_partial=True))

    def _list(self, recording: Recording) -> Take:
        """List the finished take, then remove its partial file: a crash in between is recovered later."""
        take = self.store.add_take(self.speech_id, _relative(self.store, recording.path), recording.seconds)
        remove_partial(self.base)
        return take

    def finish(self, progress: Progress | None = None) -> Take:
        """Stop recording, save the take at once, then transcribe the rest and save the report."""
        take = self._list(self.recorder.stop(keep_partial=True))
        transcript, frames, state = self.hearing.finish(progress)
        try:
            samples = load_take(self.store, take)  # for her voice's level (a 5-minute take decodes in ~0.2 s)
        except AudioError:
            samples = None  # silent or empty: the report says nothing was heard
        return save_analysis(self.store, take.id, transcript, samples, frames, state)


def import_recording(store: SpeechStore, speech_id: int, source: Path, notes: list[str] | None = None) -> Take:
    """Copy a recording into the speech's takes (checked readable first) and list it; analyse separately.
    `notes` receives "truncated" for a file that holds less than it announces (see `load_audio`)."""
    samples = load_audio(source, notes)  # raises AudioError before anything is copied
    base = take_base(store, speech_id)
    target = base.with_name(base.name + source.suffix.lower())
    codec_of(store).write(target, source.read_bytes())  # sealed when the lock is on
    return store.add_take(speech_id, _relative(store, target), samples.size / 16_000, source="imported",
                          title=source.stem)


def analyse_take(store: SpeechStore, take_id: int, transcriber: Transcriber, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> Take:
    take = store.take(take_id)
    samples = load_take(store, take)
    # the voice's reference readings (about a quarter of a second a sentence), beside the transcription
    readings = reference.warm_in_background(script_sentences(store, take.speech_id)) \
        if transcriber.language == "en" else None
    transcript, frames, state = transcribe_and_hear(samples, transcriber, progress, cancelled)
    if readings is not None:
        readings.join()
    return save_analysis(store, take_id, transcript, samples, frames, state)


def transcribe_and_hear(samples: np.ndarray, transcriber: Transcriber, progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> tuple[Transcript, list[listening.Frames] | None, str]:
    """A whole English take transcribed and its sounds heard, part by part on every core (`lanes.py`): the
    transcript, the frames and "checked", or None and why not ("unavailable", "failed"). Another language:
    the transcript only. Raises `TranscriptionCancelled` on cancel."""
    if transcriber.language != "en":
        return transcriber.transcribe(samples, progress, cancelled), None, ""
    transcript, heard = transcriber.transcribe_and(samples, _hear_part, progress, cancelled)
    state = next((state for _frames, state in heard if state != "checked"), "checked")
    frames = [f for part, _state in heard for f in part or []] if state == "checked" else None
    return transcript, frames, state


def _hear_part(part: np.ndarray, offset: float, lane: int, stop: Cancelled,
               progress: Progress) -> tuple[list[listening.Frames] | None, str]:
    frames, state = sounds.hear(part, stop, offset, lane, progress)
    if state == "cancelled":
        raise TranscriptionCancelled()
    return frames, state


def load_take(store: SpeechStore, take: Take) -> np.ndarray:
    """A take's samples; a sealed take is opened in memory. Raises `AudioError` (a sealed take that does
    not open is `unreadable`)."""
    path = audio_path(store, take)
    try:
        source = codec_of(store).source(path)
    except FileNotFoundError:
        return load_audio(path)  # says "missing"
    except (OSError, SealedError) as error:
        raise AudioError("unreadable", path, f"{path} cannot be opened ({error})") from error
    return load_audio(path, data=source) if isinstance(source, io.BytesIO) else load_audio(source)


def erase_deleted_takes(store: SpeechStore, speech_id: int) -> int:
    """Erase the speech's deleted takes for good: each row, then its audio file. Returns how many."""
    erased = 0
    for take in store.takes(speech_id, deleted=True):
        store.purge_take(take.id)
        _remove_quietly(audio_path(store, take))
        erased += 1
    return erased


def erase_speech_audio(store: SpeechStore, speech_id: int) -> None:
    """After a speech was erased from the database: its takes and its sentences read aloud, from disk, and
    with the lock on their key (so no copy of them made before opens either)."""
    codec = codec_of(store)
    if codec.keyring is not None:
        codec.keyring.destroy_speech_key(speech_id)
    for folder in (takes_root(store) / str(speech_id), paths.voice_cache_dir(store.path.parent) / str(speech_id)):
        if folder.is_dir():
            shutil.rmtree(folder, onerror=lambda _f, path, _e: log.warning("could not erase %s", path))


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        log.warning("could not erase %s", path)


def pending_recoveries(store: SpeechStore) -> list[int]:
    """The speeches (ids) that have takes a crash interrupted."""
    root = takes_root(store)
    if not root.is_dir():
        return []
    return sorted(int(folder.name) for folder in root.iterdir()
                  if folder.is_dir() and folder.name.isdigit() and unfinished_takes(folder))


def recover_unfinished(store: SpeechStore, speech_id: int) -> list[Take]:
    """A speech's takes a crash interrupted: finished as FLAC, listed (source 'recovered'), and only then
    their partial files removed, so a crash in between leaves the take to be recovered again, never a FLAC
    that no list shows."""
    taken = []
    listed = {take.audio for take in [*store.takes(speech_id), *store.takes(speech_id, deleted=True)]}
    for base in unfinished_takes(takes_root(store) / str(speech_id)):
        recording = finish_partial(base, keep_partial=True, codec=codec_of(store))
        if _relative(store, recording.path) not in listed:  # else: listed just before a crash
            taken.append(store.add_take(speech_id, _relative(store, recording.path), recording.seconds,
                                        source="recovered"))
        remove_partial(base)
    return taken
