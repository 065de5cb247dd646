"""Every visible string has a Korean translation, and the Korean window shows Korean."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from models.store import SpeechStore

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "moksori_ko.ts"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
PLACEHOLDER = re.compile(r"%\d")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} not installed")
    return found


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


def test_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Run lupdate on the sources: no string may be new (untranslated) or vanished."""
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete"], check=True,
                   capture_output=True)
    before = {(c, s) for c, s, _ in _messages(TS)}
    after = {(c, s) for c, s, _ in _messages(copy)}
    assert after - before == set(), "strings in the code without a Korean translation"
    assert before - after == set(), "translations for strings the code no longer has"


def test_every_string_has_a_finished_korean_translation() -> None:
    messages = _messages(TS)
    assert len(messages) > 150
    for context, source, translation in messages:
        assert translation is not None and translation.get("type") is None, f"{context}: {source!r} unfinished"
        text = translation.text or ""
        assert text.strip(), f"{context}: {source!r} has an empty translation"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        assert HANGUL.search(text), f"{context}: {source!r} is not translated into Korean"


def test_built_catalogue_matches_its_source(tmp_path: Path) -> None:
    built = tmp_path / "moksori_ko.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == (ROOT / "resources" / "i18n" / "moksori_ko.qm").read_bytes()


def test_korean_window_shows_no_english_interface_text(qtbot: QtBot, store: SpeechStore) -> None:
    from ui import i18n
    from ui.shell.main_window import MainWindow

    speech = store.create_speech("연설")
    store.insert_segments(speech.id, 0, [("", "")])
    i18n.install("ko")
    try:
        window = MainWindow(Workspace(store))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        shown: list[str] = [window.windowTitle()]
        shown += [a.text() for a in window.actions() if a.text()]
        shown += [a.text() for a in window.menuBar().actions()]
        shown += [d.windowTitle() for d in window.findChildren(QDockWidget)]
        for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
            if widget.isVisible() and widget.text() and widget.objectName() not in ("speechTitle",):
                shown.append(widget.text())
        for edit in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
            if edit.placeholderText():
                shown.append(edit.placeholderText())
        allowed = re.compile(r"^[\s\d:·–—%()+✓✕⇄✎¶.,/-]*$|^Ctrl\+")
        english_left = [t for t in shown if not HANGUL.search(t) and not allowed.match(t)
                        and re.search(r"[A-Za-z]{2,}", t.replace("PDF", ""))]
        assert english_left == []
        assert "학생" in [a.text() for a in window.role_group.actions()]
        # The practice studio, too (its tabs, table headings and buttons).
        studio = window.practice.open_studio(speech.id)
        assert studio is not None
        qtbot.addWidget(studio)
        qtbot.waitExposed(studio)
        studio_text = [studio.windowTitle()]
        studio_text += [studio.panel.tabs.tabText(i) for i in range(studio.panel.tabs.count())]
        table = studio.panel.takes
        studio_text += [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
        studio_text += [w.text() for w in studio.findChildren(QAbstractButton) if w.isVisible() and w.text()]
        studio_text += [w.text() for w in studio.findChildren(QLabel) if w.isVisible() and w.text()
                        and w.objectName() not in ("speechTitle", "takeClock")]
        english_left = [t for t in studio_text if not HANGUL.search(t) and not allowed.match(t)
                        and re.search(r"[A-Za-z]{2,}", t)]
        assert english_left == []
        assert "녹음 (스페이스)" in studio_text
    finally:
        i18n.install("en")
