"""The command line: `moksori COMMAND …`. Without a command, `moksori` opens the window.

Messages go to stderr as one line; exit codes: 0 done, 1 failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.cli import audio as cli_audio
from app.cli import check as cli_check
from app.cli import contest as cli_contest
from app.cli import exchange as cli_exchange
from app.cli import vault as cli_vault
from app.contest.tally import Tally
from app.drafting.export import DocumentLabels, plain_text
from app.user_files import UnusableFile
from app.vault.convert import ConversionError
from app.vault.keyring import LockError
from app.workspace import FolderLocked, Workspace
from models.database import StoreError
from models.store import SpeechStore

COMMANDS = ("speeches", "export", "transcribe", "analyze", "check", "contest", *cli_exchange.COMMANDS,
            *cli_vault.COMMANDS)
_NO_FOLDER = ("transcribe", "analyze", "check")  # commands that work on files alone


@dataclass
class WindowArguments:
    smoke: bool
    qt_args: list[str]


def is_command(args: Sequence[str]) -> bool:
    """A command, or a word in its place (a mistyped command is reported, not taken for the window's)."""
    return bool(args) and not args[0].startswith("-")


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
    contest = commands.add_parser("contest", help="contest files and results")
    actions = contest.add_subparsers(dest="action", required=True)
    tally_file = actions.add_parser("tally", help="the result computed from an exported contest file alone")
    tally_file.add_argument("file", type=Path)
    tally_file.add_argument("--format", choices=("csv", "json"), default="csv")
    actions.add_parser("list", help="the contests in the data folder")
    stored = actions.add_parser("results", help="the result of a contest in the data folder")
    stored.add_argument("contest", help="the contest's number (as `moksori contest list` shows it) or its name")
    stored.add_argument("--format", choices=("csv", "json"), default="csv")
    cli_contest.add_actions(actions)
    cli_exchange.add_commands(commands)
    cli_vault.add_commands(commands)
    _folder_options(commands)
    return parser


def _folder_options(commands: argparse._SubParsersAction) -> None:
    """Every command that opens the data folder takes the locked folder's passphrase options."""
    for name, parser in commands.choices.items():
        if name in _NO_FOLDER:
            continue
        nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        targets = [sub for action in nested for sub in action.choices.values()] or [parser]
        for target in targets:
            if not any("--folder-passphrase-file" in a.option_strings for a in target._actions):
                cli_vault.passphrase_options(target)


def _fail(message: str) -> int:
    print(f"moksori: {message}", file=sys.stderr)
    return 1


def _contest_tally(options: argparse.Namespace) -> int:
    from app.contest.tally import ContestFileError, load, tally
    from app.user_files import UnusableFile, read_user_text

    try:
        document = load(read_user_text(options.file, "contest file"))
    except UnusableFile as error:
        return _fail(str(error))
    except ContestFileError as error:
        return _fail(f"{options.file}: {error.detail}")
    _print_tally(tally(document), options.format)
    return 0


def _print_tally(result: Tally, form: str) -> None:
    import json

    from app.contest.tally import tally_csv

    sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n" if form == "json"
                     else tally_csv(result))


def _stored_contest(store: SpeechStore, options: argparse.Namespace) -> int:
    from app.contest.exchange import results

    if options.action == "list":
        for contest in store.contests():
            print(f"{contest.id}\t{contest.date}\t{contest.name}")
        return 0
    found = cli_contest.find_contest(store, str(options.contest))
    if isinstance(found, str):
        return _fail(found)
    _print_tally(results(store, found), options.format)
    return 0


_STORE_PROBLEMS = {
    "read_only": "the data folder or file is read-only; give another with MOKSORI_DATA_DIR",
    "corrupted": "the data file is damaged; open the app to set it aside",
}


def main(args: Sequence[str]) -> int:
    if args and args[0] not in COMMANDS:
        import difflib

        close = difflib.get_close_matches(args[0], COMMANDS, n=1)
        hint = f" Did you mean `moksori {close[0]}`?" if close else ""
        _fail(f"unknown command `{args[0]}`.{hint} Commands: {', '.join(COMMANDS)} "
              "(moksori COMMAND --help); without a command, moksori opens the window.")
        return 2
    options = _parser().parse_args(list(args))
    if options.command in ("transcribe", "analyze"):
        return cli_audio.run(options)
    if options.command == "check":
        return cli_check.run(options)
    if options.command == "contest" and options.action == "tally":
        return _contest_tally(options)
    try:
        workspace = Workspace.open(passphrase=cli_vault.folder_passphrase(options))
    except FolderLocked:
        return _fail("the data folder is locked: give --passphrase-file F or set MOKSORI_PASSPHRASE")
    except LockError as error:
        return _fail("wrong passphrase for the data folder" if error.code == "wrong_passphrase"
                     else f"the lock file is damaged ({error})")
    except ConversionError as error:
        return _fail(f"finishing turning the lock on or off stopped ({error.code}); nothing is lost")
    except UnusableFile as error:
        return _fail(str(error))
    except StoreError as error:
        return _fail(f"cannot open {error.path} ({_STORE_PROBLEMS.get(error.code, error.code)})")
    store = workspace.store
    try:
        if options.command in cli_vault.COMMANDS:
            return cli_vault.run(workspace, options)
        if options.command == "contest" and options.action in cli_contest.ACTIONS:
            return cli_contest.run(store, options)
        if options.command == "contest":
            return _stored_contest(store, options)
        if options.command in cli_exchange.COMMANDS:
            return cli_exchange.run(store, options)
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
        workspace.close()
