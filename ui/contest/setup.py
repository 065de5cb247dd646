"""Setting up a contest: the base of the contest window's pages (`ContestPage`), and the contest's name,
date, time rules and how places are decided (`SetupPage`). Every change is saved at once. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSignalBlocker, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.contest.rules import ContestRules
from app.speaking import clock
from models.records import Contest, Contestant
from models.store import SpeechStore
from models.store_contest import ContestConflict

TIME_FIELDS = ("min_seconds", "max_seconds", "green", "amber", "red", "dq_under", "dq_over")


def to_time(seconds: float) -> QTime:
    return QTime(0, 0).addSecs(int(round(seconds)))


def from_time(value: QTime) -> int:
    return value.minute() * 60 + value.second() + value.hour() * 3600


def edit_cell(table: QTableWidget, row: int, column: int) -> None:
    item = table.item(row, column)
    if item is not None:
        table.editItem(item)


class ContestPage(QWidget):
    """Base of the contest window's pages: the store, the contest shown, and a way to report a problem."""

    problem = Signal(str)
    changed = Signal()

    def __init__(self, store: SpeechStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.contest_id: int | None = None

    @property
    def contest(self) -> Contest:
        assert self.contest_id is not None
        return self.store.contest(self.contest_id)

    def speaker(self, uid: str | None) -> Contestant | None:
        """The contest's speaker with this file id, if any."""
        return self.store.contestant_by_uid(self.contest_id, uid) if self.contest_id is not None else None

    def show_contest(self, contest_id: int | None) -> None:
        self.contest_id = contest_id
        self.setEnabled(contest_id is not None)
        if contest_id is not None:
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def conflict_text(self, error: ContestConflict) -> str:
        if error.code == "rubric_locked":
            return self.tr("The rubric cannot change any more: ballots have been submitted with it.")
        if error.code == "has_ballots":
            return self.tr("%1 already has ballots, so they stay in the contest.").replace("%1", error.detail)
        return self.tr("That change was not made: %1").replace("%1", error.detail)


class SetupPage(ContestPage):
    def __init__(self, store: SpeechStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Spring English speech contest"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.times: dict[str, QTimeEdit] = {}
        for key in TIME_FIELDS:
            edit = QTimeEdit(self)
            edit.setDisplayFormat("m:ss")
            edit.setObjectName(key)
            self.times[key] = edit
        self.method = QComboBox(self)
        self.method.addItem(self.tr("Points by rank (Borda count)"), "borda")
        self.method.addItem(self.tr("Sum of ranks (fewest wins)"), "rank-sum")
        self.points = QLineEdit(self)
        self.points.setToolTip(self.tr("Points for 1st, 2nd, 3rd … place on each judge's ballot, e.g. 3, 2, 1"))
        self.rules_note = QLabel(self)
        self.rules_note.setWordWrap(True)

        about = QGroupBox(self.tr("Contest"), self)
        form = QFormLayout(about)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Date"), self.date)
        timing = QGroupBox(self.tr("Time rules (minutes:seconds)"), self)
        times = QFormLayout(timing)
        labels = {"min_seconds": self.tr("Minimum time"), "max_seconds": self.tr("Maximum time"),
                  "green": self.tr("Green card at"), "amber": self.tr("Amber card at"), "red": self.tr("Red card at"),
                  "dq_under": self.tr("Disqualified under"), "dq_over": self.tr("Disqualified over")}
        for key in TIME_FIELDS:
            times.addRow(labels[key], self.times[key])
        deciding = QGroupBox(self.tr("Deciding the places"), self)
        decide = QFormLayout(deciding)
        decide.addRow(self.tr("Judges' ranks combined by"), self.method)
        decide.addRow(self.tr("Points by rank"), self.points)
        decide.addRow(QLabel(self.tr("The tie-breaker judge is chosen with the judges."), self))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(about)
        left.addWidget(deciding)
        left.addStretch(1)
        top.addLayout(left, 1)
        top.addWidget(timing, 1)
        layout.addLayout(top)
        layout.addWidget(self.rules_note)
        layout.addStretch(1)

        self.name.editingFinished.connect(self.save)
        self.date.dateChanged.connect(self.save)
        for edit in self.times.values():
            edit.editingFinished.connect(self.save)
        self.method.currentIndexChanged.connect(self.save)
        self.points.editingFinished.connect(self.save)

    def reload(self) -> None:
        contest = self.contest
        rules = ContestRules.from_dict(contest.rules)
        blockers = [QSignalBlocker(w) for w in (self.name, self.date, self.method, self.points, *self.times.values())]
        self.name.setText(contest.name)
        self.date.setDate(QDate.fromString(contest.date, "yyyy-MM-dd") if contest.date else QDate.currentDate())
        for key, edit in self.times.items():
            edit.setTime(to_time(getattr(rules, key)))
        self.method.setCurrentIndex(max(0, self.method.findData(rules.method)))
        self.points.setText(", ".join(f"{p:g}" for p in rules.borda_points))
        del blockers
        self.rules_note.setText(self.explain(rules))

    def explain(self, rules: ContestRules) -> str:
        return self.tr("Speakers should speak between %1 and %2. Under %3 or over %4 a speaker is disqualified "
                       "and gets no place.").replace("%1", clock(rules.min_seconds)) \
            .replace("%2", clock(rules.max_seconds)).replace("%3", clock(rules.dq_under)) \
            .replace("%4", clock(rules.dq_over))

    def save(self) -> None:
        if self.contest_id is None:
            return
        contest = self.contest
        stored = ContestRules.from_dict(contest.rules)
        try:
            points = tuple(float(p) for p in self.points.text().replace(",", " ").split())
        except ValueError:
            points = ()
        rules = stored.with_(**{key: from_time(edit.time()) for key, edit in self.times.items()},
                             method=self.method.currentData(),
                             borda_points=tuple(int(p) if p.is_integer() else p for p in points))
        problem = rules.problem()
        if problem == "points":
            self.problem.emit(self.tr("Points by rank must be numbers from the most to the fewest, e.g. 3, 2, 1."))
            self.points.setText(", ".join(f"{p:g}" for p in stored.borda_points))
            return
        if problem:
            texts = {"min_max": self.tr("The minimum time must not be longer than the maximum."),
                     "signals": self.tr("The cards must come in order: green, then amber, then red."),
                     "dq": self.tr("Disqualification must lie outside the limits: under the minimum, over the "
                                   "maximum.")}
            self.problem.emit(texts[problem])
            return
        name = self.name.text().strip() or contest.name
        self.store.update_contest(contest.id, name=name, date=self.date.date().toString("yyyy-MM-dd"),
                                  rules=rules.to_dict())
        self.rules_note.setText(self.explain(rules))
        self.changed.emit()
