"""Contest day in the real window, end to end: set-up, keyboard-only timing, judges scoring in the window
and on paper, two judges on their own laptops (a second data file and window), results, PDF and CSV.
The hand-worked example is in tests/support/contest_day.py."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.contest.tally import sealed
from app.workspace import Workspace
from models.store import SpeechStore
from tests.support import contest_day as day
from ui.contest.window import ContestWindow
from ui.shell.main_window import MainWindow


class FakeClock:
    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t


def focus(qtbot: QtBot, widget) -> None:  # noqa: ANN001
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)


def score_all(qtbot: QtBot, window: ContestWindow, judge_name: str, paper: bool = False) -> None:
    """The judge's ballots entered in the judge view: a value per criterion, then Submit."""
    view = window.judging
    view.choose(judge_uid=next(j.uid for j in window.store.judges(window.contest_id) if j.name == judge_name))
    view.paper.setChecked(paper)
    for row, total in enumerate(day.TOTALS[judge_name]):
        view.speakers.setCurrentRow(row)
        for criterion, value in day.split(total).items():
            view.scores[criterion].setValue(value)
        assert view.total.text().startswith(f"Total: {total} of 30")
        assert view.state.text() == "Every criterion is scored. Submit (Ctrl+Enter) to store this ballot."
        qtbot.mouseClick(view.submit, Qt.MouseButton.LeftButton)
        name = day.CONTESTANTS[row][0]
        assert view.confirmation.text() == f"✓ Submitted for {name}: {total} points (version 1)."
        if row + 1 < len(day.TOTALS[judge_name]):  # on to the next speaker she has not scored
            assert view.speakers.currentRow() == row + 1 and view.submit.isEnabled()
    if judge_name in day.BEST_STORY:
        view.vote_choices["Best Story"].setCurrentText(day.BEST_STORY[judge_name])
    view.paper.setChecked(False)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_a_whole_contest_day_in_the_window(qtbot: QtBot, store: SpeechStore, tmp_path: Path) -> None:
    speech = store.create_speech("The river at night")
    store.insert_segments(speech.id, 0, [("강을 건넜습니다.", "We crossed the river at night."),
                                         ("저는 무서웠습니다.", "I was afraid.")])
    main = MainWindow(Workspace(store))
    qtbot.addWidget(main)
    window = main.practice.open_contests()
    qtbot.waitExposed(window)
    assert window.empty.isVisible()

    # Set-up: a new contest, renamed; the learners' rubric; judges, a tie-breaker, speakers, a linked script.
    window.new_contest()
    window.setup.name.clear()
    qtbot.keyClicks(window.setup.name, "Spring speech contest")
    qtbot.keyClick(window.setup.name, Qt.Key.Key_Return)
    assert window.chooser.currentText().startswith("Spring speech contest")
    window.tabs.setCurrentWidget(window.rubric)
    qtbot.mouseClick(window.rubric.learners, Qt.MouseButton.LeftButton)
    assert window.rubric.table.rowCount() == 3 and window.rubric.total.text() == "Total: 30 points"
    window.tabs.setCurrentWidget(window.people)
    for name in day.JUDGES:
        window.people.add_judge(name)
    window.people.tie_breaker.setCurrentText(day.TIE_BREAKER)
    for name, title, _seconds in day.CONTESTANTS:
        window.people.add_speaker(name, title)
    link = window.people.speakers.cellWidget(0, 2)
    assert isinstance(link, QComboBox)
    link.setCurrentText("The river at night")
    contest = store.contest(window.contest_id)
    assert contest.rules["tie_breaker_judge"] == "J5" and store.contestants(contest.id)[0].speech_id == speech.id

    # Timing, keyboard only: Enter opens the timekeeper; Space starts and stops; N moves to the next speaker.
    window.tabs.setCurrentWidget(window.timing)
    clock = FakeClock()
    window.timing.now = clock
    window.timing.table.selectRow(0)
    focus(qtbot, window)
    window.timing.table.setFocus()
    qtbot.keyClick(window.timing.table, Qt.Key.Key_Return)
    timekeeper = window.timing.timekeeper
    assert timekeeper is not None
    qtbot.waitExposed(timekeeper)
    focus(qtbot, timekeeper)
    for index, (name, _title, seconds) in enumerate(day.CONTESTANTS):
        assert timekeeper.speaker.text() == f"{index + 1}. {name}"
        qtbot.keyClick(timekeeper, Qt.Key.Key_Space)
        clock.t += seconds
        timekeeper.refresh()
        qtbot.keyClick(timekeeper, Qt.Key.Key_Space)
        if index + 1 < len(day.CONTESTANTS):
            qtbot.keyClick(timekeeper, Qt.Key.Key_N)
            assert timekeeper.digits.text() == "0:00"
    assert timekeeper.property("signal") == "amber"  # Somin, the last speaker, stopped at 6:39
    qtbot.keyClick(timekeeper, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.timing.timekeeper is None, timeout=5000)
    people = store.contestants(contest.id)
    assert [p.seconds for p in people] == [s for _n, _t, s in day.CONTESTANTS]
    verdicts = [window.timing.table.item(row, 3).text() for row in range(8)]
    assert verdicts[4] == "disqualified (time)" and verdicts[0] == "within the time"

    # Judging in the window: it opens on the speaker last timed; the script, English or Korean; a ballot
    # refused until complete; a correction.
    window.tabs.setCurrentWidget(window.judging)
    view = window.judging
    assert view.speaker_uid() == people[-1].uid
    view.choose(judge_uid="J1", speaker_uid=people[0].uid)
    assert "We crossed the river at night." in view.script.toPlainText()
    qtbot.mouseClick(view.korean, Qt.MouseButton.LeftButton)
    assert "강을 건넜습니다." in view.script.toPlainText()
    view.font_size.setValue(24)
    assert view.script.font().pointSize() == 24
    view.scores["pronunciation"].setValue(7)
    qtbot.mouseClick(view.submit, Qt.MouseButton.LeftButton)
    assert "score every criterion first (Content, Expression and fluency)" in window.notice.text()
    assert store.ballots(contest.id) == []
    view.scores["content"].setValue(7)
    view.scores["expression"].setValue(6)
    qtbot.mouseClick(view.submit, Qt.MouseButton.LeftButton)
    assert [b.total for b in store.ballots(contest.id)] == [20]
    assert view.confirmation.text().startswith("✓ Submitted for") and view.speakers.currentRow() == 1
    view.speakers.setCurrentRow(0)
    assert not view.scores["content"].isEnabled()  # submitted: shown as it is, not editable
    qtbot.mouseClick(view.correct, Qt.MouseButton.LeftButton)
    for criterion, value in day.split(day.TOTALS["Mina"][0]).items():
        view.scores[criterion].setValue(value)
    qtbot.mouseClick(view.submit, Qt.MouseButton.LeftButton)
    assert [(b.version, b.total) for b in store.ballots(contest.id)] == [(1, 20), (2, 28)]
    assert "version 2" in view.confirmation.text()
    view.speakers.setCurrentRow(0)
    score_rest = day.TOTALS["Mina"][1:]
    for row, total in enumerate(score_rest, start=1):
        view.speakers.setCurrentRow(row)
        for criterion, value in day.split(total).items():
            view.scores[criterion].setValue(value)
        qtbot.mouseClick(view.submit, Qt.MouseButton.LeftButton)
    view.vote_choices["Best Story"].setCurrentText(day.BEST_STORY["Mina"])
    score_all(qtbot, window, "Daniel", paper=True)  # entered afterwards from his paper ballot
    score_all(qtbot, window, "Grace")

    # Sora and Peter score on their own laptops: each opens the organiser's contest file, scores, exports.
    contest_file = window.export_contest(tmp_path / "contest.json")
    assert contest_file is not None
    ballot_files = {}
    people = window.people.judges  # the organiser reads each judge her code from the judges' table
    codes = {people.item(r, 0).text(): people.item(r, 1).text() for r in range(people.rowCount())}
    assert all(len(code) == 11 and code[5] == "-" for code in codes.values()), codes
    for name in day.ON_OWN_LAPTOPS:
        laptop = SpeechStore.open(tmp_path / f"{name}-laptop" / "moksori.sqlite3")
        their = ContestWindow(Workspace(laptop))
        qtbot.addWidget(their)
        their.show()
        assert their.open_contest_file(contest_file) is not None
        assert their.tabs.currentWidget() is their.judging
        score_all(qtbot, their, name)
        judge_uid = next(j.uid for j in laptop.judges(their.contest_id) if j.name == name)
        ballot_files[name] = their.export_judge(judge_uid, tmp_path / f"{name}.json", code=codes[name])
        assert their.open_contest_file(contest_file) is None and "already on this computer" in their.notice.text()
        their.close()
        laptop.close()

    # The organiser imports them; the same file twice, a tampered one and another contest's are refused.
    before = len(store.ballots(contest.id))
    assert not window.import_ballots(ballot_files["Sora"], confirm=False)  # shown what it would add; declined
    assert "Nothing was imported." in window.notice.text() and len(store.ballots(contest.id)) == before
    for name, path in ballot_files.items():
        assert path is not None and window.import_ballots(path, confirm=True)
        assert f"8 new ballots ({name})" in window.notice.text()
    count = len(store.ballots(contest.id))
    assert not window.import_ballots(ballot_files["Sora"])
    assert "imported before" in window.notice.text() and "Nothing was changed." in window.notice.text()
    tampered = json.loads(ballot_files["Peter"].read_text(encoding="utf-8"))
    tampered["ballots"][0]["scores"]["content"] = 0
    (tmp_path / "tampered.json").write_text(json.dumps(tampered), encoding="utf-8")
    assert not window.import_ballots(tmp_path / "tampered.json")
    assert "changed after it was exported" in window.notice.text()
    forged = sealed({k: v for k, v in tampered.items() if k != "checksum"})  # the checksum recomputed
    (tmp_path / "forged.json").write_text(json.dumps(forged), encoding="utf-8")
    assert not window.import_ballots(tmp_path / "forged.json")
    assert "does not carry her seal" in window.notice.text()
    other = window.new_contest()
    other_file = window.export_contest(tmp_path / "other.json")
    assert other is not None and other_file is not None
    window.list_contests(select=contest.id)
    assert not window.import_ballots(other_file)
    assert "another contest" in window.notice.text()
    assert len(store.ballots(contest.id)) == count

    # Results: places as worked out by hand, the tie decided by Grace, Hana disqualified, the award.
    window.tabs.setCurrentWidget(window.results)
    table = window.results.places
    shown = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert shown == [(str(p), n) for p, n, _ in day.EXPECTED_PLACES] + [("—", "Hana")]
    assert table.item(2, 2).text() == ("3 points, tied with Jiho; the tie-breaker judge (Grace) ranked this speaker "
                                       "no. 3")
    assert "40 of 40 ballots are in." in window.results.summary.text()
    assert "Best Story: Jiho" in window.results.details.toPlainText()

    # Printed results, blank ballots and CSV.
    pdf = window.save_results_pdf(tmp_path / "results.pdf")
    ballots_pdf = window.save_ballots_pdf(tmp_path / "ballots.pdf")
    csv_file = window.save_results_csv(tmp_path / "results.csv")
    assert pdf and ballots_pdf and csv_file
    assert pdf.read_bytes().startswith(b"%PDF")
    text = pdf_text(pdf)
    for name in ("Minji", "Seoyeon", "Hana", "Grace", "Best Story"):
        assert name in text
    sheets = pdf_text(ballots_pdf)
    assert sheets.count("Ballot of judge") == 5 and "Somin" in sheets
    rows = csv_file.read_text(encoding="utf-8-sig").splitlines()
    assert rows[1].startswith("1,C2,Minji,9,") and any(r.startswith("DQ,C5,Hana") for r in rows)
    for file in (contest_file, *ballot_files.values()):
        assert "We crossed the river" not in file.read_text(encoding="utf-8")  # scripts stay on this device


