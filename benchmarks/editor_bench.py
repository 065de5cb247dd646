"""Editor figures on this machine: building rows, saving a keystroke, pasting a long text.

Run:  .venv/bin/python benchmarks/editor_bench.py [--locked]
(--locked: the data folder has the lock on, so every save goes through SQLCipher)
Prints per-unit figures (ms per row, ms per keystroke) and the longest GUI event-loop stall seen
while typing, measured with a 5 ms heartbeat timer. Uses a throwaway data folder.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from app.drafting import sentences  # noqa: E402
from app.workspace import Workspace  # noqa: E402
from models.store import SpeechStore  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402


def main() -> None:
    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="moksori-bench-"))
    store = SpeechStore.open(folder / "moksori.sqlite3")
    if "--locked" in sys.argv:
        Workspace(store).lock_on("benchmark passphrase")
    t0 = time.perf_counter()
    sentences.warm_up()
    print(f"Korean splitter load: {time.perf_counter() - t0:.2f} s")
    for rows in (60, 1500):
        speech = store.create_speech(f"{rows} rows")
        store.insert_segments(speech.id, 0, [(f"문장 {n}입니다.", f"This is sentence {n}.") for n in range(rows)])
        store.set_setting("last_speech", speech.id)
        t0 = time.perf_counter()
        window = MainWindow(Workspace(store))
        window.show()
        app.processEvents()
        elapsed = time.perf_counter() - t0
        print(f"open a speech of {rows} rows: {elapsed * 1000:.0f} ms ({elapsed * 1000 / rows:.2f} ms per row)")
        window.close()
        window.deleteLater()
        app.processEvents()

    speech = store.create_speech("typing")
    store.insert_segments(speech.id, 0, [("", "")] * 60)
    store.set_setting("last_speech", speech.id)
    window = MainWindow(Workspace(store))
    window.show()
    app.processEvents()
    cell = window.page.editor.rows[30].english
    cell.setFocus()
    gaps: list[float] = []
    heartbeat = QElapsedTimer()
    heartbeat.start()

    def beat() -> None:
        gaps.append(heartbeat.restart())

    timer = QTimer()
    timer.timeout.connect(beat)
    timer.start(5)
    text = "When I was a child, I dreamed of being a teacher in my hometown. " * 5
    costs: list[float] = []
    for character in text:
        t0 = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(cell, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                   character))
        costs.append((time.perf_counter() - t0) * 1000)
        app.processEvents()
    timer.stop()
    print(f"keystroke incl. save: median {statistics.median(costs):.2f} ms, "
          f"95th pct {sorted(costs)[int(len(costs) * 0.95)]:.2f} ms, max {max(costs):.2f} ms over {len(costs)} keys")
    print(f"longest event-loop gap while typing: {max(gaps[1:]):.0f} ms (heartbeat 5 ms)")

    # At a person's pace, with the draft checks running: a key every 120 ms, a pause after each word.
    checked: list[int] = []
    window.page.editor.checker.checked.connect(checked.append)
    cell = window.page.editor.rows[31].english
    cell.setFocus()
    gaps.clear()
    paced: list[float] = []
    timer.start(5)
    heartbeat.restart()

    def wait(ms: int) -> None:
        clock = QElapsedTimer()
        clock.start()
        while clock.elapsed() < ms:
            app.processEvents()

    for character in "There is many people who helps us and I am agree with them. ":
        t0 = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(cell, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                   character))
        paced.append((time.perf_counter() - t0) * 1000)
        wait(700 if character == " " else 120)
    timer.stop()
    print(f"typing at a person's pace with checks running: keystroke median {statistics.median(paced):.2f} ms, "
          f"max {max(paced):.2f} ms; longest event-loop gap {max(gaps[1:]):.0f} ms; {len(checked)} checks shown; "
          f"underlined: {[i.text for i in cell.issues]}")

    QMessageBox.question = lambda *args, **kwargs: QMessageBox.StandardButton.Yes  # the confirmation
    korean = ("저는 자유를 찾아 먼 길을 왔어요 그리고 지금은 공부해요. " * 1000)[:50_000]
    row = window.page.editor.rows[0].korean
    t0 = time.perf_counter()
    window.page.editor.paste(window.page.editor.rows[0].segment_id, "korean", row, korean)
    app.processEvents()
    elapsed = time.perf_counter() - t0
    print(f"paste 50,000 Korean characters -> {len(window.page.editor.rows)} rows: {elapsed:.2f} s")
    store.close()


if __name__ == "__main__":
    main()
