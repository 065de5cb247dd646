"""The bin: deleted speeches, which can be brought back or, deliberately, erased for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.workspace import Workspace


class BinDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.store = workspace.store
        self.restored: list[int] = []
        self.setWindowTitle(self.tr("Bin"))
        self.resize(420, 360)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Deleted speeches"))
        restore = QPushButton(self.tr("Bring back"), self)
        restore.clicked.connect(self.restore)
        erase = QPushButton(self.tr("Erase for good…"), self)
        erase.clicked.connect(self.erase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(restore, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(erase, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Deleted speeches stay here until you erase them."), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for speech in self.store.speeches(deleted=True):
            item = QListWidgetItem(speech.title)
            item.setData(Qt.ItemDataRole.UserRole, speech.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _current(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def restore(self) -> None:
        speech_id = self._current()
        if speech_id is not None:
            self.store.restore_speech(speech_id)
            self.restored.append(speech_id)
            self.reload()

    def erase(self) -> None:
        speech_id = self._current()
        if speech_id is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Erase for good"),
            self.tr("Erase this speech with all its sentences, notes, versions and practice recordings? This cannot "
                    "be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.erase_speech(speech_id)
            self.reload()
