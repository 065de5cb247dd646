"""`moksori backup`, `moksori restore` and `moksori lock`: what Settings does, on the command line.

Passphrases are never arguments: the first line of `--passphrase-file F`, or `MOKSORI_PASSPHRASE`; a new
one from `--new-passphrase-file F`. On a locked folder every command that opens it takes the same options
(`--folder-passphrase-file F` when the folder's passphrase differs from a file's). `lock on` prints the
recovery key once, on standard output, and nowhere else.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.user_files import UnusableFile, read_user_text
from app.vault import backup
from app.vault.backup import BackupError
from app.vault.convert import ConversionError
from app.vault.keyring import LockError
from app.workspace import Workspace

COMMANDS = ("backup", "restore", "lock")
_BACKUP_PROBLEMS = {
    "wrong_passphrase": "wrong passphrase for this backup; nothing was changed",
    "truncated": "the backup is cut off (copied only in part?); nothing was changed",
    "damaged": "the backup is damaged or was changed; nothing was changed",
    "not_a_backup": "this is not a Moksori backup",
    "disk_full": "the disk is full; no backup was written",
    "cannot_write": "the backup cannot be written there",
    "cancelled": "cancelled",
}


def add_commands(commands: argparse._SubParsersAction) -> None:
    made = commands.add_parser("backup", help="write everything (speeches, takes, contests, settings) to one "
                                              "encrypted file")
    made.add_argument("file", type=Path)
    restore = commands.add_parser("restore", help="bring a backup back (checked whole first; merged by id into a "
                                                  "folder that has work)")
    restore.add_argument("file", type=Path)
    restore.add_argument("--dry-run", action="store_true", help="only say what restoring would do")
    lock = commands.add_parser("lock", help="the lock on the data folder: on, off, change, status")
    lock.add_argument("action", choices=("on", "off", "change", "status"))
    lock.add_argument("--new-passphrase-file", type=Path, metavar="F", help="lock change: the new passphrase")
    for parser in (made, restore, lock):
        passphrase_options(parser)


def passphrase_options(parser: argparse.ArgumentParser) -> None:
    if not any("--passphrase-file" in a.option_strings for a in parser._actions):
        parser.add_argument("--passphrase-file", type=Path, metavar="F",
                            help="read the passphrase from the first line of F (or set MOKSORI_PASSPHRASE)")
    parser.add_argument("--folder-passphrase-file", type=Path, metavar="F",
                        help="the locked data folder's passphrase, when it is not the one above")


def first_line(path: Path | None) -> str | None:
    if path is None:
        return None
    lines = read_user_text(path, "passphrase file").splitlines()
    return lines[0] if lines else ""


def passphrase(options: argparse.Namespace) -> str | None:
    given = first_line(getattr(options, "passphrase_file", None))
    return given if given is not None else os.environ.get("MOKSORI_PASSPHRASE")


def folder_passphrase(options: argparse.Namespace) -> str | None:
    given = first_line(getattr(options, "folder_passphrase_file", None))
    return given if given is not None else passphrase(options)


def _fail(message: str) -> int:
    print(f"moksori: {message}", file=sys.stderr)
    return 1


def run(workspace: Workspace, options: argparse.Namespace) -> int:
    try:
        if options.command == "lock":
            return _lock(workspace, options)
        secret = passphrase(options)
        if not secret:
            return _fail("no passphrase: give --passphrase-file F or set MOKSORI_PASSPHRASE")
        if options.command == "backup":
            summary = backup.write(workspace.store, options.file, secret)
            print(f"{options.file}: {summary.speeches} speeches, {summary.takes} takes, {summary.contests} contests")
            return 0
        plan = backup.plan(workspace.store, options.file, secret)
        if not options.dry_run:
            plan = backup.restore(workspace.store, options.file, secret)
        verb = "would" if options.dry_run else "did"
        if plan.empty_folder:
            print(f"{options.file}: {verb} restore everything ({plan.takes} takes) into the empty folder")
        else:
            print(f"{options.file}: {verb} add {len(plan.new_speeches)} speeches, merge {len(plan.merged_speeches)}, "
                  f"leave {plan.same_speeches} unchanged; {plan.takes} takes and {len(plan.new_contests)} contests "
                  "added")
        return 0
    except BackupError as error:
        return _fail(f"{options.file}: {_BACKUP_PROBLEMS.get(error.code, error.code)}")
    except UnusableFile as error:
        return _fail(str(error))


def _lock(workspace: Workspace, options: argparse.Namespace) -> int:
    if options.action == "status":
        print("on" if workspace.locked else "off")
        return 0
    secret = passphrase(options)
    if not secret:
        return _fail("no passphrase: give --passphrase-file F or set MOKSORI_PASSPHRASE")
    try:
        if options.action == "on":
            if workspace.locked:
                return _fail("the lock is already on")
            recovery = workspace.lock_on(secret)
            print("The lock is on. Recovery key (write it down and keep it apart from the computer; it is shown "
                  "only now):")
            print(recovery)
        elif options.action == "off":
            if not workspace.locked:
                return _fail("the lock is already off")
            workspace.lock_off(secret)
            print("The lock is off: the data folder is no longer encrypted.")
        else:
            new = first_line(options.new_passphrase_file)
            if not new:
                return _fail("lock change needs --new-passphrase-file F")
            workspace.change_passphrase(secret, new)
            print("The passphrase is changed.")
    except LockError as error:
        return _fail("wrong passphrase; nothing was changed" if error.code == "wrong_passphrase"
                     else "the lock is off" if error.code == "not_locked" else error.code)
    except ConversionError as error:
        return _fail(f"stopped ({error.code}: {error}); nothing is lost, and the next start finishes it")
    return 0
