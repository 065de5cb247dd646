"""`moksori import-speech`, `moksori share`, `moksori receive`: speeches to and from a tutor or another
computer. A passphrase is never an argument (it would stay in the shell's history and the process
list): it comes from `--passphrase-file F` (its first line) or the MOKSORI_PASSPHRASE variable."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.vault import passphrase
from app.exchange import service
from app.exchange.errors import ExchangeError
from app.user_files import UnusableFile, read_user_text, write_user_file
from models.store import SpeechStore

COMMANDS = ("import-speech", "share", "receive")

#: One English line per refusal (the window has its own wording, in both languages).
REFUSALS = {
    "not_sealed": "this is not a file Moksori or a tutor's page wrote",
    "wrong_kind": "this file is not a suggestions file or a shared speech",
    "too_new": "this file was written by a newer Moksori; update Moksori to open it",
    "damaged": "the file is damaged (its container is broken); nothing was changed",
    "locked": "the passphrase is wrong, or the file was changed after it was written; nothing was changed",
    "not_json": "the file opened but holds no document; nothing was changed",
    "bad_content": "the file opened but its content is not valid; nothing was changed",
    "is_page": "this is the page for the tutor, not what she sent back (her file ends in .moksori-suggestions)",
    "other_speech": "this file belongs to another speech; nothing was changed",
    "unknown_speech": "the speech these suggestions are for is not in this data folder; nothing was changed",
    "empty_text": "the text file has no rows",
}


def add_commands(commands: argparse._SubParsersAction) -> None:
    imported = commands.add_parser("import-speech", help="a text file (one row per line: Korean<TAB>English) "
                                                         "as a new speech; prints its number")
    imported.add_argument("file", type=Path)
    imported.add_argument("--title", help="the speech's title (default: the file's name)")
    share = commands.add_parser("share", help="write a speech for a tutor's browser or for another Moksori")
    share.add_argument("speech", type=int, help="the speech's number, as `moksori speeches` lists it")
    target = share.add_mutually_exclusive_group(required=True)
    target.add_argument("--for-tutor", type=Path, metavar="OUT.html", help="the tutor's page (opens in a browser)")
    target.add_argument("--bundle", type=Path, metavar="OUT", help="the whole speech, for another Moksori")
    share.add_argument("--with-takes", action="store_true",
                       help="put the practice recordings in the bundle too (they are left out unless asked)")
    _passphrase_option(share)
    receive = commands.add_parser("receive", help="merge a tutor's suggestions file or a shared speech")
    receive.add_argument("file", type=Path)
    receive.add_argument("--speech", type=int, help="refuse the file unless it belongs to this speech")
    receive.add_argument("--json", action="store_true", help="print what was merged as JSON")
    _passphrase_option(receive)


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="F",
                        help="read the passphrase from the first line of F (or set MOKSORI_PASSPHRASE)")


def _fail(message: str) -> int:
    print(f"moksori: {message}", file=sys.stderr)
    return 1


def _passphrase(options: argparse.Namespace) -> str:
    return passphrase(options) or ""


def run(store: SpeechStore, options: argparse.Namespace) -> int:
    try:
        if options.command == "import-speech":
            text = read_user_text(options.file, "text file")
            print(service.import_text(store, text, options.title or options.file.stem))
            return 0
        passphrase = _passphrase(options)
        if not passphrase:
            return _fail("no passphrase: give --passphrase-file F or set MOKSORI_PASSPHRASE")
        if options.command == "share":
            try:
                store.speech(options.speech)
            except KeyError:
                return _fail(f"no speech number {options.speech}; `moksori speeches` lists them")
            if options.for_tutor:
                write_user_file(options.for_tutor, service.tutor_page(store, options.speech, passphrase), "page")
            else:
                write_user_file(options.bundle, service.bundle(store, options.speech, passphrase, options.with_takes),
                                "bundle")
            return 0
        kind, document = service.open_file(read_user_text(options.file, "file"), passphrase)
        arrival = service.receive(store, kind, document, options.speech)
    except UnusableFile as error:
        return _fail(str(error))
    except ExchangeError as error:
        return _fail(f"{getattr(options, 'file', '')}: {REFUSALS.get(error.code, error.code)}")
    print(service.dumps(arrival) if options.json else f"{arrival.speech_id}\t{arrival.summary()}")
    return 0
