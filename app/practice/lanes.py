"""A whole recording on every core at once: cut at pauses into one part per core, each part on its own lane.

Whisper decodes token by token. Two threads inside one decode meet at every step, and with the sound
check's recogniser busy beside them on one of the same two cores, one thread waits on the other at every
step. One single-threaded decoder per core, each on its own part of the recording, never waits: on the
5-minute benchmark take Whisper alone took 0.66 of the time it took with two threads in one decode, and
with the recogniser hearing each part on the same lane after it, 0.91 (docs/PERFORMANCE.md, "Lanes").
A part starts in a pause, as the pieces of an hour-long file do, so no word is cut in two.
No Qt here: progress and stop are plain callables.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import TypeVar

import numpy as np

from app.practice.audio import SAMPLE_RATE

SHORTEST_PART_SECONDS = 20.0  # a shorter recording is one part: a part costs a 30 s window however short
_SEARCH_SECONDS = 10.0  # how far from an even cut a pause is looked for

T = TypeVar("T")
Stop = Callable[[], bool]


def quietest_point(samples: np.ndarray, lo: int, hi: int) -> int:
    """The middle of the quietest tenth of a second in samples[lo:hi] (a pause, in speech)."""
    block = SAMPLE_RATE // 10
    window = samples[lo:hi]
    if window.size < block:
        return (lo + hi) // 2
    blocks = window[: window.size // block * block].reshape(-1, block).astype(np.float64)
    return lo + int(np.argmin(np.sqrt(np.mean(blocks ** 2, axis=1)))) * block + block // 2


def split_at_pauses(samples: np.ndarray, parts: int,
                    shortest: float = SHORTEST_PART_SECONDS) -> list[tuple[int, int]]:
    """At most `parts` sample ranges of about equal length covering `samples` (fewer when a part would be
    shorter than `shortest` seconds), each cut at the quietest moment within 10 s of the even cut."""
    count = max(1, min(parts, int(samples.size / SAMPLE_RATE // shortest)))
    search = int(min(_SEARCH_SECONDS * SAMPLE_RATE, samples.size / count / 4))
    edges = [0]
    for k in range(1, count):
        even = samples.size * k // count
        edges.append(quietest_point(samples, even - search, even + search))
    edges.append(samples.size)
    return list(zip(edges[:-1], edges[1:], strict=True))


class Meter:
    """One progress figure for lanes that each report their own part's fraction done (from any thread)."""

    def __init__(self, progress: Callable[[float], None] | None, sizes: list[int]) -> None:
        self.progress = progress
        self.sizes = sizes
        self.done = [0.0] * len(sizes)
        self._lock = threading.Lock()

    def lane(self, k: int, share: float = 1.0, after: float = 0.0) -> Callable[[float], None]:
        """The callable lane `k` reports to: its fraction of a step that is `share` of the lane's work,
        after `after` of it was done."""
        def report(fraction: float) -> None:
            if self.progress is None:
                return
            with self._lock:
                self.done[k] = max(self.done[k], after + share * min(1.0, max(0.0, fraction)))
                total = sum(s * d for s, d in zip(self.sizes, self.done, strict=True)) / max(1, sum(self.sizes))
                self.progress(min(0.99, total))
        return report


def run_lanes(jobs: list[Callable[[Stop], T]], cancelled: Stop | None = None) -> list[T]:
    """Each job on its own thread, given a `stop()` it polls. The first job to raise stops the others (their
    `stop()` turns true) and its error is raised here; otherwise the jobs' results, in order."""
    failed = threading.Event()
    first: list[BaseException] = []
    lock = threading.Lock()

    def stop() -> bool:
        return failed.is_set() or bool(cancelled and cancelled())

    def guarded(job: Callable[[Stop], T]) -> T:
        try:
            return job(stop)
        except BaseException as error:
            with lock:
                if not first:
                    first.append(error)
            failed.set()
            raise

    if len(jobs) == 1:
        return [jobs[0](stop)]
    _fewer_heaps()
    with ThreadPoolExecutor(len(jobs), thread_name_prefix="moksori-lane") as pool:
        futures = [pool.submit(guarded, job) for job in jobs]
        wait(futures)
    if first:
        raise first[0]
    return [future.result() for future in futures]


@functools.cache
def _fewer_heaps() -> None:
    """glibc gives each busy thread its own heap, and each keeps what it once held: two lanes raised a
    5-minute take's peak from 670 to 830 MB; two heaps in all keep it at 650 (measured, PERFORMANCE.md)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):  # another C library (musl): nothing to limit
            ctypes.CDLL("libc.so.6").mallopt(_M_ARENA_MAX, 2)


_M_ARENA_MAX = -8  # from glibc's malloc.h
_fewer_heaps()  # on import, before the recognisers start threads of their own (a heap, once made, stays)
