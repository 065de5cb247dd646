"""The Share menu in the real main window: sending the tutor's page, dropping her suggestions file on
the window (passphrase, preview, merge), refusals that change nothing, a pasted chat message, and a
whole speech carried to a second window and back."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from models.records import Role
from models.store import SpeechStore
from tests.support.exchange import suggestions_file
from ui.drafting.alternatives_panel import AlternativeCard, AlternativesPanel
from ui.drafting.segment_row import CellEdit
from ui.shell.main_window import MainWindow

PASSPHRASE = "three green lanterns"
ROWS = [("저는 회령에서 태어났습니다.", "I was born in Hoeryong."),
        ("겨울은 길고 추웠습니다.", "Winters were long and cold."),
        ("감사합니다.", "Thank you.")]


def _window(qtbot: QtBot, store: SpeechStore) -> MainWindow:
    main = MainWindow(Workspace(store))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def window(qtbot: QtBot, store: SpeechStore) -> MainWindow:
    speech = store.create_speech("Winter", speaker="Mina")
    store.insert_segments(speech.id, 0, ROWS)
    return _window(qtbot, store)


class Boxes:
    """What the window said in message boxes, instead of a person reading them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
        self.said: list[tuple[str, str]] = []
        self.previews: list[str] = []
        for kind in ("information", "warning"):
            monkeypatch.setattr(QMessageBox, kind, lambda *a, _k=kind, **k: self.said.append((_k, str(a[2]))))
        window.exchange.ask_passphrase = lambda title, intro, confirm: self.passphrase
        window.exchange.confirm_arrival = lambda title, text: self.previews.append(text) or True
        self.passphrase = PASSPHRASE


def drop(window: MainWindow, path: Path) -> None:
    """Drop a file on the first English cell, as from a file manager (on the cell's viewport, the widget a
    real drag reaches first; the cell passes it on to the window)."""
    target = window.findChildren(CellEdit)[1].viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, dropped)


def _all_alternatives(store: SpeechStore, speech_id: int) -> list:
    return [a for s in store.segments(speech_id) for a in store.alternatives(s.id)]


def test_send_the_page_then_drop_her_suggestions_on_the_window(window: MainWindow, store: SpeechStore,
                                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch, window)
    speech_id = window.current_speech_id()
    menu = [a.text() for a in window.menuBar().actions()]
    assert "S&hare" in menu
    page = window.exchange.send_to_tutor(tmp_path / "Winter - for my tutor.html")
    assert page is not None and page.exists()
    assert "Hoeryong" not in page.read_text(encoding="utf-8")
    assert boxes.said[-1][0] == "information" and "passphrase in your call" in boxes.said[-1][1]

    suggestions = tmp_path / "Winter - suggestions Cydney.moksori-suggestions"
    suggestions.write_text(suggestions_file(store, speech_id, PASSPHRASE,
                                            [(1, "The winters were long and bitter.", "stronger feeling"),
                                             (2, "Thank you for listening.", "warmer")],
                                            notes=[(0, "Hoe-ryong: say it slowly")]), encoding="utf-8")
    text_before = [(s.korean, s.english) for s in store.segments(speech_id)]
    drop(window, suggestions)
    assert boxes.previews == ["Cydney: 2 alternatives on 2 sentences, 1 notes\n\n"
                              "They arrive as her alternatives and notes; your sentences and choices stay as they "
                              "are."]
    tutor = [a for a in _all_alternatives(store, speech_id) if a.author is Role.TUTOR]
    assert {(a.text, a.author_name) for a in tutor} == {("The winters were long and bitter.", "Cydney"),
                                                       ("Thank you for listening.", "Cydney")}
    assert [(s.korean, s.english) for s in store.segments(speech_id)] == text_before
    assert "Brought in: Cydney" in window.statusBar().currentMessage()

    # The card shows her by name, and the student has no button to delete it.
    row = store.segments(speech_id)[1]
    panel = window.alternatives_dock.widget()
    assert isinstance(panel, AlternativesPanel)
    panel.show_segment(row.id)
    [card] = panel.findChildren(AlternativeCard)
    assert "Cydney (Tutor)" in [label.text() for label in card.findChildren(type(panel.heading))]
    assert window.roles.role is Role.STUDENT and card.findChildren(QToolButton) == []

    # The same file again adds nothing; a wrong passphrase and a changed byte change nothing.
    drop(window, suggestions)
    assert boxes.said[-1] == ("information", "Everything in this file is here already. Nothing was changed.")
    boxes.passphrase = "three green lantern"
    drop(window, suggestions)
    assert boxes.said[-1][0] == "warning" and "passphrase does not open the file" in boxes.said[-1][1]
    boxes.passphrase = PASSPHRASE
    container = json.loads(suggestions.read_text(encoding="utf-8"))
    data = bytearray(base64.b64decode(container["data"]))
    data[-3] ^= 1
    container["data"] = base64.b64encode(bytes(data)).decode()
    changed = tmp_path / "changed.moksori-suggestions"
    changed.write_text(json.dumps(container), encoding="utf-8")
    drop(window, changed)
    assert boxes.said[-1][0] == "warning" and "Nothing was changed" in boxes.said[-1][1]
    empty = tmp_path / "empty.moksori-suggestions"
    empty.write_bytes(b"")
    drop(window, empty)
    assert boxes.said[-1][0] == "warning"
    assert len(_all_alternatives(store, speech_id)) == 2 and len(boxes.previews) == 1


