"""What listens to a take while it is recorded: the live transcription, the sound check's frames and, with
the prompter, the tracker — in this process (`LiveHearing`) or in a process of its own (`HearingProcess`).

Why a process: on two cores these keep both busy while she records, and their Python parts take the
interpreter lock between native calls; a thread holding it that the system pauses makes the window wait
(GUI stalls of 104-125 ms were measured in the studio with the prompter on). In a process of their own
they cannot hold the window's lock. The studio starts one when it opens (it loads the model and the
dictionary there, ~3 s) and keeps it for its takes; if it cannot start or dies, takes are heard in this
process as before, and a take it was hearing when it died is kept and can be analysed again.

Both kinds have one interface: `begin(sentences, on_place)` for a take (sentences: follow her through them),
`feed(block)` from the recorder's thread, `pump()` now and then on a worker, `move_to(sentence)`,
`finish(progress)` → (transcript, frames, sounds state), `follow_error`.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.practice import listening, sounds
from app.practice.transcription import Cancelled, Progress, Transcriber, Transcript

if TYPE_CHECKING:
    from app.practice.follow import Tracking

log = logging.getLogger(__name__)
Frames = list[listening.Frames] | None
OnPlace = Callable[[int], None]
NICENESS = 5  # the hearing process yields the processor to the window's (Unix; a whole process, no lock shared)


class LiveHearing:
    """In this process. `pump()` and `finish()` never overlap."""

    def __init__(self, transcriber: Transcriber) -> None:
        self.transcriber = transcriber
        self.live = transcriber.live()
        english = transcriber.language == "en"
        self.sounds = listening.LiveFrames(listening.shared_listener()) if english and \
            listening.unavailable() is None else None
        self.tracking: Tracking | None = None
        self._lock = threading.Lock()
        self._sounds_failed = False

    def begin(self, sentences: list[str] | None, on_place: OnPlace | None) -> None:
        if sentences and on_place is not None and self.sounds is not None:
            from app.practice.follow import Tracking

            self.tracking = Tracking(sentences, lambda place: on_place(place.word))
            self.tracking.start()

    @property
    def follow_error(self) -> str | None:
        error = self.tracking.error if self.tracking is not None else None
        return str(error) if error is not None else None

    def feed(self, block: np.ndarray) -> None:
        self.live.feed(block)
        if self.sounds is not None:
            self.sounds.feed(block)
        if self.tracking is not None:
            self.tracking.feed(block)

    def move_to(self, sentence: int) -> None:
        if self.tracking is not None:
            self.tracking.move_to(sentence)

    def pump(self, cancelled: Cancelled | None = None) -> bool:
        with self._lock:
            worked = self.live.step(cancelled)
            if self.sounds is not None and not (cancelled and cancelled()):
                worked = self._hear_step() or worked
            return worked

    def _hear_step(self) -> bool:
        assert self.sounds is not None
        try:
            if not sounds.is_warm():  # the studio warms it when it opens; a first step does it otherwise
                sounds.warm_up()
                return True
            return self.sounds.step()
        except Exception:  # noqa: BLE001 - the report goes on without the sound check, and says so
            log.exception("the sound check failed while recording")
            self.sounds = None
            self._sounds_failed = True
            return False

    def finish(self, progress: Progress | None = None) -> tuple[Transcript, Frames, str]:
        if self.tracking is not None:
            self.tracking.stop()
        with self._lock:
            heard = Background(self._hear_rest) if self.sounds is not None else None
            transcript = self.live.finish(progress)
            frames, state = heard.result() if heard else (None, "failed" if self._sounds_failed else "unavailable")
        return transcript, frames, state if self.transcriber.language == "en" else ""

    def _hear_rest(self) -> tuple[Frames, str]:
        assert self.sounds is not None
        try:
            return self.sounds.finish(), "checked"
        except Exception:  # noqa: BLE001
            log.exception("the sound check failed at the end of a take")
            return None, "failed"


class Background:
    """A function run on its own thread (the sound check beside the transcription's last step; the
    recogniser's native code releases the interpreter lock)."""

    def __init__(self, function: Callable[[], Any]) -> None:
        self._value: Any = None
        self._thread = threading.Thread(target=self._run, args=(function,), daemon=True)
        self._thread.start()

    def _run(self, function: Callable[[], Any]) -> None:
        self._value = function()

    def result(self) -> Any:  # noqa: ANN401
        self._thread.join()
        return self._value


# ------------------------------------------------------------------------------------ its own process

class HearingFailed(RuntimeError):
    """The hearing process died or failed; the take itself is saved."""


class HearingProcess:
    """The same, in a child process kept for the studio's takes. The child pumps itself every second."""

    def __init__(self, model: str, models_folder: Path | None, language: str = "en") -> None:
        context = multiprocessing.get_context("spawn")
        to_child, self._inbox = context.Pipe(duplex=False)  # (reader, writer): pipes, not sockets
        self._outbox, from_child = context.Pipe(duplex=False)
        self.process = context.Process(target=serve, args=(to_child, from_child, model, models_folder, language),
                                       name="moksori-hearing", daemon=True)
        self.process.start()
        to_child.close()
        from_child.close()
        self.ready = threading.Event()
        self.failed: str | None = None
        self._follow_error: str | None = None
        self._on_place: OnPlace | None = None
        self._replies: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._send_lock = threading.Lock()
        threading.Thread(target=self._read, name="hearing-reader", daemon=True).start()

    @property
    def alive(self) -> bool:
        return self.failed is None and self.process.is_alive()

    def _send(self, message: tuple) -> None:
        with self._send_lock:
            try:
                self._inbox.send(message)
            except (OSError, ValueError) as error:  # the child is gone
                self.failed = self.failed or f"the hearing process is gone: {error}"

    def _read(self) -> None:
        while True:
            try:
                kind, value = self._outbox.recv()
            except (EOFError, OSError):
                self.failed = self.failed or "the hearing process ended"
                self.ready.set()
                self._replies.put(("died", self.failed))
                return
            if kind == "place":
                on_place = self._on_place
                if on_place is not None:
                    on_place(value)
            elif kind == "ready":
                self.ready.set()
            elif kind == "follow_error":
                self._follow_error = value
            elif kind == "start_failed":
                self.failed = value
                self.ready.set()
            else:
                self._replies.put((kind, value))

    def begin(self, sentences: list[str] | None, on_place: OnPlace | None) -> None:
        self._on_place = on_place
        self._follow_error = None
        while not self._replies.empty():  # anything left from a take that ended badly
            self._replies.get_nowait()
        self._send(("begin", sentences if on_place is not None else None))

    @property
    def follow_error(self) -> str | None:
        return self._follow_error

    def feed(self, block: np.ndarray) -> None:
        self._send(("feed", np.asarray(block, dtype=np.float32)))

    def move_to(self, sentence: int) -> None:
        self._send(("move", sentence))

    def pump(self, cancelled: Cancelled | None = None) -> bool:
        return False  # the child steps on its own

    def finish(self, progress: Progress | None = None) -> tuple[Transcript, Frames, str]:
        self._send(("finish", None))
        self._on_place = None
        while True:
            try:
                kind, value = self._replies.get(timeout=1.0)
            except queue.Empty:
                if not self.process.is_alive():  # ended without a word (killed): the reader says so too
                    raise HearingFailed(self.failed or "the hearing process ended") from None
                continue
            if kind == "progress" and progress is not None:
                progress(value)
            elif kind == "result":
                transcript, frames, state = value
                return Transcript.from_dict(transcript), frames, state
            elif kind in ("error", "died"):
                raise HearingFailed(value)

    def close(self) -> None:
        self._send(("quit", None))
        self.process.join(timeout=3)
        if self.process.is_alive():
            self.process.kill()
        for end in (self._inbox, self._outbox):
            with contextlib.suppress(OSError):
                end.close()


def serve(inbox: Any, outbox: Any, model: str, models_folder: Path | None, language: str) -> None:  # noqa: ANN401
    """The child: load, say "ready", then hear takes until told to quit."""
    import os

    if hasattr(os, "nice"):  # the window, the recorder and the audio server come first when both cores are busy
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    send_lock = threading.Lock()

    def send(kind: str, value: Any = None) -> None:  # noqa: ANN401
        with send_lock:
            outbox.send((kind, value))

    try:
        transcriber = Transcriber(model, language, models_folder=models_folder)
        transcriber.load()
        if language == "en" and listening.unavailable() is None:
            sounds.warm_up()
    except Exception as error:  # noqa: BLE001 - the studio hears takes itself instead
        send("start_failed", f"{type(error).__name__}: {error}")
        return
    messages: queue.Queue[tuple[str, Any]] = queue.Queue()

    def read() -> None:  # drains the pipe at once, so the recorder's thread never waits on it
        while True:
            try:
                messages.put(inbox.recv())
            except (EOFError, OSError):
                messages.put(("quit", None))
                return

    threading.Thread(target=read, daemon=True).start()
    send("ready")
    hearing: LiveHearing | None = None
    pumping: threading.Thread | None = None
    stop_pumping = threading.Event()

    def pump(current: LiveHearing) -> None:
        while not stop_pumping.wait(1.0):
            try:
                current.pump()
            except Exception:  # noqa: BLE001 - finish() tries again and reports
                log.exception("a live step failed in the hearing process")
            if current.follow_error:
                send("follow_error", current.follow_error)

    while True:
        kind, value = messages.get()
        if kind == "quit":
            stop_pumping.set()
            return
        if kind == "begin":
            hearing = LiveHearing(transcriber)
            hearing.begin(value, (lambda word: send("place", word)) if value else None)
            stop_pumping.clear()
            pumping = threading.Thread(target=pump, args=(hearing,), daemon=True)
            pumping.start()
        elif kind == "feed" and hearing is not None:
            hearing.feed(value)
        elif kind == "move" and hearing is not None:
            hearing.move_to(value)
        elif kind == "finish" and hearing is not None:
            stop_pumping.set()  # the blocks sent before "finish" were fed already: messages come in order
            if pumping is not None:
                pumping.join()
            try:
                transcript, frames, state = hearing.finish(lambda fraction: send("progress", fraction))
                send("result", (transcript.to_dict(), frames, state))
            except Exception as error:  # noqa: BLE001 - reaches the studio as a failed analysis
                log.exception("the hearing process failed to finish a take")
                send("error", f"{type(error).__name__}: {error}")
            hearing = None


def start_when_possible(model: str, models_folder: Path | None, language: str = "en",
                        wait: float = 60.0) -> HearingProcess | None:
    """A ready hearing process, or None (logged) when one cannot start here."""
    started = time.monotonic()
    try:
        process = HearingProcess(model, models_folder, language)
    except Exception:  # noqa: BLE001 - e.g. a system that cannot start processes
        log.exception("could not start the hearing process; takes are heard in the window's process")
        return None
    process.ready.wait(wait)
    if not process.alive or not process.ready.is_set():
        log.warning("the hearing process did not start (%s) after %.1f s; takes are heard in the window's "
                    "process", process.failed, time.monotonic() - started)
        process.close()
        return None
    return process
