"""Peak memory and speed for one long recording (an hour of a lecture, a whole contest day's audio).

Run:  .venv/bin/python benchmarks/long_file_bench.py [MINUTES] [MODEL]     (defaults: 60, tiny.en)
Reads benchmarks/speech_text.txt once with the offline Piper voice, repeats it (with a pause between
readings) to MINUTES, writes a FLAC, then runs `moksori transcribe` on it in a fresh process and reports
the child's peak resident memory (getrusage) and the real-time factor. Recordings longer than
`app.practice.transcription.PIECE_SECONDS` are transcribed in pieces cut at pauses, which is what keeps
the peak bounded; a single piece of an hour needed about 2.4 GB.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    minutes = float(sys.argv[1]) if len(sys.argv) > 1 else 60
    model = sys.argv[2] if len(sys.argv) > 2 else "tiny.en"
    from app.drafting.voice import synthesize

    text = (ROOT / "benchmarks" / "speech_text.txt").read_text(encoding="utf-8")
    pieces = []
    rate = 22_050
    for paragraph in [p for p in text.split("\n") if p.strip()]:
        samples, rate = synthesize(paragraph, 1.0, varied=False)
        pieces += [samples, np.zeros(rate // 2, dtype=np.float32)]
    reading = np.concatenate(pieces)
    repeats = int(np.ceil(minutes * 60 * rate / reading.size))
    audio = np.tile(reading, repeats)[: int(minutes * 60 * rate)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.flac"
        soundfile.write(path, audio, rate)
        env = {**os.environ, "MOKSORI_DATA_DIR": str(Path(folder) / "data"), "HF_HUB_OFFLINE": "1"}
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "ui.shell.launcher", "transcribe", str(path), "--model", model],
                                cwd=ROOT, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    words = len(result.stdout.split())
    print(f"| {minutes:g} min, {model} | exit {result.returncode} | {words} words | {seconds:.0f} s "
          f"(RTF {seconds / (minutes * 60):.3f}) | peak RSS {peak_mb:.0f} MB |")
    if result.returncode != 0:
        print(result.stderr[-2000:], file=sys.stderr)


if __name__ == "__main__":
    main()
