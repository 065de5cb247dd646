"""Exchange timings on this machine: sealing a page, receiving a suggestions file and merging a bundle for a
contest-sized speech (60 rows, 3 alternatives and a note per row). Run: .venv/bin/python benchmarks/exchange_bench.py"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.exchange import sealing, service  # noqa: E402
from models.records import Role  # noqa: E402
from models.store import SpeechStore  # noqa: E402

PASSPHRASE = "three green lanterns"


def timed(label: str, work):  # noqa: ANN001, ANN201
    start = time.perf_counter()
    result = work()
    print(f"{label}: {time.perf_counter() - start:.3f} s")
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        a = SpeechStore.open(Path(folder) / "a.sqlite3")
        b = SpeechStore.open(Path(folder) / "b.sqlite3")
        speech = a.create_speech("Benchmark")
        rows = a.insert_segments(speech.id, 0, [(f"한국어 문장 {i}입니다.", f"This is English sentence number {i}.")
                                                for i in range(60)])
        for row in rows:
            for n in range(3):
                a.add_alternative(row.id, f"Another way to say sentence {row.position}, number {n}.", "nuance",
                                  Role.TUTOR)
            a.add_note(speech.id, row.id, Role.TUTOR, "A note on this row.")
        timed("key derivation (PBKDF2-SHA256, 600 000 rounds)", lambda: sealing.derive(PASSPHRASE))
        page = timed("tutor's page written", lambda: service.tutor_page(a, speech.id, PASSPHRASE))
        print(f"tutor's page size: {len(page.encode()) / 1024:.0f} KiB")
        bundle = timed("bundle written", lambda: service.bundle(a, speech.id, PASSPHRASE))
        print(f"bundle size: {len(bundle.encode()) / 1024:.0f} KiB")
        kind, document = timed("bundle opened", lambda: service.open_file(bundle, PASSPHRASE))
        timed("bundle received (new speech)", lambda: service.receive(b, kind, document))
        for row in a.segments(speech.id)[::3]:
            a.set_segment_text(row.id, english=row.english + " Changed here.")
        kind, document = service.open_file(service.bundle(a, speech.id, PASSPHRASE), PASSPHRASE)
        timed("bundle merged (20 rows changed)", lambda: service.receive(b, kind, document))


if __name__ == "__main__":
    main()
