"""The Practice menu of the main window: practice studios (one per speech), the timekeeper, contest day,
listening.

Owns what those features keep while the window is open (the studio windows, the reader) and what must
happen when the window closes (a take being recorded is kept, reading stops).
"""

from __future__ import annotations

from typing import Any, Protocol, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenuBar, QStatusBar, QWidget

from app import settings as S
from app.practice import runs as practice
from app.settings import Settings
from app.vault.files import codec_of
from app.workspace import Workspace
from models.store import SpeechStore
from ui.contest.timekeeper import TimekeeperWindow
from ui.contest.window import ContestWindow
from ui.drafting.listen import SPEEDS, Reader
from ui.practice.studio import PracticeStudio


class MenuHost(Protocol):
    """What the menu uses of the main window. Named here instead of importing the main window, which
    imports this menu: the menu depends on this small surface, not on the window's module."""

    workspace: Workspace
    settings: Settings
    store: SpeechStore
    doc: Any  # ui.drafting.document.SpeechDocument | None
    page: Any  # ui.drafting.speech_page.SpeechPage | None

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def _action(self, text: str, shortcut: Any, slot: Any, menu: Any = None) -> QAction: ...


class PracticeMenu(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.widget = window  # the parent of the windows this menu opens
        self.window = cast(MenuHost, window)
        self.studios: dict[int, PracticeStudio] = {}
        self.contests: ContestWindow | None = None
        self.reader = Reader(self.window.workspace.voice_cache_dir, self,
                             lambda: codec_of(self.window.workspace.store))
        self.reader.sentence_started.connect(self._reading_row)
        self.reader.problem.connect(lambda text: window.statusBar().showMessage(text, 8000))

    def build(self, bar: QMenuBar) -> list[QAction]:
        """Add the menu; returns the actions that need an open speech."""
        action = self.window._action
        menu = bar.addMenu(self.tr("&Practice"))
        needs_speech = [action(self.tr("Practice studio…"), "F9", self.open_studio, menu)]
        action(self.tr("Timekeeper (contest timing)…"), "F10", self.open_timekeeper, menu)
        action(self.tr("Contest day…"), "F12", self.open_contests, menu)
        menu.addSeparator()
        needs_speech += [
            action(self.tr("Listen to this sentence"), "Ctrl+L", lambda: self.listen(whole=False), menu),
            action(self.tr("Listen to the whole speech"), "Ctrl+Shift+L", lambda: self.listen(whole=True), menu),
            action(self.tr("Stop listening"), "Ctrl+.", self.reader.stop, menu),
        ]
        speed_menu = menu.addMenu(self.tr("Reading speed"))
        self.speed_group = QActionGroup(self)
        settings = self.window.settings
        chosen = settings.get(S.LISTEN_SPEED)
        for speed in SPEEDS:
            choice = QAction(f"{speed:.1f}×", self.speed_group)
            choice.setCheckable(True)
            choice.setChecked(abs(speed - chosen) < 0.01)
            choice.triggered.connect(lambda _c=False, v=speed: settings.set(S.LISTEN_SPEED, v))
            speed_menu.addAction(choice)
        return needs_speech

    def hand_over(self, other: PracticeMenu) -> None:
        """Give every open window to the menu of a new main window (the interface language changed)."""
        for speech_id, studio in self.studios.items():
            _adopt(studio, other.widget)
            other.studios[speech_id] = studio
        self.studios = {}
        if self.contests is not None:
            _adopt(self.contests, other.widget)
            other.contests, self.contests = self.contests, None
        for timekeeper in self.widget.findChildren(TimekeeperWindow, options=Qt.FindChildOption.FindDirectChildrenOnly):
            _adopt(timekeeper, other.widget)

    # Practice studios -------------------------------------------------------------------------

    def open_studio(self, speech_id: int | None = None) -> PracticeStudio | None:
        """The practice studio of a speech (the open one by default), one window per speech."""
        doc = self.window.doc
        if speech_id is None:
            if doc is None:
                return None
            doc.flush()
            speech_id = doc.speech_id
        studio = self.studios.get(speech_id)
        if studio is None:
            studio = PracticeStudio(self.window.workspace, speech_id, self.widget)
            self.studios[speech_id] = studio
        studio.show()
        studio.raise_()
        studio.activateWindow()
        return studio

    def check_recoveries(self, ask: bool = True) -> None:
        """After a crash mid-take: open each interrupted speech's studio and offer its takes back."""
        for speech_id in practice.pending_recoveries(self.window.store):
            try:
                self.window.store.speech(speech_id)
            except KeyError:
                continue
            studio = self.open_studio(speech_id)
            if studio is not None:
                studio.offer_recovery(ask=ask)

    # Timekeeper and listening -----------------------------------------------------------------

    def open_timekeeper(self) -> TimekeeperWindow:
        """A timekeeper window with the standard 5–7 minute rules (green 5:00, amber 6:00, red 7:00)."""
        timekeeper = TimekeeperWindow(parent=self.widget)
        timekeeper.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        timekeeper.show()
        return timekeeper

    def open_contests(self) -> ContestWindow:
        """The contest-day window (one per main window): set-up, timing, judging, results."""
        if self.contests is None:
            self.contests = ContestWindow(self.window.workspace, self.widget)
        self.contests.show()
        self.contests.raise_()
        self.contests.activateWindow()
        return self.contests

    def listen(self, whole: bool) -> None:
        """Read the current sentence, or the whole speech from the top, aloud at the chosen speed."""
        doc, page = self.window.doc, self.window.page
        if doc is None or page is None:
            return
        doc.flush()
        segments = doc.segments()
        if not whole:
            segments = [s for s in segments if s.id == page.editor.current_id]
        self.reader.read([(s.id, s.english) for s in segments], self.window.settings.get(S.LISTEN_SPEED),
                         self.window.workspace.voice_cache_dir / str(doc.speech_id))

    def _reading_row(self, segment_id: int) -> None:
        page = self.window.page
        if page is not None:
            page.editor.set_current(segment_id)
            row = page.editor.row(segment_id)
            if row is not None:
                page.editor.scroll_area.ensureWidgetVisible(row, 20, 40)

    def close(self) -> None:
        """The window is closing: stop reading; a take being recorded is kept (to be analysed later)."""
        self.reader.stop()
        for studio in self.studios.values():
            studio.save_before_quitting()


def _adopt(widget: QWidget, parent: QWidget) -> None:
    """Re-parent a top-level window without closing it; Qt hides a widget it re-parents, so show it again."""
    visible = widget.isVisible()
    widget.setParent(parent, widget.windowFlags())
    if visible:
        widget.show()
