"""The side-by-side editor in the real main window, driven as a user would (keys, paste, buttons)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from models.records import Role, VersionKind
from models.store import SpeechStore
from ui.drafting.alternatives_panel import AlternativeCard, AlternativesPanel
from ui.drafting.notes_panel import NotesPanel
from ui.drafting.segment_row import CellEdit
from ui.drafting.versions_dialog import VersionsDialog
from ui.shell.main_window import MainWindow

KOREAN_PARAGRAPH = ("저는 함경북도 혜산에서 태어났어요 어릴 때 꿈은 선생님이 되는 것이었습니다. "
                    "2010년에 두만강을 건넜어요! 지금은 서울에서 공부해요")
ENGLISH_PARAGRAPH = ("I was born in Hyesan, North Korea. As a child, I dreamed of being a teacher. "
                     "In 2010, I crossed the Tumen River! Now I study in Seoul.")


def key_in(widget: CellEdit, text: str) -> None:
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                     character))


def paste_into(cell: CellEdit, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    cell.setFocus()
    cell.paste()


def trigger(window: MainWindow, shortcut: str) -> None:
    wanted = QKeySequence(shortcut)
    [action] = [a for a in window.actions() if a.shortcut() == wanted]
    action.trigger()


@pytest.fixture
def window(qtbot: QtBot, store: SpeechStore) -> MainWindow:
    speech = store.create_speech("나의 꿈", speaker="Mina")
    store.insert_segments(speech.id, 0, [("", "")])
    main = MainWindow(Workspace(store))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def texts(store: SpeechStore, window: MainWindow) -> list[tuple[str, str]]:
    assert window.doc is not None
    return [(s.korean, s.english) for s in store.segments(window.doc.speech_id)]


def test_korean_paste_becomes_rows_and_english_paste_fills_them(window: MainWindow, store: SpeechStore) -> None:
    editor = window.page.editor
    paste_into(editor.rows[0].korean, KOREAN_PARAGRAPH)
    koreans = [k for k, _ in texts(store, window)]
    assert koreans == ["저는 함경북도 혜산에서 태어났어요", "어릴 때 꿈은 선생님이 되는 것이었습니다.",
                       "2010년에 두만강을 건넜어요!", "지금은 서울에서 공부해요"]
    assert [row.korean.toPlainText() for row in editor.rows] == koreans
    paste_into(editor.rows[0].english, ENGLISH_PARAGRAPH)
    assert [e for _, e in texts(store, window)] == [
        "I was born in Hyesan, North Korea.", "As a child, I dreamed of being a teacher.",
        "In 2010, I crossed the Tumen River!", "Now I study in Seoul."]
    assert len(editor.rows) == 4  # the English filled the Korean rows instead of adding new ones
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert texts(store, window) == [("", "")]
    assert len(editor.rows) == 1


def test_typing_is_saved_at_once_and_undo_redo_are_saved_too(window: MainWindow, store: SpeechStore) -> None:
    cell = window.page.editor.rows[0].english
    cell.setFocus()
    key_in(cell, "Hello, everyone.")
    assert texts(store, window) == [("", "Hello, everyone.")]
    assert window.save_state.text() == "All changes saved"
    window.doc.undo_stack.undo()  # typing within a moment merges into one step
    assert texts(store, window) == [("", "")] and cell.toPlainText() == ""
    window.doc.undo_stack.redo()
    assert texts(store, window) == [("", "Hello, everyone.")] and cell.toPlainText() == "Hello, everyone."


def test_row_operations_with_shortcuts_and_undo(window: MainWindow, store: SpeechStore) -> None:
    editor = window.page.editor
    paste_into(editor.rows[0].korean, "하나. 둘. 셋.")
    editor.focus_row(editor.rows[0].segment_id, "korean")
    trigger(window, "Alt+Shift+Down")  # move row 1 down
    assert [k for k, _ in texts(store, window)] == ["둘.", "하나.", "셋."]
    trigger(window, "Ctrl+Shift+M")  # merge "하나." with "셋."
    assert [k for k, _ in texts(store, window)] == ["둘.", "하나. 셋."]
    cell = editor.row(editor.current_id).korean
    cursor = cell.textCursor()
    cursor.setPosition(3)
    cell.setTextCursor(cursor)
    trigger(window, "Ctrl+Shift+Return")  # split after "하나."
    assert [k for k, _ in texts(store, window)] == ["둘.", "하나.", "셋."]
    trigger(window, "Ctrl+Shift+Delete")
    assert [k for k, _ in texts(store, window)] == ["둘.", "하나."]
    trigger(window, "Ctrl+Return")
    assert len(texts(store, window)) == 3 and editor.current_index() == 2
    for _ in range(4):
        window.doc.undo_stack.undo()
    assert [k for k, _ in texts(store, window)] == ["둘.", "하나.", "셋."]
    window.doc.undo_stack.undo()
    assert [k for k, _ in texts(store, window)] == ["하나.", "둘.", "셋."]
    window.doc.undo_stack.undo()
    assert texts(store, window) == [("", "")]


def test_tutor_offers_five_alternatives_and_student_picks_one(window: MainWindow, store: SpeechStore,
                                                               qtbot: QtBot) -> None:
    editor = window.page.editor
    first = editor.rows[0]
    first.english.setFocus()
    key_in(first.english, "I born in Hyesan.")
    window.roles.set_role(Role.TUTOR)
    panel = window.alternatives_dock.widget()
    assert isinstance(panel, AlternativesPanel)
    assert panel.add_button.text() == "Add as tutor"
    phrasings = ["I was born in Hyesan.", "Hyesan is where I was born.", "My hometown is Hyesan.",
                 "I come from Hyesan.", "I was born and raised in Hyesan."]
    for text in phrasings:
        panel.text_input.setText(text)
        panel.note_input.setText(f"nuance of {text}")
        panel.add_button.click()
    cards = panel.findChildren(AlternativeCard)
    assert len(cards) == 5
    assert all(card.property("author") == "tutor" for card in cards)
    window.roles.set_role(Role.STUDENT)
    trigger(window, "Ctrl+3")
    segment_id = first.segment_id
    assert store.segment(segment_id).english == "My hometown is Hyesan."
    assert first.english.toPlainText() == "My hometown is Hyesan."
    [history] = store.history(segment_id)
    assert history.english == "I born in Hyesan." and history.replaced_by is Role.STUDENT
    assert [a.chosen for a in store.alternatives(segment_id)] == [False, False, True, False, False]
    assert panel.history.isVisible() and "I born in Hyesan." in panel.history.text()
    window.doc.undo_stack.undo()
    assert first.english.toPlainText() == "I born in Hyesan."
    assert store.history(segment_id) == []


def test_notes_are_attributed_to_who_is_at_the_keyboard(window: MainWindow, store: SpeechStore) -> None:
    panel = window.notes_dock.widget()
    assert isinstance(panel, NotesPanel)
    window.roles.set_role(Role.TUTOR)
    panel.focus_new()
    panel.input.setPlainText("Pause after Hyesan.")
    panel.add_button.click()
    window.roles.set_role(Role.STUDENT)
    panel.scope.setCurrentIndex(1)
    panel.input.setPlainText("Can we end with my mother?")
    panel.add_button.click()
    speech_id = window.doc.speech_id
    [row_note] = store.notes(speech_id, window.page.editor.current_id)
    [speech_note] = store.notes(speech_id, None)
    assert (row_note.author, speech_note.author) == (Role.TUTOR, Role.STUDENT)
    assert panel.row_notes.item(0).text() == "Tutor: Pause after Hyesan."
    panel.row_notes.item(0).setCheckState(Qt.CheckState.Checked)
    assert store.notes(speech_id, row_note.segment_id)[0].resolved


def test_versions_compare_highlights_the_changed_sentence(window: MainWindow, store: SpeechStore,
                                                           qtbot: QtBot) -> None:
    editor = window.page.editor
    paste_into(editor.rows[0].english, "I have a dream. I want to be a nurse. Thank you.")
    store.save_version(window.doc.speech_id, "Alone", VersionKind.FIRST_DRAFT)
    second = editor.rows[1].english
    second.setFocus()
    second.moveCursor(second.textCursor().MoveOperation.End)
    key_in(second, " one day")
    dialog = VersionsDialog(window.doc, window)
    qtbot.addWidget(dialog)
    assert dialog.left.currentText().startswith("Alone (first draft)")
    assert dialog.right.currentText() == "Now"
    assert dialog.summary.text() == "1 of 3 sentences differ."
    changed = dialog.table.cellWidget(1, 2)
    assert "one day" in changed.text() and "background:#a6e3a6" in changed.text()
    assert "typed in the editor" in changed.text()  # who changed it: her typing
    assert "background" not in (dialog.table.cellWidget(0, 2).styleSheet() or "")
    # A tutor's alternative picked: the comparison says whose words they are.
    third = store.segments(window.doc.speech_id)[2]
    tutor = store.add_alternative(third.id, "Thank you for listening.", "", Role.TUTOR)
    store.pick_alternative(tutor.id, Role.STUDENT)
    window.doc.rows_reset.emit()
    dialog.refresh()
    assert "an alternative by Tutor, picked" in dialog.table.cellWidget(2, 2).text()


def test_export_pdf_and_text(window: MainWindow, store: SpeechStore, tmp_path: Path) -> None:
    from ui.drafting import export_actions

    paste_into(window.page.editor.rows[0].korean, KOREAN_PARAGRAPH)
    paste_into(window.page.editor.rows[0].english, ENGLISH_PARAGRAPH)
    speech, segments = window.doc.speech(), window.doc.segments()
    pdf = tmp_path / "speech.pdf"
    export_actions.write_pdf(pdf, speech, segments)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/Type /Page" in data and len(data) > 5000
    text = tmp_path / "speech.txt"
    export_actions.write_text(text, speech, segments)
    content = text.read_text(encoding="utf-8")
    assert "2010년에 두만강을 건넜어요!" in content and "In 2010, I crossed the Tumen River!" in content


def test_live_estimate_against_the_limits(window: MainWindow, store: SpeechStore) -> None:
    cell = window.page.editor.rows[0].english
    paste_into(cell, " ".join(["word"] * 500))  # one long "sentence" without a full stop
    label = window.page.estimate.text()
    assert label.startswith("500 English words · about 4:10 at 120 words a minute — limit 5:00–7:00")
    assert window.page.estimate.property("verdict") == "under"


def test_huge_paste_keeps_every_character(window: MainWindow, store: SpeechStore,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer_yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    sentence = "저는 자유를 찾아 먼 길을 왔어요 🙂 English too. "
    huge = (sentence * 2000)[:50_000]
    paste_into(window.page.editor.rows[0].korean, huge)
    assert asked and "50,000" in asked[0]
    stored = "".join(k for k, _ in texts(store, window))
    assert stored.replace(" ", "") == huge.replace(" ", "")
    assert len(window.page.editor.rows) == len(texts(store, window)) > 1000


def test_full_disk_keeps_text_on_screen_and_saves_when_space_returns(
        window: MainWindow, store: SpeechStore, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: boxes.append(str(args[2])))
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    cell = window.page.editor.rows[0].korean
    cell.setFocus()
    filler = "가" * 20_000
    cell.insertPlainText(filler)
    assert window.save_state.text() == "Not saved yet"
    assert window.save_banner.isVisible() and "disk is full" in window.save_banner.text()
    assert boxes == []  # no modal box to swallow the next keystrokes
    qtbot.keyClicks(cell, " and more words")  # she keeps typing, spaces included
    assert cell.toPlainText() == filler + " and more words"
    assert window.doc.has_unsaved
    store.db.execute("PRAGMA max_page_count = 1073741823")
    qtbot.waitUntil(lambda: not window.doc.has_unsaved, timeout=10_000)
    assert texts(store, window) == [(filler + " and more words", "")]
    assert not window.save_banner.isVisible()


def test_library_create_rename_duplicate_delete_and_restore(window: MainWindow, store: SpeechStore,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    answers = iter([("   ", True), ("Escape", True), ("Escape — final", True), ("Escape copy", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    library = window.library
    library.new_button.click()  # a blank title is refused, then "Escape" is accepted
    assert window.doc.speech().title == "Escape"
    library.rename_button.click()
    assert store.speech(window.doc.speech_id).title == "Escape — final"
    library.copy_button.click()
    assert window.doc.speech().title == "Escape copy"
    copy_id = window.doc.speech_id
    library.delete_button.click()
    assert copy_id not in [s.id for s in store.speeches()]
    assert "moved to the bin" in window.statusBar().currentMessage()
    library.restore(copy_id)
    assert window.doc.speech_id == copy_id
    library.search.setText("final")
    assert library.list.count() == 1


def test_buttons_are_reachable_and_named(window: MainWindow) -> None:
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            assert button.text() or button.accessibleName()


def test_a_really_full_disk_loses_no_keystroke(qtbot: QtBot, tmp_path: Path) -> None:
    """The data folder on a real 3 MB filesystem (tmpfs, as root), filled to the last byte while she types."""
    import errno
    import os
    import subprocess

    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(small)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    store = SpeechStore.open(small / "data" / "moksori.sqlite3")
    try:
        speech = store.create_speech("나의 꿈", speaker="Mina")
        store.insert_segments(speech.id, 0, [("", "")])
        main = MainWindow(Workspace(store))
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        filler = small / "filler.bin"
        with filler.open("wb") as handle:  # every free byte taken
            try:
                while True:
                    handle.write(b"\0" * 65536)
                    handle.flush()
            except OSError as error:
                assert error.errno == errno.ENOSPC
        cell = main.page.editor.rows[0].korean
        cell.setFocus()
        typed = "가" * 30_000
        cell.insertPlainText(typed)
        qtbot.waitUntil(lambda: main.save_banner.isVisible(), timeout=10_000)
        assert "disk is full" in main.save_banner.text() and main.save_state.text() == "Not saved yet"
        qtbot.keyClicks(cell, " my story")  # the next keystrokes, spaces included, land in her text
        assert cell.toPlainText() == typed + " my story"
        filler.unlink()  # space returns
        qtbot.waitUntil(lambda: not main.doc.has_unsaved, timeout=15_000)
        assert texts(store, main) == [(typed + " my story", "")] and not main.save_banner.isVisible()
        main.close()
    finally:
        store.close()
        subprocess.run(["umount", "-l", str(small)], capture_output=True)
