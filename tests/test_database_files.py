"""Opening the database file: upgrades with a backup, damaged files, read-only files, two processes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlite_utils import Database

from models import database
from models.migrations import FIRST, migrations
from models.store import SpeechStore

ROOT = Path(__file__).resolve().parent.parent


def make_first_release_database(path: Path) -> None:
    """A database exactly as the first schema version left it, with a speech in it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(sqlite3.connect(str(path)))
    stop = [m.name for m in migrations.pending(db) if m.name != FIRST]
    migrations.apply(db, stop_before=stop[0])
    db.execute("INSERT INTO speeches (id, title, speaker, created_at, updated_at)"
               " VALUES (1, 'Old speech', 'Ari', '2025-01-01', '2025-01-01')")
    db.execute("INSERT INTO segments (speech_id, position, korean, english) VALUES (1, 0, '옛날', 'Long ago.')")
    # The draft checks' words and ignored issues as the first releases kept them: settings keyed by speech.
    db.execute("""INSERT INTO settings (key, value) VALUES ('dictionary:1', '["Hyesan", "Hoeryong"]'),"""
               """ ('ignored:1', '[[1, "Long ago."]]'), ('dictionary:99', '["gone"]'), ('pace_wpm', '130')""")
    db.conn.commit()
    db.conn.close()


def test_upgrade_from_first_schema_keeps_data_and_backs_up(data_dir: Path) -> None:
    path = data_dir / "moksori.sqlite3"
    make_first_release_database(path)
    store = SpeechStore.open(path)
    try:
        assert store.migration_backup is not None and store.migration_backup.exists()
        assert oct(store.migration_backup.stat().st_mode & 0o777) == "0o600"
        [segment] = store.segments(1)
        assert (segment.korean, segment.english, segment.starts_paragraph) == ("옛날", "Long ago.", False)
        assert store.history(segment.id) == []
        assert migrations.pending(store.db) == []
        assert store.speech_words(1) == ["Hyesan", "Hoeryong"] and store.ignored_issues(1) == [(1, "Long ago.")]
        assert store.setting("dictionary:1") is None and store.setting("dictionary:99") is None
        assert store.setting("pace_wpm") == 130
        backup = Database(sqlite3.connect(str(store.migration_backup)))
        assert backup.execute("SELECT title FROM speeches").fetchall() == [("Old speech",)]
        assert "segment_history" not in backup.table_names()
    finally:
        store.close()
    again = SpeechStore.open(path)
    assert again.migration_backup is None  # nothing pending, nothing copied
    again.close()


def test_a_new_database_is_not_backed_up(data_dir: Path) -> None:
    store = SpeechStore.open(data_dir / "moksori.sqlite3")
    assert store.migration_backup is None
    store.close()


@pytest.mark.parametrize("content", [b"this is not a database" * 100, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_damaged_file_is_reported_and_kept_aside(data_dir: Path, content: bytes) -> None:
    path = data_dir / "moksori.sqlite3"
    data_dir.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(database.StoreCorrupted):
        SpeechStore.open(path)
    assert path.read_bytes() == content  # not overwritten by the failed open
    kept = database.set_aside(path)
    assert kept.read_bytes() == content and not path.exists()
    path.write_bytes(content)
    second = database.set_aside(path)
    assert second != kept and kept.exists()
    store = SpeechStore.open(path)
    assert store.speeches() == []
    store.close()


def _make_read_only(paths: list[Path]) -> None:
    """chmod is enough for a normal user; root ignores it, so root uses the immutable attribute."""
    if os.geteuid() != 0:
        for item in paths:
            os.chmod(item, 0o555 if item.is_dir() else 0o444)
        return
    result = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot make a file read-only for root here: {result.stderr.strip()}")


def _make_writable(paths: list[Path]) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=False)
    for item in paths:
        os.chmod(item, 0o700 if item.is_dir() else 0o600)


def test_read_only_database_is_reported_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    path = folder / "moksori.sqlite3"
    store = SpeechStore.open(path)
    store.create_speech("Keep me")
    store.close()
    content = path.read_bytes()
    paths = [*folder.iterdir(), folder]
    _make_read_only(paths)
    try:
        with pytest.raises(database.StoreReadOnly):
            SpeechStore.open(path)
        assert path.read_bytes() == content
    finally:
        _make_writable(paths)
    reopened = SpeechStore.open(path)
    assert [s.title for s in reopened.speeches()] == ["Keep me"]
    reopened.close()


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from models.store import SpeechStore
    store = SpeechStore.open(Path(sys.argv[1]))
    speech_id = int(sys.argv[2])
    for n in range(150):
        store.insert_segments(speech_id, n, [(sys.argv[3], f"{sys.argv[3]} {n}")])
    store.close()
""")


def test_two_processes_writing_the_same_folder_lose_nothing(store: SpeechStore) -> None:
    speech = store.create_speech("Shared")
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(store.path), str(speech.id), tag], cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
        for tag in ("first", "second")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    rows = store.segments(speech.id)
    assert len(rows) == 300
    assert sorted({r.korean for r in rows}) == ["first", "second"]
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
