"""The side-by-side editor: the speech as aligned rows, Korean left and English right.

Every change goes through an undo command (`ui.commands`) that saves it at once. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.drafting.sentences import split_sentences
from ui.drafting.commands import DeleteRows, EditText, InsertRows, Reorder, SetParagraph
from ui.drafting.document import SpeechDocument
from ui.drafting.draft_checks import DraftChecker
from ui.drafting.segment_row import CellEdit, SegmentRow

#: A paste longer than this is far beyond any contest speech (10 minutes is about 1,300 words).
LARGE_PASTE_CHARACTERS = 20_000


class SpeechEditor(QWidget):
    current_segment_changed = Signal(int)  # segment id, or -1 when the speech has no rows

    def __init__(self, doc: SpeechDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.rows: list[SegmentRow] = []
        self.current_id = -1
        self._current_index = 0  # where the current row was, to pick a neighbour when it goes
        self._zoom = 0

        heading = QHBoxLayout()
        heading.setContentsMargins(44, 0, 64, 0)
        self.korean_heading = QLabel(self.tr("Korean — what I mean"), self)
        self.english_heading = QLabel(self.tr("English — what I will say"), self)
        for label in (self.korean_heading, self.english_heading):
            label.setObjectName("columnHeading")
            heading.addWidget(label, 1)

        self.container = QWidget(self)
        self.container.setObjectName("rowsContainer")
        outer = QVBoxLayout(self.container)
        outer.setContentsMargins(0, 0, 0, 0)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(2)
        self.add_button = QPushButton(self.tr("+ Add a row"), self.container)
        self.add_button.clicked.connect(self.add_row_below)
        outer.addLayout(self.rows_layout)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.container)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.scroll_area, 1)

        self.checker = DraftChecker(doc.store, doc.speech_id, self)
        doc.rows_reset.connect(self.reload)
        doc.text_replaced.connect(self.on_doc_text_replaced)
        doc.alternatives_changed.connect(lambda _id: self.refresh_badges())
        doc.notes_changed.connect(self.refresh_badges)
        self.reload()

    # Building rows --------------------------------------------------------------------------

    def reload(self) -> None:
        """Rebuild the rows from the store, keeping the current row (or its neighbour) current."""
        focus_field = self._focused_field()
        segments = self.doc.segments()
        self.checker.forget_all()
        self.setUpdatesEnabled(False)
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        korean_hint = self.tr("Korean sentence")
        english_hint = self.tr("English sentence")
        for number, segment in enumerate(segments, start=1):
            row = SegmentRow(segment, number, korean_hint, english_hint, self.container)
            self._wire(row)
            self.rows_layout.addWidget(row)
            self.rows.append(row)
        self.apply_zoom(self._zoom)
        self.setUpdatesEnabled(True)
        self.refresh_badges()
        ids = [row.segment_id for row in self.rows]
        if self.current_id not in ids:
            self.current_id = ids[min(self._current_index, len(ids) - 1)] if ids else -1
        self._mark_current()
        if focus_field and self.current_id != -1:
            self.focus_row(self.current_id, focus_field)
        self.current_segment_changed.emit(self.current_id)

    def _wire(self, row: SegmentRow) -> None:
        for field in ("korean", "english"):
            cell = row.cell(field)
            cell.text_edited.connect(
                lambda old, new, sid=row.segment_id, f=field: self.doc.undo_stack.push(
                    EditText(self.doc, sid, f, old, new)))
            cell.paste_requested.connect(
                lambda text, sid=row.segment_id, f=field, c=cell: self.paste(sid, f, c, text))
            cell.focused.connect(lambda sid=row.segment_id: self.set_current(sid))
        english = row.english
        self.checker.watch(row.segment_id, english)
        english.fix_requested.connect(
            lambda start, end, text, sid=row.segment_id, c=english: self.apply_fix(sid, c, start, end, text))
        english.ignore_requested.connect(lambda text, sid=row.segment_id: self.checker.ignore(sid, text))
        english.word_added.connect(self.checker.add_word)

    def apply_fix(self, segment_id: int, cell: CellEdit, start: int, end: int, replacement: str) -> None:
        """A suggestion chosen from the right-click menu: one undoable change."""
        old = cell.toPlainText()
        new = old[:start] + replacement + old[end:]
        if not replacement:  # removing a word: no double space left behind
            new = (old[:start].rstrip(" ") + " " + old[end:].lstrip(" ")).strip() if old[end:].strip() \
                else old[:start].rstrip(" ")
        if new != old:
            self.doc.undo_stack.push(EditText(self.doc, segment_id, "english", old, new, typed=False))

    def apply_fix_near(self, segment_id: int, start: int, end: int, words: str, replacement: str) -> bool:
        """A fix from the whole-speech check: an earlier fix in the same row may have moved the words, so
        they are looked for nearest to where they were. False when they are no longer in the row."""
        row = self.row(segment_id)
        if row is None:
            return False
        text = row.english.toPlainText()
        if text[start:end] != words:
            places = [i for i in range(len(text)) if text.startswith(words, i)]
            if not places:
                return False
            start = min(places, key=lambda i: abs(i - start))
            end = start + len(words)
        self.apply_fix(segment_id, row.english, start, end, replacement)
        return True

    def select_english(self, segment_id: int, start: int, end: int) -> None:
        """Put the cursor on a row's English words, selected."""
        self.focus_row(segment_id, "english")
        row = self.row(segment_id)
        if row is not None:
            length = len(row.english.toPlainText())
            cursor = row.english.textCursor()
            cursor.setPosition(min(start, length))
            cursor.setPosition(min(end, length), QTextCursor.MoveMode.KeepAnchor)
            row.english.setTextCursor(cursor)

    def refresh_badges(self) -> None:
        counts = self.doc.store.alternative_counts(self.doc.speech_id)
        notes: dict[int, int] = {}
        for note in self.doc.store.notes(self.doc.speech_id):
            if note.segment_id is not None and not note.resolved:
                notes[note.segment_id] = notes.get(note.segment_id, 0) + 1
        for row in self.rows:
            alternatives, open_notes = counts.get(row.segment_id, 0), notes.get(row.segment_id, 0)
            parts = []
            if alternatives:
                parts.append(f"⇄ {alternatives}")
            if open_notes:
                parts.append(f"✎ {open_notes}")
            tooltip = self.tr("%1 alternatives, %2 open notes").replace("%1", str(alternatives)).replace(
                "%2", str(open_notes))
            row.set_badges("  ".join(parts), tooltip)

    # Current row ----------------------------------------------------------------------------

    def row(self, segment_id: int) -> SegmentRow | None:
        return next((row for row in self.rows if row.segment_id == segment_id), None)

    def current_index(self) -> int:
        return next((i for i, row in enumerate(self.rows) if row.segment_id == self.current_id), -1)

    def set_current(self, segment_id: int) -> None:
        if segment_id == self.current_id:
            return
        self.current_id = segment_id
        self._mark_current()
        self.current_segment_changed.emit(segment_id)

    def _mark_current(self) -> None:
        for index, row in enumerate(self.rows):
            row.set_current(row.segment_id == self.current_id)
            if row.segment_id == self.current_id:
                self._current_index = index

    def _focused_field(self) -> str | None:
        focus = QApplication.focusWidget()
        if isinstance(focus, CellEdit) and focus.parent() in self.rows:
            return "korean" if focus.objectName() == "koreanCell" else "english"
        return None

    def focus_row(self, segment_id: int, field: str | None = None) -> None:
        row = self.row(segment_id)
        if row is None:
            return
        field = field or self._focused_field() or "korean"
        cell = row.cell(field)
        cell.setFocus(Qt.FocusReason.OtherFocusReason)
        self.set_current(segment_id)
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(cell, 20, 40))

    def go(self, step: int) -> None:
        index = self.current_index()
        if self.rows and 0 <= index + step < len(self.rows):
            self.focus_row(self.rows[index + step].segment_id)

    # Row operations -------------------------------------------------------------------------

    def add_row_below(self) -> None:
        index = self.current_index()
        command = InsertRows(self.doc, index + 1 if index >= 0 else len(self.rows), [("", "")])
        self.doc.undo_stack.push(command)
        if command.ids:
            self.focus_row(command.ids[0], "korean")

    def delete_current_row(self) -> None:
        if self.current_id != -1:
            self.doc.undo_stack.push(DeleteRows(self.doc, [self.current_id]))

    def move_current(self, step: int) -> None:
        index = self.current_index()
        if index < 0 or not 0 <= index + step < len(self.rows):
            return
        field = self._focused_field()
        order = [row.segment_id for row in self.rows]
        order.insert(index + step, order.pop(index))
        self.doc.undo_stack.push(Reorder(self.doc, order))
        self.focus_row(self.current_id, field)

    def toggle_paragraph(self) -> None:
        segment = next((s for s in self.doc.segments() if s.id == self.current_id), None)
        if segment is not None:
            self.doc.undo_stack.push(SetParagraph(self.doc, segment.id, not segment.starts_paragraph))

    def split_current_row(self) -> None:
        """Split at the cursor: the text after it (in the focused cell) moves to a new row below."""
        field = self._focused_field()
        row = self.row(self.current_id)
        if row is None or field is None:
            return
        cell = row.cell(field)
        text, at = cell.toPlainText(), cell.textCursor().position()
        head, tail = text[:at].rstrip(), text[at:].strip()
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Split row"))
        stack.push(EditText(self.doc, row.segment_id, field, text, head, typed=False))
        insert = InsertRows(self.doc, self.current_index() + 1, [(tail, "") if field == "korean" else ("", tail)])
        stack.push(insert)
        stack.endMacro()
        if insert.ids:
            self.focus_row(insert.ids[0], field)

    def merge_with_next(self) -> None:
        index = self.current_index()
        if index < 0 or index + 1 >= len(self.rows):
            return
        first, second = self.rows[index], self.rows[index + 1]
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Merge rows"))
        for field in ("korean", "english"):
            old = first.cell(field).toPlainText()
            addition = second.cell(field).toPlainText()
            new = " ".join(part for part in (old.strip(), addition.strip()) if part)
            if new != old:
                stack.push(EditText(self.doc, first.segment_id, field, old, new, typed=False))
        stack.push(DeleteRows(self.doc, [second.segment_id]))
        stack.endMacro()
        self.focus_row(first.segment_id)

    # Pasting --------------------------------------------------------------------------------

    def paste(self, segment_id: int, field: str, cell: CellEdit, text: str) -> None:
        """Several sentences pasted into a cell become rows: the first stays here, the rest go below,
        into empty cells of the same column first, then into new rows."""
        if len(text) > LARGE_PASTE_CHARACTERS:
            answer = QMessageBox.question(
                self, self.tr("Very long paste"),
                self.tr("You are pasting %1 characters, much longer than a contest speech. "
                        "Paste it all as sentence rows?").replace("%1", f"{len(text):,}"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pieces = split_sentences(text, "ko" if field == "korean" else "en")
        finally:
            QGuiApplication.restoreOverrideCursor()
        if len(pieces) <= 1:
            cell.insert_plain(" ".join(text.split()) if "\n" in text else text)
            return
        old = cell.toPlainText()
        at = cell.textCursor().position()
        before, after = old[:at], old[at:]
        sentences = [piece for piece, _ in pieces]
        sentences[-1] = (sentences[-1] + " " + after.strip()).strip()
        first = (before.rstrip() + " " + sentences[0]).strip()
        segments = self.doc.segments()
        index = next(i for i, s in enumerate(segments) if s.id == segment_id)
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Paste sentences"))
        stack.push(EditText(self.doc, segment_id, field, old, first, typed=False))
        rest = list(zip(sentences[1:], [flag for _, flag in pieces[1:]], strict=True))
        target = index + 1
        while rest and target < len(segments) and not getattr(segments[target], field).strip():
            sentence, _flag = rest.pop(0)
            stack.push(EditText(self.doc, segments[target].id, field, "", sentence, typed=False))
            target += 1
        if rest:
            texts = [(s, "") if field == "korean" else ("", s) for s, _ in rest]
            stack.push(InsertRows(self.doc, target, texts, [flag for _, flag in rest]))
        stack.endMacro()

    # Display --------------------------------------------------------------------------------

    def on_doc_text_replaced(self, segment_id: int, field: str, text: str) -> None:
        row = self.row(segment_id)
        if row is not None:
            row.cell(field).set_text_quietly(text)
            if field == "english":
                self.checker.schedule(segment_id)

    def apply_zoom(self, steps: int) -> None:
        self._zoom = steps
        base = QApplication.font().pointSizeF()
        for row in self.rows:
            for cell in (row.korean, row.english):
                font = cell.font()
                font.setPointSizeF(max(6.0, base * 1.15 + steps))
                cell.setFont(font)
