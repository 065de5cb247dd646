"""Timing the contest: the speakers in order with their measured times and verdicts, and the timekeeper
window (for a projector) that stores each time with its speaker. Keyboard only: Enter opens the
timekeeper on the selected speaker; there Space starts and stops, N moves on. GUI thread only."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.contest.rules import ContestRules
from app.speaking import clock, parse_clock
from models.records import Contestant
from models.store import SpeechStore
from ui.contest.setup import ContestPage
from ui.contest.timekeeper import TimekeeperWindow


def verdict_text(verdict: str) -> str:
    translate = QCoreApplication.translate
    return {"within": translate("Contest", "within the time"), "under": translate("Contest", "under the minimum"),
            "over": translate("Contest", "over the maximum"),
            "disqualified": translate("Contest", "disqualified (time)")}.get(verdict, "")


class TimingPage(ContestPage):
    speaker_up = Signal(str)  # the speaker now being timed (her uid): the judge view follows

    def __init__(self, store: SpeechStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.now: Callable[[], float] = time.monotonic  # the timekeeper's clock (tests drive their own)
        self.timekeeper: TimekeeperWindow | None = None
        self.timing_uid: str | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Speaker"), self.tr("Speech title"), self.tr("Time"),
                                              self.tr("Verdict")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.open_timekeeper())
        self.table.itemSelectionChanged.connect(self.manual_default)
        self.open_button = QPushButton(self.tr("Time the selected speaker (Enter)"), self)
        self.open_button.clicked.connect(self.open_timekeeper)
        # Typed as the stopwatch shows it ("5:40"); Enter sets it. A time box with sections turned
        # "5:40" into 50:40 as it was typed.
        self.manual = QLineEdit(self)
        self.manual.setPlaceholderText(self.tr("e.g. 5:40"))
        self.manual.setAccessibleName(self.tr("Time measured by hand"))
        self.manual.setMaximumWidth(110)
        self.manual.textChanged.connect(self._check_manual)
        self.manual.returnPressed.connect(self.set_manual_time)
        self.manual_hint = QLabel(self)
        self.manual_hint.setObjectName("manualHint")
        set_button = QPushButton(self.tr("Set this time"), self)
        set_button.clicked.connect(self.set_manual_time)
        clear_button = QPushButton(self.tr("Clear the time"), self)
        clear_button.clicked.connect(lambda: self.set_time(None))
        self.rules_label = QLabel(self)
        self.rules_label.setWordWrap(True)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter on the table only, not in the time box
            shortcut = QShortcut(QKeySequence(key), self.table, self.open_timekeeper)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Time measured by hand:"), self))
        buttons.addWidget(self.manual)
        buttons.addWidget(self.manual_hint)
        buttons.addWidget(set_button)
        buttons.addWidget(clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def rules(self) -> ContestRules:
        return ContestRules.from_dict(self.contest.rules)

    def reload(self) -> None:
        rules = self.rules()
        text = self.tr("Green card at %1, amber at %2, red at %3. Disqualified under %4 or over %5.")
        for number, key in enumerate(("green", "amber", "red", "dq_under", "dq_over"), start=1):
            text = text.replace(f"%{number}", clock(getattr(rules, key)))
        self.rules_label.setText(text)
        row_before = self.table.currentRow()
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for person in self.store.contestants(self.contest.id):
                row = self.table.rowCount()
                self.table.insertRow(row)
                seconds = person.seconds
                cells = [f"{person.position}. {person.name}", person.title,
                         clock(seconds) if seconds is not None else "—",
                         verdict_text(rules.verdict(seconds)) if seconds is not None else ""]
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, person.uid)
                    self.table.setItem(row, column, item)
        for column in (0, 2, 3):
            self.table.resizeColumnToContents(column)
        if self.table.rowCount():
            self.table.selectRow(max(0, min(row_before, self.table.rowCount() - 1)))

    def selected(self) -> Contestant | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None or self.contest_id is None:
            return None
        return self.speaker(item.data(Qt.ItemDataRole.UserRole))

    def open_timekeeper(self) -> TimekeeperWindow | None:
        person = self.selected()
        if person is None:
            return None
        if self.timekeeper is None:
            self.timekeeper = TimekeeperWindow(self.rules(), now=self.now, parent=self)
            self.timekeeper.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.timekeeper.for_contest()
            self.timekeeper.timed.connect(self._timed)
            self.timekeeper.next_requested.connect(self.next_speaker)
            self.timekeeper.destroyed.connect(self._timekeeper_closed)
        self.timing_uid = person.uid
        self.timekeeper.set_speaker(f"{person.position}. {person.name}")
        self.speaker_up.emit(person.uid)
        self.timekeeper.show()
        self.timekeeper.raise_()
        self.timekeeper.activateWindow()
        return self.timekeeper

    def _timekeeper_closed(self) -> None:
        self.timekeeper = None

    def _timed(self, seconds: float) -> None:
        person = self.speaker(self.timing_uid)
        if person is not None:
            self.store.set_time(person.id, seconds)
            self.reload()
            self.changed.emit()

    def next_speaker(self) -> None:
        row = self.table.currentRow()
        if row + 1 < self.table.rowCount():
            self.table.selectRow(row + 1)
        self.open_timekeeper()

    def set_time(self, seconds: float | None) -> None:
        person = self.selected()
        if person is not None:
            self.store.set_time(person.id, seconds)
            self.reload()
            self.changed.emit()

    def manual_default(self) -> None:
        """The hand-entry box starts from the selected speaker's time."""
        person = self.selected()
        self.manual.setText(clock(person.seconds) if person and person.seconds is not None else "")

    def _check_manual(self, text: str) -> None:
        seconds = parse_clock(text)
        if not text.strip():
            self.manual_hint.setText("")
        elif seconds is None:
            self.manual_hint.setText(self.tr("not a time: type minutes:seconds"))
        else:
            self.manual_hint.setText(f"= {clock(seconds)}")

    def set_manual_time(self) -> None:
        seconds = parse_clock(self.manual.text())
        if seconds is None:
            self.manual_hint.setText(self.tr("not a time: type minutes:seconds"))
            self.manual.setFocus()
            return
        self.set_time(seconds)
