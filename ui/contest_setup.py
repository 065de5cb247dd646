"""Setting up a contest: name, date, time rules and how places are decided (SetupPage); the rubric and
the category awards (RubricPage); speakers and judges (PeoplePage). Every change is saved at once.
GUI thread only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import contest_presets
from app.contest import DEFAULT_RULES
from models.records import Contest
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


def rules_problem(rules: dict[str, Any]) -> str:
    """Empty when the time rules make sense; otherwise what is wrong (in English: callers translate by code)."""
    r = rules
    if r["min_seconds"] > r["max_seconds"]:
        return "min_max"
    if not r["green"] <= r["amber"] <= r["red"]:
        return "signals"
    if r["dq_under"] > r["min_seconds"] or r["dq_over"] < r["max_seconds"]:
        return "dq"
    return ""


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
        rules = {**DEFAULT_RULES, **contest.rules}
        blockers = [QSignalBlocker(w) for w in (self.name, self.date, self.method, self.points, *self.times.values())]
        self.name.setText(contest.name)
        self.date.setDate(QDate.fromString(contest.date, "yyyy-MM-dd") if contest.date else QDate.currentDate())
        for key, edit in self.times.items():
            edit.setTime(to_time(rules[key]))
        self.method.setCurrentIndex(max(0, self.method.findData(rules["method"])))
        self.points.setText(", ".join(f"{p:g}" for p in rules["borda_points"]))
        del blockers
        self.rules_note.setText(self.explain(rules))

    def explain(self, rules: dict[str, Any]) -> str:
        def clock(seconds: float) -> str:
            return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"

        return self.tr("Speakers should speak between %1 and %2. Under %3 or over %4 a speaker is disqualified "
                       "and gets no place.").replace("%1", clock(rules["min_seconds"])) \
            .replace("%2", clock(rules["max_seconds"])).replace("%3", clock(rules["dq_under"])) \
            .replace("%4", clock(rules["dq_over"]))

    def save(self) -> None:
        if self.contest_id is None:
            return
        contest = self.contest
        rules = {**DEFAULT_RULES, **contest.rules}
        rules.update({key: from_time(edit.time()) for key, edit in self.times.items()})
        rules["method"] = self.method.currentData()
        try:
            points = [float(p) for p in self.points.text().replace(",", " ").split()]
        except ValueError:
            points = []
        if not points or sorted(points, reverse=True) != points or any(p < 0 for p in points):
            self.problem.emit(self.tr("Points by rank must be numbers from the most to the fewest, e.g. 3, 2, 1."))
            self.points.setText(", ".join(f"{p:g}" for p in rules["borda_points"]))
            return
        rules["borda_points"] = [int(p) if p.is_integer() else p for p in points]
        problem = rules_problem(rules)
        if problem:
            texts = {"min_max": self.tr("The minimum time must not be longer than the maximum."),
                     "signals": self.tr("The cards must come in order: green, then amber, then red."),
                     "dq": self.tr("Disqualification must lie outside the limits: under the minimum, over the "
                                   "maximum.")}
            self.problem.emit(texts[problem])
            return
        name = self.name.text().strip() or contest.name
        self.store.update_contest(contest.id, name=name, date=self.date.date().toString("yyyy-MM-dd"), rules=rules)
        self.rules_note.setText(self.explain(rules))
        self.changed.emit()


class RubricPage(ContestPage):
    COLUMNS = 4  # group, criterion, points, description

    def __init__(self, store: SpeechStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Criterion"), self.tr("Points"),
                                              self.tr("What the judge looks for")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self.save())
        self.total = QLabel(self)
        self.lock = QLabel(self)
        self.lock.setWordWrap(True)
        self.classic = QPushButton(self.tr("Classic 100-point ballot"), self)
        self.learners = QPushButton(self.tr("Learners' rubric (30 points)"), self)
        self.add = QPushButton(self.tr("Add criterion"), self)
        self.remove = QPushButton(self.tr("Remove criterion"), self)
        self.classic.clicked.connect(lambda: self.use_preset("classic"))
        self.learners.clicked.connect(lambda: self.use_preset("learners"))
        self.add.clicked.connect(self.add_criterion)
        self.remove.clicked.connect(self.remove_criterion)
        self.awards = QListWidget(self)
        self.awards.itemChanged.connect(lambda _item: self.save_awards())
        add_award = QPushButton(self.tr("Add award"), self)
        remove_award = QPushButton(self.tr("Remove award"), self)
        standard = QPushButton(self.tr("Standard awards"), self)
        add_award.clicked.connect(self.add_award)
        remove_award.clicked.connect(self.remove_award)
        standard.clicked.connect(self.standard_awards)

        rubric_box = QGroupBox(self.tr("Rubric (what each judge scores)"), self)
        rubric_layout = QVBoxLayout(rubric_box)
        presets = QHBoxLayout()
        for button in (self.classic, self.learners, self.add, self.remove):
            presets.addWidget(button)
        presets.addStretch(1)
        presets.addWidget(self.total)
        rubric_layout.addLayout(presets)
        rubric_layout.addWidget(self.table)
        rubric_layout.addWidget(self.lock)
        awards_box = QGroupBox(self.tr("Category awards (decided by the judges' votes)"), self)
        awards_layout = QHBoxLayout(awards_box)
        awards_layout.addWidget(self.awards, 1)
        buttons = QVBoxLayout()
        for button in (standard, add_award, remove_award):
            buttons.addWidget(button)
        buttons.addStretch(1)
        awards_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(rubric_box, 3)
        layout.addWidget(awards_box, 1)

    @staticmethod
    def language() -> str:
        """Presets come in the interface language (Korean or English)."""
        return "ko" if QLocale().language() == QLocale.Language.Korean else "en"

    def reload(self) -> None:
        contest = self.contest
        locked = bool(self.store.ballots(contest.id))
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for criterion in contest.rubric:
                row = self.table.rowCount()
                self.table.insertRow(row)
                cells = [criterion.get("group", ""), criterion.get("name", criterion["id"]), f"{criterion['max']:g}",
                         criterion.get("description", "")]
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column == 0:
                        item.setData(Qt.ItemDataRole.UserRole, criterion["id"])
                    if locked:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for button in (self.classic, self.learners, self.add, self.remove):
            button.setEnabled(not locked)
        self.lock.setText(self.tr("Ballots have been submitted with this rubric, so it can no longer change.")
                          if locked else "")
        self.total.setText(self.tr("Total: %1 points").replace("%1", f"{sum(c['max'] for c in contest.rubric):g}"))
        with QSignalBlocker(self.awards):
            self.awards.clear()
            for award in contest.awards:
                self.awards.addItem(self._award_item(award))

    def _award_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def rows(self) -> list[dict[str, Any]] | None:
        """The rubric as typed, or None (with a message) when a row is not usable."""
        rubric: list[dict[str, Any]] = []
        taken: set[str] = set()
        for row in range(self.table.rowCount()):
            def text(column: int, r: int = row) -> str:
                item = self.table.item(r, column)
                return item.text().strip() if item else ""

            first = self.table.item(row, 0)
            criterion_id = first.data(Qt.ItemDataRole.UserRole) if first else None
            if not criterion_id:
                number = row + 1
                while f"c{number}" in taken:
                    number += 1
                criterion_id = f"c{number}"
            taken.add(criterion_id)
            try:
                points = float(text(2).replace(",", "."))
            except ValueError:
                points = 0
            if points <= 0 or not text(1):
                self.problem.emit(self.tr("Each criterion needs a name and points above 0 (row %1).")
                                  .replace("%1", str(row + 1)))
                return None
            rubric.append({"id": criterion_id, "group": text(0), "name": text(1),
                           "max": int(points) if points.is_integer() else points, "description": text(3)})
        return rubric

    def save(self) -> None:
        if self.contest_id is None:
            return
        rubric = self.rows()
        if rubric is None:
            return
        self._store_rubric(rubric)

    def _store_rubric(self, rubric: list[dict[str, Any]]) -> None:
        try:
            self.store.update_contest(self.contest.id, rubric=rubric)
        except ContestConflict as error:
            self.problem.emit(self.conflict_text(error))
        self.reload()
        self.changed.emit()

    def use_preset(self, preset: str) -> None:
        self._store_rubric(contest_presets.rubric(preset, self.language()))

    def add_criterion(self) -> None:
        rubric = self.rows()
        if rubric is None:
            return
        taken = {c["id"] for c in rubric}
        number = len(rubric) + 1
        while f"c{number}" in taken:
            number += 1
        rubric.append({"id": f"c{number}", "group": "", "name": self.tr("New criterion"), "max": 10,
                       "description": ""})
        self._store_rubric(rubric)
        self.table.setCurrentCell(self.table.rowCount() - 1, 1)
        edit_cell(self.table, self.table.rowCount() - 1, 1)

    def remove_criterion(self) -> None:
        rubric = self.rows()
        row = self.table.currentRow()
        if rubric is None or row < 0 or len(rubric) <= 1:
            return
        del rubric[row]
        self._store_rubric(rubric)

    def save_awards(self) -> None:
        names = [self.awards.item(i).text().strip() for i in range(self.awards.count())]
        self.store.update_contest(self.contest.id, awards=[n for n in names if n])
        self.changed.emit()

    def add_award(self) -> None:
        item = self._award_item(self.tr("New award"))
        self.awards.addItem(item)
        self.save_awards()
        self.awards.setCurrentItem(item)
        self.awards.editItem(item)

    def remove_award(self) -> None:
        row = self.awards.currentRow()
        if row >= 0:
            self.awards.takeItem(row)
            self.save_awards()

    def standard_awards(self) -> None:
        present = [self.awards.item(i).text() for i in range(self.awards.count())]
        for award in contest_presets.awards(self.language()):
            if award not in present:
                self.awards.addItem(self._award_item(award))
        self.save_awards()


class PeoplePage(ContestPage):
    """Speakers (display names or pseudonyms, speaking order, an optional speech on this device) and judges."""

    def __init__(self, store: SpeechStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.speakers = QTableWidget(0, 3, self)
        self.speakers.setHorizontalHeaderLabels([self.tr("Name (a pseudonym is fine)"), self.tr("Speech title"),
                                                 self.tr("Script on this device")])
        self.speakers.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.speakers.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.speakers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.speakers.itemChanged.connect(self._speaker_edited)
        self.judges = QTableWidget(0, 1, self)
        self.judges.setHorizontalHeaderLabels([self.tr("Judge (display name)")])
        self.judges.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.judges.itemChanged.connect(self._judge_edited)
        self.tie_breaker = QComboBox(self)
        self.tie_breaker.currentIndexChanged.connect(self._tie_breaker_chosen)

        speakers_box = QGroupBox(self.tr("Speakers, in speaking order"), self)
        speakers_layout = QVBoxLayout(speakers_box)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add speaker"), self.add_speaker), (self.tr("Remove"), self.remove_speaker),
                           (self.tr("Move up"), lambda: self.move_speaker(-1)),
                           (self.tr("Move down"), lambda: self.move_speaker(1))):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        speakers_layout.addLayout(row)
        speakers_layout.addWidget(self.speakers)
        judges_box = QGroupBox(self.tr("Judges"), self)
        judges_layout = QVBoxLayout(judges_box)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add judge"), self.add_judge), (self.tr("Remove"), self.remove_judge)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        judges_layout.addLayout(row)
        judges_layout.addWidget(self.judges)
        breaker = QFormLayout()
        breaker.addRow(self.tr("Tie-breaker judge"), self.tie_breaker)
        judges_layout.addLayout(breaker)
        hint = QLabel(self.tr("The tie-breaker judge also scores every speaker, but that ballot is used only "
                              "to separate speakers who tie."), self)
        hint.setWordWrap(True)
        judges_layout.addWidget(hint)
        layout = QHBoxLayout(self)
        layout.addWidget(speakers_box, 3)
        layout.addWidget(judges_box, 2)

    def reload(self) -> None:
        contest = self.contest
        speeches = self.store.speeches()
        with QSignalBlocker(self.speakers):
            self.speakers.setRowCount(0)
            for person in self.store.contestants(contest.id):
                row = self.speakers.rowCount()
                self.speakers.insertRow(row)
                name = QTableWidgetItem(person.name)
                name.setData(Qt.ItemDataRole.UserRole, person.id)
                self.speakers.setItem(row, 0, name)
                self.speakers.setItem(row, 1, QTableWidgetItem(person.title))
                self.speakers.setVerticalHeaderItem(row, QTableWidgetItem(str(person.position)))
                choice = QComboBox(self.speakers)
                choice.addItem(self.tr("— none —"), None)
                for speech in speeches:
                    choice.addItem(speech.title, speech.id)
                choice.setCurrentIndex(max(0, choice.findData(person.speech_id)))
                choice.currentIndexChanged.connect(
                    lambda _i, c=choice, pid=person.id: self._speech_chosen(pid, c.currentData()))
                self.speakers.setCellWidget(row, 2, choice)
        self.speakers.resizeColumnToContents(0)
        with QSignalBlocker(self.judges), QSignalBlocker(self.tie_breaker):
            self.judges.setRowCount(0)
            self.tie_breaker.clear()
            self.tie_breaker.addItem(self.tr("— none —"), "")
            for judge in self.store.judges(contest.id):
                row = self.judges.rowCount()
                self.judges.insertRow(row)
                item = QTableWidgetItem(judge.name)
                item.setData(Qt.ItemDataRole.UserRole, judge.id)
                self.judges.setItem(row, 0, item)
                self.tie_breaker.addItem(judge.name, judge.uid)
            self.tie_breaker.setCurrentIndex(max(0, self.tie_breaker.findData(
                contest.rules.get("tie_breaker_judge", ""))))

    def add_speaker(self, name: str = "", title: str = "") -> None:
        assert self.contest_id is not None
        number = len(self.store.contestants(self.contest_id)) + 1
        self.store.add_contestant(self.contest_id, name or self.tr("Speaker %1").replace("%1", str(number)), title)
        self.reload()
        self.speakers.setCurrentCell(self.speakers.rowCount() - 1, 0)
        if not name:
            edit_cell(self.speakers, self.speakers.rowCount() - 1, 0)
        self.changed.emit()

    def _selected_speaker(self) -> int | None:
        row = self.speakers.currentRow()
        item = self.speakers.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def remove_speaker(self) -> None:
        speaker = self._selected_speaker()
        if speaker is None:
            return
        try:
            self.store.remove_contestant(speaker)
        except ContestConflict as error:
            self.problem.emit(self.conflict_text(error))
        self.reload()
        self.changed.emit()

    def move_speaker(self, step: int) -> None:
        speaker = self._selected_speaker()
        if speaker is None:
            return
        row = self.speakers.currentRow()
        self.store.move_contestant(speaker, row + 1 + step)
        self.reload()
        self.speakers.setCurrentCell(max(0, min(row + step, self.speakers.rowCount() - 1)), 0)
        self.changed.emit()

    def _speaker_edited(self, item: QTableWidgetItem) -> None:
        row = item.row()
        first = self.speakers.item(row, 0)
        if first is None:
            return
        speaker = int(first.data(Qt.ItemDataRole.UserRole))
        title_item = self.speakers.item(row, 1)
        name = first.text().strip()
        if not name:
            self.problem.emit(self.tr("A speaker needs a name; a pseudonym is fine."))
            self.reload()
            return
        self.store.update_contestant(speaker, name=name, title=title_item.text().strip() if title_item else "")
        self.changed.emit()

    def _speech_chosen(self, speaker: int, speech_id: int | None) -> None:
        self.store.update_contestant(speaker, speech_id=speech_id)
        self.changed.emit()

    def add_judge(self, name: str = "") -> None:
        assert self.contest_id is not None
        number = len(self.store.judges(self.contest_id)) + 1
        self.store.add_judge(self.contest_id, name or self.tr("Judge %1").replace("%1", str(number)))
        self.reload()
        self.judges.setCurrentCell(self.judges.rowCount() - 1, 0)
        if not name:
            edit_cell(self.judges, self.judges.rowCount() - 1, 0)
        self.changed.emit()

    def remove_judge(self) -> None:
        item = self.judges.item(self.judges.currentRow(), 0) if self.judges.currentRow() >= 0 else None
        if item is None:
            return
        try:
            self.store.remove_judge(int(item.data(Qt.ItemDataRole.UserRole)))
        except ContestConflict as error:
            self.problem.emit(self.conflict_text(error))
        self.reload()
        self.changed.emit()

    def _judge_edited(self, item: QTableWidgetItem) -> None:
        name = item.text().strip()
        if not name:
            self.problem.emit(self.tr("A judge needs a display name."))
            self.reload()
            return
        self.store.rename_judge(int(item.data(Qt.ItemDataRole.UserRole)), name)
        self.reload()
        self.changed.emit()

    def _tie_breaker_chosen(self) -> None:
        if self.contest_id is None:
            return
        contest = self.contest
        self.store.update_contest(contest.id, rules={**contest.rules,
                                                     "tie_breaker_judge": self.tie_breaker.currentData() or ""})
        self.changed.emit()
