"""`moksori transcribe` / `moksori analyze` as a user runs them: real processes, real files, no network."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.support.speech import Part, compose, write

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = "My name is Mina.\nI was born in a small city near the river.\nWe walked for thirty days.\n"


def moksori(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT, prefix: list[str] | None = None):
    return subprocess.run([*(prefix or []), sys.executable, "-m", "ui.shell.launcher", *args], cwd=cwd,
                          env=env or dict(os.environ), capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("cli")
    samples, rate = compose([Part("My name is Mina.", 0.4), Part("I was born in a big city near the river.", 1.6),
                             Part("Um, we walked for days.", 0.3)])
    script = folder / "script.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    return {"take": write(folder / "take.mp3", samples, rate), "script": script}


def test_analyze_json_reports_what_was_really_said(files: dict[str, Path]) -> None:
    result = moksori("analyze", str(files["take"]), "--script", str(files["script"]), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {"duration_seconds", "speaking_seconds", "words_per_minute", "accuracy", "script_words", "omitted",
            "substituted", "inserted", "fillers", "hesitations", "pauses", "unclear", "transcript",
            "words"} <= report.keys()
    assert [(o["word"], o["script_index"]) for o in report["omitted"]] == [("thirty", 17)]
    assert [(s["expected"], s["said"]) for s in report["substituted"]] == [("small", "big")]
    assert report["inserted"] == [] and [f["word"] for f in report["fillers"]] == ["Um"]
    assert len(report["pauses"]) == 1 and report["pauses"][0]["script_index"] == 14
    assert report["script_words"] == 19 and report["accuracy"] == pytest.approx(17 / 19, abs=1e-4)
    assert all(w.keys() >= {"word", "start", "end", "probability"} for w in report["words"])


def test_analyze_prints_a_readable_report_and_transcribe_writes_subtitles(files: dict[str, Path],
                                                                          tmp_path: Path) -> None:
    text = moksori("analyze", str(files["take"]), "--script", str(files["script"]), "--model", "tiny.en")
    assert text.returncode == 0, text.stderr
    assert "Script accuracy" in text.stdout and "Left out (1):" in text.stdout and "'thirty'" in text.stdout
    out = tmp_path / "take.vtt"
    vtt = moksori("transcribe", str(files["take"]), "--format", "vtt", "--output", str(out), "--model", "tiny.en")
    assert vtt.returncode == 0, vtt.stderr
    assert out.read_text(encoding="utf-8").startswith("WEBVTT") and "Mina" in out.read_text(encoding="utf-8")


def test_bad_input_gives_one_line_and_a_failing_exit(files: dict[str, Path], tmp_path: Path) -> None:
    empty, text, silent, empty_script = (tmp_path / n for n in ("empty.wav", "notes.m4a", "silent.flac", "e.txt"))
    empty.write_bytes(b"")
    text.write_text("these are notes, not sound", encoding="utf-8")
    write(silent, np.zeros(16000 * 2, dtype=np.float32), 16000)
    empty_script.write_text(" \n\n", encoding="utf-8")
    take, script = str(files["take"]), str(files["script"])
    cases = {
        "no such file": ("transcribe", str(tmp_path / "missing.wav")),
        "is empty": ("transcribe", str(empty)),
        "not a recording": ("analyze", str(text), "--script", script),
        "is silent": ("analyze", str(silent), "--script", script),
        "script is empty": ("analyze", take, "--script", str(empty_script)),
        "no such script": ("analyze", take, "--script", str(tmp_path / "none.txt")),
        "unknown model": ("transcribe", take, "--model", "large-v9"),
        "English only": ("transcribe", take, "--model", "tiny.en", "--language", "ko"),
    }
    for expected, args in cases.items():
        result = moksori(*args)
        assert result.returncode == 1, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("moksori: ") and expected in lines[0], (args, result.stderr)
        assert "Traceback" not in result.stderr and result.stdout == ""


# ------------------------------------------------------------------------------------------- privacy

NETWORK_SOCKET = re.compile(r"socket\((AF_INET|AF_INET6|AF_PACKET|AF_NETLINK)")


def traced(command: list[str], env: dict[str, str], tmp_path: Path) -> tuple[subprocess.CompletedProcess, str]:
    log = tmp_path / "trace.txt"
    prefix = ["strace", "-f", "-qq", "-o", str(log), "-e", "trace=socket,connect,openat,open,creat,mkdir,rename"]
    result = subprocess.run([*prefix, *command], env=env, capture_output=True, text=True, timeout=600, cwd=ROOT)
    return result, log.read_text(encoding="utf-8", errors="replace")


def written_paths(trace: str) -> set[str]:
    paths = set()
    for line in trace.splitlines():
        if "ENOENT" in line or "EEXIST" in line:
            continue
        if re.search(r"O_WRONLY|O_RDWR|O_CREAT", line) or " mkdir(" in line or " rename(" in line:
            paths.update(re.findall(r'"([^"]+)"', line))
    return paths


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (bash .ci/setup installs it)")
def test_the_pipeline_opens_no_network_socket_and_writes_only_its_own_folders(files: dict[str, Path],
                                                                              tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), PYTHONDONTWRITEBYTECODE="1", MOKSORI_DATA_DIR=str(tmp_path / "data"),
               MOKSORI_MODELS_DIR=str(tmp_path / "models"))
    env.pop("ORT_DISABLE_TELEMETRY", None)  # the program must set it itself
    env.pop("HF_HUB_OFFLINE", None)
    command = [sys.executable, "-m", "ui.shell.launcher", "analyze", str(files["take"]),
               "--script", str(files["script"]), "--json"]
    result, trace = traced(command, env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert not NETWORK_SOCKET.findall(trace), [line for line in trace.splitlines() if "socket(" in line]
    allowed = (str(tmp_path / "models"), str(tmp_path / "data"), "/dev/shm/", "/dev/null", "/dev/tty")
    strays = sorted(p for p in written_paths(trace) if not p.startswith(allowed))
    assert strays == [], strays
    assert list(home.rglob("*")) == []  # no telemetry files, no caches in the user's home


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (bash .ci/setup installs it)")
def test_the_privacy_check_does_see_sockets_and_stray_files(tmp_path: Path) -> None:
    """The check above can fail: a program that opens a socket and writes a file is caught."""
    stray = tmp_path / "elsewhere.txt"
    snippet = f"import socket; socket.socket(socket.AF_INET).close(); open({str(stray)!r}, 'w').close()"
    result, trace = traced([sys.executable, "-c", snippet], dict(os.environ), tmp_path)
    assert result.returncode == 0, result.stderr
    assert NETWORK_SOCKET.findall(trace)
    assert str(stray) in written_paths(trace)


def test_noise_is_said_to_hold_no_speech(tmp_path: Path) -> None:
    noise = tmp_path / "noise.wav"
    write(noise, (np.random.default_rng(3).normal(0, 0.05, 16_000 * 4)).astype(np.float32), 16_000)
    heard = moksori("transcribe", str(noise), "--model", "tiny.en")
    assert heard.returncode == 1 and heard.stderr.startswith("moksori: ") and "no speech" in heard.stderr, heard
    assert heard.stderr.count("\n") == 1 and heard.stdout == ""