@pytest.mark.parametrize("bad", ["empty", "binary"])
def test_an_unreadable_file_gives_a_message_and_changes_nothing(qtbot: QtBot, store: SpeechStore,
                                                                 tmp_path: Path, bad: str) -> None:
    window = ContestWindow(Workspace(store))
    qtbot.addWidget(window)
    window.new_contest()
    path = tmp_path / "ballots.json"
    path.write_bytes(b"" if bad == "empty" else b"\x00\x01\x02")
    assert not window.import_ballots(path)
    assert window.open_contest_file(path) is None
    assert {"empty": "That file is empty.", "binary": "not a text file"}[bad] in window.notice.text()
    assert len(store.contests()) == 1


def test_the_contest_window_in_korean(qtbot: QtBot, store: SpeechStore, tmp_path: Path) -> None:
    """Every page in Korean: no English interface text left; presets, verdicts and printed results in Korean."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

    from ui import i18n

    hangul = re.compile(r"[\uac00-\ud7a3]")
    allowed = re.compile(r"^[\s\d:·–—%()+✓.,/-]*$|^Ctrl\+|^\d+\. ")
    i18n.install("ko")
    try:
        window = ContestWindow(Workspace(store))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.new_contest()
        assert [c["name"] for c in store.contest(window.contest_id).rubric][:2] == ["구성", "전달 효과"]
        assert store.contest(window.contest_id).awards[0] == "최고의 이야기상"
        for name in ("민아", "다니엘"):
            window.people.add_judge(name)
        for name, seconds in (("유나", 402), ("하나", 465)):
            window.people.add_speaker(name, "제목")
            store.set_time(store.contestants(window.contest_id)[-1].id, seconds)
        shown: list[str] = [window.windowTitle()] + [a.text() for a in window.menuBar().actions()]
        shown += [a.text() for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
                  for a in menu.actions() if a.text()]
        tabs = window.findChild(QTabWidget)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            shown.append(tabs.tabText(index))
            page = tabs.widget(index)
            shown += [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)
                      if w.isVisible() and w.text() and w.objectName() not in ("judgeSpeaker",)]
            shown += [g.title() for g in page.findChildren(QGroupBox) if g.isVisible()]
        shown += [window.timing.table.item(r, 3).text() for r in range(2)]
        english_left = [t for t in shown if not hangul.search(t) and not allowed.match(t)
                        and re.search(r"[A-Za-z]{2,}", t.replace("PDF", "").replace("CSV", ""))]
        assert english_left == []
        assert len(shown) > 60 and "결과를 PDF로 저장…" in shown and "채점지 제출" in shown
        assert [window.timing.table.item(r, 3).text() for r in range(2)] == ["시간 안", "실격 (시간)"]
        pdf = window.save_results_pdf(tmp_path / "결과.pdf")
        assert pdf is not None
        text = pdf_text(pdf)
        assert "시간 실격" in text and "하나" in text
    finally:
        i18n.install("en")


def test_a_full_disk_while_submitting_keeps_the_ballot_on_screen(qtbot: QtBot, store: SpeechStore) -> None:
    window = ContestWindow(Workspace(store))
    qtbot.addWidget(window)
    window.new_contest()
    window.people.add_judge("Mina")
    window.people.add_speaker("Yuna", "The river at night")
    window.rubric.use_preset("learners")
    window.tabs.setCurrentWidget(window.judging)
    view = window.judging
    for criterion, value in day.split(25).items():
        view.scores[criterion].setValue(value)
    comment = "Clear voice. " * 2000  # needs new pages in the file
    view.comment.setPlainText(comment)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    qtbot.mouseClick(view.submit, Qt.MouseButton.LeftButton)
    assert "disk is full" in window.notice.text()
    assert store.ballots(window.contest_id) == []
    assert view.comment.toPlainText() == comment and view.scores["content"].value() == 10 and view.submit.isEnabled()
    store.db.execute("PRAGMA max_page_count = 1073741823")
    qtbot.mouseClick(view.submit, Qt.MouseButton.LeftButton)
    assert [b.total for b in store.ballots(window.contest_id)] == [25]
