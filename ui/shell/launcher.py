"""The `moksori` program: with no command it opens the window; with one it runs the command line.

Privacy switches are set here, first, before any library that could phone home is imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def _private_environment() -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"  # models load from local folders only
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # onnxruntime (speech detection, voice) must not report usage
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # idle recogniser threads sleep instead of spinning
    quiet_qt_logging()


def quiet_qt_logging() -> None:
    """Keep Qt Multimedia's chatter off the terminal: its PipeWire probe warns on every start where PipeWire
    is absent (playback works without it), and its FFmpeg backend prints each file's format ("Input #0 …")
    at info level. Its warnings and errors still show."""
    quiet = ["qt.multimedia.symbolsresolver=false", "qt.multimedia.ffmpeg*.info=false",
             "qt.multimedia.ffmpeg*.debug=false"]
    rules = os.environ.get("QT_LOGGING_RULES", "")
    os.environ["QT_LOGGING_RULES"] = ";".join(filter(None, [rules, *[r for r in quiet if r not in rules]]))


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a built app's hearing process (app/practice/hearing.py) starts here
    _private_environment()
    args = list(sys.argv[1:] if argv is None else argv)
    from app.cli import main as cli

    if cli.is_command(args):
        return cli.main(args)
    window_args = cli.window_arguments(args)
    if window_args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.shell.application import run

    return run([sys.argv[0], *window_args.qt_args], smoke=window_args.smoke)


if __name__ == "__main__":
    sys.exit(main())
