"""Undoable edits of a speech (QUndoCommand): every change a user makes goes through one of these.

Each command writes to the store through the document and announces the change, so undo and redo
are saved as immediately as the edit itself. GUI thread only.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from models.records import Role
from models.store import PickReceipt
from ui.drafting.document import SpeechDocument

TYPING_MERGE_SECONDS = 2.0




class EditText(QUndoCommand):
    """Typing in one cell; keystrokes in the same cell within a short pause merge into one undo step."""

    def __init__(self, doc: SpeechDocument, segment_id: int, field: str, old: str, new: str,
                 typed: bool = True) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Typing") if typed
                         else QCoreApplication.translate("Commands", "Change text"))
        self.doc, self.segment_id, self.field = doc, segment_id, field
        self.old, self.new = old, new
        self.typed = typed
        self._first = typed  # typed text is already in the widget: only save it
        self._stamp = time.monotonic()

    def id(self) -> int:
        return 1 if self.typed else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditText) or (other.segment_id, other.field) != (self.segment_id, self.field):
            return False
        if other._stamp - self._stamp > TYPING_MERGE_SECONDS:
            return False
        self.new = other.new
        self._stamp = other._stamp
        return True

    def redo(self) -> None:
        self.doc.write_text(self.segment_id, self.field, self.new)
        if self._first:
            self._first = False
        else:
            self.doc.text_replaced.emit(self.segment_id, self.field, self.new)

    def undo(self) -> None:
        self.doc.write_text(self.segment_id, self.field, self.old)
        self.doc.text_replaced.emit(self.segment_id, self.field, self.old)


class InsertRows(QUndoCommand):
    def __init__(self, doc: SpeechDocument, position: int, texts: Sequence[tuple[str, str]],
                 paragraphs: Sequence[bool] = (), parent: QUndoCommand | None = None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add rows") if len(texts) > 1
                         else QCoreApplication.translate("Commands", "Add row"), parent)
        self.doc, self.position = doc, position
        self.texts, self.paragraphs = list(texts), list(paragraphs)
        self.ids: list[int] = []
        self.order_after: list[int] = []

    def redo(self) -> None:
        if not self.ids:
            created = self.doc.attempt(
                lambda: self.doc.store.insert_segments(self.doc.speech_id, self.position, self.texts,
                                                       self.paragraphs))
            self.ids = [s.id for s in created or []]
            self.order_after = [s.id for s in self.doc.segments()]
        else:
            self.doc.attempt(lambda: self.doc.store.restore_segments(self.doc.speech_id, self.order_after))
        self.doc.rows_reset.emit()

    def undo(self) -> None:
        self.doc.attempt(lambda: self.doc.store.delete_segments(self.ids))
        self.doc.rows_reset.emit()


class DeleteRows(QUndoCommand):
    def __init__(self, doc: SpeechDocument, ids: Sequence[int], parent: QUndoCommand | None = None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete row"), parent)
        self.doc, self.ids = doc, list(ids)
        self.order_before = [s.id for s in doc.segments()]

    def redo(self) -> None:
        self.doc.attempt(lambda: self.doc.store.delete_segments(self.ids))
        self.doc.rows_reset.emit()

    def undo(self) -> None:
        self.doc.attempt(lambda: self.doc.store.restore_segments(self.doc.speech_id, self.order_before))
        self.doc.rows_reset.emit()


class Reorder(QUndoCommand):
    def __init__(self, doc: SpeechDocument, new_order: Sequence[int]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Move row"))
        self.doc = doc
        self.old_order = [s.id for s in doc.segments()]
        self.new_order = list(new_order)

    def redo(self) -> None:
        self.doc.attempt(lambda: self.doc.store.set_order(self.doc.speech_id, self.new_order))
        self.doc.rows_reset.emit()

    def undo(self) -> None:
        self.doc.attempt(lambda: self.doc.store.set_order(self.doc.speech_id, self.old_order))
        self.doc.rows_reset.emit()


class SetParagraph(QUndoCommand):
    def __init__(self, doc: SpeechDocument, segment_id: int, starts: bool) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Paragraph break"))
        self.doc, self.segment_id, self.starts = doc, segment_id, starts

    def _apply(self, starts: bool) -> None:
        self.doc.attempt(lambda: self.doc.store.set_paragraph_start(self.segment_id, starts))
        self.doc.rows_reset.emit()

    def redo(self) -> None:
        self._apply(self.starts)

    def undo(self) -> None:
        self._apply(not self.starts)


class AddAlternative(QUndoCommand):
    def __init__(self, doc: SpeechDocument, segment_id: int, text: str, note: str, author: Role) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add alternative"))
        self.doc, self.segment_id = doc, segment_id
        self.alternative_text, self.note, self.author = text, note, author
        self.alternative_id: int | None = None

    def redo(self) -> None:
        if self.alternative_id is None:
            created = self.doc.attempt(
                lambda: self.doc.store.add_alternative(self.segment_id, self.alternative_text, self.note,
                                                    self.author))
            self.alternative_id = created.id if created else None
        else:
            alternative_id = self.alternative_id
            self.doc.attempt(lambda: self.doc.store.set_alternative_deleted(alternative_id, False))
        self.doc.alternatives_changed.emit(self.segment_id)

    def undo(self) -> None:
        if self.alternative_id is not None:
            alternative_id = self.alternative_id
            self.doc.attempt(lambda: self.doc.store.set_alternative_deleted(alternative_id, True))
        self.doc.alternatives_changed.emit(self.segment_id)


class RemoveAlternative(QUndoCommand):
    def __init__(self, doc: SpeechDocument, segment_id: int, alternative_id: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Remove alternative"))
        self.doc, self.segment_id, self.alternative_id = doc, segment_id, alternative_id

    def _apply(self, deleted: bool) -> None:
        self.doc.attempt(lambda: self.doc.store.set_alternative_deleted(self.alternative_id, deleted))
        self.doc.alternatives_changed.emit(self.segment_id)

    def redo(self) -> None:
        self._apply(True)

    def undo(self) -> None:
        self._apply(False)


class PickAlternative(QUndoCommand):
    """The student's choice: the alternative becomes the row's English; the old text goes to history."""

    def __init__(self, doc: SpeechDocument, segment_id: int, alternative_id: int, role: Role) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Pick alternative"))
        self.doc, self.segment_id, self.alternative_id, self.role = doc, segment_id, alternative_id, role
        self.receipt: PickReceipt | None = None

    def redo(self) -> None:
        self.doc.flush()
        self.receipt = self.doc.attempt(lambda: self.doc.store.pick_alternative(self.alternative_id, self.role))
        if self.receipt is not None:
            english = self.doc.store.segment(self.segment_id).english
            self.doc.text_replaced.emit(self.segment_id, "english", english)
        self.doc.alternatives_changed.emit(self.segment_id)

    def undo(self) -> None:
        receipt = self.receipt
        if receipt is not None:
            self.doc.attempt(lambda: self.doc.store.undo_pick(receipt))
            self.doc.text_replaced.emit(self.segment_id, "english", receipt.previous_english)
        self.doc.alternatives_changed.emit(self.segment_id)


class AddNote(QUndoCommand):
    def __init__(self, doc: SpeechDocument, segment_id: int | None, text: str, author: Role) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add note"))
        self.doc, self.segment_id, self.note_text, self.author = doc, segment_id, text, author
        self.note_id: int | None = None

    def redo(self) -> None:
        if self.note_id is None:
            note = self.doc.attempt(
                lambda: self.doc.store.add_note(self.doc.speech_id, self.segment_id, self.author,
                                             self.note_text))
            self.note_id = note.id if note else None
        else:
            note_id = self.note_id
            self.doc.attempt(lambda: self.doc.store.set_note_deleted(note_id, False))
        self.doc.notes_changed.emit()

    def undo(self) -> None:
        if self.note_id is not None:
            note_id = self.note_id
            self.doc.attempt(lambda: self.doc.store.set_note_deleted(note_id, True))
        self.doc.notes_changed.emit()


class ResolveNote(QUndoCommand):
    def __init__(self, doc: SpeechDocument, note_id: int, resolved: bool) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Resolve note") if resolved
                         else QCoreApplication.translate("Commands", "Reopen note"))
        self.doc, self.note_id, self.resolved = doc, note_id, resolved

    def _apply(self, resolved: bool) -> None:
        self.doc.attempt(lambda: self.doc.store.set_note_resolved(self.note_id, resolved))
        self.doc.notes_changed.emit()

    def redo(self) -> None:
        self._apply(self.resolved)

    def undo(self) -> None:
        self._apply(not self.resolved)


class EditSpeech(QUndoCommand):
    """Title, speaker and time limits."""

    def __init__(self, doc: SpeechDocument, title: str, speaker: str, limits: object) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Speech details"))
        speech = doc.speech()
        self.doc = doc
        self.before = (speech.title, speech.speaker, speech.limits)
        self.after = (title, speaker, limits)

    def _apply(self, values: tuple) -> None:
        title, speaker, limits = values
        self.doc.attempt(lambda: self.doc.store.update_speech(self.doc.speech_id, title=title, speaker=speaker,
                                                              limits=limits))
        self.doc.speech_changed.emit()

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
