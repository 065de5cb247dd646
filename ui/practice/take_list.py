"""The takes of a speech as a table: when, how long, script accuracy, pace, time verdict."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.speaking import clock, local_time
from models.records import Take


def when(take: Take) -> str:
    return local_time(take.recorded_at)


class TakeList(QTableWidget):
    take_selected = Signal(int)  # take id, or 0 when none is selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("takeList")
        self.setHorizontalHeaderLabels([self.tr("Take"), self.tr("Length"), self.tr("Accuracy"), self.tr("Pace"),
                                        self.tr("Time")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(self.tr("Practice takes"))
        self.itemSelectionChanged.connect(lambda: self.take_selected.emit(self.current_id()))
        self.verdicts = {"under": self.tr("too short"), "within": self.tr("on time"), "over": self.tr("too long")}

    def current_id(self) -> int:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else 0

    def show_takes(self, takes: list[Take], select: int | None = None) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for take in reversed(takes):  # newest first
            row = self.rowCount()
            self.insertRow(row)
            label = take.title or when(take)
            if take.source == "imported":
                label += " · " + self.tr("imported")
            elif take.source == "recovered":
                label += " · " + self.tr("recovered")
            cells = [label, clock(take.seconds),
                     "—" if take.accuracy is None else f"{take.accuracy * 100:.0f}%",
                     "—" if take.words_per_minute is None else f"{take.words_per_minute:.0f}",
                     self.verdicts.get(take.verdict or "", self.tr("not analysed") if take.report is None else "—")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, take.id)
                item.setToolTip(when(take))
                self.setItem(row, column, item)
            if take.id == select:
                self.selectRow(row)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.blockSignals(False)
        self.take_selected.emit(self.current_id())
