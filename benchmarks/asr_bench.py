"""Speech-recognition figures on this machine: real-time factor, model load, peak memory, contention.

Run:  .venv/bin/python benchmarks/asr_bench.py            (about 10 minutes on 2 cores)
Makes a 5-minute take with the offline Piper voice (benchmarks/speech_text.txt, read twice, cut at 5:00),
then, for each shipped model, in a fresh process each time:
  - whole-file `analyze` (transcription + report): time, real-time factor (RTF = time / audio length), peak RSS;
  - the same with a second, CPU-bound process running (a busy machine);
  - live mode: the take fed in half-second blocks with `step()` between (as the studio does while recording),
    then the time from "stop" to the finished report (`finish()` + `analyse()`).
Prints a Markdown table for docs/PERFORMANCE.md.
`--sounds`: only the default model's two paths (whole file on 2 cores, live on 1), without and with the
sound check (the phoneme recogniser beside the transcription, then the judged report): about 5 minutes.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
CACHE = ROOT / "benchmarks" / ".cache"
TAKE = CACHE / "take-5min.flac"
SECONDS = 300


def sentences() -> list[str]:
    text = (ROOT / "benchmarks" / "speech_text.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines + lines


def make_take() -> None:
    if TAKE.exists():
        return
    import numpy as np
    import soundfile

    from app.drafting.voice import synthesize

    CACHE.mkdir(exist_ok=True)
    pieces, total, rate = [], 0.0, 22050
    for number, line in enumerate(sentences()):
        samples, rate = synthesize(line, 0.9 if number < len(sentences()) // 2 else 1.0)
        pieces += [samples, np.zeros(int(0.7 * rate), dtype=np.float32)]
        total += samples.size / rate + 0.7
        if total >= SECONDS:
            break
    audio = np.concatenate(pieces)[: SECONDS * rate]
    soundfile.write(TAKE, audio, rate)


def one(model: str, mode: str, threads: int | None, beam: int, check_sounds: bool = False) -> dict:
    """One row. `check_sounds`: as the app does since the sound check — the phoneme recogniser hears the take
    beside the transcription (live: stepped with it; file: on its own thread) and the report is judged."""
    from app.practice import listening, reference, sounds
    from app.practice.audio import SAMPLE_RATE, load_audio
    from app.practice.delivery import analyse
    from app.practice.hearing import Background
    from app.practice.runs import judged_report, transcribe_and_hear
    from app.practice.transcription import Transcriber

    def report_of(transcript, frames):  # noqa: ANN001, ANN202
        if not check_sounds:
            return analyse(transcript, sentences())
        return judged_report(transcript, sentences(), None, frames, "checked", samples)

    if check_sounds:  # the app loads these while the window opens; not part of a take's time
        sounds.arpabet("warm")
        sounds.sounds_like(["W", "AO1", "R", "M"])

    samples = load_audio(TAKE)
    started = time.perf_counter()
    transcriber = Transcriber(model, threads=threads, beam_size=beam)
    transcriber.load()
    loaded = time.perf_counter()
    result: dict = {"model": model, "mode": mode, "threads": transcriber.threads, "beam": beam,
                    "load_s": round(loaded - started, 2)}
    result["sounds"] = check_sounds
    if mode == "live":
        live = transcriber.live()
        hearing = listening.LiveFrames(listening.shared_listener()) if check_sounds else None
        if check_sounds:  # as PracticeRun.start: the voice's reference readings while she records
            reference.warm_in_background(sentences())
        step_time = 0.0
        for start in range(0, samples.size, SAMPLE_RATE // 2):
            live.feed(samples[start:start + SAMPLE_RATE // 2])
            if hearing:
                hearing.feed(samples[start:start + SAMPLE_RATE // 2])
            t = time.perf_counter()
            live.step()
            if hearing:
                hearing.step()
            step_time += time.perf_counter() - t
        stop = time.perf_counter()
        rest = Background(hearing.finish) if hearing else None
        transcript = live.finish()
        report = report_of(transcript, rest.result() if rest else None)
        result["stop_to_report_s"] = round(time.perf_counter() - stop, 2)
        result["work_while_recording_s"] = round(step_time, 1)
    else:
        t = time.perf_counter()
        if check_sounds:  # as the app does: each part transcribed, then heard, on its own lane; and, beside
            readings = reference.warm_in_background(sentences())  # them, the voice's readings (runs.analyse_take)
            transcript, frames, _state = transcribe_and_hear(samples, transcriber)
            readings.join()
        else:
            transcript, frames = transcriber.transcribe(samples), None
        report = report_of(transcript, frames)
        result["analyze_s"] = round(time.perf_counter() - t, 1)
        result["rtf"] = round(result["analyze_s"] / (samples.size / SAMPLE_RATE), 3)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    result["accuracy"] = report.accuracy
    result["fillers"] = len(report.fillers)
    result["marks_per_100"] = round(100 * (len(report.substituted) + len(report.unclear) + len(report.sound_swaps))
                                    / max(1, report.script_words), 2)
    return result


def run(model: str, mode: str, threads: int | None = None, busy: bool = False, beam: int = 5,
        check_sounds: bool = False) -> dict:
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"]) if busy else None
    try:
        args = [sys.executable, __file__, "--one", model, mode, str(threads or 0), str(beam), str(int(check_sounds))]
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
        result = json.loads(out.strip().splitlines()[-1])
        result["busy"] = busy
        return result
    finally:
        if hog:
            hog.kill()


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(one(sys.argv[2], sys.argv[3], int(sys.argv[4]) or None, int(sys.argv[5]),
                             bool(int(sys.argv[6])))))
        return
    make_take()
    if sys.argv[1:2] == ["--sounds"]:  # the app's default path, without and with the sound check
        for check in (False, True):
            for row in (run("base", "file", threads=os.cpu_count(), beam=1, check_sounds=check),
                        run("base", "live", beam=1, check_sounds=check)):
                print(json.dumps(row), flush=True)
        return
    rows = []
    everything = sys.argv[1:2] != ["--beam1"]
    for model in ("base", "tiny.en") if everything else ("base",):
        for beam in (5, 1) if model == "base" else (5,):
            if everything or beam == 1:
                rows.append(run(model, "file", beam=beam))
                rows.append(run(model, "file", threads=os.cpu_count(), beam=beam))
                rows.append(run(model, "file", threads=os.cpu_count(), busy=True, beam=beam))
                rows.append(run(model, "live", beam=beam))
                for row in rows[-4:]:
                    print(json.dumps(row), flush=True)
    print("\n| model | beam | mode | threads | other busy process | load s | analyze s | RTF | stop→report s |"
          " peak RSS MB | accuracy |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['model']} | {r['beam']} | {r['mode']} | {r['threads']} | {'yes' if r['busy'] else 'no'} | "
              f"{r['load_s']} | "
              f"{r.get('analyze_s', '—')} | {r.get('rtf', '—')} | {r.get('stop_to_report_s', '—')} | "
              f"{r['peak_rss_mb']} | {r['accuracy']:.3f} |")


if __name__ == "__main__":
    main()
