"""`moksori check FILE [--json]`: the draft checks on a plain-text English speech, without the window."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from app.drafting.grammar import LONG_SENTENCE_WORDS, check_lines, default_engine, readability
from app.user_files import UnusableFile, read_user_text


def add_command(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser("check", help="check an English speech: grammar, spelling, long sentences, "
                                              "repeated words, words to practise saying")
    check.add_argument("file", type=Path, help="plain UTF-8 text, one sentence or paragraph per line")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument("--long", type=int, default=LONG_SENTENCE_WORDS, help="words that make a sentence long")
    check.add_argument("--languagetool", default="", help="address of a LanguageTool server on this computer")


def run(options: argparse.Namespace) -> int:
    try:
        text = read_user_text(options.file)
    except UnusableFile as error:
        return _fail(str(error))
    lines = text.replace("\r\n", "\n").split("\n")
    with _native_output_to_stderr():
        engine = default_engine(options.languagetool)
        issues = check_lines(lines, engine, options.long)
    if options.json:
        print(json.dumps({"engine": engine.name, "readability": readability(lines),
                          "issues": [i.to_dict() for i in issues]}, ensure_ascii=False))
        return 0
    ease = readability(lines)
    listening = ("easy to follow when heard" if ease >= 70 else "fairly easy to follow when heard" if ease >= 50
                 else "hard to follow when heard: try shorter sentences and simpler words")
    print(f"Checked with {engine.name}; {listening} (Flesch reading ease {ease:.0f}).")
    for i in issues:
        hint = f" → {', '.join(repr(s) for s in i.suggestions)}" if i.suggestions else ""
        print(f"{i.line + 1}:{i.start + 1}-{i.end} {i.kind}: {i.text!r}: {i.message}{hint}")
    return 0


@contextlib.contextmanager
def _native_output_to_stderr() -> Iterator[None]:
    """Harper's native code prints debug lines ("gerund_form: …") straight to file descriptor 1, which would
    break `--json` for whoever reads it: while checking, descriptor 1 points at stderr. (A command-line run
    has one thread, so moving the descriptor is safe here; the window never prints to it.)"""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        os.dup2(2, 1)
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


def _fail(message: str) -> int:
    print(f"moksori: {message}", file=sys.stderr)
    return 1
