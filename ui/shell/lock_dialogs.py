"""The lock's screens: choosing a passphrase, the recovery key shown once, and unlocking. GUI thread only.

Deriving a key from a passphrase takes about half a second (Argon2id, on purpose): the dialogs show a busy
cursor meanwhile. Nothing here writes anything; `ui/shell/privacy.py` does, with what these return.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.vault.keyring import Keyring, LockError

MINIMUM_LENGTH = 8


def strength(passphrase: str) -> int:
    """A rough 0–3 guess of how hard the passphrase is to guess: length matters most (several words beat one
    clever word); Hangul, letters, digits and others each add a little."""
    kinds = sum(any(test(ch) for ch in passphrase) for test in (
        str.isdigit, lambda c: c.isascii() and c.isalpha(), lambda c: "가" <= c <= "힣",
        lambda c: not c.isalnum()))
    words = len(passphrase.split())
    score = len(passphrase) // 6 + kinds // 2 + (1 if words >= 3 else 0)
    return 0 if len(passphrase) < MINIMUM_LENGTH else min(3, max(1, score - 1))


def _busy() -> None:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()


def _idle() -> None:
    QApplication.restoreOverrideCursor()


class NewPassphraseDialog(QDialog):
    """Choose a passphrase (typed twice) with a strength hint and the plain warning."""

    def __init__(self, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Lock with a passphrase"))
        self.setObjectName("newPassphraseDialog")
        intro = QLabel(self.tr(
            "With the lock on, everything Moksori keeps on this computer — your speeches, your recordings, "
            "your contests — is encrypted. Anyone who picks up this computer needs the passphrase to see it."), self)
        intro.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setPlaceholderText(self.tr("Passphrase: three or four words are easy to say and hard to guess"))
        self.second = QLineEdit(self)
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setPlaceholderText(self.tr("The same passphrase again"))
        self.hint = QLabel(self)
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        warning = QLabel(self.tr(
            "If you forget the passphrase, only the recovery key (shown next) can open your data. Without "
            "either, nobody can open it — not even the people who made Moksori."), self)
        warning.setObjectName("lockWarning")
        warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.first, self.second, self.hint, warning, self.buttons):
            layout.addWidget(widget)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        text = self.first.text()
        level = strength(text)
        words = [self.tr("Too short: use at least 8 characters."), self.tr("Weak: add another word or two."),
                 self.tr("Fair: another word would make it strong."), self.tr("Strong.")]
        message = words[level] if text else ""
        same = text == self.second.text()
        if text and self.second.text() and not same:
            message = self.tr("The two passphrases are not the same.")
        self.hint.setText(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(level > 0 and same)

    @property
    def passphrase(self) -> str:
        return self.first.text()


class RecoveryKeyDialog(QDialog):
    """The recovery key, once: large, printable, and not dismissed until she says it is written down."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setObjectName("recoveryKeyDialog")
        self.key = key
        intro = QLabel(self.tr(
            "Write this key down on paper, or print it, and keep it somewhere apart from this computer. If you "
            "forget your passphrase, this key is the only way to open your data. It is shown only now."), self)
        intro.setWordWrap(True)
        shown = QLabel(key, self)
        shown.setObjectName("recoveryKey")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        shown.setFont(font)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        copy = QPushButton(self.tr("Copy"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(key))
        printing = QPushButton(self.tr("Print…"), self)
        printing.clicked.connect(self.print_key)
        self.written = QCheckBox(self.tr("I have written the key down"), self)
        self.written.setObjectName("keyWrittenDown")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.written.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        row.addWidget(printing)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(shown)
        layout.addLayout(row)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)

    def reject(self) -> None:  # Esc does not skip it
        if self.written.isChecked():
            super().reject()

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            document = QTextDocument()
            document.setHtml("<h2>" + self.tr("Moksori recovery key") + "</h2><p style='font-size:20pt;"
                             "font-family:monospace'>" + self.key + "</p><p>" + self.tr(
                                 "Keep this paper apart from the computer.") + "</p>")
            document.print_(printer)


class UnlockDialog(QDialog):
    """Ask the passphrase (or the recovery key) until it opens the folder's lock, or she quits."""

    def __init__(self, folder: Path, parent: QWidget | None = None, closable: bool = True) -> None:
        super().__init__(parent)
        self.folder = folder
        self.keyring: Keyring | None = None
        self.used_recovery = False
        self.setWindowTitle(self.tr("Moksori is locked"))
        self.setObjectName("unlockDialog")
        self.intro = QLabel(self.tr("Type your passphrase to open your speeches."), self)
        self.intro.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("unlockPassphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.setMinimumWidth(440)
        self.switch = QPushButton(self.tr("I forgot my passphrase: use the recovery key"), self)
        self.switch.setObjectName("useRecoveryKey")
        self.switch.setFlat(True)
        self.switch.clicked.connect(self.use_recovery)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setObjectName("unlockButton")
        if closable:
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.field, self.problem, self.switch, buttons):
            layout.addWidget(widget)
        self.field.setFocus()

    def use_recovery(self) -> None:
        self.used_recovery = True
        self.intro.setText(self.tr(
            "Type the recovery key you wrote down when you turned the lock on (32 letters and digits; dashes "
            "and spaces do not matter). Without it or the passphrase, nobody can open your data."))
        self.field.clear()
        self.field.setEchoMode(QLineEdit.EchoMode.Normal)
        self.switch.hide()
        self.problem.clear()
        self.problem.hide()
        self.field.setFocus()

    def try_unlock(self) -> None:
        text = self.field.text()
        if not text:
            return
        _busy()
        try:
            self.keyring = (Keyring.unlock_with_recovery(self.folder, text) if self.used_recovery
                            else Keyring.unlock(self.folder, text))
        except LockError as error:
            self.problem.setText(
                self.tr("That recovery key does not open this folder. Check each letter and try again.")
                if error.code == "wrong_recovery_key" else
                self.tr("That passphrase is not right. Nothing was changed; try again.")
                if error.code == "wrong_passphrase" else
                self.tr("The lock file in the data folder is damaged, so it cannot be opened. Your files are "
                        "untouched; ask your tutor or organiser for help.") + f"\n{error}")
            self.problem.show()
            self.field.selectAll()
            return
        finally:
            _idle()
        self.accept()
