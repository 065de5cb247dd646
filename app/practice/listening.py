"""The phoneme recogniser: a take (or the last seconds of one) turned into per-frame sound probabilities.

`hama` (Apache-2.0) ships a 4.7 MB CTC model with its weights and a small native engine (no onnxruntime);
the engine exists for Linux and macOS only, so `unavailable()` says why it cannot run elsewhere. We read its
per-frame log-probabilities through its session object, which is why `hama` is pinned exactly. Used by the
sound check (`sounds.py`) and the prompter's tracker (`follow.py`); this module knows nothing of words.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from app.practice.audio import SAMPLE_RATE

log = logging.getLogger(__name__)

FRAME_SECONDS = 0.02  # the recogniser's output step (320 samples at 16 kHz)
CHUNK_SECONDS = 8.0  # audio per recogniser call, cut at a quiet moment (its cost grows faster than length)


def unavailable() -> str | None:
    """Why the sound check cannot run on this computer, or None when it can."""
    try:
        from hama import _engine
    except ImportError:
        return "the phoneme recogniser (hama) is not installed"
    except Exception as error:  # noqa: BLE001 - it loads its native library on import
        return f"the phoneme recogniser (hama) cannot load: {error}"
    try:
        if not _engine.available():
            return "the phoneme recogniser (hama) has no engine for this system"
    except Exception as error:  # noqa: BLE001 - a broken native library is reported, not raised
        return f"the phoneme recogniser (hama) cannot load: {error}"
    return None


@dataclass(frozen=True)
class Frames:
    """Per-frame log probabilities of a stretch of the take, from `start` seconds."""

    start: float
    log_probs: np.ndarray  # (frames, symbols), log-softmax

    @property
    def end(self) -> float:
        return self.start + self.log_probs.shape[0] * FRAME_SECONDS


def frames_between(frames: list[Frames], start: float, end: float) -> np.ndarray | None:
    """The log probabilities from `start` to `end` seconds into the take, from the stretch their middle falls in;
    None when no stretch holds it or fewer than three frames remain."""
    part = next((f for f in frames if f.start <= (start + end) / 2 < f.end), None)
    if part is None:
        return None
    a = max(0, int((start - part.start) / FRAME_SECONDS))
    b = min(part.log_probs.shape[0], int((end - part.start) / FRAME_SECONDS) + 1)
    return part.log_probs[a:b] if b - a >= 3 else None


class Listener:
    """The phoneme recogniser, loaded on first use (0.1 s). One call at a time; thread-safe."""

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()

    def _loaded(self):  # -> hama.ASRModel
        if self._model is None:
            from hama import ASRModel

            self._model = ASRModel()
        return self._model

    def symbols(self) -> dict[str, int]:
        with self._lock:
            return {s: i for i, s in enumerate(self._loaded().decoder_tokens)}

    def blank(self) -> int:
        with self._lock:
            return int(self._loaded().blank_id)

    def frames(self, samples: np.ndarray, offset: float = 0.0) -> list[Frames]:
        """The take (16 kHz mono) in stretches of about `CHUNK_SECONDS`, cut where it is quietest."""
        return [self.run(samples[a:b], offset + a / SAMPLE_RATE) for a, b in _pieces(samples)
                if b - a >= SAMPLE_RATE // 10]

    def run(self, samples: np.ndarray, start: float) -> Frames:
        """One stretch (at most 30 s: the recogniser's limit) starting `start` seconds into the take."""
        with self._lock:
            model = self._loaded()
            session = model.session
            inputs = [node.name for node in session.get_inputs()]
            outputs = [node.name for node in session.get_outputs()]
            wave = np.ascontiguousarray(samples, dtype=np.float32).reshape(1, -1)
            names = {"log": next(n for n in outputs if n.startswith("log_probs")),
                     "len": next(n for n in outputs if n.startswith("out_length"))}
            feeds = {next(n for n in inputs if n.startswith("waveform") and "length" not in n): wave,
                     next(n for n in inputs if "length" in n): np.array([wave.shape[1]], dtype=np.int64)}
            log_probs, lengths = session.run([names["log"], names["len"]], feeds)
        valid = int(np.asarray(lengths).reshape(-1)[0])
        values = np.asarray(log_probs[0][:valid], dtype=np.float64)
        top = values.max(axis=1, keepdims=True)
        values = values - (top + np.log(np.exp(values - top).sum(axis=1, keepdims=True)))
        return Frames(start, values.astype(np.float32))  # 5 minutes: 11 MB


_listeners: dict[int, Listener] = {}
_listeners_lock = threading.Lock()


def shared_listener(lane: int = 0) -> Listener:
    """One recogniser per process (4.7 MB of weights, ~100 MB while running); a whole file heard on two
    lanes at once (`lanes.py`) gives the second lane its own, since one recogniser hears one stretch at a time."""
    with _listeners_lock:
        if lane not in _listeners:
            _listeners[lane] = Listener()
        return _listeners[lane]


def hear_frames(samples: np.ndarray, cancelled: Callable[[], bool] | None = None, offset: float = 0.0,
                lane: int = 0, progress: Callable[[float], None] | None = None) -> tuple[list[Frames] | None, str]:
    """The sound frames of `samples` (which start `offset` seconds into the take) and "checked"; or None and
    why not: "unavailable" (no engine for this system), "cancelled", or "failed" (the recogniser raised:
    logged, and the report says the sounds were not checked). `progress` gets the fraction heard."""
    reason = unavailable()
    if reason:
        log.info("sounds not checked: %s", reason)
        return None, "unavailable"
    listener = shared_listener(lane)
    frames: list[Frames] = []
    stretches = _pieces(samples)
    try:
        for a, b in stretches:
            if cancelled and cancelled():
                return None, "cancelled"
            if b - a >= SAMPLE_RATE // 10:
                frames.append(listener.run(samples[a:b], offset + a / SAMPLE_RATE))
            if progress:
                progress(b / samples.size)
    except Exception:  # noqa: BLE001 - the native recogniser failing must not lose the report
        log.exception("the sound check failed")
        return None, "failed"
    return frames, "checked"


def _pieces(samples: np.ndarray) -> list[tuple[int, int]]:
    from app.practice.transcription import pieces

    return pieces(samples, CHUNK_SECONDS)


class LiveFrames:
    """Sound frames made while she records: every finished stretch is heard on the worker's `step()`, so
    only the last few seconds remain when she stops."""

    def __init__(self, listener: Listener) -> None:
        self.listener = listener
        self.done: list[Frames] = []
        self._pending: list[np.ndarray] = []
        self._buffer = np.zeros(0, dtype=np.float32)
        self._offset = 0.0
        self._lock = threading.Lock()

    def feed(self, samples: np.ndarray) -> None:
        with self._lock:
            self._pending.append(np.asarray(samples, dtype=np.float32).reshape(-1))

    def _collect(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, []
        if pending:
            self._buffer = np.concatenate([self._buffer, *pending])

    def step(self) -> bool:
        """Hear finished stretches (all but the last); True when something was done."""
        self._collect()
        if self._buffer.size < (CHUNK_SECONDS + 2) * SAMPLE_RATE:
            return False
        keep = _pieces(self._buffer)[-1][0]
        self.done += self.listener.frames(self._buffer[:keep], self._offset)
        self._buffer = self._buffer[keep:]
        self._offset += keep / SAMPLE_RATE
        return True

    def finish(self) -> list[Frames]:
        self._collect()
        if self._buffer.size:
            self.done += self.listener.frames(self._buffer, self._offset)
            self._offset += self._buffer.size / SAMPLE_RATE
            self._buffer = np.zeros(0, dtype=np.float32)
        return self.done




def phoneme_text(frames: list[Frames], symbols: dict[str, int], blank: int) -> str:
    """The recogniser's own reading of the frames (greedy), for benchmarks and debugging."""
    names = {i: s for s, i in symbols.items()}
    out = []
    for part in frames:
        best = part.log_probs.argmax(axis=1)
        out += [names[int(s)] for k, s in enumerate(best) if s != blank and (k == 0 or best[k - 1] != s)]
    return " ".join(x for x in out if x != "<wb>")
