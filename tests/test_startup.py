"""The real program starts: from the source tree, and as a PyInstaller one-folder build."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _env(data_dir: Path) -> dict[str, str]:
    return {**os.environ, "MOKSORI_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}


def test_smoke_opens_the_window_and_creates_the_private_database(data_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "ui.shell.launcher", "--smoke"], cwd=ROOT, env=_env(data_dir),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "window opened" in result.stdout
    assert "Korean sentences found: 2" in result.stdout
    assert re.search(r"sound check: \d+ frames", result.stdout), result.stdout  # Linux has hama's engine
    assert "6 sounds in 'Hyesan'" in result.stdout, result.stdout  # names: espeak-ng's guess
    assert "hearing process: ready" in result.stdout, result.stdout
    assert (data_dir / "moksori.sqlite3").exists()


def test_command_line_lists_and_exports_speeches(data_dir: Path) -> None:
    from models.store import SpeechStore

    store = SpeechStore.open(data_dir / "moksori.sqlite3")
    speech = store.create_speech("나의 꿈", speaker="Mina")
    store.insert_segments(speech.id, 0, [("저는 꿈이 있어요.", "I have a dream.")])
    store.close()
    listed = subprocess.run([sys.executable, "-m", "ui.shell.launcher", "speeches"], cwd=ROOT, env=_env(data_dir),
                            capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0 and f"{speech.id}\t나의 꿈\tMina" in listed.stdout
    exported = subprocess.run([sys.executable, "-m", "ui.shell.launcher", "export", str(speech.id)], cwd=ROOT,
                              env=_env(data_dir), capture_output=True, text=True, timeout=60)
    assert exported.returncode == 0
    assert "I have a dream." in exported.stdout and "저는 꿈이 있어요." in exported.stdout
    missing = subprocess.run([sys.executable, "-m", "ui.shell.launcher", "export", "999"], cwd=ROOT,
                             env=_env(data_dir), capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "no speech number 999" in missing.stderr


@pytest.mark.slow
def test_pyinstaller_build_starts(tmp_path: Path, data_dir: Path) -> None:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    if pyinstaller is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[dev]')")
    build = subprocess.run(
        [pyinstaller, "--noconfirm", "--log-level", "ERROR", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "build"), str(ROOT / "build_installer.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    program = tmp_path / "dist" / "moksori" / "moksori"
    result = subprocess.run([str(program), "--smoke"], env=_env(data_dir), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "window opened" in result.stdout and "Korean sentences found: 2" in result.stdout
    assert re.search(r"sound check: \d+ frames", result.stdout), result.stdout  # engine and weights bundled
    assert "6 sounds in 'Hyesan'" in result.stdout, result.stdout  # espeak-ng's data bundled
    assert "hearing process: ready" in result.stdout, result.stdout  # a built program starts its child
    # The bundle transcribes with the model it carries, offline.
    from tests.support.speech import Part, compose, write

    samples, rate = compose([Part("We walked for thirty days.", 0.3)])
    clip = write(tmp_path / "clip.flac", samples, rate)
    heard = subprocess.run([str(program), "transcribe", str(clip), "--model", "tiny.en"], env=_env(data_dir),
                           capture_output=True, text=True, timeout=300)
    assert heard.returncode == 0, heard.stderr
    assert "walked for 30 days" in heard.stdout
