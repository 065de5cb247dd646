"""The composition root: resolve paths, open the store, load the language, build the main window.

GUI thread only. Tests build `MainWindow` directly with their own store.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import paths
from app import settings as S
from app.drafting import sentences
from app.vault import convert
from app.vault.convert import ConversionError
from app.vault.keyring import Keyring, is_locked, language_of
from app.workspace import Workspace
from models import database
from models.database import StoreCorrupted, StoreError
from models.store import SpeechStore
from ui import i18n
from ui.messages import store_error_text
from ui.shell.lock_dialogs import NewPassphraseDialog, UnlockDialog
from ui.shell.main_window import MainWindow
from ui.tasks import run_task


def unlock_folder(folder: Path) -> tuple[bool, Keyring | None]:
    """A locked folder: ask the passphrase (or the recovery key, then a new passphrase) and finish a
    half-done turning on or off. (False, None) when she gave up or it cannot be opened."""
    if not is_locked(folder):
        return True, None
    language = language_of(folder)  # her chosen language is in the database, which is still locked
    if language:
        i18n.install(i18n.resolve(language))
    dialog = UnlockDialog(folder)
    if not dialog.exec() or dialog.keyring is None:
        return False, None
    keyring = dialog.keyring
    if dialog.used_recovery:
        new = NewPassphraseDialog(None, QApplication.translate("Startup", "Choose a new passphrase"))
        if new.exec():
            keyring.change_passphrase(new.passphrase)
    try:
        return True, convert.resume(folder, keyring)
    except ConversionError as error:
        QMessageBox.critical(None, QApplication.translate("Startup", "Moksori cannot start"), QApplication.translate(
            "Startup", "Moksori could not finish turning the lock on or off (%1). Nothing is lost; free some "
                       "storage space and start again.").replace("%1", error.code))
        return False, None


def open_store(key: bytes | None = None) -> SpeechStore | None:
    """Open the database, asking the user what to do when it is damaged or read-only."""
    path = paths.database_path()
    try:
        return SpeechStore.open(path, key)
    except StoreCorrupted as error:
        box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("Startup", "Damaged data file"),
                          store_error_text(error))
        box.setInformativeText(QApplication.translate(
            "Startup", "Moksori can keep the damaged file aside, untouched, and start with an empty library. "
                       "Backups made before upgrades are in the “backups” folder next to it.\n\n%1")
            .replace("%1", str(path)))
        fresh = box.addButton(QApplication.translate("Startup", "Keep it aside and start empty"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not fresh:
            return None
        kept = database.set_aside(path)
        store = SpeechStore.open(path, key)
        QMessageBox.information(None, QApplication.translate("Startup", "Damaged data file"),
                                QApplication.translate("Startup", "The damaged file was kept as:\n%1")
                                .replace("%1", str(kept)))
        return store
    except StoreError as error:
        QMessageBox.critical(None, QApplication.translate("Startup", "Moksori cannot start"),
                             store_error_text(error) + "\n\n" + str(path))
        return None


def confine_qt_settings(folder: Path) -> None:
    """Qt's own settings (the file dialog's last folders, in `QtProject.conf`) go into the data folder, not
    `~/.config`: a shared computer keeps no trace of where she looked, even when her data is on a stick."""
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(folder / "qt"))
        QSettings.setPath(form, QSettings.Scope.SystemScope, str(folder / "qt"))


def _style(app: QApplication) -> None:
    style = paths.resources_dir() / "styles" / "moksori.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    font = app.font()
    font.setFamilies(["Noto Sans CJK KR", "Noto Sans KR", "Noto Sans", font.family()])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)


class Shell:
    """Owns the main window for the whole run. Switching the interface language builds a new main window in
    the new language and hands it every open window of the old one (practice studios with a take being
    recorded, the contest window, timekeepers), so nothing open is lost."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.windows: list[MainWindow] = []

    @property
    def window(self) -> MainWindow:
        return self.windows[-1]

    def build(self) -> MainWindow:
        i18n.install(i18n.resolve(self.workspace.settings.get(S.LANGUAGE)))
        if self.workspace.keyring is not None:
            self.workspace.keyring.set_language(self.workspace.settings.get(S.LANGUAGE))
        window = MainWindow(self.workspace)
        window.language_change_requested.connect(self.rebuild)
        if self.windows:
            window.restoreGeometry(self.windows[-1].saveGeometry())
            self.windows.append(window)
            window.show()
            return window
        self.windows.append(window)
        saved = self.workspace.settings.get(S.WINDOW_GEOMETRY)
        if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            window.show()
            return window
        fit_to_screen(window)
        return window

    def rebuild(self) -> None:
        old = self.windows[-1]
        if old.doc is not None:
            old.doc.flush()
        new = self.build()
        old.practice.hand_over(new.practice)
        old.hide()
        old.deleteLater()
        self.windows.remove(old)


