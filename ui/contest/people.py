"""The contest's speakers (display names or pseudonyms, speaking order, an optional speech on this
computer) and judges, with the tie-breaker judge. Every change is saved at once. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.contest import exchange as contest_day
from app.contest.rules import ContestRules
from models.store import SpeechStore
from models.store_contest import ContestConflict
from ui.contest.setup import ContestPage, edit_cell


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
        self.judges = QTableWidget(0, 2, self)
        self.judges.setHorizontalHeaderLabels([self.tr("Judge (display name)"), self.tr("Judge code")])
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
            codes = contest_day.judge_codes(self.store, contest.id)  # none on a laptop that opened a file
            for judge in self.store.judges(contest.id):
                row = self.judges.rowCount()
                self.judges.insertRow(row)
                item = QTableWidgetItem(judge.name)
                item.setData(Qt.ItemDataRole.UserRole, judge.id)
                self.judges.setItem(row, 0, item)
                code = QTableWidgetItem(codes.get(judge.uid, "—"))
                code.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                code.setToolTip(self.tr("Give this code to the judge only: her computer seals her ballots with it."))
                self.judges.setItem(row, 1, code)
                self.tie_breaker.addItem(judge.name, judge.uid)
            self.tie_breaker.setCurrentIndex(max(0, self.tie_breaker.findData(
                ContestRules.from_dict(contest.rules).tie_breaker_judge)))

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
        if item.column() != 0:
            return
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
        rules = ContestRules.from_dict(contest.rules).with_(tie_breaker_judge=self.tie_breaker.currentData() or "")
        self.store.update_contest(contest.id, rules=rules.to_dict())
        self.changed.emit()
