"""The contest's rubric (criteria, groups, points, descriptions; presets) and its category awards.
Every change is saved at once; the rubric locks once a ballot exists. GUI thread only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.contest import presets as contest_presets
from models.store import SpeechStore
from models.store_contest import ContestConflict
from ui import i18n
from ui.contest.setup import ContestPage, edit_cell


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
        # A contest made in the other language: its ready-made names, in this one (custom names stay).
        self.translate_names = QPushButton(self.tr("Show the ready-made names in this language"), self)
        self.translate_names.clicked.connect(self.use_names_in_this_language)

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
        rubric_layout.addWidget(self.translate_names, 0, Qt.AlignmentFlag.AlignLeft)
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
        rubric, awards = contest_presets.in_language(contest.rubric, contest.awards, i18n.current())
        self.translate_names.setVisible(rubric != contest.rubric or awards != contest.awards)
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
        for row in range(self.table.rowCount()):
            def text(column: int, r: int = row) -> str:
                item = self.table.item(r, column)
                return item.text().strip() if item else ""

            first = self.table.item(row, 0)
            criterion_id = first.data(Qt.ItemDataRole.UserRole) if first else ""  # every shown row has its id
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
        self._store_rubric(contest_presets.rubric(preset, i18n.current()))

    def use_names_in_this_language(self) -> None:
        """Names only: what each judge scores (ids, points) stays, so it is allowed after ballots too."""
        contest = self.contest
        rubric, awards = contest_presets.in_language(contest.rubric, contest.awards, i18n.current())
        self.store.update_contest(contest.id, rubric=rubric, awards=awards)
        self.reload()
        self.changed.emit()

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
        for award in contest_presets.awards(i18n.current()):
            if award not in present:
                self.awards.addItem(self._award_item(award))
        self.save_awards()