def fit_to_screen(window: QWidget) -> None:
    """First start: maximised on a laptop-sized screen; on a larger one, most of it, centred."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.show()
        return
    area = screen.availableGeometry()
    if area.width() <= 1600 or area.height() <= 960:
        window.setGeometry(area)  # for window managers that do not maximise
        window.showMaximized()
        return
    width, height = min(1600, int(area.width() * 0.85)), min(1000, int(area.height() * 0.85))
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
    window.show()


def _lock_parts_load() -> str:
    from app.vault.crypto import KdfParams, derive
    from models.database import sql

    conn = sql.connect(":memory:")
    try:
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        version = conn.execute("PRAGMA cipher_version").fetchall()[0][0]
    finally:
        conn.close()
    key = derive("smoke", b"0" * 16, KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1))
    return f"SQLCipher {version}, Argon2id {len(key) * 8}-bit key"


def _sound_check_loads() -> str:
    """'N frames' from a second of silence; 'not on this system: …' where hama has no engine (Windows);
    'failed: …' when a build left its engine or weights out."""
    import numpy as np

    from app import pronouncing
    from app.practice import listening

    try:
        known = len(pronouncing.words())  # the draft checks and the sound check need the dictionary
    except Exception as error:  # noqa: BLE001 - reported by the smoke check
        return f"failed: the pronouncing dictionary: {error}"
    reason = listening.unavailable()
    if reason:
        return f"not on this system: {reason}"
    try:
        frames = listening.shared_listener().run(np.zeros(16_000, dtype=np.float32), 0.0)
    except Exception as error:  # noqa: BLE001 - reported by the smoke check
        return f"failed: {error}"
    from app.practice import sounds

    name = len(sounds.expected_sounds("Hyesan") or [])  # a name the dictionary lacks: espeak-ng inside piper
    return f"{frames.log_probs.shape[0]} frames, {known} words known, {name} sounds in 'Hyesan'"


def _hearing_process_starts(models: Path | None) -> str:
    """'ready in N s' when a process that hears takes starts and loads the model (a build must be able to
    start one: multiprocessing in a frozen program needs the launcher's freeze_support)."""
    import time

    from app.practice.hearing import start_when_possible

    began = time.monotonic()
    process = start_when_possible("tiny.en", models, wait=90)
    if process is None:
        return "failed: see the log"
    process.close()
    return f"ready in {time.monotonic() - began:.1f} s"


def run(argv: Sequence[str], smoke: bool = False) -> int:
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Moksori")
    app.setApplicationDisplayName("Moksori")
    app.setOrganizationName("Moksori")
    _style(app)
    i18n.install(i18n.system_language())
    unlocked, keyring = unlock_folder(paths.data_dir())
    if not unlocked:
        return 2
    store = open_store(keyring.database_key if keyring else None)
    if store is None:
        return 2
    workspace = Workspace(store, paths.models_dir_override(), keyring)
    confine_qt_settings(workspace.folder)
    shell = Shell(workspace)
    windows = shell.windows
    shell.build()
    app.aboutToQuit.connect(workspace.close)
    if smoke:
        opened: list[bool] = []
        def check() -> None:
            opened.append(windows[-1].isVisible())
            app.quit()

        QTimer.singleShot(300, check)
        code = app.exec()
        # The Korean splitter's model is a data file that a build can miss: prove it loads.
        korean = len(sentences.split_sentences("저는 혜산에서 태어났어요 지금은 서울에 살아요", "ko"))
        lock = _lock_parts_load()  # SQLCipher and Argon2id are native libraries a build can miss too
        hearing = _sound_check_loads()  # and the phoneme recogniser's engine and weights
        process = _hearing_process_starts(workspace.models_dir)  # and a process that hears takes
        if sys.stdout is not None:  # None in a windowed PyInstaller build
            print("moksori smoke: window opened" if opened == [True] else "moksori smoke: no window")
            print(f"moksori smoke: Korean sentences found: {korean}")
            print(f"moksori smoke: lock parts: {lock}")
            print(f"moksori smoke: sound check: {hearing}")
            print(f"moksori smoke: hearing process: {process}")
        fine = opened == [True] and korean == 2 and lock.startswith("SQLCipher") and \
            not hearing.startswith("failed") and process.startswith("ready")
        return code if fine else 1
    run_task(app, sentences.warm_up)
    QTimer.singleShot(500, lambda: windows[-1].practice.check_recoveries())  # a take a crash interrupted
    return app.exec()
