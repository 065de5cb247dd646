"""Reading recordings for the recogniser: any common format → 16 kHz mono float samples.

Decoding goes through PyAV (FFmpeg), which faster-whisper already depends on, so WAV, FLAC, MP3,
M4A/AAC and OGG all work without a system FFmpeg.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

SAMPLE_RATE = 16_000
SILENCE_PEAK = 10 ** (-50 / 20)  # quieter than -50 dBFS everywhere is treated as silence


class AudioError(Exception):
    """A recording cannot be used. `code`: missing, not_a_file, unreadable, empty, silent."""

    def __init__(self, code: str, path: Path | None, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.path = path
        self.detail = detail


def load_audio(path: Path) -> np.ndarray:
    """The whole recording at 16 kHz mono, float32 in [-1, 1]. Raises `AudioError`."""
    path = Path(path)
    if not path.exists():
        raise AudioError("missing", path, f"{path} does not exist")
    if not path.is_file():
        raise AudioError("not_a_file", path, f"{path} is not a file")
    if path.stat().st_size == 0:
        raise AudioError("empty", path, f"{path} is empty")
    from faster_whisper.audio import decode_audio

    try:
        samples = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as error:  # PyAV raises many kinds (InvalidDataError, ValueError, …) for non-audio files
        raise AudioError("unreadable", path, f"{path} is not a recording Moksori can read ({error})") from error
    samples = np.asarray(samples, dtype=np.float32)
    check_usable(samples, path)
    return samples


def check_usable(samples: np.ndarray, path: Path | None = None) -> None:
    """Raise `AudioError` for audio that has no length or nothing above the silence floor."""
    if samples.size < SAMPLE_RATE // 10:
        raise AudioError("empty", path, "the recording has no sound in it (less than 0.1 s)")
    if float(np.max(np.abs(samples))) < SILENCE_PEAK:
        raise AudioError("silent", path, "the recording is silent")


def duration(samples: np.ndarray) -> float:
    return samples.size / SAMPLE_RATE
