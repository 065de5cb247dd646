"""The results page: places with how each was reached, disqualifications, awards, each judge's totals and
ranks, and what is still missing. Computed from the stored ballots every time it is shown. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.contest import exchange as contest_day
from app.contest.rules import ContestRules
from app.contest.tally import Tally
from models.store import SpeechStore
from ui.contest.printing import how_text, results_html
from ui.contest.setup import ContestPage


class ResultsPage(ContestPage):
    save_pdf_requested = Signal()
    print_requested = Signal()

    def __init__(self, store: SpeechStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.result: Tally | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.places = QTableWidget(0, 3, self)
        self.places.setHorizontalHeaderLabels([self.tr("Place"), self.tr("Speaker"),
                                               self.tr("How the place was reached")])
        self.places.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.places.verticalHeader().setVisible(False)
        self.places.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.details = QTextBrowser(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.places, 2)
        printed = QHBoxLayout()
        printed.addWidget(QLabel(self.tr("The printed results"), self), 1)
        self.save_pdf = QPushButton(self.tr("Save as PDF… (Ctrl+Shift+P)"), self)
        self.save_pdf.clicked.connect(self.save_pdf_requested.emit)
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"), self)
        self.print_button.clicked.connect(self.print_requested.emit)
        printed.addWidget(self.save_pdf)
        printed.addWidget(self.print_button)
        layout.addLayout(printed)
        layout.addWidget(self.details, 3)

    def reload(self) -> None:
        contest = self.contest
        result = contest_day.results(self.store, contest.id)
        self.result = result
        people = self.store.contestants(contest.id)
        judges = self.store.judges(contest.id)
        names = {p.uid: p.name for p in people}
        rules = ContestRules.from_dict(contest.rules)
        breaker = next((j.name for j in judges if j.uid == rules.tie_breaker_judge), "")
        self.places.setRowCount(0)
        for place in result.places:
            row = self.places.rowCount()
            self.places.insertRow(row)
            for column, text in enumerate([str(place.place), place.name,
                                           how_text(place, result.method, names, breaker)]):
                self.places.setItem(row, column, QTableWidgetItem(text))
        for entry in result.disqualified:
            row = self.places.rowCount()
            self.places.insertRow(row)
            for column, text in enumerate(["—", entry["name"], self.tr("Disqualified for time")]):
                self.places.setItem(row, column, QTableWidgetItem(text))
        self.places.resizeColumnsToContents()
        self.places.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        counted = [j for j in judges if j.uid != rules.tie_breaker_judge]
        expected = len(judges) * len(people)
        submitted = len(self.store.ballots(contest.id, latest=True))
        lines = [self.tr("%1 of %2 ballots are in.").replace("%1", str(submitted)).replace("%2", str(expected))]
        if not counted:
            lines.append(self.tr("Add judges to see places."))
        if result.missing_ballots:
            lines.append(self.tr("Still missing: %1").replace("%1", ", ".join(
                f"{next((j.name for j in judges if j.uid == judge), judge)} → {names.get(c, c)}"
                for judge, c in result.missing_ballots[:12])) + (" …" if len(result.missing_ballots) > 12 else ""))
        untimed = [p.name for p in people if p.seconds is None]
        if untimed:
            lines.append(self.tr("Not timed yet: %1").replace("%1", ", ".join(untimed)))
        self.summary.setText("\n".join(lines))
        self.details.setHtml(results_html(contest, result, people, judges))
