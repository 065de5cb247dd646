"""Reading recordings for the recogniser: any common format → 16 kHz mono float samples.

Decoding uses PyAV's public API (`av.open`, `AudioResampler`) directly, so WAV, FLAC, MP3, M4A/AAC and
OGG work without a system FFmpeg and no internal helper of another package (faster-whisper's
`decode_audio`, which broke on PyAV 19) stands between a recording and the app. Any thread may call it.

Two kinds of failure are kept apart, because they need different words for the user:
- `unreadable`: the file is not audio (FFmpeg cannot open it, or it holds no audio stream);
- `decode_failed`: it is audio, but decoding it failed inside Moksori (a bug or a broken decoder, not
  the user's file). The cause is logged with its traceback.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16_000
SILENCE_PEAK = 10 ** (-50 / 20)  # quieter than -50 dBFS everywhere is treated as silence

log = logging.getLogger(__name__)


class AudioError(Exception):
    """A recording cannot be used. `code`: missing, not_a_file, unreadable, decode_failed, empty, silent."""

    def __init__(self, code: str, path: Path | None, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.path = path
        self.detail = detail


def load_audio(path: Path, notes: list[str] | None = None, data: io.BytesIO | None = None) -> np.ndarray:
    """The whole recording at 16 kHz mono, float32 in [-1, 1]. Raises `AudioError`.

    `data`: the file's bytes, already in memory (a sealed take, opened by `app.vault.files`); `path` then
    only names it in messages. `notes` (if given) receives "truncated" when the file announces more audio
    than it holds (a copy cut short, a take a crash interrupted): what is there is still returned."""
    path = Path(path)
    if data is not None:
        if not data.getbuffer().nbytes:
            raise AudioError("empty", path, f"{path} is empty")
        samples, announced = _decode_with_length(path, data)
    elif not path.exists():
        raise AudioError("missing", path, f"{path} does not exist")
    elif not path.is_file():
        raise AudioError("not_a_file", path, f"{path} is not a file")
    elif path.stat().st_size == 0:
        raise AudioError("empty", path, f"{path} is empty")
    else:
        samples, announced = _decode_with_length(path)
    check_usable(samples, path)
    if notes is not None and announced and samples.size / SAMPLE_RATE < announced * 0.95 - 0.5:
        log.warning("%s announces %.1f s but holds %.1f s", path, announced, samples.size / SAMPLE_RATE)
        notes.append("truncated")
    return samples


def _decode_with_length(path: Path, data: io.BytesIO | None = None) -> tuple[np.ndarray, float]:
    """Every audio sample FFmpeg can recover from `path`, resampled to 16 kHz mono float32, and the length
    in seconds the file announces (0 when it does not say).

    A damaged stretch in the middle or at the end (a take cut short by a crash) is skipped, as a media
    player would; only a file with no decodable audio at all is refused.
    """
    import av

    try:
        container = av.open(data if data is not None else str(path), mode="r")
    except av.error.FFmpegError as error:  # InvalidDataError and kin: FFmpeg does not know this file
        raise AudioError("unreadable", path, f"{path} is not a recording ({error})") from error
    except OSError as error:
        raise AudioError("unreadable", path, f"{path} cannot be opened ({error})") from error
    try:
        with container:
            if not container.streams.audio:
                raise AudioError("unreadable", path, f"{path} holds no audio")
            stream = container.streams.audio[0]
            announced = float(stream.duration * stream.time_base) if stream.duration and stream.time_base else 0.0
            return _decode_stream(container, path, announced), announced
    except AudioError:
        raise
    except Exception as error:
        log.exception("decoding %s failed", path)
        raise AudioError("decode_failed", path, f"decoding {path} failed ({type(error).__name__}: {error})") \
            from error


def to_16k_mono(samples: np.ndarray, rate: int) -> np.ndarray:
    """Mono float samples at any rate, resampled to the recogniser's 16 kHz (FFmpeg's resampler)."""
    import av

    pcm = np.ascontiguousarray(np.asarray(samples, dtype=np.float32).reshape(1, -1))
    frame = av.AudioFrame.from_ndarray(pcm, format="flt", layout="mono")
    frame.rate = rate
    resampler = _resampler()
    chunks = [_samples(out) for out in resampler.resample(frame)]  # type: ignore[attr-defined]
    chunks += [_samples(out) for out in resampler.resample(None)]  # type: ignore[attr-defined]
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)


def _resampler() -> object:
    import av

    return av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)


class _Samples:
    """Decoded samples gathered into one array sized from the length the file announces, so an hour of
    audio costs its 230 MB once, not again for a list of pieces and their concatenation."""

    def __init__(self, expected: int) -> None:
        self.buffer = np.empty(max(expected, 0), dtype=np.float32)
        self.filled = 0
        self.extra: list[np.ndarray] = []  # beyond the announced length (a file that says too little)

    def add(self, chunk: np.ndarray) -> None:
        room = self.buffer.size - self.filled
        if not self.extra and chunk.size <= room:
            self.buffer[self.filled:self.filled + chunk.size] = chunk
            self.filled += chunk.size
            return
        if room > 0 and not self.extra:
            self.buffer[self.filled:] = chunk[:room]
            self.filled += room
            chunk = chunk[room:]
        self.extra.append(chunk)

    def result(self) -> np.ndarray:
        if self.extra:
            return np.concatenate([self.buffer[:self.filled], *self.extra])
        if self.filled < self.buffer.size * 0.9:  # a file cut short: don't keep the unused room alive
            return self.buffer[:self.filled].copy()
        return self.buffer[:self.filled]


def _decode_stream(container: object, path: Path, announced: float) -> np.ndarray:
    import av

    stream = container.streams.audio[0]  # type: ignore[attr-defined]
    resampler = _resampler()
    gathered = _Samples(int(announced * SAMPLE_RATE) + SAMPLE_RATE)
    damaged = decoded = 0
    for packet in container.demux(stream):  # type: ignore[attr-defined]
        try:
            frames = packet.decode()
        except av.error.InvalidDataError:
            damaged += 1
            continue
        for frame in frames:
            decoded += 1
            for resampled in resampler.resample(frame):  # type: ignore[attr-defined]
                gathered.add(_samples(resampled))
    for resampled in resampler.resample(None):  # type: ignore[attr-defined]
        gathered.add(_samples(resampled))
    if damaged:
        log.warning("%s: %d damaged audio packets skipped (%d decoded)", path, damaged, decoded)
    if not decoded:
        if damaged:
            raise AudioError("unreadable", path, f"{path}: no audio packet could be decoded")
        return np.zeros(0, dtype=np.float32)
    return gathered.result()


def _samples(frame: object) -> np.ndarray:
    # Packed float mono: one row of samples.
    return np.asarray(frame.to_ndarray(), dtype=np.float32).reshape(-1)  # type: ignore[attr-defined]


def check_usable(samples: np.ndarray, path: Path | None = None) -> None:
    """Raise `AudioError` for audio that has no length or nothing above the silence floor."""
    if samples.size < SAMPLE_RATE // 10:
        raise AudioError("empty", path, "the recording has no sound in it (less than 0.1 s)")
    if max(float(samples.max()), -float(samples.min())) < SILENCE_PEAK:  # no |x| copy of an hour of audio
        raise AudioError("silent", path, "the recording is silent")


def duration(samples: np.ndarray) -> float:
    return samples.size / SAMPLE_RATE
