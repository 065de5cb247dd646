"""The speech store on a real SQLite file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from models import database
from models.records import Role, TimeLimits, VersionKind
from models.store import SpeechStore


def test_new_database_is_private_wal_with_foreign_keys(store: SpeechStore, data_dir: Path) -> None:
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    store.create_speech("My story")
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    for side in ("-wal", "-shm"):
        side_file = Path(str(store.path) + side)
        if side_file.exists():
            assert stat.S_IMODE(os.stat(side_file).st_mode) == 0o600


def test_speech_rows_alternatives_and_pick_keep_history(store: SpeechStore) -> None:
    speech = store.create_speech("꿈", speaker="Mina (pseudonym)", limits=TimeLimits(240, 600))
    rows = store.insert_segments(speech.id, 0, [("저는 혜산에서 태어났어요.", "I was born in Hyesan."),
                                                ("꿈이 있어요.", "I have a dream.")])
    first = rows[0]
    alts = [store.add_alternative(first.id, f"I was born in Hyesan, version {n}.", f"nuance {n}", Role.TUTOR)
            for n in range(5)]
    assert [a.author for a in store.alternatives(first.id)] == [Role.TUTOR] * 5
    receipt = store.pick_alternative(alts[2].id, Role.STUDENT)
    assert store.segment(first.id).english == "I was born in Hyesan, version 2."
    assert [a.chosen for a in store.alternatives(first.id)] == [False, False, True, False, False]
    [entry] = store.history(first.id)
    assert entry.english == "I was born in Hyesan." and entry.replaced_by is Role.STUDENT
    store.undo_pick(receipt)
    assert store.segment(first.id).english == "I was born in Hyesan."
    assert not any(a.chosen for a in store.alternatives(first.id))
    assert store.history(first.id) == []
    assert store.speech(speech.id).limits == TimeLimits(240, 600)


def test_delete_and_restore_rows_keep_their_order(store: SpeechStore) -> None:
    speech = store.create_speech("Order")
    rows = store.insert_segments(speech.id, 0, [(str(n), f"Sentence {n}.") for n in range(4)])
    order = [r.id for r in rows]
    store.delete_segments([order[1], order[2]])
    assert [s.korean for s in store.segments(speech.id)] == ["0", "3"]
    store.restore_segments(speech.id, order)
    assert [s.korean for s in store.segments(speech.id)] == ["0", "1", "2", "3"]
    store.set_order(speech.id, list(reversed(order)))
    assert [s.korean for s in store.segments(speech.id)] == ["3", "2", "1", "0"]
    with pytest.raises(ValueError):
        store.set_order(speech.id, order[:2])
    inserted = store.insert_segments(speech.id, 1, [("new", "")])
    assert [s.korean for s in store.segments(speech.id)] == ["3", "new", "2", "1", "0"]
    assert inserted[0].position == 1


def test_search_bin_and_duplicate(store: SpeechStore) -> None:
    a = store.create_speech("Escape", speaker="Jin")
    store.insert_segments(a.id, 0, [("두만강을 건넜어요.", "I crossed the Tumen River.")])
    b = store.create_speech("Dreams 100%")
    assert [s.id for s in store.speeches("tumen")] == [a.id]
    assert [s.id for s in store.speeches("두만강")] == [a.id]
    assert [s.id for s in store.speeches("100%")] == [b.id]
    assert [s.id for s in store.speeches("_")] == []
    store.add_note(a.id, None, Role.TUTOR, "Slow down at the river.")
    copy = store.duplicate_speech(a.id, "Escape (copy)")
    assert [s.english for s in store.segments(copy.id)] == ["I crossed the Tumen River."]
    assert [n.text for n in store.notes(copy.id)] == ["Slow down at the river."]
    store.delete_speech(a.id)
    assert a.id not in [s.id for s in store.speeches()]
    assert [s.id for s in store.speeches(deleted=True)] == [a.id]
    store.restore_speech(a.id)
    assert a.id in [s.id for s in store.speeches()]


def test_notes_are_attributed_and_resolvable(store: SpeechStore) -> None:
    speech = store.create_speech("Notes")
    [row] = store.insert_segments(speech.id, 0, [("하나", "One.")])
    store.add_note(speech.id, None, Role.STUDENT, "Can we end with my mother?")
    note = store.add_note(speech.id, row.id, Role.TUTOR, "'One' sounds abrupt.")
    store.set_note_resolved(note.id, True)
    assert [(n.author, n.resolved) for n in store.notes(speech.id, row.id)] == [(Role.TUTOR, True)]
    assert [n.author for n in store.notes(speech.id, None)] == [Role.STUDENT]
    assert len(store.notes(speech.id)) == 2


def test_versions_snapshot_the_whole_speech(store: SpeechStore) -> None:
    speech = store.create_speech("Draft")
    [row] = store.insert_segments(speech.id, 0, [("안녕하세요.", "Hello everyone.")])
    first = store.save_version(speech.id, "My first draft", VersionKind.FIRST_DRAFT)
    store.set_segment_text(row.id, english="Good afternoon, everyone.")
    again = store.version(first.id)
    assert again.kind is VersionKind.FIRST_DRAFT
    assert [r.english for r in again.rows] == ["Hello everyone."]
    assert again.title == "Draft"


def test_emoji_mixed_scripts_and_huge_text_round_trip(store: SpeechStore) -> None:
    speech = store.create_speech("🙂 제목 Title — 題目")
    huge = ("가나다라마바사 English 🙂 " * 2500)[:50_000]
    [row] = store.insert_segments(speech.id, 0, [(huge, "Zoë’s café 🙂")])
    assert store.segment(row.id).korean == huge
    assert store.segment(row.id).english == "Zoë’s café 🙂"
    assert store.speech(speech.id).title == "🙂 제목 Title — 题目".replace("题", "題")


def test_settings_round_trip(store: SpeechStore) -> None:
    assert store.setting("language", "") == ""
    store.set_setting("language", "ko")
    store.set_setting("pace", 110)
    assert store.setting("language") == "ko" and store.setting("pace") == 110


def test_full_disk_raises_a_typed_error_and_keeps_earlier_writes(store: SpeechStore) -> None:
    from models.database import StoreWriteFailed

    speech = store.create_speech("Full")
    [row] = store.insert_segments(speech.id, 0, [("", "Kept.")])
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreWriteFailed) as caught:
        store.insert_segments(speech.id, 1, [("x" * 200_000, "")])
    assert caught.value.reason == "disk_full"
    assert [s.english for s in store.segments(speech.id)] == ["Kept."]
    assert store.segment(row.id).english == "Kept."


def test_rolled_back_write_leaves_nothing_half_done(store: SpeechStore) -> None:
    speech = store.create_speech("Atomic")
    store.insert_segments(speech.id, 0, [("a", "A.")])
    with pytest.raises(database.sql.IntegrityError), store.db.atomic():
        store.db.execute("UPDATE segments SET english = 'changed'")
        store.db.execute("INSERT INTO alternatives (segment_id, text, author, created_at) VALUES (1, 'x', 'judge', '')")
    assert [s.english for s in store.segments(speech.id)] == ["A."]


def test_takes_keep_their_report_and_can_be_renamed_deleted_and_restored(store) -> None:
    speech = store.create_speech("My story")
    first = store.add_take(speech.id, "takes/1/first.flac", 61.5)
    second = store.add_take(speech.id, "takes/1/second.flac", 0.0, source="imported", title="At the library")
    report = {"report_version": 1, "accuracy": 0.91, "words_per_minute": 128.0, "duration_seconds": 302.0,
              "fillers": [{"word": "um", "start": 1.0, "end": 1.2}], "timing_verdict": "within"}
    store.set_take_report(second.id, report)
    again = store.take(second.id)
    assert again.report == report and again.accuracy == 0.91 and again.fillers == 1 and again.seconds == 302.0
    assert again.verdict == "within" and again.source == "imported" and again.title == "At the library"
    store.rename_take(first.id, "Morning run")
    store.delete_take(second.id)
    assert [t.title for t in store.takes(speech.id)] == ["Morning run"]
    assert [t.id for t in store.takes(speech.id, deleted=True)] == [second.id]
    store.restore_take(second.id)
    assert [t.id for t in store.takes(speech.id)] == [first.id, second.id]
    assert store.take(first.id).report is None
