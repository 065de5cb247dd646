"""The workspace: one data folder, its settings, its log, and failures that never vanish."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from app import settings as S
from app.practice.recorder import finish_partial, partial_paths
from app.practice.runs import recover_unfinished, take_base
from app.workspace import Workspace
from models.database import StoreError
from models.store import SpeechStore

ROOT = Path(__file__).resolve().parent.parent


def test_a_new_workspace_is_private_and_keeps_its_parts_inside(tmp_path: Path) -> None:
    folder = tmp_path / "usb" / "Moksori"
    workspace = Workspace.open(folder)
    try:
        assert workspace.folder == folder and workspace.database_path.is_file()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for part in (workspace.takes_dir, workspace.voice_cache_dir, workspace.log_file):
            assert part is not None and folder in part.parents
        assert workspace.log_file is not None and stat.S_IMODE(workspace.log_file.stat().st_mode) == 0o600
    finally:
        workspace.close()


def test_settings_have_one_declaration_and_survive_bad_values(store: SpeechStore) -> None:
    settings = Workspace(store).settings
    assert settings.get(S.PACE_WPM) == 120 and settings.get(S.LANGUAGE) == ""
    settings.set(S.PACE_WPM, 140)
    assert Workspace(store).settings.get(S.PACE_WPM) == 140
    store.set_setting("pace_wpm", "fast")  # an older version or a hand-edited file
    store.set_setting("listen_speed", True)
    assert settings.get(S.PACE_WPM) == 120 and settings.get(S.LISTEN_SPEED) == 1.0
    for setting, wrong in ((S.PACE_WPM, 5000), (S.LANGUAGE, "fr"), (S.TEXT_ZOOM, "1"), (S.ROLE, "judge")):
        with pytest.raises(ValueError):
            settings.set(setting, wrong)
    assert store.setting("language", None) is None  # nothing stored by a refused value


def test_a_failed_task_nobody_handles_is_shown_in_the_interface_language_and_logged(
        qtbot: QtBot, store: SpeechStore) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ui.tasks import run_task

    workspace = Workspace(store)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    def work() -> None:
        raise ValueError("secret internal detail")

    run_task(window, work)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "failureMessage") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "failureMessage")
    assert box is not None and not box.isModal()
    assert "secret internal detail" not in box.text() and "log" in box.text()
    assert workspace.log_file is not None
    logged = workspace.log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ValueError: secret internal detail" in logged


def _read_only_mount(folder: Path, tmp_path: Path) -> Path:
    """`folder` seen through a read-only bind mount (EROFS, as on a locked USB stick or a read-only share)."""
    if os.geteuid() != 0:
        pytest.skip("a read-only mount needs root")
    view = tmp_path / "view"
    view.mkdir()
    for command in (["mount", "--bind", str(folder), str(view)], ["mount", "-o", "remount,bind,ro", str(view)]):
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            subprocess.run(["umount", str(view)], capture_output=True)
            pytest.skip(f"cannot mount here: {result.stderr.strip()}")
    return view


def test_a_read_only_data_folder_gives_one_clear_line_not_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    Workspace.open(folder).close()
    os.chmod(folder, 0o755)  # as a folder copied from elsewhere: the app would make it private
    view = _read_only_mount(folder, tmp_path)
    try:
        for data in (view, view / "new"):
            env = {**os.environ, "MOKSORI_DATA_DIR": str(data)}
            result = subprocess.run([sys.executable, "-m", "ui.shell.launcher", "speeches"], env=env,
                                    capture_output=True, text=True, cwd=ROOT, timeout=120)
            assert "Traceback" not in result.stderr, result.stderr
            if result.returncode != 0:  # the database cannot be opened for writing: one line that says why
                assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
                assert result.stderr.startswith("moksori: ") and "read-only" in result.stderr, result.stderr
        with pytest.raises(StoreError):
            Workspace.open(view / "new")
    finally:
        subprocess.run(["umount", str(view)], capture_output=True)


def test_a_take_listed_just_before_a_crash_is_not_listed_twice(store: SpeechStore) -> None:
    speech = store.create_speech("Crash")
    base = take_base(store, speech.id)
    base.parent.mkdir(parents=True)
    pcm, _note = partial_paths(base)
    pcm.write_bytes((np.sin(np.arange(16_000) / 8) * 8000).astype("<i2").tobytes())
    # The recorder finished the FLAC and the take was listed; the crash came before the partial file went.
    recording = finish_partial(base, keep_partial=True)
    store.add_take(speech.id, recording.path.relative_to(store.path.parent).as_posix(), recording.seconds)
    assert recover_unfinished(store, speech.id) == []
    assert len(store.takes(speech.id)) == 1 and not pcm.exists()


DIALOG = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
app = QApplication([])
if sys.argv[2] == "confined":
    from ui.shell.application import confine_qt_settings
    confine_qt_settings(Path(sys.argv[1]) / "data")
dialog = QFileDialog(None, "Import a recording", sys.argv[1])
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
QTimer.singleShot(200, dialog.reject)
dialog.exec()
del dialog
"""


