"""A word's sounds as the phoneme recogniser writes them: the CMU pronouncing dictionary's ARPAbet in the
recogniser's IPA symbols, or for a word the dictionary lacks (a name) how espeak-ng would say it."""

from __future__ import annotations

import unicodedata

from app import pronouncing
from app.practice.alignment import bare

# CMU (ARPAbet) to the recogniser's IPA symbols.
_IPA = dict(AA="ɑ", AE="æ", AH="ʌ", AO="ɔ", AW="aʊ", AY="aɪ", EH="ɛ", ER="ɝ", EY="eɪ", IH="ɪ", IY="i", OW="oʊ",
            OY="ɔɪ", UH="ʊ", UW="u", B="b", CH="t͡ʃ", D="d", DH="ð", F="f", G="g", HH="h", JH="d͡ʒ", K="k", L="l",
            M="m", N="n", NG="ŋ", P="p", R="ɹ", S="s", SH="ʃ", T="t", TH="θ", V="v", W="w", Y="j", Z="z", ZH="ʒ")
_ENGLISH = frozenset(_IPA.values()) | {"ə", "ɚ"}  # the recogniser's symbols that English words use


def arpabet(word: str) -> list[str] | None:
    """The word's first CMU pronunciation, with stress digits ("V IH1 L IH0 JH"), or None."""
    found = pronouncing.pronunciations(bare(word))
    return list(found[0]) if found else None


def pronunciations(word: str) -> list[list[str]]:
    """Every CMU pronunciation of the word ("live": L IH1 V and L AY1 V)."""
    return [list(p) for p in pronouncing.pronunciations(bare(word))]


def expected_sounds(word: str) -> list[str] | None:
    """The recogniser's symbols for the word: its first CMU pronunciation, or for a word the dictionary
    lacks (a name: "Hyesan", "Yalu") how espeak-ng would say it; None when neither knows it."""
    phones = arpabet(word)
    if phones:
        return ipa(phones)
    return _recogniser_symbols(pronouncing.espeak_ipa(bare(word))) or None


# espeak-ng's symbols that the recogniser's English set writes otherwise ("ɡ" is "g"; a tap is a t)
_ESPEAK_AS = {"ɡ": "g", "ɐ": "ə", "ᵻ": "ɪ", "ɜ": "ɝ", "ɾ": "t", "ɫ": "l", "r": "ɹ", "a": "æ", "o": "oʊ",
              "e": "eɪ", "ɒ": "ɑ", "x": "k", "ç": "h"}
_LONGEST = max(len(s) for s in _ENGLISH)


def _recogniser_symbols(spelled: str) -> list[str]:
    """espeak-ng's IPA as the recogniser's English symbols: stress and length marks dropped (the CMU path
    does not give them either), the longest symbol that matches taken ("aɪ" stays one sound)."""
    text = "".join(c for c in unicodedata.normalize("NFD", spelled)
                   if c == "\u0361" or c.isalpha() and not unicodedata.combining(c) and c not in "ˈˌːˑ")
    text = text.replace("tʃ", "t͡ʃ").replace("dʒ", "d͡ʒ")
    out: list[str] = []
    at = 0
    while at < len(text):
        size = next((n for n in range(_LONGEST, 0, -1) if text[at:at + n] in _ENGLISH), 0)
        if size:
            out.append(text[at:at + size])
            at += size
        else:
            if text[at] in _ESPEAK_AS:
                out.append(_ESPEAK_AS[text[at]])
            at += 1
    return out


def ipa(phones: list[str]) -> list[str]:
    out = []
    for phone in phones:
        base = phone.rstrip("012")
        if base == "AH" and phone.endswith("0"):
            out.append("ə")
        elif base == "ER" and phone.endswith("0"):
            out.append("ɚ")
        else:
            out.append(_IPA[base])
    return out
