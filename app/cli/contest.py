"""`moksori contest open|import|codes`: the organiser's file handling on the command line.

`open FILE` makes the contest of an organiser's file on this laptop (a judge's laptop, a spare one).
`import CONTEST FILE…` merges judges' sealed files; each is accepted or refused with its reason, and the
command exits 1 if any was refused. `codes CONTEST` prints the judges' codes (organiser's laptop only).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.contest.tally import ContestFileError
from app.user_files import UnusableFile, read_user_text
from models.store import SpeechStore

ACTIONS = ("open", "import", "codes")


def add_actions(actions: argparse._SubParsersAction) -> None:
    opened = actions.add_parser("open", help="make the contest of an organiser's contest file on this laptop")
    opened.add_argument("file", type=Path)
    merged = actions.add_parser("import", help="merge judges' sealed ballot files into a contest")
    merged.add_argument("contest", help="the contest's number (as `moksori contest list` shows it) or its name")
    merged.add_argument("files", type=Path, nargs="+")
    merged.add_argument("--replace-local", action="store_true",
                        help="also when a judge already scored on this laptop (her file's ballots become new "
                             "versions)")
    codes = actions.add_parser("codes", help="each judge's code for sealing her ballots (organiser's laptop)")
    codes.add_argument("contest")


def find_contest(store: SpeechStore, wanted: str) -> int | str:
    """The contest's id, or the reason it cannot be named."""
    contests = store.contests()
    wanted = wanted.strip()
    found = [c for c in contests if str(c.id) == wanted] or [c for c in contests if c.name == wanted]
    if len(found) == 1:
        return found[0].id
    return (f"no contest “{wanted}”; `moksori contest list` lists them" if not found
            else f"several contests are called “{wanted}”; give its number")


def run(store: SpeechStore, options: argparse.Namespace) -> int:
    from app.contest import exchange as contest_day

    if options.action == "open":
        try:
            contest = contest_day.open_contest_file(store, read_user_text(options.file, "contest file"))
        except UnusableFile as error:
            return _fail(str(error))
        except ContestFileError as error:
            return _fail(f"{options.file}: {error.detail}")
        print(f"{contest.id}\t{contest.date}\t{contest.name}")
        return 0
    contest_id = find_contest(store, options.contest)
    if isinstance(contest_id, str):
        return _fail(contest_id)
    if options.action == "codes":
        codes = contest_day.judge_codes(store, contest_id)
        if not codes:
            return _fail("this contest was opened from a file: its judges' codes are on the organiser's laptop")
        names = {j.uid: j.name for j in store.judges(contest_id)}
        for uid, code in codes.items():
            print(f"{uid}\t{code}\t{names[uid]}")
        return 0
    refused = 0
    for path in options.files:
        try:
            report = contest_day.import_ballots(store, contest_id, read_user_text(path, "ballot file"), path.name,
                                                replace_local=options.replace_local)
        except UnusableFile as error:
            refused += _fail(str(error))
            continue
        except ContestFileError as error:
            reason = error.detail
            if error.code == "local_ballots":
                reason = (f"judge {error.detail} already scored on this laptop; "
                          "add --replace-local to add her file's ballots as new versions")
            refused += _fail(f"{path}: refused: {reason}")
            continue
        print(f"{path}: accepted: {report.added} new ballots (judge {', '.join(report.judges)})")
    return 1 if refused else 0


def _fail(message: str) -> int:
    print(f"moksori: {message}", file=sys.stderr)
    return 1
