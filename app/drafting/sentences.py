"""Splitting pasted text into sentence rows.

Korean goes through Kiwi (`kiwipiepy`), a Korean morphological analyser whose sentence splitter also
finds sentence ends that have no final punctuation ("태어났어요 어릴 때…"), which learners often leave
out. English goes through `sentencex` (Wikimedia's rule-based segmenter), which knows abbreviations such
as "Mr." and "e.g.". Kiwi's model takes about a second to load, so it is loaded once, lazily, and may be
warmed up on a worker thread; any thread may call these functions.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

_kiwi: Kiwi | None = None
_kiwi_lock = threading.Lock()
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_BLANK_LINES = re.compile(r"\n\s*\n")


def _korean_splitter() -> Kiwi:
    global _kiwi
    with _kiwi_lock:
        if _kiwi is None:
            from kiwipiepy import Kiwi

            _kiwi = Kiwi()
        return _kiwi


def warm_up() -> None:
    """Load the Korean splitter's model now, and split once: the load takes about 1.8 s here and the
    first split another 2 s (the rest of the model loads then); afterwards a paste splits at once."""
    _korean_splitter().split_into_sents("저는 서울에 삽니다. 감사합니다.")


def has_hangul(text: str) -> bool:
    return bool(_HANGUL.search(text))


def split_sentences(text: str, language: str) -> list[tuple[str, bool]]:
    """Sentences of `text` as (sentence, starts_paragraph) pairs; language is 'ko' or 'en'.

    A blank line marks a new paragraph; the first sentence of every paragraph after the first has
    starts_paragraph True.
    """
    result: list[tuple[str, bool]] = []
    paragraphs = [p for p in _BLANK_LINES.split(text.replace("\r\n", "\n")) if p.strip()]
    for index, paragraph in enumerate(paragraphs):
        flat = " ".join(paragraph.split())
        if language == "ko" and has_hangul(flat):
            pieces = [s.text.strip() for s in _korean_splitter().split_into_sents(flat)]
        else:
            from sentencex import segment

            pieces = [s.strip() for s in segment("en", flat)]
        pieces = [p for p in pieces if p]
        result.extend((piece, index > 0 and n == 0) for n, piece in enumerate(pieces))
    return result
