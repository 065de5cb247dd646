"""Screenshots of the practice report as a learner sees it, in English and Korean: two takes of a short
speech read by the offline voice (the second with fillers, a skipped sentence and three sounds swapped),
transcribed by the real Whisper model, shown in the studio. Run: .venv/bin/python scripts/screenshot_report.py"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import soundfile  # noqa: E402

from tests.support.speech import Part, compose, with_swaps  # noqa: E402

OUT = ROOT / "docs" / "images"
SCRIPT = ["My name is Mina, and I was born in a small town by the river.",
          "Every winter night, we watched the lights across the water.",
          "Those lights became my dream.",
          "Today I want to tell you about that dream."]


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from app.practice import runs
    from app.practice.transcription import Transcriber
    from app.workspace import Workspace
    from models.records import TimeLimits
    from models.store import SpeechStore
    from ui import i18n
    from ui.practice.studio import PracticeStudio

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        os.environ["MOKSORI_DATA_DIR"] = str(folder)
        store = SpeechStore.open(folder / "moksori.sqlite3")
        speech = store.create_speech("Lights across the river", "Mina", TimeLimits(20, 40))
        store.insert_segments(speech.id, 0, [("", s) for s in SCRIPT])
        transcriber = Transcriber("base")
        takes = [[Part(s, 0.6) for s in SCRIPT],
                 [Part("Um, " + with_swaps(SCRIPT[0], {"river": "r>l"}), 0.5),
                  Part("uh, " + with_swaps(SCRIPT[1], {"Every": "v>b"}), 2.4, 1.25),
                  Part("Um, " + with_swaps(SCRIPT[3], {"dream": "ee>i"}), 0.5)]]
        for number, parts in enumerate(takes, start=1):
            samples, rate = compose(parts)
            path = folder / f"take {number}.wav"
            soundfile.write(path, samples, rate)
            take = runs.import_recording(store, speech.id, path)
            runs.analyse_take(store, take.id, transcriber)
        last = store.takes(speech.id)[-1]
        for language, name in (("en", "report.png"), ("ko", "report-ko.png")):
            i18n.install(language)
            studio = PracticeStudio(Workspace(store), speech.id)
            studio.resize(1280, 860)
            studio.show()
            studio.reload(select=last.id)
            for _ in range(60):
                app.processEvents()
                if "Practise" in studio.panel.report.toPlainText() or "연습할" in studio.panel.report.toPlainText():
                    break
                import time

                time.sleep(0.05)
            studio.grab().save(str(OUT / name))
            studio.close()
        store.close()
    print("written to", OUT)


if __name__ == "__main__":
    main()
