"""The one way widgets run slow work: a callable on Qt's thread pool, results back on the GUI thread.

`run_task(parent, work, on_done, on_failed)` runs `work()` on a pool thread; `on_done(result)` or
`on_failed(error)` is then called on the GUI thread (through a queued signal), and not at all if
`parent` was destroyed meanwhile. Workers never touch widgets.

No failure vanishes: every one is written to the log with its traceback (on the worker thread, where the
traceback is), and when the caller gave no `on_failed` the user sees a message in the interface language
(`ui.messages.show_failure`), never the exception's own text.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - every failure is reported to the GUI thread
            log.error("background task %s failed", getattr(self.work, "__qualname__", self.work), exc_info=error)
            self._emit(self.relay.failed, error)
            return
        self._emit(self.relay.finished, result)

    def _emit(self, signal, value: Any) -> None:  # noqa: ANN001 - a bound Qt signal
        with contextlib.suppress(RuntimeError):  # the application is shutting down
            signal.emit(value)


_running: set[_Relay] = set()


def run_task(
    parent: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[Exception], None] | None = None,
) -> None:
    # The relay has no Qt parent, so it outlives `parent` (a window the user closed) until the work ends:
    # a worker must never emit on an object that Qt may delete under it.
    relay = _Relay()
    _running.add(relay)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        QTimer.singleShot(0, lambda: _running.discard(relay))  # not freed inside its own signal
        if callback is not None and shiboken6.isValid(parent):
            callback(value)

    relay.finished.connect(lambda result: finish(on_done, result))
    if on_failed is None:
        def on_failed(error: Exception) -> None:
            from ui.messages import show_failure

            show_failure(parent, error)

    relay.failed.connect(lambda error: finish(on_failed, error))
    QThreadPool.globalInstance().start(_Job(work, relay))


def wait_for_tasks(msecs: int = 5000) -> bool:
    """On close: wait for running work to end (tasks are short; nothing is cancelled half-written)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
