"""The app's log file: what went wrong, with tracebacks, kept in the data folder for the team to read.

`start(folder)` sends every `logging` record of Moksori's own loggers (and warnings) to
`<folder>/logs/moksori.log`: readable only by the user (0600), rotated at 1 MB with three old files, so it
never grows without bound. What goes in: error codes, exception types and tracebacks, file names. What
never goes in: the speech's text (callers log codes and ids, not sentences). Any thread may log.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_NAME = "moksori.log"
MAX_BYTES = 1_000_000
KEEP = 3
_OURS = ("app", "ui", "models", "moksori")


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating file whose every generation is created 0600 (the default would follow the umask)."""

    def _open(self):  # type: ignore[no-untyped-def]
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return os.fdopen(descriptor, self.mode.replace("w", "a"), encoding=self.encoding, errors=self.errors)


def log_path(folder: Path) -> Path:
    return Path(folder) / "logs" / LOG_NAME


def start(folder: Path) -> Path | None:
    """Log to the data folder's log file from now on. Returns its path, or None where it cannot be written
    (a read-only folder): the app still runs, it only cannot keep a log."""
    path = log_path(folder)
    stop()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)
        handler = _PrivateRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8", delay=False)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    handler.set_name("moksori-file")
    for name in _OURS:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").addHandler(handler)
    return path


def stop() -> None:
    for name in (*_OURS, "py.warnings"):
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            if handler.get_name() == "moksori-file":
                logger.removeHandler(handler)
                handler.close()
