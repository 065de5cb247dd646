"""Contest-day stumbles of a first-time organiser, replayed with key presses in the real contest window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.speaking import parse_clock
from app.workspace import Workspace
from models.store import SpeechStore
from ui.shell.main_window import MainWindow


def test_a_stopwatch_time_is_typed_as_it_reads(qtbot: QtBot, store: SpeechStore) -> None:
    main = MainWindow(Workspace(store))
    qtbot.addWidget(main)
    window = main.practice.open_contests()
    qtbot.waitExposed(window)
    window.new_contest()
    for name in ("Hana", "Jiho"):
        window.people.add_speaker(name, "")
    window.tabs.setCurrentWidget(window.timing)
    window.timing.table.selectRow(0)
    box = window.timing.manual
    box.clear()
    qtbot.keyClicks(box, "5:40")
    assert window.timing.manual_hint.text() == "= 5:40"
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter sets the time; it does not open the timekeeper
    assert window.timing.timekeeper is None
    [hana, jiho] = store.contestants(window.contest_id)
    assert hana.seconds == 340 and jiho.seconds is None
    assert window.timing.table.item(0, 2).text() == "5:40"

    window.timing.table.selectRow(1)
    box.clear()
    qtbot.keyClicks(box, "6:75")
    assert window.timing.manual_hint.text() == "not a time: type minutes:seconds"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert store.contestants(window.contest_id)[1].seconds is None  # nothing stored from a typo


def test_times_as_organisers_write_them() -> None:
    cases = {"5:40": 340, "05:40": 340, "5:40.3": 340.3, "5m40": 340, "5m 40s": 340, "5분 40초": 340, "340": 340,
             "0:59": 59, "7:00": 420, "12:01": 721, "6′05″": 365}
    for text, seconds in cases.items():
        assert parse_clock(text) == seconds, text
    for text in ("", "abc", "5:75", "5::40", "-5:40", "5:40:10:2", "5:4"):
        assert parse_clock(text) is None, text


def test_the_new_contest_notice_goes_when_another_rubric_is_chosen(qtbot: QtBot, store: SpeechStore) -> None:
    main = MainWindow(Workspace(store))
    qtbot.addWidget(main)
    window = main.practice.open_contests()
    qtbot.waitExposed(window)
    window.new_contest()
    assert "classic 100-point ballot" in window.notice.text() and window.notice.isVisible()
    window.tabs.setCurrentWidget(window.rubric)
    qtbot.mouseClick(window.rubric.learners, Qt.MouseButton.LeftButton)
    assert not window.notice.isVisible()


def test_the_ballot_says_where_it_stands_while_scored(qtbot: QtBot, store: SpeechStore) -> None:
    main = MainWindow(Workspace(store))
    qtbot.addWidget(main)
    window = main.practice.open_contests()
    qtbot.waitExposed(window)
    window.new_contest()
    window.tabs.setCurrentWidget(window.rubric)
    qtbot.mouseClick(window.rubric.learners, Qt.MouseButton.LeftButton)
    window.people.add_judge("Grace")
    for name in ("Hana", "Jiho"):
        window.people.add_speaker(name, "")
    window.tabs.setCurrentWidget(window.judging)
    view = window.judging
    view.choose(judge_uid=store.judges(window.contest_id)[0].uid, speaker_uid=None)
    view.speakers.setCurrentRow(0)
    assert view.state.text() == "Not submitted yet: 3 criteria left to score."
    for box in view.scores.values():
        box.setValue(8)
    assert view.state.text() == "Every criterion is scored. Submit (Ctrl+Enter) to store this ballot."
    qtbot.keyClick(view.submit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.confirmation.text() == "✓ Submitted for Hana: 24 points (version 1)."
    assert view.speakers.currentRow() == 1 and view.state.text().startswith("Not submitted yet")


def test_a_contest_made_in_english_shows_its_ready_made_names_in_korean(qtbot: QtBot, store: SpeechStore) -> None:
    from app.contest import presets
    from ui import i18n

    contest = store.create_contest("Spring contest", "2026-12-05", {}, presets.rubric("learners", "en"),
                                   [*presets.awards("en"), "People's Choice"])
    person = store.add_contestant(contest.id, "Hana", "")
    judge = store.add_judge(contest.id, "Grace")
    store.submit_ballot(contest.id, judge.uid, person.uid, {"pronunciation": 8, "content": 7, "expression": 9})
    i18n.install("ko")
    try:
        main = MainWindow(Workspace(store))
        qtbot.addWidget(main)
        window = main.practice.open_contests()
        qtbot.waitExposed(window)
        window.tabs.setCurrentWidget(window.rubric)
        assert window.rubric.translate_names.isVisible()
        qtbot.mouseClick(window.rubric.translate_names, Qt.MouseButton.LeftButton)  # allowed after a ballot
    finally:
        i18n.install("en")
    changed = store.contest(contest.id)
    assert [c["name"] for c in changed.rubric] == ["발음과 목소리", "내용", "표현과 유창성"]
    assert changed.awards == [*presets.awards("ko"), "People's Choice"]  # her own award name stays
    assert [(c["id"], c["max"]) for c in changed.rubric] == [("pronunciation", 10), ("content", 10),
                                                            ("expression", 10)]
    assert not window.rubric.translate_names.isVisible()


def test_the_korean_presets_keep_to_the_glossary() -> None:
    from app.contest import presets
    from tests.test_korean_glossary import AVOID

    texts = [str(v) for table in presets.RUBRICS.values() for row in table["ko"] for v in row] + presets.AWARDS["ko"]
    assert [(term, text) for text in texts for term in AVOID if term in text] == []
