"""Test driver: opens the real main window, types into a row as a user would, says so, then waits.

The test kills this process with SIGKILL the moment it reports, and checks what the database kept.
"""

import sys

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app import paths
from app.workspace import Workspace
from models.store import SpeechStore
from ui.shell.main_window import MainWindow

KOREAN = sys.argv[1]
ENGLISH = sys.argv[2]

app = QApplication(sys.argv[:1])
store = SpeechStore.open(paths.database_path())
speech = store.create_speech("Kill test")
store.insert_segments(speech.id, 0, [("", "")])
store.set_setting("last_speech", speech.id)
window = MainWindow(Workspace(store))
window.show()


def key_in(widget, text: str) -> None:
    """One key event per character, carrying its text, as a keyboard (or a Korean input method's
    committed syllable) delivers it."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def type_text() -> None:
    row = window.page.editor.rows[0]
    row.korean.setFocus()
    key_in(row.korean, KOREAN)
    row.english.setFocus()
    key_in(row.english, ENGLISH)
    print("TYPED", flush=True)


QTimer.singleShot(100, type_text)
app.exec()
