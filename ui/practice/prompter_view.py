"""The prompter: her English script in large type that follows her voice (issue 16).

The current sentence is highlighted and kept a third of the way down; the words she has said are marked
(green); in "learn by heart" the words not yet said show at each sentence's level (full, first letters, key
words, nothing) and a hint shows the next few words in grey when she stalls. The type grows with the
window (a projector shows it as large). With the focus, the arrow keys (and Page Up/Down) move the
highlight a sentence back or on: `stepped` tells the studio, which tells the tracker.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QCoreApplication, QEasingCurve, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCursor
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from app.practice import prompter as P

SAID = "#1b5e20"
HINT_SHADES = ("#e4e4e4", "#c8c8c8", "#aaaaaa", "#8a8a8a")  # a hint fades in over ~0.5 s
AHEAD = "#111111"
CURRENT_BACKGROUND = "#fff1b8"


class PrompterView(QTextBrowser):
    stepped = Signal(int)  # -1: a sentence back, 1: on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompterView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Prompter"))
        self.words: list[list[str]] = []
        self.session: P.Session | None = None
        self.place = -1  # script word she last said (-1: not started)
        self.sentence = 0  # the highlighted sentence
        self.hinted: dict[int, int] = {}  # script word → its shade (fading in)
        self.marked_at: dict[int, float] = {}  # script word → when it was first shown as said (benchmarks)
        self._first_word: list[int] = []
        self._scroll = QPropertyAnimation(self.verticalScrollBar(), b"value", self)
        self._scroll.setDuration(250)
        self._scroll.setEasingCurve(QEasingCurve.Type.OutCubic)

    # State ----------------------------------------------------------------------------------

    def set_script(self, sentences: list[str], session: P.Session) -> None:
        self.words = [s.split() for s in sentences]
        self._first_word = []
        count = 0
        for words in self.words:
            self._first_word.append(count)
            count += len(words)
        self.session = session
        self.place = -1
        self.sentence = 0
        self.hinted = {}
        self.marked_at = {}
        self._render(animate=False)

    def sentence_of(self, word: int) -> int:
        for number in range(len(self._first_word) - 1, -1, -1):
            if word >= self._first_word[number]:
                return number
        return 0

    def set_place(self, word: int) -> None:
        """The tracker's place: `word` is the last script word said."""
        now = time.monotonic()
        for said in range(word + 1):
            self.marked_at.setdefault(said, now)
        before = (self.place, self.sentence)
        self.place = word
        self.sentence = self.sentence_of(word) if word >= 0 else 0
        # a sentence she finished: the highlight moves on to the next one
        if word >= 0 and self.sentence + 1 < len(self.words) and \
                word == self._first_word[self.sentence] + len(self.words[self.sentence]) - 1:
            self.sentence += 1
        if self.session is not None:
            self.session.said(word)
        self._refresh(before)

    def move_to(self, sentence: int) -> None:
        """Moved by hand: the sentence becomes current; the words before it count as said."""
        sentence = max(0, min(len(self.words) - 1, sentence))
        before = (self.place, self.sentence)
        self.place = self._first_word[sentence] - 1 if self.words else -1
        self.sentence = sentence
        self._refresh(before)

    def show_hint(self, words: list[int]) -> None:
        self.hinted.update({w: 0 for w in words})
        self._redraw({self.sentence_of(w) for w in words})
        self._follow(animate=True)
        QTimer.singleShot(150, self, lambda: self._fade(words))

    def _fade(self, words: list[int]) -> None:
        darker = [w for w in words if self.hinted.get(w, len(HINT_SHADES)) < len(HINT_SHADES) - 1]
        for word in darker:
            self.hinted[word] += 1
        if darker:
            self._redraw({self.sentence_of(w) for w in darker})
            QTimer.singleShot(150, self, lambda: self._fade(darker))

    # Drawing --------------------------------------------------------------------------------

    def _word_html(self, index: int, word: str, level: int) -> str:
        if index <= self.place:
            return f'<span style="color:{SAID}">{html.escape(word)}</span>'
        if index in self.hinted and level != P.FULL:
            shade = HINT_SHADES[min(self.hinted[index], len(HINT_SHADES) - 1)]
            return f'<span style="color:{shade}; font-style:italic">{html.escape(word)}</span>'
        text = P.shown(word, level)
        return f'<span style="color:{AHEAD}">{html.escape(text)}</span>' if text else ""

    def _body(self, number: int) -> str:
        level = self.session.level_of(number) if self.session else P.FULL
        first = self._first_word[number]
        shown = [self._word_html(first + k, w, level) for k, w in enumerate(self.words[number])]
        return " ".join(s for s in shown if s) or "…"

    def _render(self, animate: bool = True) -> None:
        """The whole script (a new script or level); a place that moves redraws only its sentences."""
        paragraphs = []
        for number in range(len(self.words)):
            style = f"background-color:{CURRENT_BACKGROUND};" if number == self.sentence else ""
            paragraphs.append(f'<p style="{style} margin-bottom:0.6em">{self._body(number)}</p>')
        bar = self.verticalScrollBar()
        kept = bar.value()
        self.setHtml("".join(paragraphs))
        bar.setValue(kept)
        self._follow(animate)

    def _refresh(self, before: tuple[int, int]) -> None:
        """After the place moved from `before` (place, sentence): redraw the sentences that changed."""
        low, high = sorted((before[0], self.place))
        changed = {before[1], self.sentence}
        if high >= 0:
            changed.update(range(self.sentence_of(max(low, 0)), self.sentence_of(high) + 1))
        self._redraw(changed)
        self._follow(animate=True)

    def _redraw(self, sentences: set[int]) -> None:
        """Replace these sentences' text and highlight in place: a 900-word script redraws in ~1 ms, where
        setting the whole document again took ~20 ms on the GUI thread."""
        for number in sorted(n for n in sentences if 0 <= n < len(self.words)):
            block = self.document().findBlockByNumber(number)
            if not block.isValid():
                continue
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertHtml(self._body(number))
            form = cursor.blockFormat()
            if number == self.sentence:
                form.setBackground(QBrush(QColor(CURRENT_BACKGROUND)))
            else:
                form.clearBackground()
            cursor.setBlockFormat(form)

    def _follow(self, animate: bool) -> None:
        block = self.document().findBlockByNumber(self.sentence)
        if not block.isValid():
            return
        top = self.document().documentLayout().blockBoundingRect(block).top()
        bar = self.verticalScrollBar()
        target = int(max(bar.minimum(), min(bar.maximum(), top - self.viewport().height() * 0.3)))
        if target == bar.value():
            return
        self._scroll.stop()
        if animate:
            self._scroll.setStartValue(bar.value())
            self._scroll.setEndValue(target)
            self._scroll.start()
        else:
            bar.setValue(target)

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        back = (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_PageUp)
        on = (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_PageDown)
        if event.key() in back or event.key() in on:
            self.stepped.emit(-1 if event.key() in back else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().resizeEvent(event)
        # large type that grows with the window: about seven words a line, 24–96 px
        font = QFont(self.font())
        font.setPixelSize(max(24, min(96, self.viewport().width() // 24)))
        self.document().setDefaultFont(font)
        self._follow(animate=False)


def level_name(level: int) -> str:
    names = {P.FULL: QCoreApplication.translate("Prompter", "full text"),
             P.INITIALS: QCoreApplication.translate("Prompter", "first letters"),
             P.KEY_WORDS: QCoreApplication.translate("Prompter", "key words"),
             P.NOTHING: QCoreApplication.translate("Prompter", "nothing")}
    return names.get(level, "")


def _this_run(sentence: P.SentenceRecord, words: list[str]) -> str:
    if not sentence.reached:
        return QCoreApplication.translate("Prompter", "not reached")
    if not sentence.hints:
        return QCoreApplication.translate("Prompter", "no hints")
    hinted = ", ".join(html.escape(words[w]) for w in sentence.hinted if w < len(words))
    return (QCoreApplication.translate("Prompter", "%1 hints: %2").replace("%1", str(sentence.hints))
            .replace("%2", hinted))


def record_html(record: P.PrompterRecord, earlier: list[P.PrompterRecord], sentences: list[str]) -> str:
    """Below a take's report: per sentence, where she needed hints, and her level over the last runs."""
    count = str(len(record.sentences))
    if record.mode != P.MEMORISE:
        reached = str(sum(1 for s in record.sentences if s.reached))
        return ("<h3>" + QCoreApplication.translate("Prompter", "Script that follows your voice") + "</h3><p>"
                + QCoreApplication.translate("Prompter", "You went through %1 of %2 sentences with it.")
                .replace("%1", reached).replace("%2", count) + "</p>")
    runs = [r for r in earlier if r.mode == P.MEMORISE][-(P.HISTORY_RUNS - 1):] + [record]
    rows = []
    for number, sentence in enumerate(record.sentences):
        words = sentences[number].split() if number < len(sentences) else []
        opening = html.escape(" ".join(words[:6]) + (" …" if len(words) > 6 else ""))
        levels = " → ".join(level_name(r.sentences[number].level) if number < len(r.sentences) else "–"
                            for r in runs)
        rows.append(f"<tr><td>{number + 1}. {opening}</td><td>{level_name(sentence.level)}</td>"
                    f"<td>{_this_run(sentence, words)}</td><td>{levels}</td></tr>")
    needed = sum(1 for s in record.sentences if s.hints)
    summary = (QCoreApplication.translate("Prompter", "You needed hints in %1 of %2 sentences.")
               .replace("%1", str(needed)).replace("%2", count) if needed else
               QCoreApplication.translate("Prompter", "No hints needed in the sentences you reached."))
    heads = [QCoreApplication.translate("Prompter", "Sentence"), QCoreApplication.translate("Prompter", "Shown"),
             QCoreApplication.translate("Prompter", "Hints"),
             QCoreApplication.translate("Prompter", "Level, last runs")]
    return ("<h3>" + QCoreApplication.translate("Prompter", "Learning it by heart") + f"</h3><p>{summary}</p>"
            "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'><tr>"
            + "".join(f"<th>{h}</th>" for h in heads) + "</tr>" + "".join(rows) + "</table>")
