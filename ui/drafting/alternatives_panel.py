"""The current row's alternative English phrasings, side by side, each with its nuance note.

The tutor adds alternatives; the student compares them and picks one (Ctrl+1 … Ctrl+9), which becomes
the row's English while the old text goes to the row's history. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.exchange.chat import numbered_alternatives
from models.records import Alternative, Role
from ui.drafting.commands import AddAlternative, PickAlternative, RemoveAlternative
from ui.drafting.document import SpeechDocument
from ui.drafting.roles import role_name


class AlternativeCard(QFrame):
    def __init__(self, number: int, alternative: Alternative, panel: AlternativesPanel) -> None:
        super().__init__(panel)
        self.setObjectName("alternativeCard")
        self.setProperty("chosen", alternative.chosen)
        self.setProperty("author", alternative.author.value)
        self.setMinimumWidth(210)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        badge = QLabel(str(number), self)
        badge.setObjectName("alternativeNumber")
        who = role_name(alternative.author)
        if alternative.author_name:
            who = f"{alternative.author_name} ({who})"
        author = QLabel(who, self)
        author.setObjectName("authorChip")
        author.setProperty("author", alternative.author.value)
        top.addWidget(badge)
        top.addWidget(author)
        top.addStretch(1)
        # Picking is the student's main action here: at the top, where a long text cannot push it away.
        if alternative.chosen:
            chosen = QLabel(self.tr("✓ Chosen"), self)
            chosen.setObjectName("chosenMark")
            top.addWidget(chosen)
        else:
            pick = QPushButton(self.tr("Pick this one"), self)
            pick.setObjectName("pickButton")
            if number <= 9:
                pick.setToolTip(f"Ctrl+{number}")
            pick.clicked.connect(lambda: panel.pick(alternative.id))
            top.addWidget(pick)
        # The student does not delete her tutor's work: she picks, or leaves it.
        if not (alternative.author is Role.TUTOR and panel.doc.roles.role is Role.STUDENT):
            remove = QToolButton(self)
            remove.setText("✕")
            remove.setToolTip(self.tr("Remove this alternative"))
            remove.setAccessibleName(self.tr("Remove this alternative"))
            remove.clicked.connect(lambda: panel.remove(alternative.id))
            top.addWidget(remove)
        layout.addLayout(top)
        origin = {
            "changed": self.tr("Written for an earlier wording of this sentence"),
            "moved": self.tr("Its sentence was deleted or merged; this is the closest one"),
            "conflict": self.tr("From the other computer: this sentence was changed on both"),
        }.get(alternative.origin)
        if origin:
            mark = QLabel(origin, self)
            mark.setObjectName("originMark")
            mark.setWordWrap(True)
            layout.addWidget(mark)
        text = QLabel(alternative.text, self)
        text.setObjectName("alternativeText")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        if alternative.note:
            note = QLabel(alternative.note, self)
            note.setObjectName("nuanceNote")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addStretch(1)


class AlternativesPanel(QWidget):
    def __init__(self, doc: SpeechDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.segment_id = -1
        self.alternatives: list[Alternative] = []

        self.heading = QLabel(self)
        self.heading.setObjectName("panelHeading")
        self.heading.setWordWrap(True)
        self.cards = QWidget(self)
        self.cards_layout = QHBoxLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.history = QLabel(self)
        self.history.setObjectName("rowHistory")
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyHint")

        self.text_input = QLineEdit(self)
        self.text_input.setPlaceholderText(self.tr("Another way to say it in English…"))
        self.text_input.setAccessibleName(self.tr("Alternative English sentence"))
        self.note_input = QLineEdit(self)
        self.note_input.setPlaceholderText(self.tr("Its nuance, e.g. more formal, warmer, simpler to say"))
        self.note_input.setAccessibleName(self.tr("Nuance note"))
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.text_input.returnPressed.connect(self.note_input.setFocus)
        self.text_input.textEdited.connect(self.on_text_input_edited)
        self.note_input.returnPressed.connect(self.add)
        form = QHBoxLayout()
        form.addWidget(self.text_input, 3)
        form.addWidget(self.note_input, 2)
        form.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.history)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)

        doc.alternatives_changed.connect(self.on_doc_alternatives_changed)
        doc.text_replaced.connect(lambda sid, _f, _t: self.show_segment(sid) if sid == self.segment_id else None)
        doc.roles.role_changed.connect(lambda _role: self._update_add_button())
        doc.roles.role_changed.connect(lambda _role: self.show_segment(self.segment_id))
        self._update_add_button()
        self.show_segment(-1)

    def _update_add_button(self) -> None:
        if self.doc.roles.role is Role.TUTOR:
            self.add_button.setText(self.tr("Add as tutor"))
        else:
            self.add_button.setText(self.tr("Add as student"))

    def show_segment(self, segment_id: int) -> None:
        self.segment_id = segment_id
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        enabled = segment_id != -1
        for widget in (self.text_input, self.note_input, self.add_button):
            widget.setEnabled(enabled)
        if not enabled:
            self.alternatives = []
            self.heading.setText(self.tr("Choose a row to see its alternatives."))
            self.empty.hide()
            self.history.hide()
            return
        segment = self.doc.store.segment(segment_id)
        number = next((i for i, s in enumerate(self.doc.segments(), start=1) if s.id == segment_id), 0)
        korean = segment.korean or self.tr("(no Korean yet)")
        self.heading.setText(self.tr("Row %1 — %2").replace("%1", str(number)).replace("%2", korean))
        self.alternatives = self.doc.store.alternatives(segment_id)
        earlier = [entry.english for entry in self.doc.store.history(segment_id) if entry.english.strip()]
        self.history.setVisible(bool(earlier))
        self.history.setText(self.tr("Earlier English of this row: %1").replace("%1", " ← ".join(earlier[:3])))
        self.empty.setVisible(not self.alternatives)
        self.empty.setText(self.tr("No alternatives yet. The tutor can write other ways to say this "
                                   "sentence below, each with a note on its nuance."))
        for number, alternative in enumerate(self.alternatives, start=1):
            self.cards_layout.addWidget(AlternativeCard(number, alternative, self))
        self.cards_layout.addStretch(0)

    def on_doc_alternatives_changed(self, segment_id: int) -> None:
        if segment_id == self.segment_id:
            self.show_segment(segment_id)

    def add(self) -> None:
        text = " ".join(self.text_input.text().split())
        if not text or self.segment_id == -1:
            self.text_input.setFocus()
            return
        note = self.note_input.text().strip()
        self.doc.undo_stack.push(AddAlternative(self.doc, self.segment_id, text, note, self.doc.roles.role))
        self.text_input.clear()
        self.note_input.clear()
        self.text_input.setFocus()

    def on_text_input_edited(self, text: str) -> None:
        """A tutor's chat message pasted whole: one card per numbered alternative, with its note."""
        if self.segment_id == -1 or ("\n" not in text and len(text) < 12):
            return
        items = numbered_alternatives(text)
        if len(items) < 2:
            if "\n" in text:
                self.text_input.setText(" ".join(text.split()))
            return
        self.doc.undo_stack.beginMacro(self.tr("Add %1 alternatives").replace("%1", str(len(items))))
        for alternative, note in items:
            self.doc.undo_stack.push(AddAlternative(self.doc, self.segment_id, alternative, note,
                                                    self.doc.roles.role))
        self.doc.undo_stack.endMacro()
        self.text_input.clear()

    def pick(self, alternative_id: int) -> None:
        self.doc.undo_stack.push(PickAlternative(self.doc, self.segment_id, alternative_id, self.doc.roles.role))

    def pick_number(self, number: int) -> None:
        if 1 <= number <= len(self.alternatives) and not self.alternatives[number - 1].chosen:
            self.pick(self.alternatives[number - 1].id)

    def remove(self, alternative_id: int) -> None:
        self.doc.undo_stack.push(RemoveAlternative(self.doc, self.segment_id, alternative_id))

    def focus_new(self) -> None:
        self.text_input.setFocus()
