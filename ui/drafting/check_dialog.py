"""The whole speech checked at once: every row's issues in one list, walked with the keyboard.

Enter (or a double click) takes the editor to the row with the words selected. The list also holds the
hints for saying the speech: long sentences, repeated words, and the pronunciation watch-list per
sentence, with the words the student's practice runs marked unclear first.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app import settings as S
from app.drafting.grammar import Issue, check_lines, readability
from app.settings import Settings
from models.store import SpeechStore
from ui.drafting.draft_checks import ignored, shared_engine
from ui.drafting.issue_text import explain
from ui.tasks import run_task


def unclear_words(store: SpeechStore, speech_id: int) -> set[str]:
    """Words the practice reports of this speech marked unclear (lower case)."""
    found: set[str] = set()
    for take in store.takes(speech_id):
        for entry in (take.report or {}).get("unclear", []):
            found.add(str(entry.get("word", "")).lower())
    return found


class CheckDialog(QDialog):
    go_to = Signal(int, int, int)  # segment id, start, end
    fix_requested = Signal(int, int, int, str, str)  # segment id, start, end, the words there, replacement

    def __init__(self, store: SpeechStore, speech_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the whole speech"))
        self.resize(900, 560)
        self.summary = QLabel(self.tr("Checking…"), self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("issueList")
        self.tree.setHeaderLabels([self.tr("Row"), self.tr("Kind"), self.tr("Words"), self.tr("What to do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(self._activate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.use = buttons.addButton(self.tr("Use the suggestion"), QDialogButtonBox.ButtonRole.ActionRole)
        self.use.setEnabled(False)
        self.use.clicked.connect(self.use_suggestion)
        self.tree.currentItemChanged.connect(lambda _now, _before: self._update_use())
        self.applied: set[int] = set()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.kinds = {"grammar": self.tr("grammar"), "spelling": self.tr("spelling"), "style": self.tr("style"),
                      "name": self.tr("name?"),
                      "long-sentence": self.tr("long sentence"), "repetition": self.tr("repeated word"),
                      "watch-list": self.tr("say it clearly")}
        self.issues: list[Issue] = []
        segments = [s for s in store.segments(speech_id)]
        lines = [s.english for s in segments]
        ids = [s.id for s in segments]
        skip = [(ids.index(sid), text) for sid, text in ignored(store, speech_id) if sid in ids]
        unclear = unclear_words(store, speech_id)
        url = Settings(store).get(S.LANGUAGETOOL_URL)
        long = Settings(store).get(S.LONG_SENTENCE)

        def work() -> tuple[str, float, list[Issue]]:
            engine = shared_engine(url)
            issues = check_lines(lines, engine, long, ignored=skip)
            # Watch-list words she already stumbled over in a take come first in their sentence.
            issues.sort(key=lambda i: (i.line, i.kind == "watch-list" and i.text.lower() not in unclear, i.start))
            return engine.name, readability(lines), issues

        self.ids = ids
        self.unclear = unclear
        run_task(self, work, self._show)

    def _show(self, result: tuple[str, float, list[Issue]]) -> None:
        engine, ease, issues = result
        self.issues = issues
        problems = sum(1 for i in issues if i.kind in ("grammar", "spelling", "style"))
        if ease >= 70:
            listening = self.tr("Easy to follow when heard: short sentences and common words.")
        elif ease >= 50:
            listening = self.tr("Fairly easy to follow when heard.")
        else:
            listening = self.tr("Hard to follow when heard: try shorter sentences and simpler words.")
        self.summary.setText(self.tr("Checked with %1: %2 things to look at, %3 hints. %4")
                             .replace("%1", engine).replace("%2", str(problems))
                             .replace("%3", str(len(issues) - problems)).replace("%4", listening))
        for issue in issues:
            what = explain(issue)
            if issue.suggestions and issue.suggestions[0]:
                what += "  → " + ", ".join(issue.suggestions[:3])
            if issue.kind == "watch-list" and issue.text.lower() in self.unclear:
                what = "★ " + what
            words = issue.text.strip()  # " it" (its space goes with it when fixed)
            item = QTreeWidgetItem([str(issue.line + 1), self.kinds.get(issue.kind, issue.kind), words, what])
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()

    def _current(self) -> tuple[int, Issue] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        index = self.tree.indexOfTopLevelItem(item)
        return (index, self.issues[index]) if 0 <= index < len(self.issues) else None

    def _update_use(self) -> None:
        current = self._current()
        self.use.setEnabled(current is not None and current[0] not in self.applied
                            and bool(current[1].suggestions) and bool(current[1].suggestions[0]))

    def use_suggestion(self) -> None:
        """Apply the first suggestion of the chosen issue in its row (undoable), then go to the next one."""
        current = self._current()
        if current is None or not current[1].suggestions or not current[1].suggestions[0]:
            return
        index, issue = current
        self.fix_requested.emit(self.ids[issue.line], issue.start, issue.end, issue.text, issue.suggestions[0])
        self.applied.add(index)
        item = self.tree.topLevelItem(index)
        if item is not None:
            item.setText(3, "✓ " + self.tr("changed to “%1”").replace("%1", issue.suggestions[0]))
        below = self.tree.topLevelItem(index + 1)
        if below is not None:
            self.tree.setCurrentItem(below)
        self._update_use()

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        issue = self.issues[self.tree.indexOfTopLevelItem(item)]
        self.go_to.emit(self.ids[issue.line], issue.start, issue.end)
