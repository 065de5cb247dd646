"""The Qt binding must not leak or drop references on the calls the editor makes thousands of times.

PySide6 6.12.0 dropped one reference to None on every call of a void setter; on Python 3.11 the
process then dies ("deallocating None") once a long speech has been opened a few times.
"""

import sys

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(500):
        edit.setUndoRedoEnabled(False)
        edit.setFixedHeight(20)
        edit.setPlaceholderText("x")
    assert abs(sys.getrefcount(None) - before) < 100
