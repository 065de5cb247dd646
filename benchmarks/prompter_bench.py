"""The prompter in the real studio, through the virtual microphone (issue 16's figures).

Run:  xvfb-run -a .venv/bin/python benchmarks/prompter_bench.py [--check]
Needs PulseAudio (installed by bash .ci/setup). Six takes in one studio with "Follows my voice", each a
reading of the six-sentence script by the offline voice played into the virtual microphone: faithful, a
sentence skipped, a sentence said twice, one word changed in every sentence, fillers ("um", "uh"), a jump
back. A 5 ms heartbeat timer on the GUI thread measures stalls. Prints per take: how often the highlighted
sentence is the one being spoken (sampled every 0.1 s from 1 s into each sentence to its end), the longest
GUI stall while recording, input blocks lost, the tracker's step cost; for the faithful take, the time from
the end of each spoken word (Whisper's word times on the played file) to its mark on screen.
The tracker's settings were chosen on the default script; --check reads another script, written after,
with two sentences that begin alike.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ["MOKSORI_DATA_DIR"] = tempfile.mkdtemp(prefix="moksori-prompter-bench-")

from follow_bench import SCRIPT as TUNING  # noqa: E402

CHECK = ["When I arrived in Seoul, everything felt strange and loud.",
         "I did not know how to use a bank card or the subway.",
         "A volunteer teacher helped me every Saturday morning.",
         "She taught me that asking questions is not a weakness.",
         "Now I help younger students who have just arrived.",
         "I want to become a social worker and open a small school."]
CHECK_CHANGED = {"strange": "odd", "subway": "bus", "Saturday": "Sunday", "weakness": "shame", "younger": "new",
                 "school": "library"}
CHECK_FILLERS = ["Um, when I arrived in Seoul, everything felt, uh, strange and loud.",
                 "I did not know, um, how to use a bank card or the subway.",
                 "A volunteer teacher, uh, helped me every Saturday morning.",
                 "Uh, she taught me that asking questions is not a weakness.",
                 "Now I help, um, younger students who have just arrived.",
                 "I want to become, uh, a social worker and open a small school."]
CHANGED = {"village": "town", "poor": "hungry", "fields": "farm", "cold": "freezing", "voice": "songs",
           "dreams": "hopes"}
FILLERS = ["I grew up, um, in a small village near the river.",
           "Uh, my family was very poor, and we often had, um, nothing to eat.",
           "My father worked in the fields, uh, from morning until night.",
           "Um, in winter the wind was so cold that we could not sleep.",
           "I still remember, uh, the voice of my grandmother singing to me.",
           "She told me that, um, I should never give up on my dreams."]


SCRIPT = CHECK if "--check" in sys.argv else TUNING


def readings(check: bool = "--check" in sys.argv) -> dict[str, list[tuple[str, int]]]:
    """Each take: (text said, the script sentence it is)."""
    script, swap, fillers = (CHECK, CHECK_CHANGED, CHECK_FILLERS) if check else (TUNING, CHANGED, FILLERS)

    def changed(text: str) -> str:
        return " ".join(w.replace(w.strip(".,"), swap.get(w.strip(".,"), w.strip(".,"))) for w in text.split())

    return {"faithful": [(script[n], n) for n in range(6)],
            "skipped": [(script[n], n) for n in (0, 1, 3, 4, 5)],
            "repeated": [(script[n], n) for n in (0, 1, 1, 2, 3, 4, 5)],
            "changed word": [(changed(script[n]), n) for n in range(6)],
            "fillers": [(fillers[n], n) for n in range(6)],
            "jump back": [(script[n], n) for n in (0, 1, 2, 3, 2, 3, 4, 5)]}


def render(parts: list[tuple[str, int]], folder: Path, name: str):  # noqa: ANN201 -> (path, spans, samples)
    import numpy as np
    import soundfile

    from app.drafting.voice import synthesize
    from app.practice.audio import to_16k_mono

    pieces, spans, at = [np.zeros(8000, dtype=np.float32)], [], 0.5
    for text, number in parts:
        samples, rate = synthesize(text, 1.0, varied=False)
        voice = to_16k_mono(samples, rate).astype(np.float32)
        pieces += [voice, np.zeros(int(0.7 * 16_000), dtype=np.float32)]
        spans.append((at, at + voice.size / 16_000, number))
        at += voice.size / 16_000 + 0.7
    pieces.append(np.zeros(16_000, dtype=np.float32))
    joined = np.concatenate(pieces)
    path = folder / f"{name.replace(' ', '-')}.wav"
    soundfile.write(path, joined, 16_000)
    return path, spans, joined


def word_ends(samples) -> list[tuple[int, float]]:  # noqa: ANN001
    """Faithful reading: (script word index, when it ends in the file), from Whisper's word times."""
    from app.practice.transcription import Transcriber

    heard = Transcriber("tiny.en", fillers=False).transcribe(samples).words
    script_words = " ".join(SCRIPT).split()
    out, h = [], 0
    for index, word in enumerate(script_words):
        near = [k for k in range(h, min(h + 3, len(heard)))
                if heard[k].word.strip(".,").lower() == word.strip(".,").lower()]
        if near:
            h = near[0]
            out.append((index, heard[h].end))
            h += 1
    return out


