"""Screenshots of the main window (English and Korean) with a speech, its tutor's alternatives and notes,
as README shows it. Run: .venv/bin/python scripts/screenshot_main.py (offscreen; no screen needed)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = ROOT / "docs" / "images"
ROWS = [("저는 함경북도 회령에서 태어났습니다.", "I was born in Hoeryong, in North Hamgyong Province."),
        ("겨울이면 강 건너 중국 쪽 불빛이 보였습니다.", "In winter we could see the lights of China across the river."),
        ("그 불빛이 저의 꿈이 되었습니다.", "Those lights became my dream."),
        ("오늘 저는 그 꿈에 대해 이야기하려고 합니다.", "Today I want to tell you about that dream.")]


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from app import settings as S
    from app.workspace import Workspace
    from models.records import Role
    from ui.shell import application

    app = QApplication.instance() or QApplication([])
    application._style(app)
    with tempfile.TemporaryDirectory() as temporary:
        os.environ["MOKSORI_DATA_DIR"] = temporary
        workspace = Workspace.open()
        store = workspace.store
        speech = store.create_speech("Lights across the river", "Mina")
        segments = store.insert_segments(speech.id, 0, ROWS)
        for text, note in (("Every winter night, we watched the lights of China across the river.", "more vivid"),
                           ("In winter, China's lights shone across the river.", "shorter, easier to say"),
                           ("On winter nights, the lights of China glowed across the water.", "poetic, slower")):
            store.add_received_alternative(segments[1].id, os.urandom(16).hex(), text, note, "Cydney", "",
                                           "2026-11-29T10:00:00")
        store.add_note(speech.id, segments[1].id, Role.TUTOR, "Pause after “winter”.")
        for language, name in (("en", "main-window.png"), ("ko", "main-window-ko.png")):
            workspace.settings.set(S.LANGUAGE, language)  # the window installs the language it is set to
            shell = application.Shell(workspace)
            window = shell.build()
            window.showNormal()
            window.resize(1400, 860)
            window.open_speech(speech.id)
            assert window.page is not None
            window.page.editor.focus_row(segments[1].id, "english")
            for _ in range(20):
                app.processEvents()
            window.grab().save(str(OUT / name))
            window.close()
        workspace.close()
    print("written to", OUT)


if __name__ == "__main__":
    main()
