"""`moksori import-speech`, `share` and `receive` from the command line, and a mistyped command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.exchange import sealing
from models.store import SpeechStore


def moksori(args: list[str], data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "MOKSORI_DATA_DIR": str(data), **env}
    if "MOKSORI_PASSPHRASE" not in env:
        environment.pop("MOKSORI_PASSPHRASE", None)
    return subprocess.run([sys.executable, "-m", "ui.shell.launcher", *args], capture_output=True, text=True,
                          env=environment, timeout=120)


def test_import_share_and_receive_from_the_command_line(tmp_path: Path) -> None:
    text = tmp_path / "speech.txt"
    text.write_text("\ufeff저는 회령에서 태어났습니다.\tI was born in Hoeryong.\n\n겨울은 길었습니다.\t\n"
                    "\tThank you.\n", encoding="utf-8")
    made = moksori(["import-speech", str(text), "--title", "Winter"], tmp_path / "a")
    assert made.returncode == 0, made.stderr
    number = made.stdout.strip()
    assert number.isdigit()
    store = SpeechStore.open(tmp_path / "a" / "moksori.sqlite3")
    [speech] = store.speeches()
    assert speech.title == "Winter" and str(speech.id) == number
    assert [(s.korean, s.english) for s in store.segments(speech.id)] == [
        ("저는 회령에서 태어났습니다.", "I was born in Hoeryong."), ("겨울은 길었습니다.", ""), ("", "Thank you.")]
    store.close()

    secret = tmp_path / "passphrase.txt"
    secret.write_text("snow on the river\nignored second line\n", encoding="utf-8")
    no_passphrase = moksori(["share", number, "--bundle", str(tmp_path / "w.moksori")], tmp_path / "a")
    assert no_passphrase.returncode == 1 and "no passphrase" in no_passphrase.stderr
    page = moksori(["share", number, "--for-tutor", str(tmp_path / "w.html"), "--passphrase-file", str(secret)],
                   tmp_path / "a")
    assert page.returncode == 0, page.stderr
    assert "Hoeryong" not in (tmp_path / "w.html").read_text(encoding="utf-8")
    shared = moksori(["share", number, "--bundle", str(tmp_path / "w.moksori")], tmp_path / "a",
                     MOKSORI_PASSPHRASE="snow on the river")
    assert shared.returncode == 0, shared.stderr
    assert sealing.open_text((tmp_path / "w.moksori").read_text(encoding="utf-8"), "snow on the river")[0] == "bundle"

    received = moksori(["receive", str(tmp_path / "w.moksori"), "--passphrase-file", str(secret)], tmp_path / "b")
    assert received.returncode == 0, received.stderr
    assert received.stdout.split("\t")[1].startswith("“Winter”: new speech with 3 rows")
    wrong = moksori(["receive", str(tmp_path / "w.moksori")], tmp_path / "b", MOKSORI_PASSPHRASE="snow")
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1 and "passphrase is wrong" in wrong.stderr
    page_back = moksori(["receive", str(tmp_path / "w.html"), "--passphrase-file", str(secret)], tmp_path / "b")
    assert page_back.returncode == 1 and "page for the tutor" in page_back.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    assert moksori(["import-speech", str(empty)], tmp_path / "a").returncode == 1


def test_a_mistyped_command_is_reported_not_taken_for_the_window(tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}  # no screen there: the window must not be tried
    result = moksori(["import-speach", "x.txt"], tmp_path, **env)
    assert result.returncode == 2
    assert result.stderr.startswith("moksori: unknown command `import-speach`. Did you mean `moksori import-speech`?")
    assert "import-speech, share, receive" in result.stderr and "qt." not in result.stderr.lower()
