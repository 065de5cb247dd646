"""A data folder with one of everything in it, for the lock's tests: the sentences any file must not show."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile

from app import settings as S
from app.contest.presets import rubric
from app.practice import runs
from app.vault.crypto import KdfParams
from app.workspace import Workspace

FAST = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)  # tests only: the real cost is 0.5 s
SECRETS = ["My aunt still lives in Hyesan near the river.", "이모는 아직 혜산 강가에 살아요.",
           "Kim Sol-mi crossed in the winter of 2019.", "The Tumen froze that night."]
TITLE = "Crossing the Tumen"


def fill(workspace: Workspace, tmp: Path) -> dict:
    """A speech with rows, a note, a version, two takes; a contest; a setting; a log line."""
    store = workspace.store
    speech = store.create_speech(TITLE, "Kim Sol-mi")
    store.insert_segments(speech.id, 0, [(SECRETS[1], SECRETS[0]), ("", SECRETS[2]), ("", SECRETS[3])])
    recording = tmp / "run.wav"
    tone = (np.sin(np.arange(48_000) / 7) * 0.3).astype(np.float32)
    soundfile.write(recording, tone, 16_000)
    first = runs.import_recording(store, speech.id, recording)
    soundfile.write(recording, tone[::-1].copy(), 16_000)
    second = runs.import_recording(store, speech.id, recording)
    contest = store.create_contest("Unification Speech Contest", "2026-12-05", {}, rubric("classic"))
    workspace.settings.set(S.PACE_WPM, 123)
    import logging

    logging.getLogger("app.test").warning("a line in the log")
    return {"speech": speech.id, "takes": [first.id, second.id], "contest": contest.id,
            "audio": runs.load_take(store, first)}


def snapshot(workspace: Workspace) -> dict:
    """What she would see: her speeches and rows, takes with their audio, contests, settings."""
    store = workspace.store
    speeches = {}
    for speech in store.speeches():
        takes = [(t.title, t.seconds, runs.load_take(store, t).tobytes()) for t in store.takes(speech.id)]
        speeches[speech.uid] = (speech.title, [(s.korean, s.english) for s in store.segments(speech.id)], takes)
    contests = [(c.uid, c.name, c.date) for c in store.contests()]
    return {"speeches": speeches, "contests": contests, "pace": workspace.settings.get(S.PACE_WPM)}


def files_showing(folder: Path, needles: list[str]) -> list[str]:
    """Every file under `folder` (any depth, any kind) in which one of `needles` appears, as UTF-8 bytes."""
    wanted = [n.encode("utf-8") for n in needles]
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and any(w in p.read_bytes() for w in wanted))
