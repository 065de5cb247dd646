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
    for text in ("", "abc", "5:75", "5::40", "-5:40", "5:40:10:2"):
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
