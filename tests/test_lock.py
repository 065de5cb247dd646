"""The lock: with it on, nothing in the data folder reads without the passphrase, and nothing is lost
turning it on or off, changing the passphrase, or when any of that stops half-way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import logbook
from app.practice import runs
from app.practice.audio import AudioError, load_audio
from app.practice.recorder import finish_partial, partial_paths, unfinished_takes
from app.vault import convert
from app.vault.crypto import SealedError
from app.vault.keyring import LockError, is_locked
from app.workspace import FolderLocked, Workspace
from models import database
from tests.support.locked import FAST, SECRETS, TITLE, files_showing, fill, snapshot

PASSPHRASE = "감자 세 개와 bicycle 7"


@pytest.fixture
def filled(data_dir: Path, tmp_path: Path):
    workspace = Workspace.open(data_dir)
    facts = fill(workspace, tmp_path)
    database.backup_copy(workspace.store.db.conn, workspace.database_path, "before-test")  # a plain copy aside
    yield workspace, facts
    workspace.close()


def test_with_the_lock_on_no_file_in_the_folder_shows_her_words(filled, data_dir: Path) -> None:
    workspace, facts = filled
    before = snapshot(workspace)
    assert files_showing(data_dir, SECRETS + [TITLE])  # the test can see them while the lock is off
    recovery = workspace.lock_on(PASSPHRASE, FAST)
    assert len(recovery) == 39 and is_locked(data_dir)
    assert snapshot(workspace) == before  # she carries on where she was
    workspace.store.set_segment_text(workspace.store.segments(facts["speech"])[0].id,
                                     english="Written after the lock: " + SECRETS[0])
    import logging

    logging.getLogger("app.test").warning("logged after the lock")
    workspace.close()
    assert files_showing(data_dir, SECRETS + [TITLE, "a line in the log", "logged after the lock"]) == []
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(data_dir / "moksori.sqlite3").execute("SELECT * FROM speeches").fetchall()
    take = next((data_dir / "takes").rglob("*.wav"))
    with pytest.raises(AudioError) as refused:
        load_audio(take)
    assert refused.value.code == "unreadable"
    again = Workspace.open(data_dir, passphrase=PASSPHRASE)
    try:
        assert snapshot(again)["speeches"][next(iter(before["speeches"]))][2] == before["speeches"][
            next(iter(before["speeches"]))][2]  # the takes' audio, sample for sample
        assert "logged after the lock" in logbook.read(data_dir, again.keyring.log_key)
    finally:
        again.close()


def test_a_locked_folder_needs_the_passphrase_or_the_recovery_key(filled, data_dir: Path) -> None:
    workspace, _ = filled
    before = snapshot(workspace)
    recovery = workspace.lock_on(PASSPHRASE, FAST)
    workspace.close()
    with pytest.raises(FolderLocked):
        Workspace.open(data_dir)
    with pytest.raises(LockError) as wrong:
        Workspace.open(data_dir, passphrase="감자 세 개와 bicycle 8")
    assert wrong.value.code == "wrong_passphrase"
    with pytest.raises(LockError) as wrong_key:
        Workspace.open(data_dir, recovery_key="0" * 32)
    assert wrong_key.value.code == "wrong_recovery_key"
    typed = recovery.lower().replace("-", " ").replace("1", "l")  # as she might copy it by hand
    by_recovery = Workspace.open(data_dir, recovery_key=typed)
    assert snapshot(by_recovery) == before
    by_recovery.keyring.change_passphrase("a new one she will remember")
    by_recovery.close()
    with pytest.raises(LockError):
        Workspace.open(data_dir, passphrase=PASSPHRASE)
    changed = Workspace.open(data_dir, passphrase="a new one she will remember")
    assert snapshot(changed) == before
    changed.close()


def test_changing_the_passphrase_rewraps_the_key_only(filled, data_dir: Path) -> None:
    workspace, _ = filled
    workspace.lock_on(PASSPHRASE, FAST)
    database_bytes = (data_dir / "moksori.sqlite3").stat().st_mtime_ns
    takes = {p: p.read_bytes() for p in (data_dir / "takes").rglob("*.wav")}
    with pytest.raises(LockError):
        workspace.change_passphrase("not hers", "whatever")
    workspace.change_passphrase(PASSPHRASE, "새 비밀번호 2027")
    assert {p: p.read_bytes() for p in takes} == takes  # nothing re-encrypted
    workspace.close()
    assert (data_dir / "moksori.sqlite3").stat().st_mtime_ns >= database_bytes
    with pytest.raises(LockError):
        Workspace.open(data_dir, passphrase=PASSPHRASE)
    Workspace.open(data_dir, passphrase="새 비밀번호 2027").close()


def test_turning_the_lock_off_gives_back_plain_files_with_nothing_lost(filled, data_dir: Path) -> None:
    workspace, _ = filled
    before = snapshot(workspace)
    workspace.lock_on(PASSPHRASE, FAST)
    with pytest.raises(LockError):
        workspace.lock_off("wrong")
    assert workspace.locked
    workspace.lock_off(PASSPHRASE)
    assert not workspace.locked and not is_locked(data_dir)
    assert snapshot(workspace) == before
    workspace.close()
    rows = sqlite3.connect(data_dir / "moksori.sqlite3").execute("SELECT english FROM segments").fetchall()
    assert (SECRETS[0],) in rows
    take = next((data_dir / "takes").rglob("*.wav"))
    assert load_audio(take).size > 0  # plain audio again
    reopened = Workspace.open(data_dir)
    assert snapshot(reopened) == before
    reopened.close()


@pytest.mark.parametrize("direction", ["on", "off"])
def test_a_lock_change_that_stops_half_way_loses_nothing_and_finishes_next_time(
        filled, data_dir: Path, monkeypatch: pytest.MonkeyPatch, direction: str) -> None:
    workspace, _ = filled
    before = snapshot(workspace)
    if direction == "off":
        workspace.lock_on(PASSPHRASE, FAST)
    calls = {"n": 0}
    real = convert.seal_file if direction == "on" else convert.open_file

    def fail_on_the_second(codec, path):  # noqa: ANN001 - the same shape as the real one
        calls["n"] += 1
        if calls["n"] == 2:
            raise convert.ConversionError("disk_full", "no space left on device")
        real(codec, path)

    monkeypatch.setattr(convert, "seal_file" if direction == "on" else "open_file", fail_on_the_second)
    with pytest.raises(convert.ConversionError) as stopped:
        if direction == "on":
            workspace.lock_on(PASSPHRASE, FAST)
        else:
            workspace.lock_off(PASSPHRASE)
    assert workspace.locked  # half-way either way, the folder counts as locked
    if direction == "on":
        assert len(stopped.value.recovery_key) == 39  # she still gets to see her recovery key
    workspace.close()
    monkeypatch.undo()
    assert is_locked(data_dir)  # either way it asks for the passphrase until the walk is finished
    finished = Workspace.open(data_dir, passphrase=PASSPHRASE)
    assert snapshot(finished) == before
    assert finished.locked == (direction == "on")
    assert is_locked(data_dir) == (direction == "on")
    finished.close()
    if direction == "on":
        assert files_showing(data_dir, SECRETS + [TITLE]) == []


def test_erasing_a_speech_destroys_its_key_so_no_earlier_copy_plays(filled, data_dir: Path, tmp_path: Path) -> None:
    workspace, facts = filled
    workspace.lock_on(PASSPHRASE, FAST)
    take = workspace.store.take(facts["takes"][0])
    path = runs.audio_path(workspace.store, take)
    kept = tmp_path / "copied-before.wav"
    kept.write_bytes(path.read_bytes())  # someone copied the file before she erased the speech
    workspace.store.delete_speech(facts["speech"])
    workspace.erase_speech(facts["speech"])
    assert not path.exists()
    _planted(kept, path)  # the copy put back where the take was
    with pytest.raises(SealedError) as gone:
        workspace.store.files.read(path)
    assert gone.value.code == "erased"
    workspace.close()


def _planted(copy: Path, original: Path) -> Path:
    """Put the copy back where the take was (as a restored folder copy would)."""
    original.parent.mkdir(parents=True, exist_ok=True)
    original.write_bytes(copy.read_bytes())
    return original


def test_a_sealed_take_cut_off_by_a_crash_is_recovered_sealed(data_dir: Path) -> None:
    workspace = Workspace.open(data_dir)
    workspace.lock_on(PASSPHRASE, FAST)
    speech = workspace.store.create_speech("Recovered")
    base = runs.take_base(workspace.store, speech.id)
    base.parent.mkdir(parents=True)
    pcm, note = partial_paths(base)
    note.write_text('{"rate": 16000}')
    import numpy as np

    seconds = [(np.sin(np.arange(16_000) / (3 + n)) * 8000).astype("<i2") for n in range(3)]
    with open(pcm, "wb") as raw:
        stream = workspace.store.files.stream(raw, pcm)
        for second in seconds:
            stream.write(second.tobytes())
            stream.flush()  # as the recorder syncs once a second
        raw.write(b"\x00\x00\x7f\x00half a chunk")  # the power went mid-write: no last chunk
    assert b"".join(s.tobytes() for s in seconds)[:64] not in pcm.read_bytes()
    assert unfinished_takes(base.parent) == [base]
    [take] = runs.recover_unfinished(workspace.store, speech.id)
    flac = runs.audio_path(workspace.store, take)
    assert flac.read_bytes()[:8] == b"MOKSEAL1"
    assert take.seconds == pytest.approx(3.0)
    samples = runs.load_take(workspace.store, take)
    assert np.allclose(samples, np.concatenate(seconds).astype(np.float32) / 32768, atol=1e-4)
    workspace.close()


def test_a_plain_partial_take_from_before_the_lock_is_recovered_sealed(data_dir: Path) -> None:
    workspace = Workspace.open(data_dir)
    speech = workspace.store.create_speech("Before")
    base = runs.take_base(workspace.store, speech.id)
    base.parent.mkdir(parents=True)
    import numpy as np

    partial_paths(base)[0].write_bytes((np.ones(16_000) * 1000).astype("<i2").tobytes())
    workspace.lock_on(PASSPHRASE, FAST)
    recording = finish_partial(base, codec=workspace.store.files)
    assert recording.path.read_bytes()[:8] == b"MOKSEAL1" and recording.seconds == 1.0
    workspace.close()


def test_sentences_read_aloud_are_cached_sealed_under_a_keyed_name(data_dir: Path) -> None:
    import hashlib

    from app.drafting.voice import cached_wav

    workspace = Workspace.open(data_dir)
    workspace.lock_on(PASSPHRASE, FAST)
    speech = workspace.store.create_speech("Aloud")
    folder = workspace.voice_cache_dir / str(speech.id)
    sentence = SECRETS[3]
    path = cached_wav(sentence, 1.0, folder, workspace.store.files)
    assert path.read_bytes()[:8] == b"MOKSEAL1"
    assert hashlib.sha256(f"1.00|{sentence}".encode()).hexdigest()[:24] not in path.name  # a guess cannot be checked
    assert workspace.store.files.read(path)[:4] == b"RIFF"
    stamp = path.stat().st_mtime_ns
    assert cached_wav(sentence, 1.0, folder, workspace.store.files) == path and path.stat().st_mtime_ns == stamp
    workspace.close()
