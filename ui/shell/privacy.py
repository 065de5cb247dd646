"""The lock and the backup in the window: the Lock menu, locking after idle time or on demand, turning the
lock on or off, the passphrase, "Back up everything…" and "Restore from a backup…". GUI thread only.

Locking hides every window of the app and shows only the unlock box; nothing is closed, so a take being
recorded keeps recording (its worker and stream live on) and unlocking shows every window as it was. The key
stays in memory while locked (the recording and autosave need it): the lock protects against someone at the
screen, not against a program already running on an unlocked computer.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCursor, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenuBar, QMessageBox, QProgressDialog, QWidget

from app import settings as S
from app.vault import backup
from app.vault.backup import BackupError
from app.vault.convert import ConversionError
from app.vault.keyring import LockError
from app.workspace import Workspace
from ui.drafting.tutor_exchange import PassphraseDialog
from ui.shell.lock_dialogs import NewPassphraseDialog, RecoveryKeyDialog, UnlockDialog
from ui.tasks import run_task

LOCK_SHORTCUT = "Ctrl+Shift+K"  # Ctrl+Shift+L reads the whole speech aloud


class Privacy(QObject):
    changed = Signal()  # the lock was turned on or off, or a backup was restored (reload what is shown)

    def __init__(self, workspace: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.last_input = time.monotonic()
        self.hidden: list[QWidget] = []
        self.unlock_box: UnlockDialog | None = None
        self.idle_minutes = workspace.settings.get(S.IDLE_LOCK_MINUTES)  # `refresh()` after Settings
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(5000)
        self.idle_timer.timeout.connect(self._check_idle)
        self.idle_timer.start()
        # Is she there? Sampled, not filtered: an application-wide event filter costs a Python call for
        # every Qt event (it made a 2,000-row paste 11 s slower). The pointer having moved, any write to the
        # database (every keystroke in her text is saved), and the keyboard focus moving all count.
        self._pointer = QCursor.pos()
        self._writes = self.workspace.store.write_count()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._touched)
        window.installEventFilter(self)  # only the main window's own events: to notice it closing

    def refresh(self) -> None:
        self.idle_minutes = self.workspace.settings.get(S.IDLE_LOCK_MINUTES)

    def _touched(self, *_args: object) -> None:
        self.last_input = time.monotonic()

    def _closed(self) -> None:
        """The window closed (not hidden by the lock): stop watching."""
        if self.window.isVisible() or self.is_locked_screen:
            return
        self.idle_timer.stop()

    # The menu ----------------------------------------------------------------------------------------

    def build(self, bar: QMenuBar) -> None:
        menu = bar.addMenu(self.tr("&Lock"))
        self.lock_now = QAction(self.tr("Lock now"), self.window)
        self.lock_now.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_now.triggered.connect(self.lock)
        self.turn = QAction(self.window)
        self.turn.triggered.connect(self.toggle_lock)
        self.change = QAction(self.tr("Change the passphrase…"), self.window)
        self.change.triggered.connect(self.change_passphrase)
        backup_action = QAction(self.tr("Back up everything…"), self.window)
        backup_action.triggered.connect(self.back_up)
        restore_action = QAction(self.tr("Restore from a backup…"), self.window)
        restore_action.triggered.connect(self.restore)
        menu.addActions([self.lock_now, self.turn, self.change])
        menu.addSeparator()
        menu.addActions([backup_action, restore_action])
        self.window.addAction(self.lock_now)
        library = getattr(self.window, "library", None)
        if library is not None:
            self.changed.connect(lambda: library.reload())
        self._update()
        self._remind_backup()

    def _remind_backup(self) -> None:
        """Once a week without a backup (and something to back up), a line in the status bar says so."""
        settings = self.workspace.settings
        if not settings.get(S.BACKUP_REMINDER) or not self.workspace.store.speeches():
            return
        last = settings.get(S.LAST_BACKUP)
        try:
            age = (datetime.now() - datetime.fromisoformat(last)).days if last else 999
        except ValueError:
            age = 999
        if age >= 7:
            bar = getattr(self.window, "statusBar", None)
            if bar is not None:
                bar().showMessage(self.tr("No backup this week: Lock → Back up everything… keeps your work safe "
                                          "if this computer is lost."), 20000)

    def _update(self) -> None:
        locked = self.workspace.locked
        self.turn.setText(self.tr("Turn the lock off…") if locked else self.tr("Lock with a passphrase…"))
        self.lock_now.setEnabled(locked)
        self.change.setEnabled(locked)

    # Locking the screen -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close and watched is self.window:
            QTimer.singleShot(0, self._closed)  # a close can still be refused (a take being recorded)
        return False

    def _check_idle(self) -> None:
        pointer, writes = QCursor.pos(), self.workspace.store.write_count()
        if pointer != self._pointer or writes is None or writes != self._writes:
            self._pointer, self._writes = pointer, writes
            self.last_input = time.monotonic()
        if self.workspace.locked and self.idle_minutes and not self.is_locked_screen \
                and time.monotonic() - self.last_input > self.idle_minutes * 60:
            self.lock()

    @property
    def is_locked_screen(self) -> bool:
        return self.unlock_box is not None

    def lock(self) -> None:
        """Hide every window; only the unlock box shows. Nothing is closed or stopped."""
        if not self.workspace.locked or self.is_locked_screen:
            return
        self.hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self.hidden:
            widget.hide()
        box = UnlockDialog(self.workspace.folder, None, closable=False)
        box.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        box.accepted.connect(self._unlocked)
        box.rejected.connect(box.show)  # Esc does not get past it
        self.unlock_box = box
        box.show()

    def _unlocked(self) -> None:
        box, self.unlock_box = self.unlock_box, None
        if box is not None:
            box.deleteLater()
        for widget in self.hidden:
            widget.show()
        self.hidden = []
        self.last_input = time.monotonic()
        self.window.activateWindow()

    # Turning it on and off ----------------------------------------------------------------------------

    def toggle_lock(self) -> None:
        if self.workspace.locked:
            self.turn_off()
        else:
            self.turn_on()

    def turn_on(self) -> None:
        dialog = NewPassphraseDialog(self.window)
        if not dialog.exec():
            return
        passphrase = dialog.passphrase
        self._run(self.tr("Encrypting your speeches and recordings…"),
                  lambda progress: self.workspace.lock_on(passphrase, progress=progress), self._turned_on)

    def _turned_on(self, recovery: str) -> None:
        if self.workspace.keyring is not None:
            self.workspace.keyring.set_language(self.workspace.settings.get(S.LANGUAGE))
        self._update()
        RecoveryKeyDialog(recovery, self.window).exec()
        self.changed.emit()

    def turn_off(self) -> None:
        dialog = PassphraseDialog(self.window, self.tr("Turn the lock off"), self.tr(
            "Your data will no longer be encrypted: anyone using this computer could read it. Type your "
            "passphrase to turn the lock off."), confirm=False)
        if not dialog.exec():
            return
        passphrase = dialog.passphrase()

        def done(_result: None) -> None:
            self._update()
            self.changed.emit()

        self._run(self.tr("Decrypting…"), lambda progress: self.workspace.lock_off(passphrase, progress), done)

    def change_passphrase(self) -> None:
        old = PassphraseDialog(self.window, self.tr("Change the passphrase"), self.tr("Your passphrase now:"),
                               confirm=False)
        if not old.exec():
            return
        new = NewPassphraseDialog(self.window, self.tr("Change the passphrase"))
        if not new.exec():
            return
        try:
            self.workspace.change_passphrase(old.passphrase(), new.passphrase)
        except LockError:
            QMessageBox.warning(self.window, self.tr("Change the passphrase"),
                                self.tr("That passphrase is not right. Nothing was changed; try again."))
            return
        QMessageBox.information(self.window, self.tr("Change the passphrase"),
                                self.tr("The passphrase is changed. Your recovery key still works."))

    # Backups -----------------------------------------------------------------------------------------

    def back_up(self) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up everything"),
                                              str(Path.home() / f"Moksori {stamp}{backup.SUFFIX}"),
                                              self.tr("Moksori backups (*%1)").replace("%1", backup.SUFFIX))
        if not path:
            return
        dialog = PassphraseDialog(self.window, self.tr("Back up everything"), self.tr(
            "The backup is one encrypted file with all your speeches, recordings, contests and settings. "
            "Choose the passphrase that will open it (it can be your lock's passphrase). Keep the file on a "
            "USB stick or another computer: if this computer is lost, it brings everything back."), confirm=True)
        if not dialog.exec():
            return
        secret, target = dialog.passphrase(), Path(path)

        def done(summary: backup.Summary) -> None:
            self.workspace.settings.set(S.LAST_BACKUP, datetime.now().isoformat(timespec="seconds"))
            QMessageBox.information(self.window, self.tr("Back up everything"), self.tr(
                "Backed up: %1 speeches, %2 recordings, %3 contests.").replace("%1", str(summary.speeches))
                .replace("%2", str(summary.takes)).replace("%3", str(summary.contests)))

        self._run(self.tr("Backing up…"), lambda progress, cancelled: backup.write(
            self.workspace.store, target, secret, progress=progress, cancelled=cancelled), done, cancellable=True)

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore from a backup"), str(Path.home()),
                                              self.tr("Moksori backups (*%1)").replace("%1", backup.SUFFIX))
        if not path:
            return
        dialog = PassphraseDialog(self.window, self.tr("Restore from a backup"),
                                  self.tr("Type the passphrase you chose when you made this backup."), confirm=False)
        if not dialog.exec():
            return
        secret, source = dialog.passphrase(), Path(path)

        def planned(plan: backup.Plan) -> None:
            if not plan.empty_folder:
                text = self.tr(
                    "This computer already has speeches. From the backup, %1 speeches will be added and %2 "
                    "merged with the ones here (where a sentence differs, both wordings are kept), and %3 "
                    "contests added. Nothing here is overwritten. Go ahead?") \
                    .replace("%1", str(len(plan.new_speeches))).replace("%2", str(len(plan.merged_speeches))) \
                    .replace("%3", str(len(plan.new_contests)))
                if QMessageBox.question(self.window, self.tr("Restore from a backup"), text) != \
                        QMessageBox.StandardButton.Yes:
                    return
            self._run(self.tr("Restoring…"), lambda progress: backup.restore(self.workspace.store, source, secret,
                                                                               progress), restored)

        def restored(_plan: backup.Plan) -> None:
            self.changed.emit()
            QMessageBox.information(self.window, self.tr("Restore from a backup"),
                                    self.tr("Everything in the backup is back."))

        self._run(self.tr("Checking the backup…"), lambda _progress: backup.plan(self.workspace.store, source, secret),
                  planned)

    # Running the slow part with progress ---------------------------------------------------------------

    def _run(self, label: str, work, done, cancellable: bool = False) -> None:  # noqa: ANN001
        progress = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 1000, self.window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        if not cancellable:
            progress.setCancelButton(None)
        state = {"done": 0, "total": 1, "cancel": False}

        def report(done_count: int, total: int) -> None:  # a worker thread: only numbers cross over
            state["done"], state["total"] = done_count, max(total, 1)

        poll = QTimer(self)
        poll.setInterval(100)
        poll.timeout.connect(lambda: progress.setValue(int(1000 * state["done"] / state["total"])))
        progress.canceled.connect(lambda: state.__setitem__("cancel", True))
        poll.start()

        def call():  # noqa: ANN202
            if cancellable:
                return work(report, lambda: bool(state["cancel"]))
            return work(report)

        def finish() -> None:
            poll.stop()
            progress.reset()
            progress.deleteLater()

        def succeeded(result) -> None:  # noqa: ANN001
            finish()
            done(result)

        def failed(error: Exception) -> None:
            finish()
            QMessageBox.warning(self.window, self.tr("Moksori"), self.failure_text(error))
            if isinstance(error, ConversionError) and error.recovery_key:  # locked already: she needs the key
                self._update()
                RecoveryKeyDialog(error.recovery_key, self.window).exec()

        run_task(self, call, succeeded, failed)

    def failure_text(self, error: Exception) -> str:
        if isinstance(error, BackupError):
            return {
                "wrong_passphrase": self.tr("That passphrase does not open this backup. Nothing was changed; "
                                            "try again."),
                "truncated": self.tr("This backup file is cut off (perhaps it was copied only in part). Nothing "
                                     "was changed; use another copy of the backup."),
                "damaged": self.tr("This backup file is damaged. Nothing was changed; use another copy of the "
                                   "backup."),
                "not_a_backup": self.tr("This is not a Moksori backup file. Nothing was changed."),
                "disk_full": self.tr("There is not enough room there. No backup was written; free some space or "
                                     "choose another place."),
                "cancelled": self.tr("The backup was cancelled. No file was written."),
            }.get(error.code, self.tr("The backup could not be written there. Choose another place."))
        if isinstance(error, LockError):
            return self.tr("That passphrase is not right. Nothing was changed; try again.")
        if isinstance(error, ConversionError):
            return self.tr("Moksori stopped before it finished (%1). Nothing is lost: your data opens as before, "
                           "and the next start finishes the job.").replace("%1", error.code)
        return self.tr("Something went wrong. Nothing is lost; the details are in the log.")
