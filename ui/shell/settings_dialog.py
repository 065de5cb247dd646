"""Settings: interface language, speaking pace for time estimates, text size, microphone, recognition model."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app import settings as S
from app.drafting.grammar import local_address
from app.practice.asr_models import installed_names
from app.practice.recorder import input_devices
from app.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, engine_name: str = "",
                 privacy: Any = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as the computer"), "")
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(S.LANGUAGE))))
        self.pace = QSpinBox(self)
        self.pace.setRange(60, 220)
        self.pace.setSuffix(self.tr(" words per minute"))
        self.pace.setValue(settings.get(S.PACE_WPM))
        self.text_size = QSpinBox(self)
        self.text_size.setRange(-4, 16)
        self.text_size.setValue(settings.get(S.TEXT_ZOOM))
        note = QLabel(self.tr("Speakers in a contest usually say 100 to 165 words a minute; "
                              "learners often speak more slowly, and that is fine."), self)
        note.setWordWrap(True)
        self.microphone = QComboBox(self)
        self.microphone.addItem(self.tr("The computer's default"), "")
        for device in input_devices(rescan=True):
            self.microphone.addItem(device.name, device.name)
        self.microphone.setCurrentIndex(max(0, self.microphone.findData(settings.get(S.INPUT_DEVICE))))
        self.model = QComboBox(self)
        described = {"base": self.tr("base — keeps filler words (recommended)"),
                     "tiny.en": self.tr("tiny.en — faster, English only, misses “um” and “uh”")}
        for name in installed_names():
            self.model.addItem(described.get(name, name), name)
        self.model.setCurrentIndex(max(0, self.model.findData(settings.get(S.ASR_MODEL))))
        self.long_sentence = QSpinBox(self)
        self.long_sentence.setRange(10, 60)
        self.long_sentence.setSuffix(self.tr(" words"))
        self.long_sentence.setValue(settings.get(S.LONG_SENTENCE))
        self.languagetool = QLineEdit(settings.get(S.LANGUAGETOOL_URL), self)
        self.languagetool.setPlaceholderText(self.tr("e.g. http://localhost:8081 (leave empty to use Harper)"))
        self.engine_note = QLabel(self.tr("Grammar is checked with %1, on this computer.")
                                  .replace("%1", engine_name or "Harper"), self)
        self.engine_note.setObjectName("engineNote")
        self.engine_note.setWordWrap(True)
        self.idle_lock = QSpinBox(self)
        self.idle_lock.setObjectName("idleLockMinutes")
        self.idle_lock.setRange(0, 240)
        self.idle_lock.setSuffix(self.tr(" minutes"))
        self.idle_lock.setSpecialValueText(self.tr("Never"))
        self.idle_lock.setValue(settings.get(S.IDLE_LOCK_MINUTES))
        self.reminder = QCheckBox(self.tr("Remind me when I have not backed up for a week"), self)
        self.reminder.setChecked(settings.get(S.BACKUP_REMINDER))
        last = settings.get(S.LAST_BACKUP)
        self.last_backup = QLabel(self.tr("Last backup: %1").replace("%1", last.replace("T", " ")[:16]) if last
                                  else self.tr("Last backup: never"), self)
        self.last_backup.setObjectName("lastBackup")
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Speaking pace"), self.pace)
        form.addRow(note)
        form.addRow(self.tr("Text size"), self.text_size)
        form.addRow(self.tr("Microphone"), self.microphone)
        form.addRow(self.tr("Speech recognition"), self.model)
        form.addRow(self.tr("A sentence is long after"), self.long_sentence)
        form.addRow(self.tr("LanguageTool on this computer"), self.languagetool)
        form.addRow(self.engine_note)
        if privacy is not None:  # the lock itself: the same actions as the Lock menu
            lock_row = QHBoxLayout()
            for text, action in ((self.tr("Turn the lock off…") if privacy.workspace.locked
                                  else self.tr("Lock with a passphrase…"), privacy.toggle_lock),
                                 (self.tr("Back up everything…"), privacy.back_up)):
                button = QPushButton(text, self)
                button.clicked.connect(lambda _checked=False, run=action: self._leave_then(run))
                lock_row.addWidget(button)
            form.addRow(self.tr("Lock and backups"), lock_row)
        form.addRow(self.tr("With the lock on, lock after"), self.idle_lock)
        form.addRow(self.reminder)
        form.addRow(self.last_backup)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _leave_then(self, action: Any) -> None:
        self.reject()
        action()

    def save(self) -> bool:
        """Store the choices; True when the interface language changed."""
        changed = self.language.currentData() != self.settings.get(S.LANGUAGE)
        self.settings.set(S.LANGUAGE, self.language.currentData())
        self.settings.set(S.PACE_WPM, self.pace.value())
        self.settings.set(S.TEXT_ZOOM, self.text_size.value())
        self.settings.set(S.INPUT_DEVICE, self.microphone.currentData())
        self.settings.set(S.LONG_SENTENCE, self.long_sentence.value())
        self.settings.set(S.IDLE_LOCK_MINUTES, self.idle_lock.value())
        self.settings.set(S.BACKUP_REMINDER, self.reminder.isChecked())
        address = self.languagetool.text().strip()
        if address and not local_address(address):
            address = ""  # only a LanguageTool on this computer is ever used
        self.settings.set(S.LANGUAGETOOL_URL, address)
        if self.model.currentData():
            self.settings.set(S.ASR_MODEL, self.model.currentData())
        return changed


def show_settings(window: Any) -> bool:
    """Settings from the main window: ask, store, and apply what changed to what is open (the grammar
    engine, the open speech's pace and text size, the idle lock). True when the language changed (the
    caller rebuilds the window in it)."""
    from ui.drafting import draft_checks

    settings = window.settings
    dialog = SettingsDialog(settings, window, draft_checks.engine_name(), window.privacy)
    if not dialog.exec():
        return False
    address = settings.get(S.LANGUAGETOOL_URL)
    language_changed = dialog.save()
    window.privacy.refresh()
    if settings.get(S.LANGUAGETOOL_URL) != address:
        draft_checks.reset_engine()
    if window.page is not None:
        window.page.editor.checker.restart()
        window.page.set_pace(settings.get(S.PACE_WPM))
        window.page.editor.apply_zoom(settings.get(S.TEXT_ZOOM))
    return language_changed
