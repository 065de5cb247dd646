"""`moksori lock`, `moksori backup`, `moksori restore`, and every command on a locked folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.support.locked import SECRETS, TITLE, files_showing
from tests.test_cli_exchange import moksori


def test_the_lock_backup_and_restore_on_the_command_line(tmp_path: Path) -> None:
    data, other = tmp_path / "data", tmp_path / "other"
    speech = tmp_path / "speech.txt"
    speech.write_text(f"{SECRETS[0]}\n{SECRETS[2]}\n", encoding="utf-8")
    first, second = tmp_path / "p1", tmp_path / "p2"
    first.write_text("첫 번째 passphrase\n", encoding="utf-8")
    second.write_text("second one, longer\n", encoding="utf-8")
    assert moksori(["import-speech", str(speech), "--title", TITLE], data).returncode == 0
    turned = moksori(["lock", "on", "--passphrase-file", str(first)], data)
    assert turned.returncode == 0, turned.stderr
    recovery = turned.stdout.strip().splitlines()[-1]
    assert len(recovery) == 39 and files_showing(data, SECRETS + [TITLE]) == []
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(data / "moksori.sqlite3").execute("SELECT 1 FROM speeches").fetchall()
    refused = moksori(["speeches"], data)
    assert refused.returncode == 1 and "locked" in refused.stderr and len(refused.stderr.splitlines()) == 1
    wrong = moksori(["speeches", "--passphrase-file", str(second)], data)
    assert wrong.returncode == 1 and "wrong passphrase" in wrong.stderr
    listed = moksori(["speeches"], data, MOKSORI_PASSPHRASE="첫 번째 passphrase")
    assert listed.returncode == 0 and TITLE in listed.stdout
    changed = moksori(["lock", "change", "--passphrase-file", str(first), "--new-passphrase-file", str(second)], data)
    assert changed.returncode == 0, changed.stderr
    assert moksori(["speeches", "--passphrase-file", str(first)], data).returncode == 1
    stick = tmp_path / "stick.moksori-backup"
    made = moksori(["backup", str(stick), "--passphrase-file", str(second)], data)
    assert made.returncode == 0 and "1 speeches" in made.stdout, made.stderr
    assert files_showing(tmp_path, [SECRETS[0]]) == ["speech.txt"]  # the backup shows nothing either
    cut = tmp_path / "cut.moksori-backup"
    cut.write_bytes(stick.read_bytes()[:-40])
    broken = moksori(["restore", str(cut), "--passphrase-file", str(second)], other)
    assert broken.returncode == 1 and "cut off" in broken.stderr
    assert "Crossing" not in moksori(["speeches"], other).stdout
    restored = moksori(["restore", str(stick), "--passphrase-file", str(second)], other)
    assert restored.returncode == 0, restored.stderr
    assert TITLE in moksori(["speeches"], other).stdout
    exported = moksori(["export", "1", "--passphrase-file", str(second)], data)
    assert SECRETS[0] in exported.stdout
    off = moksori(["lock", "off", "--passphrase-file", str(second)], data)
    assert off.returncode == 0 and moksori(["lock", "status"], data).stdout.strip() == "off"
    rows = sqlite3.connect(data / "moksori.sqlite3").execute("SELECT korean || english FROM segments").fetchall()
    assert (SECRETS[0],) in rows
