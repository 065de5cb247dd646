"""The judge's view: the current speaker, her script (English or Korean, any size), a score per criterion
with its range and description, a comment, the running total, and Submit. A submitted ballot is stored at
once and never changed; "Correct this ballot" makes the next version. Also used afterwards to enter paper
ballots, and for the category-award votes. GUI thread only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import settings as S
from app.contest.rules import ContestRules
from app.drafting.export import paragraphs
from app.settings import Settings
from app.speaking import local_time
from models.database import StoreError
from models.records import Ballot, Contestant
from models.store import SpeechStore
from models.store_contest import ContestConflict
from ui.contest.setup import ContestPage
from ui.messages import store_error_text

UNSCORED = -1


class JudgePage(ContestPage):
    def __init__(self, store: SpeechStore, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.settings = settings
        self.judge = QComboBox(self)
        self.judge.currentIndexChanged.connect(self._judge_chosen)
        self.paper = QCheckBox(self.tr("Entering a paper ballot"), self)
        self.speakers = QListWidget(self)
        self.speakers.currentRowChanged.connect(lambda _row: self.show_ballot())
        self.speaker_name = QLabel(self)
        self.speaker_name.setObjectName("judgeSpeaker")
        self.speaker_name.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.speaker_name.setWordWrap(True)
        self.script = QTextBrowser(self)
        self.korean = QPushButton(self.tr("Show Korean"), self)
        self.korean.setCheckable(True)
        self.korean.toggled.connect(lambda _on: self.show_script())
        self.font_size = QSpinBox(self)
        self.font_size.setRange(10, 40)
        self.font_size.setValue(settings.get(S.JUDGE_FONT_SIZE))
        self.font_size.setSuffix(" pt")
        self.font_size.valueChanged.connect(self._font_size_chosen)
        self.scores: dict[str, QSpinBox] = {}
        self.next_speaker: str | None = None  # set by the timing page: shown the next time this page loads
        self.form_box = QWidget(self)
        self.form = QGridLayout(self.form_box)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("A comment for this speaker (optional)"))
        self.comment.setMaximumHeight(90)
        self.total = QLabel(self)
        self.total.setObjectName("judgeTotal")
        self.total.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.correcting = False
        # What was just submitted, kept in sight after the view moves on to the next speaker.
        self.confirmation = QLabel(self)
        self.confirmation.setObjectName("ballotConfirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setStyleSheet("color: #1f6f3f; font-weight: 600;")
        self.submit = QPushButton(self.tr("Submit ballot"), self)
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.submit_ballot)
        self.correct = QPushButton(self.tr("Correct this ballot…"), self)
        self.correct.clicked.connect(self.start_correction)
        self.votes_box = QGroupBox(self.tr("Award votes of this judge"), self)
        self.votes = QFormLayout(self.votes_box)
        self.vote_choices: dict[str, QComboBox] = {}
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit_ballot)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        judge_row = QFormLayout()
        judge_row.addRow(self.tr("Judge"), self.judge)
        left_layout.addLayout(judge_row)
        left_layout.addWidget(self.paper)
        left_layout.addWidget(QLabel(self.tr("Speakers (✓ = ballot submitted)"), self))
        left_layout.addWidget(self.speakers, 1)
        left_layout.addWidget(self.votes_box)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        script_bar = QHBoxLayout()
        script_bar.addWidget(self.speaker_name, 1)
        script_bar.addWidget(self.korean)
        script_bar.addWidget(QLabel(self.tr("Text size"), self))
        script_bar.addWidget(self.font_size)
        middle_layout.addLayout(script_bar)
        middle_layout.addWidget(self.script, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.form_box)
        right_layout.addWidget(scroller, 1)
        right_layout.addWidget(self.comment)
        right_layout.addWidget(self.total)
        right_layout.addWidget(self.state)
        right_layout.addWidget(self.confirmation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setSizes([230, 430, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # Loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        contest = self.contest
        chosen = self.judge.currentData()
        with QSignalBlocker(self.judge):
            self.judge.clear()
            for judge in self.store.judges(contest.id):
                label = judge.name
                if judge.uid == ContestRules.from_dict(contest.rules).tie_breaker_judge:
                    label = self.tr("%1 (tie-breaker)").replace("%1", judge.name)
                self.judge.addItem(label, judge.uid)
            self.judge.setCurrentIndex(max(0, self.judge.findData(chosen)))
        self._build_form(contest.rubric)
        self._build_votes()
        self.list_speakers()
        if self.next_speaker is not None:
            self.choose(speaker_uid=self.next_speaker)
            self.next_speaker = None

    def judge_uid(self) -> str | None:
        return self.judge.currentData()

    def speaker_uid(self) -> str | None:
        item = self.speakers.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def choose(self, judge_uid: str | None = None, speaker_uid: str | None = None) -> None:
        """Select a judge and/or a speaker (the timekeeper's current speaker, a test, a click)."""
        if judge_uid is not None:
            self.judge.setCurrentIndex(max(0, self.judge.findData(judge_uid)))
        if speaker_uid is not None:
            for row in range(self.speakers.count()):
                if self.speakers.item(row).data(Qt.ItemDataRole.UserRole) == speaker_uid:
                    self.speakers.setCurrentRow(row)

    def _judge_chosen(self) -> None:
        self._build_votes()
        self.list_speakers()

    def list_speakers(self) -> None:
        if self.contest_id is None:
            return
        judge = self.judge_uid()
        scored = {b.contestant for b in self.store.ballots(self.contest_id, judge=judge)} if judge else set()
        chosen = self.speaker_uid()
        with QSignalBlocker(self.speakers):
            self.speakers.clear()
            for person in self.store.contestants(self.contest_id):
                mark = "✓ " if person.uid in scored else "    "
                item = QListWidgetItem(f"{mark}{person.position}. {person.name}")
                item.setData(Qt.ItemDataRole.UserRole, person.uid)
                self.speakers.addItem(item)
            self.choose(speaker_uid=chosen)
            if self.speakers.currentRow() < 0 and self.speakers.count():
                self.speakers.setCurrentRow(0)
        self.show_ballot()

    def _build_form(self, rubric: list[dict[str, Any]]) -> None:
        while self.form.count():
            taken = self.form.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.scores = {}
        row = 0
        group = None
        for criterion in rubric:
            if criterion.get("group") and criterion["group"] != group:
                group = criterion["group"]
                heading = QLabel(f"<b>{group}</b>", self.form_box)
                self.form.addWidget(heading, row, 0, 1, 2)
                row += 1
            name = QLabel(f"{criterion.get('name', criterion['id'])}", self.form_box)
            name.setToolTip(criterion.get("description", ""))
            box = QSpinBox(self.form_box)
            box.setRange(UNSCORED, int(criterion["max"]))
            box.setSpecialValueText("—")
            box.setSuffix(self.tr(" of %1").replace("%1", f"{criterion['max']:g}"))
            box.setObjectName(f"score-{criterion['id']}")
            box.valueChanged.connect(self.update_total)
            name.setBuddy(box)
            self.form.addWidget(name, row, 0)
            self.form.addWidget(box, row, 1)
            row += 1
            if criterion.get("description"):
                about = QLabel(f"<small>{criterion['description']}</small>", self.form_box)
                about.setWordWrap(True)
                self.form.addWidget(about, row, 0, 1, 2)
                row += 1
            self.scores[criterion["id"]] = box
        self.form.setRowStretch(row, 1)

    def _build_votes(self) -> None:
        while self.votes.rowCount():
            self.votes.removeRow(0)
        self.vote_choices = {}
        if self.contest_id is None:
            return
        contest = self.contest
        judge = self.judge_uid()
        mine = {v["award"]: v["contestant"] for v in self.store.votes(contest.id, judge=judge)} if judge else {}
        people = self.store.contestants(contest.id)
        for award in contest.awards:
            choice = QComboBox(self.votes_box)
            choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "— 투표 안 함 —" whole
            choice.addItem(self.tr("— no vote —"), None)
            for person in people:
                choice.addItem(person.name, person.uid)
            choice.setCurrentIndex(max(0, choice.findData(mine.get(award))))
            choice.currentIndexChanged.connect(lambda _i, a=award, c=choice: self._vote(a, c.currentData()))
            self.votes.addRow(award, choice)
            self.vote_choices[award] = choice
        self.votes_box.setVisible(bool(contest.awards))

    def _vote(self, award: str, contestant: str | None) -> None:
        judge = self.judge_uid()
        if self.contest_id is not None and judge:
            self.store.set_vote(self.contest_id, judge, award, contestant)
            self.changed.emit()

    # The ballot shown -----------------------------------------------------------------------

    def latest(self) -> Ballot | None:
        judge, speaker = self.judge_uid(), self.speaker_uid()
        if self.contest_id is None or not judge or not speaker:
            return None
        versions = self.store.ballots(self.contest_id, judge, speaker)
        return versions[-1] if versions else None

    def show_ballot(self) -> None:
        person = self.speaker(self.speaker_uid())
        self.speaker_name.setText(f"{person.position}. {person.name} — {person.title}" if person and person.title
                                  else f"{person.position}. {person.name}" if person else "")
        self.show_script(person)
        ballot = self.latest()
        for criterion, box in self.scores.items():
            with QSignalBlocker(box):
                box.setValue(int(ballot.scores.get(criterion, UNSCORED)) if ballot else UNSCORED)
        self.comment.setPlainText(ballot.comment if ballot else "")
        self.correcting = False
        self._editable(ballot is None)
        self.update_total()
        if ballot is not None:
            self.state.setText(self.tr("Submitted (version %1, %2). It is kept as it is; a correction is saved as a "
                                       "new version.").replace("%1", str(ballot.version))
                               .replace("%2", local_time(ballot.submitted_at)))

    def _editable(self, editable: bool) -> None:
        for box in self.scores.values():
            box.setEnabled(editable)
        self.comment.setReadOnly(not editable)
        self.submit.setEnabled(editable and self.speaker_uid() is not None and self.judge_uid() is not None)
        self.correct.setEnabled(not editable)

    def start_correction(self) -> None:
        self.correcting = True
        self._editable(True)
        self.state.setText(self.tr("Correcting: the submitted version stays on record; submitting saves a new "
                                   "version."))
        if self.scores:
            next(iter(self.scores.values())).setFocus()

    def update_total(self) -> None:
        if self.contest_id is None:
            return
        rubric = self.contest.rubric
        given = sum(box.value() for box in self.scores.values() if box.value() != UNSCORED)
        missing = sum(1 for box in self.scores.values() if box.value() == UNSCORED)
        text = self.tr("Total: %1 of %2").replace("%1", f"{given:g}") \
            .replace("%2", f"{sum(c['max'] for c in rubric):g}")
        if missing:
            text += " · " + self.tr("not scored yet: %1").replace("%1", str(missing))
        self.total.setText(text)
        if self.submit.isEnabled() and not self.correcting:  # a ballot being scored: say where it stands
            self.state.setText(
                self.tr("Not submitted yet: %1 criteria left to score.").replace("%1", str(missing)) if missing
                else self.tr("Every criterion is scored. Submit (Ctrl+Enter) to store this ballot."))

    def show_script(self, person: Contestant | None = None) -> None:
        """The speaker's script (the selected speaker's by default) in the chosen language and size."""
        person = person or self.speaker(self.speaker_uid())
        self.korean.setText(self.tr("Show English") if self.korean.isChecked() else self.tr("Show Korean"))
        font = self.script.font()
        font.setPointSize(self.font_size.value())
        self.script.setFont(font)
        if person is None or person.speech_id is None:
            self.script.setPlainText(self.tr("No script: this speaker's speech is not on this device."))
            return
        field = "korean" if self.korean.isChecked() else "english"
        text = "\n\n".join(paragraphs(self.store.segments(person.speech_id), field))
        self.script.setPlainText(text or self.tr("The script is empty."))

    def _font_size_chosen(self, size: int) -> None:
        self.settings.set(S.JUDGE_FONT_SIZE, size)
        self.show_script()

    def submit_ballot(self) -> Ballot | None:
        """Check every criterion is scored, then store the ballot (the next version)."""
        judge, speaker = self.judge_uid(), self.speaker_uid()
        if self.contest_id is None or not judge or not speaker or not self.submit.isEnabled():
            return None
        rubric = self.contest.rubric
        missing = [c.get("name", c["id"]) for c in rubric if self.scores[c["id"]].value() == UNSCORED]
        if missing:
            self.problem.emit(self.tr("Not submitted: score every criterion first (%1).")
                              .replace("%1", ", ".join(missing)))
            first = next(c["id"] for c in rubric if self.scores[c["id"]].value() == UNSCORED)
            self.scores[first].setFocus()
            return None
        scores = {c["id"]: self.scores[c["id"]].value() for c in rubric}
        try:
            ballot = self.store.submit_ballot(self.contest_id, judge, speaker, scores,
                                              self.comment.toPlainText().strip(),
                                              source="paper" if self.paper.isChecked() else "window")
        except ContestConflict as error:
            self.problem.emit(self.conflict_text(error))
            return None
        except StoreError as error:  # e.g. a full disk: the scores stay in the form
            self.problem.emit(store_error_text(error))
            return None
        person = self.speaker(speaker)
        total = f"{ballot.total:g}"
        self.confirmation.setText(
            self.tr("✓ Submitted for %1: %2 points (version %3).").replace("%1", person.name if person else "")
            .replace("%2", total).replace("%3", str(ballot.version)))
        self.list_speakers()
        self._move_to_next_unscored()
        self.changed.emit()
        return ballot

    def _move_to_next_unscored(self) -> None:
        """After a submit, the next speaker this judge has not scored (in speaking order, after this one)."""
        count = self.speakers.count()
        here = self.speakers.currentRow()
        for step in range(1, count):
            item = self.speakers.item((here + step) % count)
            if item is not None and not item.text().startswith("✓"):
                self.speakers.setCurrentRow((here + step) % count)
                return
