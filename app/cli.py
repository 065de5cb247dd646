"""The command line: `moksori COMMAND …`. Without a command, `moksori` opens the window.

Messages go to stderr as one line; exit codes: 0 done, 1 failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app import cli_audio, cli_check, paths
from app.export import DocumentLabels, plain_text
from models.database import StoreError
from models.store import SpeechStore

COMMANDS = ("speeches", "export", "transcribe", "analyze", "check")


@dataclass
class WindowArguments:
    smoke: bool
    qt_args: list[str]


def is_command(args: Sequence[str]) -> bool:
    return bool(args) and args[0] in COMMANDS


def window_arguments(args: Sequence[str]) -> WindowArguments:
    """Options of the window itself; `--help` and bad options exit here, as argparse does."""
    parser = argparse.ArgumentParser(
        prog="moksori",
        description="Prepare an English speech contest, offline. Without a command, opens the window. "
                    f"Commands: {', '.join(COMMANDS)} (moksori COMMAND --help).")
    parser.add_argument("--smoke", action="store_true", help="open the window offscreen, then exit 0 if it opened")
    known, rest = parser.parse_known_args(list(args))
    return WindowArguments(known.smoke, rest)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="moksori")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("speeches", help="list the speeches in the data folder")
    export = commands.add_parser("export", help="print a speech as plain text (Korean and English)")
    export.add_argument("speech", type=int, help="the speech's number, as `moksori speeches` lists it")
    export.add_argument("--output", type=Path, help="write to this file instead of the screen")
    cli_audio.add_commands(commands)
    cli_check.add_command(commands)
    return parser


def _fail(message: str) -> int:
    print(f"moksori: {message}", file=sys.stderr)
    return 1


def main(args: Sequence[str]) -> int:
    options = _parser().parse_args(list(args))
    if options.command in ("transcribe", "analyze"):
        return cli_audio.run(options)
    if options.command == "check":
        return cli_check.run(options)
    try:
        store = SpeechStore.open(paths.database_path())
    except StoreError as error:
        return _fail(f"cannot open {error.path} ({error.code})")
    try:
        if options.command == "speeches":
            for speech in store.speeches():
                print(f"{speech.id}\t{speech.title}\t{speech.speaker}")
            return 0
        try:
            speech = store.speech(options.speech)
        except KeyError:
            return _fail(f"no speech number {options.speech}; `moksori speeches` lists them")
        text = plain_text(speech, store.segments(speech.id), DocumentLabels())
        if options.output:
            try:
                options.output.write_text(text, encoding="utf-8")
            except OSError as error:
                return _fail(f"cannot write {options.output}: {error.strerror}")
        else:
            sys.stdout.write(text)
        return 0
    finally:
        store.close()
