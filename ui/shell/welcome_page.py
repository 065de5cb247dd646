"""What the window shows when there is no speech yet: how to begin, and a way in for a speech shared from
another computer. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    new_requested = Signal()
    open_shared_requested = Signal()
    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        hint = QLabel(self.tr("Write your speech in Korean first, then in English, sentence by sentence."), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        button = QPushButton(self.tr("Start a new speech"), self)
        button.clicked.connect(self.new_requested.emit)
        shared = QPushButton(self.tr("Open a speech shared from another computer…"), self)
        shared.clicked.connect(self.open_shared_requested.emit)
        layout.addWidget(hint)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(shared, 0, Qt.AlignmentFlag.AlignCenter)
        private = QLabel(self.tr("Your story stays on this computer. If others use it too, lock Moksori with a "
                                 "passphrase: then nobody can read your speeches or hear your recordings "
                                 "without it."), self)
        private.setAlignment(Qt.AlignmentFlag.AlignCenter)
        private.setWordWrap(True)
        lock = QPushButton(self.tr("Lock with a passphrase…"), self)
        lock.setObjectName("welcomeLock")
        lock.clicked.connect(self.lock_requested.emit)
        layout.addSpacing(24)
        layout.addWidget(private)
        layout.addWidget(lock, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
