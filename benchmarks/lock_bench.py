"""The lock's costs on this machine: unlocking, saving a keystroke, backing up and restoring, opening and
analysing a take, each with the lock off and on.

Run:  .venv/bin/python benchmarks/lock_bench.py unlock
      .venv/bin/python benchmarks/lock_bench.py keystroke plain|locked
      .venv/bin/python benchmarks/lock_bench.py backup MEGABYTES          (e.g. 1024: takes of 10 MB each)
      .venv/bin/python benchmarks/lock_bench.py analyse plain|locked      (the 5-minute take of asr_bench.py)
`analyse` is one whole process (open the folder, decrypt and decode the take, transcribe it with the
default model): time the two with a pairing timer to get the ratio. Folders go to /tmp/moksori-lock-bench.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ["HF_HUB_OFFLINE"] = "1"
WORK = Path("/tmp/moksori-lock-bench")
PASSPHRASE = "benchmark passphrase, four words"


def unlock() -> None:
    from app.vault.keyring import Keyring

    folder = WORK / "unlock"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    Keyring.create(folder, PASSPHRASE)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        Keyring.unlock(folder, PASSPHRASE)
        times.append(time.perf_counter() - start)
    print(f"unlock (Argon2id, the default cost): median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f}, max {max(times):.3f}")


def keystroke(kind: str) -> None:
    from app.workspace import Workspace

    folder = WORK / f"keystroke-{kind}"
    shutil.rmtree(folder, ignore_errors=True)
    workspace = Workspace.open(folder)
    if kind == "locked":
        workspace.lock_on(PASSPHRASE)
    store = workspace.store
    speech = store.create_speech("Keystrokes")
    store.insert_segments(speech.id, 0, [("한 문장", "One sentence of the speech.")] * 60)
    segment = store.segments(speech.id)[30]
    text = "We walked for thirty days, and I was afraid every single day"
    times = []
    for n in range(1, 601):
        start = time.perf_counter()
        store.set_segment_text(segment.id, english=text[: n % len(text) + 1])
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"keystroke save ({kind}): median {statistics.median(times):.2f} ms, 95th {times[int(0.95 * len(times))]:.2f}"
          f" ms over {len(times)} saves")
    workspace.close()


def backup_figures(megabytes: int) -> None:
    import resource

    from app.practice import runs
    from app.vault import backup
    from app.workspace import Workspace

    folder, other = WORK / "backup-source", WORK / "backup-target"
    for path in (folder, other):
        shutil.rmtree(path, ignore_errors=True)
    workspace = Workspace.open(folder)
    workspace.lock_on(PASSPHRASE)
    speech = workspace.store.create_speech("A gigabyte of takes")
    block = os.urandom(10 * 1024 * 1024)  # incompressible, as FLAC is
    for n in range(max(1, megabytes // 10)):
        path = runs.take_base(workspace.store, speech.id).with_name(f"take-{n:04d}.flac")
        workspace.store.files.write(path, block[n:] + block[:n])
        workspace.store.add_take(speech.id, path.relative_to(folder).as_posix(), 300.0)
    target = WORK / "bench.moksori-backup"
    start = time.perf_counter()
    summary = backup.write(workspace.store, target, PASSPHRASE)
    made = time.perf_counter() - start
    size = target.stat().st_size / 1024 / 1024
    fresh = Workspace.open(other)
    fresh.lock_on(PASSPHRASE)
    start = time.perf_counter()
    backup.restore(fresh.store, target, PASSPHRASE)
    restored = time.perf_counter() - start
    print(f"backup of {summary.takes} takes ({size:.0f} MB file): {made:.1f} s ({size / made:.0f} MB/s); "
          f"restore into an empty locked folder (checked whole first, then written): {restored:.1f} s "
          f"({size / restored:.0f} MB/s); peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    workspace.close()
    fresh.close()


def analyse(kind: str) -> None:
    import asr_bench

    from app.practice import runs
    from app.practice.transcription import Transcriber
    from app.workspace import Workspace

    folder = WORK / f"analyse-{kind}"
    if not (folder / "ready").exists():
        shutil.rmtree(folder, ignore_errors=True)
        asr_bench.make_take()
        workspace = Workspace.open(folder)
        if kind == "locked":
            workspace.lock_on(PASSPHRASE)
        speech = workspace.store.create_speech("Five minutes")
        workspace.store.insert_segments(speech.id, 0, [("", s) for s in asr_bench.sentences()])
        runs.import_recording(workspace.store, speech.id, asr_bench.TAKE)
        workspace.close()
        (folder / "ready").touch()
        return  # the first call only prepares the folder (the warm-up run)
    start = time.perf_counter()
    workspace = Workspace.open(folder, passphrase=PASSPHRASE if kind == "locked" else None)
    opened = time.perf_counter() - start
    [speech] = workspace.store.speeches()
    [take] = workspace.store.takes(speech.id)
    start = time.perf_counter()
    samples = runs.load_take(workspace.store, take)
    loaded = time.perf_counter() - start
    transcriber = Transcriber()
    start = time.perf_counter()
    runs.save_analysis(workspace.store, take.id, transcriber.transcribe(samples))
    print(f"analyse ({kind}): open {opened:.2f} s, take decoded {loaded:.3f} s, transcribed and reported "
          f"{time.perf_counter() - start:.1f} s for {samples.size / 16000:.0f} s of audio")
    workspace.close()


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "unlock"
    if command == "unlock":
        unlock()
    elif command == "keystroke":
        keystroke(sys.argv[2])
    elif command == "backup":
        backup_figures(int(sys.argv[2]) if len(sys.argv) > 2 else 1024)
    elif command == "analyse":
        analyse(sys.argv[2])
    else:
        sys.exit(f"unknown: {command}")
