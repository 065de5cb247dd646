"""The lock in the window: locking hides every text and shows only the unlock box; the right passphrase
brings her back where she was; the unlock box and the choose-a-passphrase box say what they must."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app import settings as S
from app.workspace import Workspace
from tests.support.locked import FAST
from ui.shell.lock_dialogs import NewPassphraseDialog, UnlockDialog, strength
from ui.shell.main_window import MainWindow

PASSPHRASE = "봄날 river 3 stones"


@pytest.fixture
def locked_window(qtbot: QtBot, data_dir: Path):
    workspace = Workspace.open(data_dir)
    speech = workspace.store.create_speech("My secret title")
    workspace.store.insert_segments(speech.id, 0, [("비밀", "A sentence nobody else may see.")])
    workspace.lock_on(PASSPHRASE, FAST)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.library.reload(select=speech.id)
    qtbot.waitUntil(lambda: window.page is not None)
    yield window
    window.privacy.unlock_box = None
    window.close()
    workspace.close()


def _visible_texts() -> list[str]:
    from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit

    texts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in top.findChildren(QLabel) + top.findChildren(QTextEdit) + top.findChildren(QPlainTextEdit) \
                + top.findChildren(QLineEdit):
            if widget.isVisible():
                texts.append(widget.text() if hasattr(widget, "text") else widget.toPlainText())
    return texts


def test_locking_hides_everything_until_the_right_passphrase(locked_window: MainWindow, qtbot: QtBot) -> None:
    window = locked_window
    speech_before = window.doc.speech_id if window.doc else None
    assert any("nobody else" in t for t in _visible_texts())  # the check sees her text while unlocked
    window.privacy.lock()
    box = window.privacy.unlock_box
    assert box is not None and box.isVisible() and not window.isVisible()
    assert not any("nobody else" in t or "secret title" in t for t in _visible_texts())
    box.field.setText("not it")
    box.unlock_button.click()
    assert "not right" in box.problem.text() and box.isVisible() and not window.isVisible()
    box.field.setText(PASSPHRASE)
    box.unlock_button.click()
    qtbot.waitUntil(window.isVisible)
    assert window.privacy.unlock_box is None
    assert (window.doc.speech_id if window.doc else None) == speech_before  # back where she was


def test_idle_time_locks_and_lock_now_has_a_free_shortcut(locked_window: MainWindow) -> None:
    window = locked_window
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(window.privacy.lock_now))
                 if a.shortcut().toString()]
    assert shortcuts.count("Ctrl+Shift+K") == 1
    window.workspace.settings.set(S.IDLE_LOCK_MINUTES, 10)
    window.privacy.refresh()
    window.privacy._check_idle()  # that setting was a write: she was there
    window.privacy.last_input = time.monotonic() - 11 * 60
    window.workspace.store.set_segment_text(window.workspace.store.segments(window.doc.speech_id)[0].id,
                                            english="She is typing.")
    window.privacy._check_idle()  # a keystroke saved since the last look: not idle
    assert window.privacy.unlock_box is None
    window.privacy.last_input = time.monotonic() - 9 * 60
    window.privacy._check_idle()
    assert window.privacy.unlock_box is None
    window.privacy.last_input = time.monotonic() - 11 * 60
    window.privacy._check_idle()
    assert window.privacy.unlock_box is not None and not window.isVisible()
    window.privacy.unlock_box.field.setText(PASSPHRASE)
    window.privacy.unlock_box.unlock_button.click()
    assert window.isVisible()


def test_the_unlock_box_takes_the_recovery_key(locked_window: MainWindow, data_dir: Path, qtbot: QtBot) -> None:
    box = UnlockDialog(data_dir)
    qtbot.addWidget(box)
    box.use_recovery()
    assert "recovery key" in box.intro.text()
    box.field.setText("0000-0000-0000-0000-0000-0000-0000-0000")
    box.unlock_button.click()
    assert "does not open" in box.problem.text() and box.keyring is None


def test_choosing_a_passphrase_needs_it_twice_and_long_enough(qtbot: QtBot) -> None:
    dialog = NewPassphraseDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.first.setText("short")
    assert not ok.isEnabled() and "short" in dialog.hint.text().lower()
    dialog.first.setText("three plain words")
    dialog.second.setText("three plain word")
    assert not ok.isEnabled() and "not the same" in dialog.hint.text()
    dialog.second.setText("three plain words")
    assert ok.isEnabled()
    assert strength("password") < strength("감자 세 개와 bicycle 7") == 3


def test_the_unlock_box_speaks_her_language_before_the_database_is_open(qtbot: QtBot, data_dir: Path) -> None:
    from app.vault.keyring import language_of
    from ui import i18n
    from ui.shell.application import Shell

    workspace = Workspace.open(data_dir)
    workspace.settings.set(S.LANGUAGE, "ko")
    workspace.lock_on(PASSPHRASE, FAST)
    shell = Shell(workspace)
    window = shell.build()
    qtbot.addWidget(window)
    try:
        assert language_of(data_dir) == "ko"  # kept beside the keys, in the clear: the box comes first
        box = UnlockDialog(data_dir)
        qtbot.addWidget(box)
        assert "암호" in box.intro.text()
    finally:
        window.close()
        workspace.close()
        i18n.install("en")
