"""The database schema, as an ordered list of sqlite-utils migrations.

Never edit a migration that has shipped: add a new one. Each runs in its own transaction together with
the record of it having run, so a failure leaves the database as it was.
"""

from __future__ import annotations

import json

from sqlcipher3 import dbapi2 as sql
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("moksori")


def _run(db: Database, script: str) -> None:
    # Not executescript(): it commits first, which would break the migration's own transaction.
    # Statements are cut at the semicolon that completes one (a trigger's body holds semicolons of its own).
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sql.complete_statement(statement):
            if statement.strip(" \n;"):
                db.execute(statement)
            statement = ""
    if statement.strip(" \n;"):
        db.execute(statement)

#: The name of the first migration: tests build a database "made by the first release" with it.
FIRST = "m001_initial"


@migrations(name=FIRST)
def m001_initial(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE speeches (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            speaker TEXT NOT NULL DEFAULT '',
            min_seconds INTEGER NOT NULL DEFAULT 300,
            max_seconds INTEGER NOT NULL DEFAULT 420,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            korean TEXT NOT NULL DEFAULT '',
            english TEXT NOT NULL DEFAULT '',
            deleted_at TEXT
        );
        CREATE INDEX segments_by_speech ON segments(speech_id, position);
        CREATE TABLE alternatives (
            id INTEGER PRIMARY KEY,
            segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL CHECK (author IN ('student', 'tutor')),
            chosen INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX alternatives_by_segment ON alternatives(segment_id);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
            segment_id INTEGER REFERENCES segments(id) ON DELETE CASCADE,
            author TEXT NOT NULL CHECK (author IN ('student', 'tutor')),
            text TEXT NOT NULL,
            resolved INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX notes_by_speech ON notes(speech_id);
        CREATE TABLE versions (
            id INTEGER PRIMARY KEY,
            speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'named',
            created_at TEXT NOT NULL,
            snapshot TEXT NOT NULL
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@migrations(name="m002_paragraphs_and_history")
def m002_paragraphs_and_history(db: Database) -> None:
    """Paragraph breaks in the reading view, and the English a segment had before a pick replaced it."""
    _run(
        db,
        """
        ALTER TABLE segments ADD COLUMN starts_paragraph INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE segment_history (
            id INTEGER PRIMARY KEY,
            segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            english TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            replaced_by TEXT NOT NULL CHECK (replaced_by IN ('student', 'tutor'))
        );
        CREATE INDEX history_by_segment ON segment_history(segment_id);
        """
    )


@migrations(name="m003_takes")
def m003_takes(db: Database) -> None:
    """Practice runs: the recording (a file in the data folder) and its delivery report (JSON)."""
    _run(
        db,
        """
        CREATE TABLE takes (
            id INTEGER PRIMARY KEY,
            speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            audio TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('recorded', 'imported', 'recovered')),
            recorded_at TEXT NOT NULL,
            seconds REAL NOT NULL DEFAULT 0,
            report TEXT,
            accuracy REAL,
            words_per_minute REAL,
            fillers INTEGER,
            verdict TEXT,
            deleted_at TEXT
        );
        CREATE INDEX takes_by_speech ON takes(speech_id, recorded_at);
        """
    )


@migrations(name="m004_contests")
def m004_contests(db: Database) -> None:
    """Contest day: contests, their judges and contestants, ballots (every version kept), award votes and
    the log of imported judges' files. Judges and contestants are named in ballots by their `uid`, the id
    they carry in contest files, so that ballots made on a judge's own laptop merge back."""
    _run(
        db,
        """
        CREATE TABLE contests (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            date TEXT NOT NULL DEFAULT '',
            rules TEXT NOT NULL,
            rubric TEXT NOT NULL,
            awards TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE TABLE contest_judges (
            id INTEGER PRIMARY KEY,
            contest_id INTEGER NOT NULL REFERENCES contests(id),
            uid TEXT NOT NULL,
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            UNIQUE (contest_id, uid)
        );
        CREATE TABLE contestants (
            id INTEGER PRIMARY KEY,
            contest_id INTEGER NOT NULL REFERENCES contests(id),
            uid TEXT NOT NULL,
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            speech_id INTEGER REFERENCES speeches(id) ON DELETE SET NULL,
            seconds REAL,
            timed_at TEXT,
            UNIQUE (contest_id, uid)
        );
        CREATE TABLE ballots (
            id INTEGER PRIMARY KEY,
            contest_id INTEGER NOT NULL REFERENCES contests(id),
            judge TEXT NOT NULL,
            contestant TEXT NOT NULL,
            version INTEGER NOT NULL,
            scores TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            submitted_at TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('window', 'paper', 'imported')),
            UNIQUE (contest_id, judge, contestant, version)
        );
        CREATE TRIGGER ballots_never_change BEFORE UPDATE ON ballots
            BEGIN SELECT RAISE(ABORT, 'a submitted ballot cannot be changed; submit a new version'); END;
        CREATE TRIGGER ballots_never_vanish BEFORE DELETE ON ballots
            BEGIN SELECT RAISE(ABORT, 'a submitted ballot cannot be deleted'); END;
        CREATE TABLE contest_votes (
            id INTEGER PRIMARY KEY,
            contest_id INTEGER NOT NULL REFERENCES contests(id),
            judge TEXT NOT NULL,
            award TEXT NOT NULL,
            contestant TEXT NOT NULL,
            UNIQUE (contest_id, judge, award)
        );
        CREATE TABLE contest_imports (
            id INTEGER PRIMARY KEY,
            contest_id INTEGER NOT NULL REFERENCES contests(id),
            checksum TEXT NOT NULL,
            file_name TEXT NOT NULL,
            judges TEXT NOT NULL,
            added INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            UNIQUE (contest_id, checksum)
        )
        """
    )


@migrations(name="m005_contest_secrets")
def m005_contest_secrets(db: Database) -> None:
    """Each contest made on this laptop keeps a random secret from which its judges' codes are derived
    (their files are sealed with them). Contests opened from a file have none: only the organiser's laptop
    can check judges' files. Existing contests get a secret now."""
    import secrets

    _run(db, "ALTER TABLE contests ADD COLUMN secret TEXT")
    for row in list(db.query("SELECT id FROM contests")):
        db.execute("UPDATE contests SET secret = ? WHERE id = ?", [secrets.token_hex(32), row["id"]])


@migrations(name="m006_speech_words")
def m006_speech_words(db: Database) -> None:
    """A speech's own words (names the checker should accept) and the issues she chose to ignore become
    rows of that speech, so they are copied and erased with it (they were settings keyed by its id)."""
    _run(
        db,
        """
        CREATE TABLE speech_words (
            id INTEGER PRIMARY KEY,
            speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
            word TEXT NOT NULL,
            UNIQUE (speech_id, word)
        );
        CREATE TABLE ignored_issues (
            id INTEGER PRIMARY KEY,
            speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
            segment_id INTEGER NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (speech_id, segment_id, text)
        )
        """,
    )
    speeches = {row["id"] for row in db.query("SELECT id FROM speeches")}
    for row in list(db.query("SELECT key, value FROM settings WHERE key LIKE 'dictionary:%' OR key LIKE 'ignored:%'")):
        kind, _, number = row["key"].partition(":")
        try:
            speech_id, values = int(number), json.loads(row["value"])
        except ValueError:
            continue
        if speech_id in speeches and isinstance(values, list):
            for value in values:
                if kind == "dictionary" and isinstance(value, str):
                    db.execute("INSERT OR IGNORE INTO speech_words (speech_id, word) VALUES (?, ?)", [speech_id, value])
                elif kind == "ignored" and isinstance(value, list) and len(value) == 2:
                    db.execute("INSERT OR IGNORE INTO ignored_issues (speech_id, segment_id, text) VALUES (?, ?, ?)",
                               [speech_id, int(value[0]), str(value[1])])
        db.execute("DELETE FROM settings WHERE key = ?", [row["key"]])


@migrations(name="m007_exchange_ids")
def m007_exchange_ids(db: Database) -> None:
    """Stable ids for what travels between computers (a speech and its rows, alternatives, notes,
    versions, history), who wrote a tutor's alternative or note by name, where an alternative came
    from, and when a row's text last changed (a conflict keeps the later text as the row's)."""
    tables = ("speeches", "segments", "alternatives", "notes", "versions", "segment_history")
    for table in tables:
        _run(db, f"ALTER TABLE {table} ADD COLUMN uid TEXT")
        db.execute(f"UPDATE {table} SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL")
        _run(
            db,
            f"""
            CREATE UNIQUE INDEX {table}_by_uid ON {table}(uid);
            CREATE TRIGGER {table}_get_uid AFTER INSERT ON {table} WHEN NEW.uid IS NULL BEGIN
                UPDATE {table} SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
            END
            """,
        )
    _run(
        db,
        """
        ALTER TABLE alternatives ADD COLUMN author_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE alternatives ADD COLUMN origin TEXT NOT NULL DEFAULT '';
        ALTER TABLE notes ADD COLUMN author_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE segments ADD COLUMN edited_at TEXT NOT NULL DEFAULT '';
        CREATE TRIGGER segments_edited AFTER UPDATE OF korean, english ON segments
            WHEN NEW.edited_at IS OLD.edited_at
                 AND (NEW.korean IS NOT OLD.korean OR NEW.english IS NOT OLD.english) BEGIN
            UPDATE segments SET edited_at = strftime('%Y-%m-%dT%H:%M:%f', 'now') WHERE id = NEW.id;
        END;
        CREATE TABLE exchange_bases (
            speech_uid TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            saved_at TEXT NOT NULL
        );
        CREATE TABLE exchange_receipts (
            id INTEGER PRIMARY KEY,
            speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            file_id TEXT NOT NULL,
            author_name TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL,
            received_at TEXT NOT NULL
        )
        """,
    )


@migrations(name="m008_take_prompter")
def m008_take_prompter(db: Database) -> None:
    """What the prompter saw of a take recorded with it (mode, each sentence's level and hints), as JSON.
    Kept apart from the report: analysing a take again replaces its report, never this."""
    _run(db, "ALTER TABLE takes ADD COLUMN prompter TEXT")
