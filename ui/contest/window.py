"""The contest-day window: pick or start a contest, then its pages (set-up, rubric, speakers and judges,
timing, judging, results), and the contest's files: the whole contest for a judge's laptop, a judge's
ballots back, results and blank ballots as PDF or on paper, results as CSV. GUI thread only."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import settings as S
from app.contest import exchange as contest_day
from app.contest import presets as contest_presets
from app.contest.seal import normalise_code
from app.contest.tally import DEFAULT_RULES, ContestFileError, tally_csv
from app.user_files import UnusableFile, read_user_text, write_user_file
from app.workspace import Workspace
from models.database import StoreError
from ui import i18n
from ui.contest.file_dialogs import ask_judge_code, confirm_import, confirm_replace
from ui.contest.judge_view import JudgePage
from ui.contest.people import PeoplePage
from ui.contest.printing import ballots_html, results_html
from ui.contest.results import ResultsPage
from ui.contest.rubric import RubricPage
from ui.contest.setup import ContestPage, SetupPage
from ui.contest.timing import TimingPage
from ui.messages import contest_file_error_text, error_text, store_error_text
from ui.pdf import print_html, write_pdf

T = TypeVar("T")


def file_stem(text: str) -> str:
    return re.sub(r"[\\/:*?\"<>|]+", " ", text).strip() or "contest"


class ContestWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.workspace = workspace
        self.store = store = workspace.store
        self.setWindowTitle(self.tr("Moksori — contest day"))
        self.resize(1180, 760)
        self.chooser = QComboBox(self)
        self.chooser.setMinimumWidth(320)
        self.chooser.currentIndexChanged.connect(lambda _i: self.show_contest(self.chooser.currentData()))
        new_button = QPushButton(self.tr("New contest"), self)
        new_button.clicked.connect(self.new_contest)
        open_button = QPushButton(self.tr("Open a contest file…"), self)
        open_button.clicked.connect(lambda: self.open_contest_file())
        self.notice = QLabel(self)
        self.notice.setObjectName("contestNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.setup = SetupPage(store, self)
        self.rubric = RubricPage(store, self)
        self.people = PeoplePage(store, self)
        self.timing = TimingPage(store, self)
        self.judging = JudgePage(store, workspace.settings, self)
        self.results = ResultsPage(store, self)
        self.timing.speaker_up.connect(self._speaker_up)
        self.pages: list[ContestPage] = [self.setup, self.rubric, self.people, self.timing, self.judging, self.results]
        self.tabs = QTabWidget(self)
        for page, title in zip(self.pages, [self.tr("Contest"), self.tr("Rubric and awards"),
                                            self.tr("Speakers and judges"), self.tr("Timing"), self.tr("Judging"),
                                            self.tr("Results")], strict=True):
            self.tabs.addTab(page, title)
            page.problem.connect(lambda text: self.say(text, problem=True))
            page.changed.connect(self._name_shown)
        self.notice_is_new_contest = False
        self.rubric.changed.connect(self._rubric_changed)
        self.results.save_pdf_requested.connect(lambda: self.save_results_pdf())
        self.results.print_requested.connect(self.print_results)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_current())
        self.empty = QLabel(self.tr("No contest yet. Start one with “New contest”, or open a contest file that "
                                    "the organiser gave you."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Contest:"), self))
        top.addWidget(self.chooser)
        top.addWidget(new_button)
        top.addWidget(open_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self.list_contests()

    # Menu ---------------------------------------------------------------------------------

    def _action(self, menu, text: str, shortcut: str | QKeySequence.StandardKey | None, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Contest"))
        self._action(menu, self.tr("New contest"), "Ctrl+N", self.new_contest)
        self._action(menu, self.tr("Open a contest file…"), "Ctrl+O", self.open_contest_file)
        menu.addSeparator()
        self.needs_contest = [
            self._action(menu, self.tr("Export the contest file (for judges' computers, or to keep)…"), "Ctrl+E",
                         self.export_contest),
            self._action(menu, self.tr("Export one judge's ballots…"), "Ctrl+J", self.export_judge),
            self._action(menu, self.tr("Import judges' ballots…"), "Ctrl+I", self.import_ballots),
        ]
        menu.addSeparator()
        self.needs_contest += [
            self._action(menu, self.tr("Save the results as PDF…"), "Ctrl+Shift+P", self.save_results_pdf),
            self._action(menu, self.tr("Print the results…"), "Ctrl+P", self.print_results),
            self._action(menu, self.tr("Save the results as CSV…"), None, self.save_results_csv),
            self._action(menu, self.tr("Save blank ballots as PDF…"), None, self.save_ballots_pdf),
            self._action(menu, self.tr("Print blank ballots…"), None, self.print_ballots),
        ]
        menu.addSeparator()
        self.needs_contest.append(self._action(menu, self.tr("Delete this contest…"), None, self.delete_contest))
        self._action(menu, self.tr("Close"), "Ctrl+W", self.close)

    # Contests -------------------------------------------------------------------------------

    @property
    def contest_id(self) -> int | None:
        return self.chooser.currentData()

    def say(self, text: str, problem: bool = False) -> None:
        """A message above the pages (kept until the next one): red for a refusal, green for done."""
        self.notice_is_new_contest = False
        colour = "#b3261e" if problem else "#1f6f3f"
        self.notice.setStyleSheet(f"QLabel#contestNotice {{ color: {colour}; font-weight: 600; padding: 4px; }}")
        self.notice.setText(text)
        self.notice.setVisible(True)

    def _rubric_changed(self) -> None:
        if self.notice_is_new_contest:
            self.notice.hide()
            self.notice_is_new_contest = False

    def list_contests(self, select: int | None = None) -> None:
        chosen = select if select is not None else self.contest_id
        with QSignalBlocker(self.chooser):
            self.chooser.clear()
            for contest in self.store.contests():
                self.chooser.addItem(f"{contest.name} ({contest.date})" if contest.date else contest.name, contest.id)
            index = self.chooser.findData(chosen)
            self.chooser.setCurrentIndex(index if index >= 0 else 0)
        self.show_contest(self.contest_id)

    def _speaker_up(self, uid: str) -> None:
        """The judge view shows the speaker the timekeeper is timing (when it is next looked at)."""
        self.judging.next_speaker = uid

    def _name_shown(self) -> None:
        """The chooser follows a renamed or re-dated contest."""
        index = self.chooser.currentIndex()
        if self.contest_id is not None and index >= 0:
            contest = self.store.contest(self.contest_id)
            self.chooser.setItemText(index, f"{contest.name} ({contest.date})" if contest.date else contest.name)

    def show_contest(self, contest_id: int | None) -> None:
        self.empty.setVisible(contest_id is None)
        self.tabs.setVisible(contest_id is not None)
        for action in getattr(self, "needs_contest", []):
            action.setEnabled(contest_id is not None)
        for page in self.pages:
            page.contest_id = contest_id
        self.refresh_current()

    def refresh_current(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, ContestPage) and page.contest_id is not None:
            page.reload()

    def new_contest(self) -> int | None:
        language = i18n.current()
        try:
            contest = self.store.create_contest(self.tr("New contest"), date.today().isoformat(), dict(DEFAULT_RULES),
                                                contest_presets.rubric("classic", language),
                                                contest_presets.awards(language))
        except StoreError as error:
            self.say(store_error_text(error), problem=True)
            return None
        self.list_contests(select=contest.id)
        self.tabs.setCurrentWidget(self.setup)
        self.setup.name.setFocus()
        self.setup.name.selectAll()
        self.say(self.tr("A new contest with the classic 100-point ballot and the standard awards. Change anything "
                         "on these pages; every change is saved at once."))
        self.notice_is_new_contest = True  # until the rubric changes: then it would be wrong
        return contest.id

    def delete_contest(self) -> None:
        if self.contest_id is None:
            return
        contest = self.store.contest(self.contest_id)
        answer = QMessageBox.question(self, self.tr("Delete contest"),
                                      self.tr("Remove “%1” from the list? Its ballots stay in the data file.")
                                      .replace("%1", contest.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.store.delete_contest(contest.id)
            self.list_contests()

    # Files ----------------------------------------------------------------------------------

    def _ask_path(self, caption: str, suggested: str, pattern: str, save: bool) -> Path | None:
        folder = Path(self.workspace.settings.get(S.CONTEST_FOLDER) or Path.home())
        if save:
            chosen, _ = QFileDialog.getSaveFileName(self, caption, str(folder / suggested), pattern)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, caption, str(folder), pattern)
        if not chosen:
            return None
        self.workspace.settings.set(S.CONTEST_FOLDER, str(Path(chosen).parent))
        return Path(chosen)

    def _stem(self) -> str:
        assert self.contest_id is not None
        contest = self.store.contest(self.contest_id)
        return file_stem(f"{contest.name} {contest.date}")

    def _use_file(self, path: Path, use: Callable[[str], T]) -> T | None:
        """Read a contest file and hand its text to `use`; any refusal becomes the message line (None)."""
        try:
            return use(read_user_text(path, "contest file"))
        except UnusableFile as error:
            self.say(error_text(error), problem=True)
        except ContestFileError as error:
            self.say(contest_file_error_text(error), problem=True)
        except StoreError as error:
            self.say(store_error_text(error), problem=True)
        return None

    def open_contest_file(self, path: Path | None = None) -> int | None:
        """A contest file from the organiser (or a backup) becomes a contest on this laptop."""
        path = path or self._ask_path(self.tr("Open a contest file"), "", self.tr("Contest files (*.json)"), False)
        if path is None:
            return None
        contest = self._use_file(path, lambda text: contest_day.open_contest_file(self.store, text))
        if contest is None:
            return None
        self.list_contests(select=contest.id)
        self.tabs.setCurrentWidget(self.judging)
        self.say(self.tr("“%1” is now on this computer. Choose your name on the Judging page; when you are done, "
                         "use Contest → Export one judge's ballots.").replace("%1", contest.name))
        return contest.id

    def _write(self, path: Path, data: str | bytes, done: str) -> bool:
        try:
            write_user_file(path, data)
        except UnusableFile as error:
            self.say(error_text(error), problem=True)
            return False
        self.say(done.replace("%1", str(path)))
        return True

    def export_contest(self, path: Path | None = None) -> Path | None:
        if self.contest_id is None:
            return None
        path = path or self._ask_path(self.tr("Export the contest file"), self._stem() + ".json",
                                      self.tr("Contest files (*.json)"), True)
        if path is None:
            return None
        text = contest_day.file_text(self.store, self.contest_id)
        return path if self._write(path, text, self.tr("Contest file saved: %1")) else None

    def export_judge(self, judge_uid: str | None = None, path: Path | None = None,
                     code: str | None = None) -> Path | None:
        """One judge's ballots and votes, sealed with her code, for the organiser's laptop."""
        if self.contest_id is None:
            return None
        judges = self.store.judges(self.contest_id)
        if not judges:
            self.say(self.tr("This contest has no judges yet."), problem=True)
            return None
        if judge_uid is None:
            names = [j.name for j in judges]
            current = next((i for i, j in enumerate(judges) if j.uid == self.judging.judge_uid()), 0)
            name, ok = QInputDialog.getItem(self, self.tr("Export one judge's ballots"), self.tr("Judge"), names,
                                            current, False)
            if not ok:
                return None
            judge_uid = judges[names.index(name)].uid
        judge = next(j for j in judges if j.uid == judge_uid)
        known = contest_day.judge_codes(self.store, self.contest_id).get(judge_uid)  # the organiser's laptop
        code = code or known or ask_judge_code(self, judge.name)
        if not code:
            return None
        try:
            code = normalise_code(code)
        except ContestFileError as error:
            self.say(contest_file_error_text(error), problem=True)
            return None
        path = path or self._ask_path(self.tr("Export one judge's ballots"),
                                      file_stem(f"{self._stem()} {judge.name}") + ".json",
                                      self.tr("Contest files (*.json)"), True)
        if path is None:
            return None
        text = contest_day.file_text(self.store, self.contest_id, judge=judge_uid, code=code)
        done = self.tr("%1's ballots saved: %2").replace("%1", judge.name).replace("%2", "%1")
        return path if self._write(path, text, done) else None

    def import_ballots(self, path: Path | None = None, replace_local: bool | None = None,
                       confirm: bool | None = None) -> bool:
        """Merge a judge's sealed file, after showing what it will change. If she already scored on this
        laptop the organiser is asked first. (`replace_local` and `confirm` answer for her in tests.)"""
        if self.contest_id is None:
            return False
        path = path or self._ask_path(self.tr("Import judges' ballots"), "", self.tr("Contest files (*.json)"), False)
        if path is None:
            return False
        contest_id = self.contest_id
        names = {j.uid: j.name for j in self.store.judges(contest_id)}
        speakers = {c.uid: c.name for c in self.store.contestants(contest_id)}
        cancelled: list[bool] = []

        def merge(text: str) -> contest_day.ImportReport | None:
            replace = False
            try:
                preview = contest_day.preview_import(self.store, contest_id, text)
            except ContestFileError as error:
                if error.code != "local_ballots" or not confirm_replace(self, names.get(error.detail, error.detail),
                                                                        replace_local):
                    raise
                replace = True
                preview = contest_day.preview_import(self.store, contest_id, text, replace_local=True)
            if not confirm_import(self, preview, names, speakers, confirm):
                cancelled.append(True)
                return None
            return contest_day.import_ballots(self.store, contest_id, text, path.name, replace_local=replace)

        report = self._use_file(path, merge)
        if cancelled:
            self.say(self.tr("Nothing was imported."))
        if report is None:
            return False
        self.say(self.tr("Imported from %1: %2 new ballots (%3).").replace("%1", path.name)
                 .replace("%2", str(report.added)).replace("%3", ", ".join(names.get(j, j) for j in report.judges)))
        self.refresh_current()
        return True

    def _results_html(self) -> str:
        assert self.contest_id is not None
        contest = self.store.contest(self.contest_id)
        return results_html(contest, contest_day.results(self.store, contest.id), self.store.contestants(contest.id),
                            self.store.judges(contest.id))

    def _ballots_html(self) -> str:
        assert self.contest_id is not None
        contest = self.store.contest(self.contest_id)
        return ballots_html(contest, self.store.contestants(contest.id), self.store.judges(contest.id),
                            contest_day.judge_codes(self.store, contest.id))

    def _save_pdf(self, html: str, path: Path | None, suggested: str, landscape: bool) -> Path | None:
        path = path or self._ask_path(self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)"), True)
        if path is None:
            return None
        try:
            write_pdf(html, path, suggested.removesuffix(".pdf"), landscape)
        except OSError as error:
            self.say(error_text(error), problem=True)
            return None
        self.say(self.tr("Saved: %1").replace("%1", str(path)))
        return path

    def save_results_pdf(self, path: Path | None = None) -> Path | None:
        if self.contest_id is None:
            return None
        return self._save_pdf(self._results_html(), path, self._stem() + " " + self.tr("results") + ".pdf", False)

    def save_ballots_pdf(self, path: Path | None = None) -> Path | None:
        if self.contest_id is None:
            return None
        wide = len(self.store.contest(self.contest_id).rubric) > 4  # many criteria: landscape pages
        return self._save_pdf(self._ballots_html(), path, self._stem() + " " + self.tr("ballots") + ".pdf", wide)

    def save_results_csv(self, path: Path | None = None) -> Path | None:
        if self.contest_id is None:
            return None
        path = path or self._ask_path(self.tr("Save the results as CSV"), self._stem() + ".csv",
                                      self.tr("CSV files (*.csv)"), True)
        if path is None:
            return None
        text = tally_csv(contest_day.results(self.store, self.contest_id))
        return path if self._write(path, "\ufeff" + text, self.tr("Saved: %1")) else None

    def _print(self, html: str, landscape: bool) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

        if not QPrinterInfo.availablePrinters():
            self.say(self.tr("No printer is set up on this computer. Save as PDF instead and print that file "
                             "elsewhere."), problem=True)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            print_html(html, printer, landscape)

    def print_results(self) -> None:
        if self.contest_id is not None:
            self._print(self._results_html(), False)

    def print_ballots(self) -> None:
        if self.contest_id is not None:
            self._print(self._ballots_html(), len(self.store.contest(self.contest_id).rubric) > 4)
