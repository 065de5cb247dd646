"""Recording a practice run from the microphone, safely: nothing recorded is lost to a crash.

Samples go to disk as they arrive, as raw 16-bit PCM beside a small JSON note (`*.partial.pcm` and
`*.partial.json`), flushed and synced about once a second. A crash or power cut therefore loses at most
about a second; the next start finds the partial take and turns it into FLAC (`recover`). On `stop()` the
take becomes a FLAC file and the partial files go. With the lock on, the PCM is sealed chunk by chunk at
each sync (`app.vault.files`), so a crash still loses at most about a second and the recovered take is
sealed too.

PortAudio (sounddevice) calls back on its own thread; that thread only copies the block into a queue.
A writer thread writes it, measures the level and hands it to listeners (the live transcriber). Nothing
here blocks the caller: `stop()` waits for the writer, never for a stalled audio server.
"""

from __future__ import annotations

import errno
import json
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.vault.crypto import SealedError
from app.vault.files import PLAIN, FileCodec

RATE = 16_000
BLOCK = RATE // 10  # 100 ms
SYNC_EVERY = 1.0  # seconds of audio between fsyncs
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}  # disk full, quota reached, file size limit


class RecorderError(Exception):
    """`code`: no_microphone, device_failed, disk_full, cannot_write."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    default: bool


def _sounddevice():
    import sounddevice

    return sounddevice


def input_devices(rescan: bool = False) -> list[InputDevice]:
    """Microphones PortAudio can see. `rescan` re-initialises PortAudio to see devices plugged in since."""
    sd = _sounddevice()
    if rescan:
        sd._terminate()
        sd._initialize()
    try:
        default = sd.default.device[0]
        found = [InputDevice(i, d["name"], i == default) for i, d in enumerate(sd.query_devices())
                 if d["max_input_channels"] > 0]
    except sd.PortAudioError:
        return []
    return found


@dataclass(frozen=True)
class Recording:
    path: Path  # the finished FLAC
    seconds: float


def partial_paths(base: Path) -> tuple[Path, Path]:
    return base.with_name(base.name + ".partial.pcm"), base.with_name(base.name + ".partial.json")


class Recorder:
    """One take. `start()`, optionally `pause()`/`resume()`, then `stop()`."""

    def __init__(self, base: Path, device: int | None = None, *,
                 on_block: Callable[[np.ndarray], None] | None = None, codec: FileCodec = PLAIN) -> None:
        self.base = base  # the take's path without suffix; the FLAC will be base + ".flac"
        self.device = device
        self.on_block = on_block
        self.level = 0.0  # peak of the last block, 0–1
        self.error: RecorderError | None = None
        self.paused = False
        self.overflows = 0  # blocks PortAudio reports as lost (input overflow); should stay 0
        self._frames = 0
        self._queue: queue.Queue[np.ndarray | None] = queue.Queue()
        self._stream = None
        self._writer: threading.Thread | None = None
        self._last_callback = 0.0
        self._pcm, self._note = partial_paths(base)
        self.codec = codec  # the lock on: the partial file is sealed chunk by chunk as it is synced

    @property
    def seconds(self) -> float:
        return self._frames / RATE

    def seconds_since_audio(self) -> float:
        """How long since the audio server last delivered a block (a stalled or lost device)."""
        return time.monotonic() - self._last_callback if self._last_callback else 0.0

    @property
    def active(self) -> bool:
        return bool(self._stream is not None and self._stream.active and self.error is None)

    def start(self) -> None:
        sd = _sounddevice()
        if not input_devices():
            raise RecorderError("no_microphone", "no microphone found")
        self.base.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._note.write_text(json.dumps({"rate": RATE, "channels": 1, "format": "s16le",
                                              "started": time.time()}), encoding="utf-8")
            raw = open(self._pcm, "wb")  # noqa: SIM115 - owned by the writer thread until stop()
            handle = self.codec.stream(raw, self._pcm)
        except OSError as error:
            raise RecorderError("disk_full" if error.errno in _NO_SPACE else "cannot_write", str(error)) from error
        try:
            stream = sd.InputStream(samplerate=RATE, channels=1, dtype="int16", blocksize=BLOCK,
                                    device=self.device, callback=self._callback, finished_callback=self._finished)
        except sd.PortAudioError as error:
            handle.close()
            raise RecorderError("device_failed", str(error)) from error
        self._stream = stream
        self._writer = threading.Thread(target=self._write, args=(handle,), name="take-writer", daemon=True)
        self._writer.start()
        self._last_callback = time.monotonic()
        stream.start()

    def _callback(self, indata, frames, _time, status) -> None:  # PortAudio's thread: copy and go
        self._last_callback = time.monotonic()
        if status and status.input_overflow:
            self.overflows += 1
        if not self.paused:
            self._queue.put(indata[:, 0].copy())

    def _finished(self) -> None:
        self._queue.put(None)

    def _write(self, handle) -> None:
        unsynced = 0
        try:
            while True:
                block = self._queue.get()
                if block is None:
                    break
                try:
                    handle.write(block.tobytes())
                    unsynced += block.size
                    if unsynced >= SYNC_EVERY * RATE:
                        handle.flush()  # sealed: what came since the last flush becomes one chunk
                        os.fsync(handle.handle.fileno())
                        unsynced = 0
                except OSError as error:
                    self.error = RecorderError("disk_full" if error.errno in _NO_SPACE else "cannot_write", str(error))
                    break
                self._frames += block.size
                samples = block.astype(np.float32) / 32768.0
                self.level = float(np.max(np.abs(samples))) if samples.size else 0.0
                if self.on_block:
                    self.on_block(samples)
        finally:
            try:
                handle.close()
                os.fsync(handle.handle.fileno())
            except OSError:
                pass
            handle.handle.close()

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False

    def stop(self, timeout: float = 5.0, keep_partial: bool = False) -> Recording:
        """Finish the take as FLAC. Safe to call after the device vanished; never waits on a stalled server.
        With `keep_partial` the raw partial file stays until the caller has listed the take."""
        stream, self._stream = self._stream, None
        if stream is not None:
            closer = threading.Thread(target=_close_quietly, args=(stream,), daemon=True)
            closer.start()
            closer.join(timeout)  # a stalled server blocks close(); the writer is ended below regardless
        self._queue.put(None)
        if self._writer is not None:
            self._writer.join()
        return finish_partial(self.base, keep_partial, self.codec)


def _close_quietly(stream) -> None:
    try:
        stream.stop()
        stream.close()
    except Exception:  # the device may already be gone; what was recorded is on disk
        pass


def finish_partial(base: Path, keep_partial: bool = False, codec: FileCodec = PLAIN) -> Recording:
    """Turn `base.partial.pcm` into `base.flac` (sealed when the lock is on, made in memory: no plain copy
    touches the disk); remove the partial files unless `keep_partial` (the caller removes them once the
    take is listed). A partial file a crash cut off gives every whole second it holds."""
    import io

    import soundfile

    pcm, note = partial_paths(base)
    target = base.with_suffix(".flac") if base.suffix != ".flac" else base
    try:
        data = codec.recover(pcm) if pcm.exists() else b""
    except (OSError, SealedError) as error:
        raise RecorderError("cannot_write", f"the take in {pcm} cannot be read: {error}") from error
    raw = np.frombuffer(data[:len(data) - len(data) % 2], dtype="<i2")
    try:
        encoded = io.BytesIO()
        soundfile.write(encoded, raw, RATE, format="FLAC", subtype="PCM_16")
        codec.write(target, encoded.getvalue())
    except (OSError, RuntimeError) as error:  # soundfile reports a full disk as RuntimeError
        raise RecorderError("cannot_write", f"the take is kept in {pcm}: {error}") from error
    if not keep_partial:
        remove_partial(base)
    return Recording(target, raw.size / RATE)


def remove_partial(base: Path) -> None:
    for leftover in partial_paths(base):
        leftover.unlink(missing_ok=True)


def unfinished_takes(folder: Path) -> list[Path]:
    """Takes a crash left behind (their base paths), oldest first."""
    if not folder.is_dir():
        return []
    found = [p.with_name(p.name.removesuffix(".partial.pcm")) for p in folder.glob("*.partial.pcm")]
    return sorted(found, key=lambda p: partial_paths(p)[0].stat().st_mtime)
