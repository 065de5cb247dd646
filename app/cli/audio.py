"""`moksori transcribe` and `moksori analyze`: the practice-run pipeline without the window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from app.drafting.sentences import split_sentences
from app.practice import listening, sounds
from app.practice.asr_models import DEFAULT_MODEL, ModelError
from app.practice.audio import AudioError, load_audio
from app.practice.delivery import DeliveryReport
from app.practice.runs import judged_report, transcribe_and_hear
from app.practice.transcription import TRANSCRIPT_FORMATS, Transcriber, Transcript, all_threads, export_transcript
from app.speaking import clock
from app.user_files import UnusableFile, read_user_text
from models.records import TimeLimits


class CommandFailed(Exception):
    """One line for stderr; the command exits 1."""


def add_commands(commands: argparse._SubParsersAction) -> None:
    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("audio", type=Path, help="a recording: WAV, FLAC, MP3, M4A/AAC or OGG")
        parser.add_argument("--model", default=DEFAULT_MODEL,
                            help="base (default), tiny.en, or the folder of a CTranslate2 Whisper model")
        parser.add_argument("--language", choices=("en", "ko"), default="en", help="what is spoken (default en)")
        parser.add_argument("--threads", type=int, default=all_threads(),
                            help="CPU threads (default: all cores; idle threads sleep rather than spin)")

    transcribe = commands.add_parser("transcribe", help="write down what a recording says, on this computer")
    common(transcribe)
    transcribe.add_argument("--format", choices=TRANSCRIPT_FORMATS, default="txt")
    transcribe.add_argument("--output", type=Path, help="write to this file instead of the screen")
    transcribe.add_argument("--fillers", action="store_true",
                            help="keep um/uh in the text (the delivery report always looks for them)")

    analyze = commands.add_parser("analyze", help="a delivery report: a recording compared with its script")
    common(analyze)
    analyze.add_argument("--script", type=Path, required=True, help="the speech as plain text (UTF-8)")
    analyze.add_argument("--json", action="store_true", help="print the report as one JSON object")
    analyze.add_argument("--min-seconds", type=int, default=TimeLimits().min_seconds, help="time limit, minimum")
    analyze.add_argument("--max-seconds", type=int, default=TimeLimits().max_seconds, help="time limit, maximum")


def run(options: argparse.Namespace) -> int:
    try:
        if options.command == "transcribe":
            text = export_transcript(_transcribe(options, _load(options))[0], options.format)
            _write(text, options.output)
        else:
            sentences = read_script(options.script, options.language)
            if options.min_seconds < 0 or options.max_seconds < options.min_seconds:
                raise CommandFailed("time limits must satisfy 0 <= --min-seconds <= --max-seconds")
            samples = _load(options)
            transcript, frames, state = _transcribe(options, samples)
            if not transcript.words:
                raise CommandFailed(f"no speech was heard in {options.audio}")
            report = judged_report(transcript, sentences, TimeLimits(options.min_seconds, options.max_seconds),
                                   frames, state, samples)
            if options.json:
                _write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n", None)
            else:
                _write(render_report(report), None)
        return 0
    except CommandFailed as failure:
        print(f"moksori: {failure}", file=sys.stderr)
        return 1


def _load(options: argparse.Namespace) -> np.ndarray:
    notes: list[str] = []
    try:
        samples = load_audio(options.audio, notes)
    except AudioError as error:
        raise CommandFailed(_audio_message(error)) from error
    if "truncated" in notes:
        print(f"moksori: note: {options.audio} seems cut short (the file announces more than it holds); "
              "using what is there", file=sys.stderr)
    return samples


def _transcribe(options: argparse.Namespace,
                samples: np.ndarray) -> tuple[Transcript, list[listening.Frames] | None, str]:
    """The transcript; for `analyze` in English, the sounds heard too (frames and "checked", or None and
    why not)."""
    frames: list[listening.Frames] | None = None
    state = ""
    try:
        fillers = options.command == "analyze" or options.fillers
        transcriber = Transcriber(options.model, options.language, threads=options.threads, fillers=fillers)
        if options.command == "analyze":
            transcript, frames, state = transcribe_and_hear(samples, transcriber, _progress_printer())
        else:
            transcript = transcriber.transcribe(samples, progress=_progress_printer())
    except ModelError as error:
        raise CommandFailed(f"model {options.model}: {error.detail}") from error
    if not transcript.text.strip():
        raise CommandFailed(f"{options.audio}: no speech was heard in it (noise or music only?)")
    return transcript, frames, state


def _audio_message(error: AudioError) -> str:
    path = error.path
    return {
        "missing": f"{path}: no such file",
        "not_a_file": f"{path}: not a file",
        "empty": f"{path}: the recording is empty",
        "silent": f"{path}: the recording is silent",
        "decode_failed": f"{path}: this is a recording, but Moksori failed while decoding it ({error.detail});"
                         " please report this",
    }.get(error.code, f"{path}: not a recording Moksori can read (WAV, FLAC, MP3, M4A/AAC or OGG)")


def _progress_printer() -> Callable[[float], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(fraction: float) -> None:
        print(f"\rtranscribing… {fraction:4.0%}", end="" if fraction < 1 else "\n", file=sys.stderr, flush=True)

    return show


def read_script(path: Path, language: str = "en") -> list[str]:
    """The script's sentences (a sentence or paragraph per line is fine)."""
    try:
        text = read_user_text(path, "script")
    except UnusableFile as error:
        raise CommandFailed(str(error)) from None
    sentences = [sentence for sentence, _ in split_sentences(text.replace("\n", "\n\n"), language)]
    if not any(any(ch.isalnum() for ch in s) for s in sentences):
        raise CommandFailed(f"{path}: the script is empty")
    return sentences


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CommandFailed(f"cannot write {output}: {error.strerror}") from error


