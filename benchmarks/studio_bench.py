"""The practice studio under load: a long take recorded live through the virtual microphone.

Run:  xvfb-run -a .venv/bin/python benchmarks/studio_bench.py [MINUTES] [--locked] [--no-sounds] [--follow]
      [--in-process]
(default 5 minutes; takes that long). With --locked the data folder has the lock on: the take is sealed chunk
by chunk as it is recorded. --no-sounds switches the sound check (the phoneme recogniser) off; --follow
records with the prompter following the voice (issue 16); --in-process hears the take in the window's
process (as before app/practice/hearing.py) instead of the studio's hearing process.
Needs PulseAudio (installed by bash .ci/setup). Plays the benchmark speech (benchmarks/asr_bench.py makes
it; looped to MINUTES) into the virtual microphone while the studio records and transcribes live, with a
5 ms heartbeat timer on the GUI thread. Prints: the longest GUI event-loop stall while recording and
while finishing, input blocks PortAudio reported lost, seconds from "stop" to the report on screen, and
the process's memory (RSS) every 30 s.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from app.workspace import Workspace  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ["MOKSORI_DATA_DIR"] = tempfile.mkdtemp(prefix="moksori-studio-bench-")


def rss_mb(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    arguments = [a for a in sys.argv[1:] if a not in ("--locked", "--no-sounds", "--follow", "--in-process")]

    locked = "--locked" in sys.argv
    if "--no-sounds" in sys.argv:  # the studio as it was before the sound check, for a paired figure
        from app.practice import listening

        listening.unavailable = lambda: "switched off for this benchmark"
    minutes = float(arguments[0]) if arguments else 5.0
    import asr_bench
    import numpy as np
    import soundfile

    asr_bench.make_take()
    samples, rate = soundfile.read(asr_bench.TAKE, dtype="float32")
    loops = int(np.ceil(minutes * 60 / (samples.size / rate)))
    feed = Path(os.environ["MOKSORI_DATA_DIR"]) / "feed.wav"
    soundfile.write(feed, np.tile(samples, loops)[: int(minutes * 60 * rate)], rate)

    from tests.support import virtual_audio

    server = virtual_audio.start(Path(tempfile.mkdtemp(prefix="pulse-")))
    os.environ.update({k: server.env[k] for k in ("XDG_RUNTIME_DIR", "PULSE_SERVER")})
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from models.store import SpeechStore
    from ui.practice import studio as studio_module
    from ui.practice.studio import PracticeStudio

    if "--in-process" in sys.argv:  # takes heard in the window's process, as before the hearing process
        studio_module.start_when_possible = lambda *_args, **_kw: None

    app = QApplication([])
    workspace = Workspace(SpeechStore.open(Path(os.environ["MOKSORI_DATA_DIR"]) / "moksori.sqlite3"))
    if locked:
        workspace.lock_on("benchmark passphrase")
    store = workspace.store
    speech = store.create_speech("Benchmark")
    store.insert_segments(speech.id, 0, [("", s) for s in asr_bench.sentences()])
    studio = PracticeStudio(workspace, speech.id)
    studio.show()
    if "--follow" in sys.argv:
        studio.prompting.mode.setCurrentIndex(1)

    phase = {"name": "loading"}
    worst = {"recording": 0.0, "finishing": 0.0}
    beat = QElapsedTimer()
    beat.start()

    def heartbeat() -> None:
        gap = beat.restart()
        if phase["name"] in worst:
            worst[phase["name"]] = max(worst[phase["name"]], gap - 5)

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(heartbeat)
    ticker.start()
    memory: list[tuple[int, float]] = []
    player = {"process": None}
    stopped_at = {"t": 0.0}
    starting = {"ms": 0.0}

    def start() -> None:
        began = time.perf_counter()
        studio.start_recording()
        starting["ms"] = (time.perf_counter() - began) * 1000  # Space pressed → recording (reported apart)
        beat.restart()
        phase["name"] = "recording"
        player["process"] = server.play_into_microphone(feed)
        started = time.monotonic()

        def watch() -> None:
            child = studio.hearing.process.pid if studio.hearing is not None else None
            memory.append((int(time.monotonic() - started), rss_mb() + (rss_mb(child) if child else 0.0)))
            if player["process"].poll() is None:
                QTimer.singleShot(30_000 if memory else 1000, watch)
                return
            phase["name"] = "finishing"
            stopped_at["t"] = time.monotonic()
            studio.stop_recording()
            QTimer.singleShot(50, finished)

        QTimer.singleShot(1000, watch)

    def finished() -> None:
        if studio.run is not None:
            QTimer.singleShot(50, finished)
            return
        elapsed = time.monotonic() - stopped_at["t"]
        [take] = store.takes(speech.id)
        sealed = (store.path.parent / take.audio).read_bytes()[:8] == b"MOKSEAL1"
        print(f"take: {take.seconds:.0f} s recorded, accuracy {take.accuracy}, fillers {take.fillers}, sealed {sealed}")
        print(f"stop → report on screen: {elapsed:.2f} s")
        print(f"starting the take (Space → recording, on the GUI thread): {starting['ms']:.0f} ms")
        print(f"longest GUI stall while recording: {worst['recording']:.0f} ms; while finishing: "
              f"{worst['finishing']:.0f} ms")
        print(f"input blocks lost (PortAudio overflow): {studio.last_overflows}")
        print("RSS MB over time, window's process + hearing process (s, MB): "
              + ", ".join(f"({t}, {m:.0f})" for t, m in memory))
        print(f"peak RSS of the window's process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        server.close()
        app.quit()

    def start_when_ready() -> None:  # she presses Space once the studio is ready, as a person would
        from app.practice import sounds

        ready = studio.hearing is not None or "--in-process" in sys.argv
        if (sounds.is_warm() or "--no-sounds" in sys.argv) and ready:
            QTimer.singleShot(500, start)
        else:
            QTimer.singleShot(200, start_when_ready)

    QTimer.singleShot(3000, start_when_ready)
    app.exec()


if __name__ == "__main__":
    main()
