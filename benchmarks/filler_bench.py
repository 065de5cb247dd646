"""Fillers she really made, found or missed; fillers invented on a clean reading.

Run:  .venv/bin/python benchmarks/filler_bench.py [MODEL] [--prompt "Um, so, uh, I was, um, there."]
(default model: base; --prompt sets the decoder's prompt for English, `FILLER_PROMPT`, for this run)
Makes two takes with the offline voice from the same three sentences: one with six fillers ("Um," and
"Uh," at sentence starts, "uh" and "um" mid-sentence, each followed by a short pause as a hesitation is),
one read cleanly. Each goes through the whole-file path (`Transcriber.transcribe`, as an imported
recording) and the live path (`LiveTranscription`, fed in 0.1 s blocks and stepped as the studio does),
then through the delivery report. Prints fillers found (of 6) and fillers invented on the clean take; then
the two sets as one take (12 fillers, ~45 s: a whole file longer than one window is decoded in batches).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ["HF_HUB_OFFLINE"] = "1"

WITH_FILLERS = [("Um,", 0.35), ("when I was eleven, my mother and I crossed the river at night.", 0.6),
                ("The water was, uh,", 0.4), ("so cold that I could not feel my feet.", 0.6),
                ("Uh,", 0.35), ("we walked for thirty days, and, um,", 0.45), ("I was afraid every single day.", 0.6),
                ("Today I, uh,", 0.4), ("study English, and, um,", 0.4), ("I want to become a nurse.", 0.8)]
SECOND = [("My grandmother taught me to, um,", 0.4), ("read by the light of a candle.", 0.7), ("Uh,", 0.35),
          ("we had no books at home,", 0.5), ("so she wrote, uh,", 0.4), ("words on the back of old calendars.", 0.7),
          ("When I came to Seoul, I was, um,", 0.45), ("afraid to speak.", 0.6), ("Um,", 0.35), ("now I, uh,", 0.4),
          ("speak in front of you.", 0.8)]  # written after the prompt was chosen on the first: a check, not a tuning


def _without_fillers(parts: list[tuple[str, float]]) -> str:
    import re

    text = " ".join(t for t, _ in parts)
    text = re.sub(r",? ?\b[Uu][hm],", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return ". ".join(s.strip()[0].upper() + s.strip()[1:] for s in text.split(".") if s.strip()) + "."


def takes(parts: list[tuple[str, float]] | None = None) -> dict[str, tuple]:
    import numpy as np

    from app.practice.audio import to_16k_mono
    from tests.support.speech import Part, compose

    parts = parts or WITH_FILLERS
    clean_text = _without_fillers(parts)
    made = {}
    for name, voiced in (("fillers", [Part(t, p) for t, p in parts]), ("clean", [Part(clean_text, 0.8)])):
        samples, rate = compose(voiced)
        made[name] = (to_16k_mono(samples, rate).astype(np.float32), clean_text)
    return made


def main() -> None:
    from app.practice import transcription
    from app.practice.transcription import Transcriber

    arguments = sys.argv[1:]
    if "--prompt" in arguments:
        at = arguments.index("--prompt")
        transcription.FILLER_PROMPT["en"] = arguments[at + 1]
        del arguments[at:at + 2]
    model = arguments[0] if arguments else "base"
    transcriber = Transcriber(model)
    transcriber.load()
    # the two sets as one take (~45 s): longer than one 30 s window, so a whole file is decoded in batches
    for label, parts in (("set 1", WITH_FILLERS), ("set 2", SECOND), ("sets 1+2", WITH_FILLERS + SECOND)):
        run(transcriber, model, label, parts)


def run(transcriber, model: str, label: str, parts: list[tuple[str, float]]) -> None:  # noqa: ANN001
    import re

    from app.practice.delivery import analyse
    from models.records import TimeLimits

    made = takes(parts)
    script = [s.strip() + "." for s in made["clean"][1].split(".") if s.strip()]
    for name, (samples, _text) in made.items():
        whole = transcriber.transcribe(samples)
        live = transcriber.live()
        for start in range(0, samples.size, 1600):
            live.feed(samples[start:start + 1600])
            live.step()
        live_transcript = live.finish()
        for path, transcript in (("whole file", whole), ("live", live_transcript)):
            report = analyse(transcript, script, TimeLimits(10, 600))
            found = [f"{f.word}@{f.start:.1f}" for f in report.fillers]
            expected = sum(len(re.findall(r"\b[Uu][hm]\b", text)) for text, _ in parts)
            wanted = f" of {expected}" if name == "fillers" else " (all invented)"
            print(f"{model} {label} {name:8s} {path:10s}: fillers {len(found)}{wanted}: {found}; "
                  f"accuracy {report.accuracy:.2f}; heard: {transcript.text[:120]}")


if __name__ == "__main__":
    main()
