"""Sending a speech to the tutor (her page), to another computer (a bundle), and bringing back what
comes from either: the passphrase, a preview of what arrives, then the merge. GUI thread only; the key
derivation takes about a third of a second, shown with a busy cursor."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenuBar,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.exchange import service
from app.exchange.errors import ExchangeError
from app.user_files import UnusableFile, read_user_text, write_user_file
from models.store import SpeechStore
from ui.messages import error_text, exchange_error_text, file_error_text

SUGGESTIONS_SUFFIX, BUNDLE_SUFFIX = ".moksori-suggestions", ".moksori"
MIN_LENGTH = 8


class ExchangeHost(Protocol):
    """What the exchange needs of the main window."""

    store: SpeechStore

    def current_speech_id(self) -> int: ...

    def flush_speech(self) -> None: ...

    def show_speech(self, speech_id: int, reload: bool) -> None: ...

    def show_status(self, text: str) -> None: ...


def strength(passphrase: str) -> str:
    """A plain hint, not a score: length and variety are what a guesser fights."""
    kinds = sum(any(test(c) for c in passphrase) for test in (str.islower, str.isupper, str.isdigit,
                                                              lambda c: not c.isascii() or c.isspace()))
    if len(passphrase) < MIN_LENGTH:
        return "short"
    if len(passphrase) >= 16 or (len(passphrase) >= 12 and kinds >= 2):
        return "strong"
    return "fair"


class PassphraseDialog(QDialog):
    """Asks a passphrase: twice, with a strength hint, when a file is sent; once when one is opened."""

    def __init__(self, parent: QWidget, title: str, intro: str, confirm: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.confirm = confirm
        layout = QVBoxLayout(self)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("passphrase")
        form.addRow(self.tr("Passphrase:"), self.first)
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("passphraseAgain")
        if confirm:
            form.addRow(self.tr("Once more:"), self.second)
        layout.addLayout(form)
        show = QCheckBox(self.tr("Show the passphrase"), self)
        show.toggled.connect(self._show)
        layout.addWidget(show)
        self.hint = QLabel(self)
        self.hint.setObjectName("passphraseHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(460)

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _check(self) -> None:
        text = self.first.text()
        ok = bool(text)
        if self.confirm:
            level = strength(text)
            hints = {
                "short": self.tr("Too short: use at least 8 characters, e.g. three short words."),
                "fair": self.tr("Fair. A longer one is safer."),
                "strong": self.tr("Strong."),
            }
            message = hints[level] if text else self.tr(
                "Choose a passphrase: three or four words are easy to say and hard to guess.")
            if text and self.second.text() and self.second.text() != text:
                message = self.tr("The two passphrases are not the same.")
            self.hint.setText(message)
            ok = level != "short" and self.second.text() == text
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def passphrase(self) -> str:
        return self.first.text()


class TutorExchange(QObject):
    def __init__(self, host: ExchangeHost, window: QWidget) -> None:
        super().__init__(window)
        self.host = host
        self.window = window
        # Tests answer the dialogs here instead of a person.
        self.ask_passphrase: Callable[[str, str, bool], str | None] = self._ask
        self.confirm_arrival: Callable[[str, str], bool] = self._confirm

    # Dialogs ----------------------------------------------------------------------------------------

    def _ask(self, title: str, intro: str, confirm: bool) -> str | None:
        dialog = PassphraseDialog(self.window, title, intro, confirm)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.window)
        bring = box.addButton(self.tr("Bring them in"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(bring)
        box.exec()
        return box.clickedButton() is bring

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    def _busy(self, work: Callable[[], object]) -> object:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QGuiApplication.restoreOverrideCursor()

    # Sending ----------------------------------------------------------------------------------------

    def send_to_tutor(self, path: Path | None = None) -> Path | None:
        title = self.tr("Send to my tutor")
        return self._send(title, path, self.tr("for my tutor"), ".html", self.tr("Web pages (*.html)"),
                          service.tutor_page,
                          self.tr("Your tutor opens this page in her browser, with nothing to install. Choose "
                                  "a passphrase for it and tell it to her in your call — never in the same "
                                  "message as the file."),
                          self.tr("Saved “%1”. Send this file to your tutor (e-mail or messenger) and tell her the "
                                  "passphrase in your call. When she sends back her suggestions file, open it "
                                  "with Share ▸ Open my tutor's suggestions…"))

    def share_speech(self, path: Path | None = None) -> Path | None:
        title = self.tr("Share the whole speech")
        speech_id = self.host.current_speech_id()
        if speech_id == -1:
            return None
        count, size = service.recording_count(self.host.store, speech_id)
        with_takes = False
        if count:
            answer = QMessageBox.question(
                self.window, title,
                self.tr("Put in the %1 practice recordings too (%2 MB)? They are your voice: leave them out "
                        "unless the other computer is yours.")
                .replace("%1", str(count)).replace("%2", f"{size / 1e6:.1f}"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            with_takes = answer == QMessageBox.StandardButton.Yes

        def writer(store: SpeechStore, number: int, passphrase: str) -> str:
            return service.bundle(store, number, passphrase, with_takes)

        return self._send(title, path, "", BUNDLE_SUFFIX, self.tr("Shared speeches (*.moksori)"), writer,
                          self.tr("The whole speech with its alternatives, notes and versions, for Moksori on your "
                                  "other computer or your tutor's. Choose a passphrase; it is needed to open "
                                  "the file."),
                          self.tr("Saved “%1”. Open it in Moksori on the other computer (Share ▸ Open a shared "
                                  "speech…); work done on both computers is joined."))

    def _send(self, title: str, path: Path | None, tag: str, suffix: str, pattern: str,
              writer: Callable[[SpeechStore, int, str], str], intro: str, done: str) -> Path | None:
        speech_id = self.host.current_speech_id()
        if speech_id == -1:
            return None
        self.host.flush_speech()
        speech = self.host.store.speech(speech_id)
        if path is None:
            name = f"{speech.title or 'speech'}{' - ' + tag if tag else ''}{suffix}"
            chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / name), pattern)
            if not chosen:
                return None
            path = Path(chosen)
        passphrase = self.ask_passphrase(title, intro, True)
        if not passphrase:
            return None
        try:
            text = str(self._busy(lambda: writer(self.host.store, speech_id, passphrase)))
            write_user_file(path, text, "file")
        except (OSError, UnusableFile) as error:
            self._warn(title, error_text(error) if isinstance(error, OSError) else str(error))
            return None
        QMessageBox.information(self.window, title, done.replace("%1", path.name))
        self.host.show_status(self.tr("Saved %1").replace("%1", str(path)))
        return path

    # Receiving --------------------------------------------------------------------------------------

    def open_suggestions(self, path: Path | None = None) -> service.Arrival | None:
        return self._open(path, self.tr("Open my tutor's suggestions"),
                          self.tr("Suggestions and shared speeches (*.moksori-suggestions *.moksori);;All files (*)"))

    def open_shared(self, path: Path | None = None) -> service.Arrival | None:
        return self._open(path, self.tr("Open a shared speech"), self.tr("Shared speeches (*.moksori);;All files (*)"))

    def _open(self, path: Path | None, title: str, pattern: str) -> service.Arrival | None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, title, str(Path.home()), pattern)
            if not chosen:
                return None
            path = Path(chosen)
        return self.receive(path, title)

    def receive(self, path: Path, title: str | None = None) -> service.Arrival | None:
        """Open a suggestions file or a bundle (whichever it is), show what it brings, merge on yes."""
        title = title or self.tr("Open a file from your tutor")
        self.host.flush_speech()
        try:
            text = read_user_text(path, "file")
        except UnusableFile as error:
            self._warn(title, file_error_text(error.code))
            return None
        passphrase = self.ask_passphrase(
            title, self.tr("“%1” is locked. Type the passphrase you chose when you sent the speech.")
            .replace("%1", path.name), False)
        if not passphrase:
            return None
        store = self.host.store
        current = self.host.current_speech_id()
        try:
            opened: tuple[str, dict] = self._busy(lambda: service.open_file(text, passphrase))  # type: ignore[assignment]
            kind, document = opened
            target = current if kind == "suggestions" and current != -1 else None
            arrival = service.preview(store, kind, document, target)
        except ExchangeError as error:
            self._warn(title, exchange_error_text(error.code))
            return None
        if arrival.nothing_new:
            QMessageBox.information(self.window, title, self.tr("Everything in this file is here already. "
                                                                "Nothing was changed."))
            return arrival
        if not self.confirm_arrival(title, self.describe(arrival)):
            return None
        try:
            arrival = service.receive(store, kind, document, target)
        except ExchangeError as error:
            self._warn(title, exchange_error_text(error.code))
            return None
        except OSError as error:
            self._warn(title, error_text(error))
            return None
        assert arrival.speech_id is not None
        self.host.show_speech(arrival.speech_id, True)
        self.host.show_status(self.tr("Brought in: %1").replace("%1", self.describe(arrival, short=True)))
        return arrival

    def describe(self, arrival: service.Arrival, short: bool = False) -> str:
        """What a file brings, in the interface language."""
        if arrival.kind == "suggestions":
            text = (self.tr("%1: %2 alternatives on %3 sentences, %4 notes")
                    .replace("%1", arrival.tutor or self.tr("Your tutor")).replace("%2", str(arrival.alternatives))
                    .replace("%3", str(arrival.sentences)).replace("%4", str(arrival.notes)))
            extras = []
            if arrival.changed:
                extras.append(self.tr("%1 were written for an earlier wording of their sentence")
                              .replace("%1", str(arrival.changed)))
            if arrival.moved:
                extras.append(self.tr("%1 go to the closest sentence, because theirs was deleted or merged")
                              .replace("%1", str(arrival.moved)))
            if arrival.already:
                extras.append(self.tr("%1 are here already").replace("%1", str(arrival.already)))
            if short:
                return text
            lines = [text, *[f"• {extra}" for extra in extras], "",
                     self.tr("They arrive as her alternatives and notes; your sentences and choices stay as they "
                             "are.")]
            return "\n".join(lines)
        if arrival.new_speech:
            text = (self.tr("A new speech “%1” with %2 rows, %3 alternatives and %4 notes")
                    .replace("%1", arrival.title).replace("%2", str(arrival.rows_added))
                    .replace("%3", str(arrival.alternatives)).replace("%4", str(arrival.notes)))
        else:
            text = (self.tr("“%1”: %2 new rows, %3 changed rows, %4 alternatives, %5 notes, %6 saved versions")
                    .replace("%1", arrival.title).replace("%2", str(arrival.rows_added))
                    .replace("%3", str(arrival.rows_changed)).replace("%4", str(arrival.alternatives))
                    .replace("%5", str(arrival.notes)).replace("%6", str(arrival.versions)))
        if short:
            return text
        lines = [text]
        if arrival.takes:
            lines.append(self.tr("%1 practice recordings").replace("%1", str(arrival.takes)))
        if arrival.conflicts:
            lines.append(self.tr("%1 sentences were changed on both computers: the later text is kept, the other "
                                 "becomes an alternative marked “from the other computer”.")
                         .replace("%1", str(arrival.conflicts)))
        return "\n".join(lines)

    def build(self, bar: QMenuBar) -> list[QAction]:
        """The Share menu; returns the actions that need an open speech."""
        menu = bar.addMenu(self.tr("S&hare"))
        needs_speech = []
        for text, slot, speech_bound in (
            (self.tr("Send to my tutor…"), self.send_to_tutor, True),
            (self.tr("Open my tutor's suggestions…"), self.open_suggestions, True),
            (None, None, False),
            (self.tr("Share the whole speech…"), self.share_speech, True),
            (self.tr("Open a shared speech…"), self.open_shared, False),
        ):
            if text is None:
                menu.addSeparator()
                continue
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            if speech_bound:
                needs_speech.append(action)
        return needs_speech

    @staticmethod
    def is_exchange_file(path: Path) -> bool:
        return path.suffix in (SUGGESTIONS_SUFFIX, BUNDLE_SUFFIX)


def exchange_files(mime: object) -> list[Path]:
    """The suggestions files and bundles among dragged files."""
    from PySide6.QtCore import QMimeData

    if not isinstance(mime, QMimeData) or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if TutorExchange.is_exchange_file(path)]


class DropCatcher(QObject):
    """Files from a tutor or another computer dropped anywhere on the window. It filters the main window's
    own events only: text cells pass such a drag on (`CellEdit.canInsertFromMimeData`), so it reaches the
    window. (It was an application-wide filter; the Python call on every Qt event made pasting 2,000 rows
    take 34 s instead of 9 s.)"""

    def __init__(self, exchange: TutorExchange, window: QWidget) -> None:
        super().__init__(window)
        self.exchange = exchange
        self.window = window

    def eventFilter(self, watched: QObject, event: object) -> bool:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

        if not isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        files = exchange_files(event.mimeData())
        if not files:
            return False
        if event.type() == QEvent.Type.Drop:
            event.acceptProposedAction()
            for path in files:
                self.exchange.receive(path)
            return True
        event.acceptProposedAction()
        return True
