"""The open speech as the widgets see it: store writes, change signals, the undo stack, who is typing.

GUI thread only. Every edit is written to the store at once (one small transaction), so killing the
app loses nothing already typed. A text write that fails (disk full, file locked) is kept in memory,
shown on screen, and retried every few seconds until it succeeds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from models.database import StoreWriteFailed
from models.records import Role, Segment, Speech
from models.store import SpeechStore

RETRY_MS = 3000


class RoleSwitch(QObject):
    """Who is at the keyboard; what they write is attributed to them."""

    role_changed = Signal(object)

    def __init__(self, role: Role = Role.STUDENT, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = role

    @property
    def role(self) -> Role:
        return self._role

    def set_role(self, role: Role) -> None:
        if role != self._role:
            self._role = role
            self.role_changed.emit(role)

    def toggle(self) -> None:
        self.set_role(Role.TUTOR if self._role is Role.STUDENT else Role.STUDENT)


class SpeechDocument(QObject):
    rows_reset = Signal()
    text_replaced = Signal(int, str, str)  # segment id, 'korean'/'english', text (undo, redo, picks)
    text_saved = Signal()
    alternatives_changed = Signal(int)
    notes_changed = Signal()
    speech_changed = Signal()
    save_failed = Signal(object)  # StoreWriteFailed
    save_recovered = Signal()

    def __init__(self, store: SpeechStore, speech_id: int, roles: RoleSwitch,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.speech_id = speech_id
        self.roles = roles
        self.undo_stack = QUndoStack(self)
        self._pending: dict[tuple[int, str], str] = {}
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)

    # Reading --------------------------------------------------------------------------------

    def speech(self) -> Speech:
        return self.store.speech(self.speech_id)

    def segments(self) -> list[Segment]:
        return self.store.segments(self.speech_id)

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending)

    # Writing --------------------------------------------------------------------------------

    def attempt(self, write: Callable[[], Any]) -> Any:
        """Run a store write; on failure tell the window and return None."""
        try:
            return write()
        except StoreWriteFailed as error:
            self.save_failed.emit(error)
            return None

    def write_text(self, segment_id: int, field: str, text: str) -> None:
        self._pending[(segment_id, field)] = text
        self.flush()

    def flush(self) -> bool:
        """Write every pending text; True when nothing is left unsaved."""
        had_failed = self._retry.isActive()
        while self._pending:
            (segment_id, field), text = next(iter(self._pending.items()))
            try:
                self.store.set_segment_text(segment_id, **{field: text})
            except StoreWriteFailed as error:
                if not had_failed:
                    self.save_failed.emit(error)
                self._retry.start()
                return False
            except KeyError:
                pass  # the row was deleted for good meanwhile
            del self._pending[(segment_id, field)]
        if had_failed:
            self._retry.stop()
            self.save_recovered.emit()
        self.text_saved.emit()
        return True
