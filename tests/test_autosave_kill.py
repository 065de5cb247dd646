"""Nothing typed is lost: a real app process killed with SIGKILL right after typing keeps every key."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from models.store import SpeechStore

ROOT = Path(__file__).resolve().parent.parent
DRIVER = Path(__file__).resolve().parent / "drivers" / "type_then_wait.py"


def test_sigkill_right_after_typing_loses_nothing(data_dir: Path) -> None:
    korean = "저는 혜산에서 태어났어요 🙂"
    english = "I was born in Hyesan, and I'm proud of it."
    env = {**os.environ, "MOKSORI_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, str(DRIVER), korean, english], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        os.kill(process.pid, signal.SIGKILL)  # no chance to flush, close or clean up
        assert line.strip() == "TYPED", process.stderr.read() if process.stderr else ""
    finally:
        process.kill()
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    store = SpeechStore.open(data_dir / "moksori.sqlite3")
    [speech] = store.speeches()
    [row] = store.segments(speech.id)
    assert (row.korean, row.english) == (korean, english)
    store.close()
