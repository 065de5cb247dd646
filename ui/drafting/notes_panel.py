"""Notes on the current row and on the whole speech, each marked with who wrote it. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.records import Note
from ui.drafting.commands import AddNote, ResolveNote
from ui.drafting.document import SpeechDocument
from ui.drafting.roles import role_name
from ui.drafting.tutor_exchange import exchange_files


class NoteInput(QPlainTextEdit):
    """The new note's box: Ctrl+Enter adds the note (and is not the window's "new row" shortcut)."""

    submitted = Signal()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt's name
        """A tutor's file dragged over the box goes on to the window (see `CellEdit`)."""
        return not exchange_files(source) and super().canInsertFromMimeData(source)

    @staticmethod
    def _is_submit(event: QKeyEvent) -> bool:
        return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._is_submit(event):
            event.accept()  # this box takes Ctrl+Enter itself
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self._is_submit(event):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class NotesPanel(QWidget):
    def __init__(self, doc: SpeechDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.segment_id = -1
        self.row_heading = QLabel(self)
        self.row_heading.setObjectName("panelHeading")
        self.row_notes = QListWidget(self)
        speech_heading = QLabel(self.tr("Notes on the whole speech"), self)
        speech_heading.setObjectName("panelHeading")
        self.speech_notes = QListWidget(self)
        for notes in (self.row_notes, self.speech_notes):
            notes.setWordWrap(True)
            notes.itemChanged.connect(self.on_item_changed)
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("On this row"), "row")
        self.scope.addItem(self.tr("On the whole speech"), "speech")
        self.scope.setAccessibleName(self.tr("Where the note belongs"))
        self.input = NoteInput(self)
        self.input.submitted.connect(self.add)
        self.input.setPlaceholderText(self.tr("Write a note… (Ctrl+Enter adds it)"))
        self.input.setAccessibleName(self.tr("New note"))
        self.input.setMaximumHeight(70)
        self.input.setTabChangesFocus(True)
        self.add_button = QPushButton(self.tr("Add note"), self)
        self.add_button.clicked.connect(self.add)
        bottom = QHBoxLayout()
        bottom.addWidget(self.scope)
        bottom.addStretch(1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.row_heading)
        layout.addWidget(self.row_notes, 1)
        layout.addWidget(speech_heading)
        layout.addWidget(self.speech_notes, 1)
        layout.addWidget(self.input)
        layout.addLayout(bottom)
        doc.notes_changed.connect(self.reload)
        self.show_segment(-1)

    def show_segment(self, segment_id: int) -> None:
        self.segment_id = segment_id
        self.reload()

    def reload(self) -> None:
        if self.segment_id == -1:
            self.row_heading.setText(self.tr("Notes on this row"))
            row_notes: list[Note] = []
        else:
            number = next((i for i, s in enumerate(self.doc.segments(), 1) if s.id == self.segment_id), 0)
            self.row_heading.setText(self.tr("Notes on row %1").replace("%1", str(number)))
            row_notes = self.doc.store.notes(self.doc.speech_id, self.segment_id)
        self._fill(self.row_notes, row_notes)
        self._fill(self.speech_notes, self.doc.store.notes(self.doc.speech_id, None))
        model = self.scope.model()
        if isinstance(model, QStandardItemModel):
            model.item(0).setEnabled(self.segment_id != -1)
        if self.segment_id == -1:
            self.scope.setCurrentIndex(1)

    def _fill(self, widget: QListWidget, notes: list[Note]) -> None:
        widget.blockSignals(True)
        widget.clear()
        for note in notes:
            who = f"{note.author_name} ({role_name(note.author)})" if note.author_name else role_name(note.author)
            item = QListWidgetItem(f"{who}: {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if note.resolved else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Tick when the note has been dealt with."))
            font = item.font()
            font.setStrikeOut(note.resolved)
            item.setFont(font)
            widget.addItem(item)
        widget.blockSignals(False)

    def on_item_changed(self, item: QListWidgetItem) -> None:
        resolved = item.checkState() == Qt.CheckState.Checked
        self.doc.undo_stack.push(ResolveNote(self.doc, item.data(Qt.ItemDataRole.UserRole), resolved))

    def add(self) -> None:
        text = self.input.toPlainText().strip()
        if not text:
            self.input.setFocus()
            return
        on_row = self.scope.currentData() == "row" and self.segment_id != -1
        self.doc.undo_stack.push(AddNote(self.doc, self.segment_id if on_row else None, text, self.doc.roles.role))
        self.input.clear()

    def focus_new(self) -> None:
        self.scope.setCurrentIndex(0 if self.segment_id != -1 else 1)
        self.input.setFocus()
