"""A backup that survives a dead laptop: one file, everything in it, nothing of hers readable in it, and a
restore that checks the whole file before it changes anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.vault import backup
from app.vault.backup import BackupError
from app.workspace import Workspace
from tests.support.locked import FAST, SECRETS, TITLE, files_showing, fill, snapshot

PASSPHRASE = "우리 집 고양이 nabi"


@pytest.fixture
def source(tmp_path: Path):
    workspace = Workspace.open(tmp_path / "old-laptop")
    fill(workspace, tmp_path)
    yield workspace
    workspace.close()


@pytest.mark.parametrize("locked", [False, True])
def test_backup_then_restore_into_an_empty_folder_brings_everything_back(source: Workspace, tmp_path: Path,
                                                                         locked: bool) -> None:
    if locked:
        source.lock_on("old laptop passphrase", FAST)
    before = snapshot(source)
    target = tmp_path / "usb-stick" / "moksori.moksori-backup"
    target.parent.mkdir()
    seen: list[tuple[int, int]] = []
    summary = backup.write(source.store, target, PASSPHRASE, FAST, progress=lambda d, t: seen.append((d, t)))
    assert summary.speeches == 1 and summary.takes == 2 and summary.contests == 1
    assert seen and seen[-1][0] == seen[-1][1]
    assert files_showing(target.parent, SECRETS + [TITLE]) == []  # the stick holds nothing readable
    new = Workspace.open(tmp_path / "new-laptop")
    if locked:
        new.lock_on("new laptop passphrase", FAST)
    try:
        planned = backup.plan(new.store, target, PASSPHRASE)
        assert planned.empty_folder and planned.takes == 2
        backup.restore(new.store, target, PASSPHRASE)
        assert snapshot(new) == before  # speeches, rows, take audio sample for sample, contests, settings
        if locked:
            assert files_showing(new.folder, SECRETS + [TITLE]) == []
    finally:
        new.close()


def test_a_cut_off_or_changed_backup_is_refused_before_anything_changes(source: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "whole.moksori-backup"
    backup.write(source.store, target, PASSPHRASE, FAST)
    data = target.read_bytes()
    new = Workspace.open(tmp_path / "new-laptop")
    keep = new.store.create_speech("Already here")
    before = snapshot(new)
    try:
        cases = {"cut": data[:len(data) * 2 // 3], "end cut": data[:-20], "byte changed": _flip(data, len(data) // 2),
                 "header changed": data.replace(b'"takes": 2', b'"takes": 3'), "empty": b"",
                 "not a backup": b"hello"}
        for label, broken in cases.items():
            damaged = tmp_path / f"{label}.moksori-backup"
            damaged.write_bytes(broken)
            with pytest.raises(BackupError) as refused:
                backup.restore(new.store, damaged, PASSPHRASE)
            assert refused.value.code in ("truncated", "damaged", "not_a_backup", "wrong_passphrase"), label
            assert snapshot(new) == before, label
        with pytest.raises(BackupError) as wrong:
            backup.restore(new.store, target, "not the passphrase")
        assert wrong.value.code == "wrong_passphrase"
        assert snapshot(new) == before and new.store.speech(keep.id).title == "Already here"
    finally:
        new.close()


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x40]) + data[at + 1:]


def test_restoring_into_a_folder_with_work_merges_and_keeps_both(source: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "monday.moksori-backup"
    backup.write(source.store, target, PASSPHRASE, FAST)
    [speech] = source.store.speeches()
    rows = source.store.segments(speech.id)
    source.store.set_segment_text(rows[0].id, english="Edited on Tuesday, after the backup.")
    mine = source.store.create_speech("A new speech from Tuesday")
    before_rows = [(s.korean, s.english) for s in source.store.segments(speech.id)]
    planned = backup.plan(source.store, target, PASSPHRASE)
    assert not planned.empty_folder and planned.new_speeches == [] and planned.new_contests == []
    backup.restore(source.store, target, PASSPHRASE)
    assert [(s.korean, s.english) for s in source.store.segments(speech.id)] == before_rows  # newer work kept
    assert source.store.speech(mine.id).title == "A new speech from Tuesday"
    assert len(source.store.takes(speech.id)) == 2  # the same recordings are not doubled
    fresh = Workspace.open(tmp_path / "other")
    other = fresh.store.create_speech("Only on the other computer")
    try:
        backup.restore(fresh.store, target, PASSPHRASE)
        titles = sorted(s.title for s in fresh.store.speeches())
        assert titles == sorted([TITLE, "Only on the other computer"]) and fresh.store.speech(other.id)
        [restored] = [s for s in fresh.store.speeches() if s.title == TITLE]
        assert len(fresh.store.takes(restored.id)) == 2 and len(fresh.store.contests()) == 1
    finally:
        fresh.close()


def test_a_cancelled_backup_leaves_no_file(source: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "cancelled.moksori-backup"
    with pytest.raises(BackupError) as stopped:
        backup.write(source.store, target, PASSPHRASE, FAST, cancelled=lambda: True)
    assert stopped.value.code == "cancelled"
    assert not target.exists() and not list(tmp_path.glob("*.partial"))


def test_a_speech_erased_for_good_does_not_come_back_from_an_older_backup(source: Workspace, tmp_path: Path) -> None:
    source.lock_on("lock passphrase", FAST)
    target = tmp_path / "before-erasing.moksori-backup"
    backup.write(source.store, target, PASSPHRASE, FAST)
    [speech] = source.store.speeches()
    take_files = [source.folder / t.audio for t in source.store.takes(speech.id)]
    source.store.delete_speech(speech.id)
    source.erase_speech(speech.id)
    assert not any(p.exists() for p in take_files)
    planned = backup.plan(source.store, target, PASSPHRASE)
    assert not planned.empty_folder and planned.erased_speeches == 1 and planned.new_speeches == []
    backup.restore(source.store, target, PASSPHRASE)
    assert source.store.speeches() == [] and source.store.speeches(deleted=True) == []
    assert not any(p.exists() for p in take_files)