def render_report(report: DeliveryReport) -> str:
    """The report as a tutor would read it aloud: figures first, then what to practise."""
    limits = report.limits
    verdict = {"under": "under the minimum", "over": "over the maximum", "within": "within the limits"}
    out = [
        f"Duration {clock(report.duration_seconds)}, speaking {clock(report.speaking_seconds)} "
        f"({verdict.get(report.timing_verdict, report.timing_verdict)} "
        f"{clock(limits.min_seconds)}–{clock(limits.max_seconds)})",
        f"Script accuracy {report.accuracy:.0%}: {report.said_as_written} of {report.script_words} words as written",
        f"Pace {report.words_per_minute:.0f} words per minute",
        f"Fillers {len(report.fillers)}, long pauses {len(report.pauses)}, hesitations {len(report.hesitations)}",
        "",
    ]

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.append(f"{title} ({len(lines)}):")
            out.extend(f"  {line}" for line in lines)

    section("Left out", [f"{o.word!r} (word {o.script_index + 1})" for o in report.omitted])
    section("Changed", [f"{s.expected!r} → {s.said!r} at {clock(s.start)}" for s in report.substituted])
    section("Added", [f"{i.word!r} at {clock(i.start)}" for i in report.inserted])
    section("Fillers", [f"{f.word!r} at {clock(f.start)}" for f in report.fillers])
    section("Long pauses", [f"{p.end - p.start:.1f} s at {clock(p.start)}"
                            + (f", before {report.script[p.script_index]!r}" if p.script_index >= 0 else "")
                            for p in report.pauses])
    section("Hesitations", [f"{h.end - h.start:.1f} s at {clock(h.start)}" for h in report.hesitations])
    section("Sounds to practise", [f"{w.word!r} at {clock(w.start)}: {sounds.describe(w.kind)}"
                                   + (f" (it sounded like {w.said_like!r})" if w.said_like else "")
                                   for w in report.sound_swaps])
    section("Practise these (unclear)", [f"{u.word!r} at {clock(u.start)} ({u.probability:.0%} sure)"
                                         for u in report.unclear])
    out.append("")
    out.append("Sentence by sentence:")
    for s in report.sentences:
        pace = f"{s.words_per_minute:.0f} wpm" if s.words_per_minute else "—"
        out.append(f"  {s.index + 1:>3}. {s.accuracy:4.0%}  {pace:>8}  {s.text}")
    out.append("")
    if report.sounds in ("unavailable", "failed"):
        out.append("Sounds: not checked (" + ("no phoneme recogniser for this system" if report.sounds == "unavailable"
                                            else "the phoneme recogniser failed; see the log") + ")")
    out.append(f"Heard: {report.transcript}")
    return "\n".join(out) + "\n"