def test_suggestions_for_another_speech_are_refused(window: MainWindow, store: SpeechStore, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch, window)
    other = store.create_speech("Another speech")
    store.insert_segments(other.id, 0, [("", "Hello.")])
    path = tmp_path / "other.moksori-suggestions"
    path.write_text(suggestions_file(store, other.id, PASSPHRASE, [(0, "Hi there.", "")]), encoding="utf-8")
    assert window.exchange.open_suggestions(path) is None
    assert boxes.said[-1] == ("warning", "These suggestions are for another speech. Nothing was changed; open that "
                                         "speech first, then open the file again.")
    assert _all_alternatives(store, other.id) == []


def test_a_pasted_chat_message_becomes_one_card_per_alternative(window: MainWindow, store: SpeechStore) -> None:
    speech_id = window.current_speech_id()
    row = store.segments(speech_id)[2]
    panel = window.alternatives_dock.widget()
    assert isinstance(panel, AlternativesPanel)
    panel.show_segment(row.id)
    message = ("Some options for the ending:\n1. Thank you for listening. (neutral)\n"
               "2. Thank you for hearing my story — warmer, personal\n3) I am grateful for your time. (formal)")
    panel.text_input.setFocus()
    QApplication.clipboard().setText(message)
    panel.text_input.paste()
    assert panel.text_input.text() == ""
    assert [(a.text, a.note) for a in store.alternatives(row.id)] == [
        ("Thank you for listening.", "neutral"), ("Thank you for hearing my story", "warmer, personal"),
        ("I am grateful for your time.", "formal")]
    assert len(panel.findChildren(AlternativeCard)) == 3
    assert window.doc is not None
    window.doc.undo_stack.undo()  # one paste, one undo
    assert store.alternatives(row.id) == []


def test_a_whole_speech_goes_to_a_second_computer_and_comes_back(
        window: MainWindow, store: SpeechStore, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch, window)
    speech_id = window.current_speech_id()
    bundle = window.exchange.share_speech(tmp_path / "Winter.moksori")
    assert bundle is not None
    other_store = SpeechStore.open(tmp_path / "second" / "moksori.sqlite3")
    second = _window(qtbot, other_store)
    other_boxes = Boxes(monkeypatch, second)
    arrival = second.exchange.open_shared(bundle)
    assert arrival is not None and arrival.new_speech
    assert other_boxes.previews[-1].startswith("A new speech “Winter” with 3 rows")
    copy_id = second.current_speech_id()
    assert [(s.korean, s.english) for s in other_store.segments(copy_id)] == ROWS

    other_store.set_segment_text(other_store.segments(copy_id)[1].id, english="Winter lasted half the year.")
    back = second.exchange.share_speech(tmp_path / "Winter back.moksori")
    assert back is not None
    assert window.exchange.open_shared(back) is not None
    assert "1 changed rows" in boxes.previews[-1]
    assert store.segments(speech_id)[1].english == "Winter lasted half the year."
    assert window.doc is not None and window.doc.segments()[1].english == "Winter lasted half the year."
    second.close()
    other_store.close()
