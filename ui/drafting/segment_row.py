"""One sentence row of the editor: row number, the Korean cell, the English cell, and small badges.

GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFocusEvent, QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.drafting.grammar import Issue
from models.records import Segment
from ui.drafting.issue_text import explain
from ui.drafting.tutor_exchange import exchange_files

_UNDERLINE = {"spelling": "#d01c1c", "grammar": "#1c5fd0", "style": "#2e8b57", "long-sentence": "#b07000",
              "name": "#8a8f98"}


class CellEdit(QPlainTextEdit):
    """A text cell that grows with its text and reports each edit as (old, new) for the undo stack."""

    text_edited = Signal(str, str)
    paste_requested = Signal(str)
    focused = Signal()
    fix_requested = Signal(int, int, str)  # start, end, replacement: apply a suggestion (undoable)
    ignore_requested = Signal(str)  # the flagged text, to ignore in this sentence
    word_added = Signal(str)  # a word for the speech's own dictionary

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt's name
        """A tutor's file dragged over the cell is not text to insert: the drag goes on to the window."""
        return not exchange_files(source) and super().canInsertFromMimeData(source)

    def __init__(self, text: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)  # the speech's own undo stack handles Ctrl+Z
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setPlaceholderText(placeholder)
        self.setPlainText(text)
        self._last = text
        self.issues: list[Issue] = []
        self.textChanged.connect(self._on_text_changed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit_height())
        self._fit_height()

    def _fit_height(self) -> None:
        lines = max(1, int(self.document().size().height()))
        line_height = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        frame = 2 * int(self.document().documentMargin()) + margins + 4
        self.setFixedHeight(max(lines, 1) * line_height + frame)

    def sizeHint(self) -> QSize:
        return QSize(300, self.height())

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().resizeEvent(event)
        self._fit_height()

    def _on_text_changed(self) -> None:
        new = self.toPlainText()
        if new != self._last:
            old, self._last = self._last, new
            self.text_edited.emit(old, new)

    def set_text_quietly(self, text: str) -> None:
        """Show text set by undo/redo or a pick, without reporting it as a new edit."""
        if text == self.toPlainText():
            self._last = text
            return
        position = self.textCursor().position()
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._last = text
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)
        self._fit_height()

    # Draft checks --------------------------------------------------------------------------

    def show_issues(self, issues: list[Issue]) -> None:
        """Underline what the checker found (wavy, coloured by kind); hover and right-click explain and fix."""
        self.issues = [i for i in issues if i.kind in _UNDERLINE]
        selections = []
        for issue in self.issues:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(issue.start, len(self.toPlainText())))
            cursor.setPosition(min(issue.end, len(self.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            mark = QTextCharFormat()
            mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine if issue.kind == "name"
                                   else QTextCharFormat.UnderlineStyle.SpellCheckUnderline)  # a name: not an error
            mark.setUnderlineColor(QColor(_UNDERLINE[issue.kind]))
            selection.format = mark  # type: ignore[attr-defined]
            selections.append(selection)
        self.setExtraSelections(selections)

    def issue_at(self, position: int) -> Issue | None:
        return next((i for i in getattr(self, "issues", []) if i.start <= position <= i.end and i.end > i.start),
                    None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            # Undo/redo belong to the speech's undo stack (the window's shortcut), not to this cell,
            # whose own undo is switched off: let the shortcut through.
            event.ignore()
            return True
        if event.type() == QEvent.Type.ToolTip:
            issue = self.issue_at(self.cursorForPosition(event.pos()).position())  # type: ignore[attr-defined]
            if issue is not None:
                QToolTip.showText(event.globalPos(), explain(issue), self)  # type: ignore[attr-defined]
                return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        menu = self.createStandardContextMenu(event.pos())
        issue = self.issue_at(self.cursorForPosition(event.pos()).position())
        if issue is not None:
            first = menu.actions()[0] if menu.actions() else None
            actions = []
            for suggestion in issue.suggestions[:5]:
                label = (self.tr("Use “%1”").replace("%1", suggestion) if suggestion
                         else self.tr("Remove “%1”").replace("%1", issue.text))
                action = menu.addAction(label)
                action.triggered.connect(lambda _c=False, i=issue, s=suggestion: self.fix_requested.emit(
                    i.start, i.end, s))
                actions.append(action)
            ignore = menu.addAction(self.tr("Ignore in this sentence"))
            ignore.triggered.connect(lambda _c=False, i=issue: self.ignore_requested.emit(i.text))
            actions.append(ignore)
            if issue.kind in ("spelling", "name"):
                add = menu.addAction(self.tr("Add “%1” to this speech's words").replace("%1", issue.text))
                add.triggered.connect(lambda _c=False, i=issue: self.word_added.emit(i.text))
                actions.append(add)
            if first is not None:  # the fixes come first, above Cut/Copy/Paste
                for action in actions:
                    menu.insertAction(first, action)
                menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        if source.hasText():
            self.paste_requested.emit(source.text())

    def insert_plain(self, text: str) -> None:
        self.textCursor().insertText(text)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.focused.emit()


class SegmentRow(QFrame):
    """Number | Korean | English | badges. The editor owns the rows and listens to their cells."""

    def __init__(self, segment: Segment, number: int, korean_hint: str, english_hint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment_id = segment.id
        self.setObjectName("segmentRow")
        self.setProperty("current", False)
        self.setProperty("paragraph", segment.starts_paragraph)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.number = QLabel(self)
        self.number.setObjectName("rowNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.number.setMinimumWidth(34)
        self.korean = CellEdit(segment.korean, korean_hint, self)
        self.korean.setObjectName("koreanCell")
        self.english = CellEdit(segment.english, english_hint, self)
        self.english.setObjectName("englishCell")
        side = QVBoxLayout()
        side.setSpacing(0)
        self.badges = QLabel(self)
        self.badges.setObjectName("rowBadges")
        self.badges.setMinimumWidth(56)
        self.badges.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        side.addWidget(self.badges)
        side.addStretch(1)
        layout.addWidget(self.number)
        layout.addWidget(self.korean, 1)
        layout.addWidget(self.english, 1)
        layout.addLayout(side)
        self.set_number(number, segment.starts_paragraph)

    def set_number(self, number: int, starts_paragraph: bool) -> None:
        self.number.setText(("¶ " if starts_paragraph else "") + str(number))

    def set_badges(self, text: str, tooltip: str) -> None:
        self.badges.setText(text)
        self.badges.setToolTip(tooltip)

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)

    def cell(self, field: str) -> CellEdit:
        return self.korean if field == "korean" else self.english