def main() -> None:
    import numpy as np
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.workspace import Workspace
    from models.store import SpeechStore
    from tests.support import virtual_audio
    from ui.practice.studio import PracticeStudio

    folder = Path(os.environ["MOKSORI_DATA_DIR"])
    takes = {name: render(parts, folder, name) for name, parts in readings().items()}
    server = virtual_audio.start(Path(tempfile.mkdtemp(prefix="pulse-")))
    os.environ.update({k: server.env[k] for k in ("XDG_RUNTIME_DIR", "PULSE_SERVER")})
    app = QApplication([])
    workspace = Workspace(SpeechStore.open(folder / "moksori.sqlite3"))
    store = workspace.store
    speech = store.create_speech("Prompter benchmark")
    store.insert_segments(speech.id, 0, [("", s) for s in SCRIPT])
    studio = PracticeStudio(workspace, speech.id)
    studio.resize(1280, 800)
    studio.show()
    studio.prompting.mode.setCurrentIndex(1)  # follows my voice
    view = studio.prompting.view

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    worst = {"gap": 0.0, "on": False}
    beat = QElapsedTimer()
    beat.start()

    def heartbeat() -> None:
        gap = beat.restart()
        if worst["on"]:
            worst["gap"] = max(worst["gap"], gap - 5)

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(heartbeat)
    ticker.start()
    from app.practice import sounds

    while not sounds.is_warm() or studio.hearing is None:
        wait(200)
    wait(500)
    totals = [0, 0]
    for name, (path, spans, samples) in takes.items():
        studio.start_recording()
        while studio.run is None or studio.run.recorder.seconds < 0.3:
            wait(20)
        tracking = studio.prompting.tracking
        worst.update(gap=0.0, on=True)
        player = server.play_into_microphone(path)
        started = time.monotonic()
        samples_seen: list[tuple[float, int]] = []
        while player.poll() is None:
            wait(100)
            samples_seen.append((time.monotonic() - started, view.sentence))
        worst["on"] = False
        marked = dict(view.marked_at)
        steps = list(tracking.step_seconds) if tracking else []
        studio.stop_recording()
        while studio.run is not None:
            wait(50)
        right = total = 0
        for start, end, number in spans:
            inside = [s for t, s in samples_seen if start + 1.0 <= t <= end]
            total += len(inside)
            right += sum(s == number for s in inside)
        totals[0] += right
        totals[1] += total
        line = (f"{name:13s}: highlight on the spoken sentence {right}/{total} ({right / max(1, total):.0%}); "
                f"longest GUI stall {worst['gap']:.0f} ms; blocks lost {studio.last_overflows}; tracker step "
                f"{np.median(steps) * 1000:.0f} ms median, {max(steps) * 1000:.0f} ms max")
        print(line, flush=True)
        if name == "faithful":
            delays = [marked[i] - started - end for i, end in word_ends(samples) if i in marked]
            missed = len(word_ends(samples)) - len(delays)
            print(f"  end of a word → its mark on screen: median {np.median(delays):.2f} s, 95th percentile "
                  f"{np.percentile(delays, 95):.2f} s, max {max(delays):.2f} s over {len(delays)} words "
                  f"({missed} never marked)", flush=True)
        wait(1000)
    print(f"all takes: highlight on the spoken sentence {totals[0]}/{totals[1]} "
          f"({totals[0] / max(1, totals[1]):.1%})")
    server.close()
    app.quit()


if __name__ == "__main__":
    main()