@pytest.mark.parametrize("mode", ["qt-default", "confined"])
def test_qt_writes_no_settings_outside_the_data_folder(tmp_path: Path, mode: str) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", DIALOG, str(tmp_path), mode], env=env, cwd=ROOT, timeout=60, check=True,
                   capture_output=True)
    outside = list((tmp_path / "config").rglob("*.conf"))
    if mode == "qt-default":  # the trace the app must avoid: proves this test can see it
        assert outside
    else:
        assert outside == [] and list((tmp_path / "data").rglob("QtProject.conf"))


def test_erasing_for_good_removes_her_voice_from_disk(store: SpeechStore, tmp_path: Path) -> None:
    import soundfile

    from app.practice import runs as practice

    workspace = Workspace(store)
    speech = store.create_speech("My story")
    recording = tmp_path / "phone.wav"
    soundfile.write(recording, (np.sin(np.arange(32_000) / 5) * 0.3).astype(np.float32), 16_000)
    kept, deleted = (practice.import_recording(store, speech.id, recording) for _ in range(2))
    read_aloud = workspace.voice_cache_dir / str(speech.id) / "sentence.wav"
    read_aloud.parent.mkdir(parents=True)
    read_aloud.write_bytes(b"RIFF")
    store.delete_take(deleted.id)
    assert practice.audio_path(store, deleted).exists()  # a deleted take can still be brought back
    assert practice.erase_deleted_takes(store, speech.id) == 1
    assert not practice.audio_path(store, deleted).exists() and practice.audio_path(store, kept).exists()
    assert store.takes(speech.id, deleted=True) == []
    store.add_speech_word(speech.id, "Hyesan")
    store.ignore_issue(speech.id, 1, "Hyesan")
    copy = store.duplicate_speech(speech.id, "My story (copy)")
    assert store.speech_words(copy.id) == ["Hyesan"]  # her words travel with the speech
    store.delete_speech(speech.id)
    workspace.erase_speech(speech.id)
    assert store.speech_words(speech.id) == [] and store.ignored_issues(speech.id) == []
    assert not (workspace.takes_dir / str(speech.id)).exists() and not read_aloud.parent.exists()
    assert store.speeches(deleted=True) == []


def test_a_model_join_killed_half_way_is_cleaned_at_the_next_start(models_dir: Path) -> None:
    import time

    from app.practice import asr_models

    stale, current = models_dir / ".whisper-base-killed", models_dir / ".whisper-base-joining-now"
    for folder in (stale, current):
        folder.mkdir()
        (folder / "model.bin").write_bytes(b"\0" * 1_000_000)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    try:
        assert (asr_models._assembled_base() / "model.bin").stat().st_size == asr_models.BASE_MODEL_SIZE
        assert not stale.exists() and current.exists()  # another Moksori may be joining right now
    finally:
        import shutil

        shutil.rmtree(current, ignore_errors=True)
