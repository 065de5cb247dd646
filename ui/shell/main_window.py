"""The main window: the library on the left, the open speech in the middle, alternatives below,
notes on the right; menus, toolbar and shortcuts. GUI thread only."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import settings as S
from app.workspace import Workspace
from models.database import StoreWriteFailed
from models.records import Role
from ui.drafting import export_actions
from ui.drafting.alternatives_panel import AlternativesPanel
from ui.drafting.check_dialog import CheckDialog
from ui.drafting.commands import EditSpeech
from ui.drafting.document import RoleSwitch, SpeechDocument
from ui.drafting.notes_panel import NotesPanel
from ui.drafting.reading_view import ReadingView
from ui.drafting.speech_details_dialog import SpeechDetailsDialog
from ui.drafting.speech_page import SpeechPage
from ui.drafting.tutor_exchange import DropCatcher, TutorExchange
from ui.drafting.versions_dialog import VersionsDialog, save_version
from ui.messages import store_error_text
from ui.practice.practice_menu import PracticeMenu
from ui.shell.bin_dialog import BinDialog
from ui.shell.library_panel import LibraryPanel
from ui.shell.privacy import Privacy
from ui.shell.settings_dialog import show_settings
from ui.shell.welcome_page import WelcomePage
from ui.tasks import wait_for_tasks


class MainWindow(QMainWindow):
    language_change_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.store = store = workspace.store
        self.settings = workspace.settings
        self.setWindowTitle(self.tr("Moksori — speech practice"))
        self.resize(1280, 820)
        self.roles = RoleSwitch(Role(self.settings.get(S.ROLE)), self)
        self.roles.role_changed.connect(self.on_roles_role_changed)
        self.undo_group = QUndoGroup(self)
        self.doc: SpeechDocument | None = None
        self.page: SpeechPage | None = None
        self.practice = PracticeMenu(self)
        self.exchange = TutorExchange(self, self)
        self.privacy = Privacy(workspace, self)

        self.library = LibraryPanel(store, self)
        self.library.speech_selected.connect(self.open_speech)
        self.library.write_failed.connect(self.show_write_failure)
        self.library.speech_deleted.connect(self.on_library_speech_deleted)
        self.library.speech_created.connect(self.on_library_speech_created)
        self.library_dock = self._dock("library", self.tr("Speeches"), self.library,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.alternatives_dock = self._dock("alternatives", self.tr("Alternatives"), QWidget(self),
                                            Qt.DockWidgetArea.BottomDockWidgetArea)
        self.notes_dock = self._dock("notes", self.tr("Notes"), QWidget(self), Qt.DockWidgetArea.RightDockWidgetArea)

        self.resizeDocks([self.alternatives_dock], [250], Qt.Orientation.Vertical)
        self.resizeDocks([self.library_dock, self.notes_dock], [260, 260], Qt.Orientation.Horizontal)
        self.stack = QStackedWidget(self)
        welcome = WelcomePage(self)
        welcome.new_requested.connect(self.library.create_speech)
        welcome.open_shared_requested.connect(lambda: self.exchange.open_shared())
        welcome.lock_requested.connect(self.privacy.turn_on)
        self.stack.addWidget(welcome)
        # A save problem is a banner above the page, never a modal box: the next keystrokes must go into
        # her text, not into a dialog that the space bar would close.
        self.save_banner = QLabel(self)
        self.save_banner.setObjectName("saveBanner")
        self.save_banner.setWordWrap(True)
        self.save_banner.setStyleSheet("background: #fdecea; color: #7a1c14; padding: 8px; border-radius: 4px;")
        self.save_banner.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.save_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.save_state = QLabel(self)
        self.save_state.setObjectName("saveState")
        self.engine_state = QLabel(self)
        self.engine_state.setObjectName("engineState")
        self.statusBar().addPermanentWidget(self.engine_state)
        self.statusBar().addPermanentWidget(self.save_state)
        self._build_actions()
        last = self.settings.get(S.LAST_SPEECH)
        if last:
            self.library.reload(select=last)
        self.open_speech(self.library.current_id())
        self.drops = DropCatcher(self.exchange, self)  # on the window alone: an app-wide filter slowed everything
        self.setAcceptDrops(True)
        self.installEventFilter(self.drops)

    # Layout ---------------------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot,  # noqa: ANN001
                menu=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        if menu is not None:
            menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        speech_menu = bar.addMenu(self.tr("&Speech"))
        self._action(self.tr("New speech…"), QKeySequence.StandardKey.New, self.library.create_speech, speech_menu)
        self.speech_actions = [
            self._action(self.tr("Speech details…"), "Ctrl+I", self.edit_details, speech_menu),
            self._action(self.tr("Read the whole speech"), "F5", self.show_reading_view, speech_menu),
        ]
        speech_menu.addSeparator()
        self.speech_actions += [
            self._action(self.tr("Save a version…"), "Ctrl+Shift+S", self.save_version, speech_menu),
            self._action(self.tr("Compare versions…"), "F7", self.show_versions, speech_menu),
            self._action(self.tr("Check the whole speech…"), "F8", self.show_checks, speech_menu),
        ]
        speech_menu.addSeparator()
        self.speech_actions += [
            self._action(self.tr("Export as PDF…"), "Ctrl+Shift+P", self.export_pdf, speech_menu),
            self._action(self.tr("Print…"), "Ctrl+P", self.print_speech, speech_menu),
            self._action(self.tr("Export as text…"), None, self.export_text, speech_menu),
        ]
        speech_menu.addSeparator()
        self._action(self.tr("Bin…"), None, self.show_bin, speech_menu)
        self._action(self.tr("Settings…"), QKeySequence.StandardKey.Preferences, self.show_settings, speech_menu)
        self._action(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close, speech_menu)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self.speech_actions += [
            self._action(self.tr("New row below"), "Ctrl+Return", lambda: self._editor("add_row_below"), edit_menu),
            self._action(self.tr("Split row at the cursor"), "Ctrl+Shift+Return",
                         lambda: self._editor("split_current_row"), edit_menu),
            self._action(self.tr("Merge with the next row"), "Ctrl+Shift+M", lambda: self._editor("merge_with_next"),
                         edit_menu),
            self._action(self.tr("Delete row"), "Ctrl+Shift+Delete", lambda: self._editor("delete_current_row"),
                         edit_menu),
            self._action(self.tr("Move row up"), "Alt+Shift+Up", lambda: self._editor("move_current", -1), edit_menu),
            self._action(self.tr("Move row down"), "Alt+Shift+Down", lambda: self._editor("move_current", 1),
                         edit_menu),
            self._action(self.tr("New paragraph starts here"), "Ctrl+Shift+P", lambda: self._editor("toggle_paragraph"),
                         edit_menu),
            self._action(self.tr("Next row"), "Alt+Down", lambda: self._editor("go", 1), edit_menu),
            self._action(self.tr("Previous row"), "Alt+Up", lambda: self._editor("go", -1), edit_menu),
        ]
        edit_menu.addSeparator()
        self.speech_actions += [
            self._action(self.tr("Add an alternative"), "Ctrl+Shift+A", self.focus_new_alternative, edit_menu),
            self._action(self.tr("Add a note"), "Ctrl+Shift+N", self.focus_new_note, edit_menu),
        ]
        for number in range(1, 10):
            self.speech_actions.append(self._action(
                self.tr("Pick alternative %1").replace("%1", str(number)), f"Ctrl+{number}",
                lambda n=number: self.pick_alternative(n)))

        self.speech_actions += self.practice.build(bar)
        self.speech_actions += self.exchange.build(bar)
        self.privacy.build(bar)

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(self.tr("Larger text"), QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(1), view_menu)
        self._action(self.tr("Smaller text"), QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(-1), view_menu)

        self.role_group = QActionGroup(self)
        self.role_actions: dict[Role, QAction] = {}
        for role, label in ((Role.STUDENT, self.tr("Student")), (Role.TUTOR, self.tr("Tutor"))):
            action = QAction(label, self.role_group)
            action.setCheckable(True)
            action.setChecked(role is self.roles.role)
            action.setToolTip(self.tr("Who is at the keyboard (Ctrl+Shift+R switches)"))
            action.triggered.connect(lambda _checked=False, r=role: self.roles.set_role(r))
            self.role_actions[role] = action
        self._action(self.tr("Switch between student and tutor"), "Ctrl+Shift+R", self.roles.toggle, view_menu)

        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(undo)
        toolbar.addAction(redo)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr("At the keyboard:"), toolbar))
        toolbar.addActions(self.role_group.actions())
        toolbar.addSeparator()
        for action in self.speech_actions[1:6]:  # read, save a version, compare, check, export PDF
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.zoom(0)

    # Opening a speech -----------------------------------------------------------------------

    def open_speech(self, speech_id: int) -> None:
        if self.doc is not None:
            self.doc.flush()
            if self.doc.speech_id == speech_id:
                return
            self.undo_group.removeStack(self.doc.undo_stack)
            self.doc.deleteLater()
            self.doc = None
        if self.page is not None:
            self.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        for action in self.speech_actions:
            action.setEnabled(speech_id != -1)
        if speech_id == -1:
            self.stack.setCurrentIndex(0)
            self.alternatives_dock.setWidget(QWidget(self))
            self.notes_dock.setWidget(QWidget(self))
            self.save_state.clear()
            return
        self.doc = SpeechDocument(self.store, speech_id, self.roles, self)
        self.doc.attempt(lambda: self.settings.set(S.LAST_SPEECH, speech_id))
        self.doc.save_failed.connect(self.show_write_failure)
        self.doc.save_recovered.connect(self.on_doc_save_recovered)
        self.doc.text_saved.connect(lambda: self.save_state.setText(self.tr("All changes saved")))
        self.doc.speech_changed.connect(self.library.reload)
        self.undo_group.addStack(self.doc.undo_stack)
        self.undo_group.setActiveStack(self.doc.undo_stack)
        self.page = SpeechPage(self.doc, self.settings.get(S.PACE_WPM), self)
        self.page.details_requested.connect(self.edit_details)
        self.stack.addWidget(self.page)
        self.stack.setCurrentWidget(self.page)
        alternatives = AlternativesPanel(self.doc, self)
        notes = NotesPanel(self.doc, self)
        self.alternatives_dock.setWidget(alternatives)
        self.notes_dock.setWidget(notes)
        self.page.editor.current_segment_changed.connect(alternatives.show_segment)
        self.page.editor.current_segment_changed.connect(notes.show_segment)
        self.page.editor.apply_zoom(self.settings.get(S.TEXT_ZOOM))
        self.page.editor.checker.engine_ready.connect(
            lambda name: self.engine_state.setText(self.tr("Grammar: %1 (on this computer)").replace("%1", name)))
        alternatives.show_segment(self.page.editor.current_id)
        notes.show_segment(self.page.editor.current_id)
        self.save_state.setText(self.tr("All changes saved"))

    # What the tutor exchange needs (ui.drafting.tutor_exchange.ExchangeHost) -----------------

    def current_speech_id(self) -> int:
        return self.doc.speech_id if self.doc is not None else -1

    def flush_speech(self) -> None:
        if self.doc is not None:
            self.doc.flush()

    def show_speech(self, speech_id: int, reload: bool) -> None:
        """Show a speech; `reload` reads it again even if it is open (something merged into it)."""
        if reload and self.doc is not None and self.doc.speech_id == speech_id:
            self.open_speech(-1)
        self.library.reload(select=speech_id)
        self.open_speech(speech_id)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def _editor(self, method: str, *args: int) -> None:
        if self.page is not None:
            getattr(self.page.editor, method)(*args)

    # Slots ----------------------------------------------------------------------------------

    def on_roles_role_changed(self, role: Role) -> None:
        self.role_actions[role].setChecked(True)
        self.settings.set(S.ROLE, role.value)
        from ui.drafting.roles import role_name

        self.statusBar().showMessage(self.tr("%1 at the keyboard").replace("%1", role_name(role)), 4000)

    def on_library_speech_created(self, speech_id: int) -> None:
        """A new speech: the cursor goes to its first Korean cell, ready for her first sentence."""
        self.open_speech(speech_id)
        if self.page is not None and self.doc is not None and self.doc.segments():
            self.page.editor.focus_row(self.doc.segments()[0].id, "korean")

    def on_library_speech_deleted(self, speech_id: int, title: str) -> None:
        self.statusBar().showMessage(
            self.tr("“%1” moved to the bin (Speech ▸ Bin… brings it back).").replace("%1", title), 10000)

    def show_write_failure(self, error: StoreWriteFailed) -> None:
        self.save_state.setText(self.tr("Not saved yet"))
        self.save_banner.setText(store_error_text(error))
        self.save_banner.show()

    def on_doc_save_recovered(self) -> None:
        self.save_banner.hide()
        self.statusBar().showMessage(self.tr("Saved again."), 5000)

    def edit_details(self) -> None:
        if self.doc is None:
            return
        dialog = SpeechDetailsDialog(self.doc.speech(), self)
        if dialog.exec():
            title, speaker, limits = dialog.values()
            self.doc.undo_stack.push(EditSpeech(self.doc, title, speaker, limits))

    def show_reading_view(self) -> None:
        if self.doc is not None:
            ReadingView(self.doc, self).exec()

    def save_version(self) -> None:
        if self.doc is not None and save_version(self.doc, self) is not None:
            self.statusBar().showMessage(self.tr("Version saved."), 5000)

    def show_checks(self) -> CheckDialog | None:
        if self.doc is None or self.page is None:
            return None
        self.doc.flush()
        dialog = CheckDialog(self.store, self.doc.speech_id, self)
        dialog.go_to.connect(self.select_in_row)
        dialog.fix_requested.connect(self.apply_check_fix)
        dialog.show()
        return dialog

    def apply_check_fix(self, segment_id: int, start: int, end: int, words: str, replacement: str) -> None:
        if self.page is not None and not self.page.editor.apply_fix_near(segment_id, start, end, words, replacement):
            self.statusBar().showMessage(self.tr("That sentence has changed since the check; nothing was "
                                                 "replaced."), 8000)

    def select_in_row(self, segment_id: int, start: int, end: int) -> None:
        """Take the editor to a row's English words (from the whole-speech check)."""
        if self.page is not None:
            self.page.editor.select_english(segment_id, start, end)
            self.activateWindow()

    def show_versions(self) -> None:
        if self.doc is not None:
            VersionsDialog(self.doc, self).exec()

    def _export(self, caption: str, suffix: str, pattern: str, writer) -> None:  # noqa: ANN001
        if self.doc is None:
            return
        self.doc.flush()
        path = export_actions.save_as(self, caption, suffix, pattern, writer, self.doc.speech(), self.doc.segments())
        if path:
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)

    def export_pdf(self) -> None:
        self._export(self.tr("Export as PDF"), "pdf", self.tr("PDF documents (*.pdf)"), export_actions.write_pdf)

    def print_speech(self) -> None:
        """Korean and English side by side on paper (the same pages as the PDF)."""
        if self.doc is None:
            return
        self.doc.flush()
        problem = export_actions.print_speech(self, self.doc.speech(), self.doc.segments())
        if problem:
            QMessageBox.information(self, self.tr("Print"), problem)

    def export_text(self) -> None:
        self._export(self.tr("Export as text"), "txt", self.tr("Text files (*.txt)"), export_actions.write_text)

    def show_bin(self) -> None:
        dialog = BinDialog(self.workspace, self)
        dialog.exec()
        if dialog.restored:
            self.library.restore(dialog.restored[-1])
        else:
            self.library.reload()

    def show_settings(self) -> None:
        if show_settings(self):
            self.language_change_requested.emit()

    def focus_new_alternative(self) -> None:
        panel = self.alternatives_dock.widget()
        if isinstance(panel, AlternativesPanel):
            panel.focus_new()

    def focus_new_note(self) -> None:
        panel = self.notes_dock.widget()
        if isinstance(panel, NotesPanel):
            panel.focus_new()

    def pick_alternative(self, number: int) -> None:
        panel = self.alternatives_dock.widget()
        if isinstance(panel, AlternativesPanel):
            panel.pick_number(number)

    def zoom(self, step: int) -> None:
        steps = self.settings.get(S.TEXT_ZOOM) + step
        steps = max(-4, min(16, steps))
        if step:
            self.settings.set(S.TEXT_ZOOM, steps)
        if self.page is not None:
            self.page.editor.apply_zoom(steps)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.doc is not None and not self.doc.flush():
            answer = QMessageBox.warning(
                self, self.tr("Not saved"),
                self.tr("Some of your latest changes could not be saved. Close anyway and lose them?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.practice.close()
        wait_for_tasks()
        # Where she left the window is where it opens next time (a full disk must not stop it closing).
        with contextlib.suppress(StoreWriteFailed):
            self.settings.set(S.WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.drops)
        event.accept()
