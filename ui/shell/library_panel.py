"""The speech library: search, create, rename, duplicate, delete (to the bin) and restore speeches.

GUI thread only. Deleting moves a speech to the bin; nothing is erased until the bin is emptied.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.database import StoreWriteFailed
from models.store import SpeechStore


class LibraryPanel(QWidget):
    speech_selected = Signal(int)  # -1 when nothing is selected
    write_failed = Signal(object)
    speech_deleted = Signal(int, str)
    speech_created = Signal(int)  # after it is shown: the window puts the cursor in its first row

    def __init__(self, store: SpeechStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles, speakers and sentences"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search speeches"))
        self.search.textChanged.connect(lambda _text: self.reload())
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Speeches"))
        self.list.currentItemChanged.connect(self.on_list_current_changed)
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setToolTip(self.tr("New speech (Ctrl+N)"))
        self.new_button.clicked.connect(self.create_speech)
        self.rename_button = QPushButton(self.tr("Rename"), self)
        self.rename_button.clicked.connect(self.rename)
        self.copy_button = QPushButton(self.tr("Duplicate"), self)
        self.copy_button.clicked.connect(self.duplicate)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.copy_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.reload()

    def current_id(self) -> int:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else -1

    def reload(self, select: int | None = None) -> None:
        shown = self.current_id()
        keep = shown if select is None else select
        self.list.blockSignals(True)
        self.list.clear()
        for speech in self.store.speeches(self.search.text()):
            title = speech.title or self.tr("(untitled)")
            item = QListWidgetItem(f"{title}\n{speech.speaker}" if speech.speaker else title)
            item.setData(Qt.ItemDataRole.UserRole, speech.id)
            self.list.addItem(item)
            if speech.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if self.current_id() != shown:
            self.speech_selected.emit(self.current_id())
        has = self.current_id() != -1
        for button in (self.rename_button, self.copy_button, self.delete_button):
            button.setEnabled(has)

    def on_list_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.speech_selected.emit(int(current.data(Qt.ItemDataRole.UserRole)) if current else -1)

    def _ask_title(self, caption: str, text: str) -> str | None:
        while True:
            title, ok = QInputDialog.getText(self, caption, self.tr("Title of the speech:"), text=text)
            if not ok:
                return None
            title = " ".join(title.split())
            if title:
                return title[:200]
            QMessageBox.information(self, caption, self.tr("A speech needs a title. Please type one."))

    def create_speech(self) -> None:
        title = self._ask_title(self.tr("New speech"), self.tr("My speech"))
        if title is None:
            return
        try:
            speech = self.store.create_speech(title)
            self.store.insert_segments(speech.id, 0, [("", "")])
        except StoreWriteFailed as error:
            self.write_failed.emit(error)
            return
        self.search.clear()
        self.reload(select=speech.id)
        self.speech_created.emit(speech.id)

    def rename(self) -> None:
        speech_id = self.current_id()
        if speech_id == -1:
            return
        title = self._ask_title(self.tr("Rename speech"), self.store.speech(speech_id).title)
        if title is None:
            return
        try:
            self.store.update_speech(speech_id, title=title)
        except StoreWriteFailed as error:
            self.write_failed.emit(error)
        self.reload(select=speech_id)

    def duplicate(self) -> None:
        speech_id = self.current_id()
        if speech_id == -1:
            return
        source = self.store.speech(speech_id)
        title = self._ask_title(self.tr("Duplicate speech"), self.tr("%1 (copy)").replace("%1", source.title))
        if title is None:
            return
        try:
            copy = self.store.duplicate_speech(speech_id, title)
        except StoreWriteFailed as error:
            self.write_failed.emit(error)
            return
        self.reload(select=copy.id)

    def delete(self) -> None:
        speech_id = self.current_id()
        if speech_id == -1:
            return
        title = self.store.speech(speech_id).title
        answer = QMessageBox.question(
            self, self.tr("Delete speech"),
            self.tr("Move “%1” to the bin? You can bring it back from the bin later.").replace("%1", title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete_speech(speech_id)
        except StoreWriteFailed as error:
            self.write_failed.emit(error)
            return
        self.reload()
        self.speech_deleted.emit(speech_id, title)

    def restore(self, speech_id: int) -> None:
        try:
            self.store.restore_speech(speech_id)
        except StoreWriteFailed as error:
            self.write_failed.emit(error)
            return
        self.search.clear()
        self.reload(select=speech_id)
