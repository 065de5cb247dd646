"""The form a learner meant when she spelled an ending by rule: "studyed" is "studied", "writting" is "writing",
"goed" is "went", "childs" is "children", "goodest" is "best".

A spelling checker ranks its guesses by letters, so for these it often offers a real word in the wrong form
first (Harper: "studyed" → "studded", "writting" → "writhing", "cryed" → "cred", "tryed" → "toyed"). Here
the ending is taken off, the word it was added to is looked up in lemminflect's lexicon (as it is, with its
"e" back, with a doubled last letter single, with "y" for "i"), and that word's form for the ending is put
first. Nothing is guessed for a stem the lexicon does not know.
"""

from __future__ import annotations

from functools import lru_cache

# ending → (part of speech, the forms it asks for), in the order they are offered
_ENDINGS = (
    ("ing", (("VERB", ("VBG",)),)),
    ("ed", (("VERB", ("VBD", "VBN")),)),
    ("est", (("ADJ", ("JJS",)),)),
    ("er", (("ADJ", ("JJR",)),)),
    ("es", (("NOUN", ("NNS",)), ("VERB", ("VBZ",)))),
    ("s", (("NOUN", ("NNS",)), ("VERB", ("VBZ",)))),
)


def _stems(rest: str) -> list[str]:
    stems = [rest, rest + "e"]
    if len(rest) > 2 and rest[-1] == rest[-2]:
        stems += [rest[:-1], rest[:-1] + "e"]  # "writting": writ, write
    if rest.endswith("i"):
        stems.append(rest[:-1] + "y")
    return [s for s in dict.fromkeys(stems) if len(s) > 1]


@lru_cache(maxsize=2048)
def intended_forms(word: str) -> tuple[str, ...]:
    """The real forms `word` (lower case, not itself a known form) was likely meant to be; () when none."""
    from lemminflect import getAllInflections

    for ending, kinds in _ENDINGS:
        if not word.endswith(ending) or len(word) <= len(ending) + 1:
            continue
        for stem in _stems(word[: -len(ending)]):  # the first stem the lexicon knows: "mans" is "men", not "manes"
            found: list[str] = []
            for upos, tags in kinds:
                forms = getAllInflections(stem, upos=upos)
                for tag in tags:
                    found += [f for f in forms.get(tag, ()) if f != word]
            if found:
                return tuple(dict.fromkeys(found))
    return ()


def _matches_ending(word: str, suggestion: str) -> bool:
    """`suggestion` is the form `word`'s ending asks for, of a word one letter from `word`'s stem ("families"
    for "famillys"; not "later" for "leter": "late" is two letters from "let")."""
    from lemminflect import getAllInflections, getAllLemmas
    from rapidfuzz.distance import OSA

    if "'" in suggestion:
        return False
    for ending, kinds in _ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        for upos, tags in kinds:
            for lemma in getAllLemmas(suggestion, upos=upos).get(upos, ()):
                if OSA.distance(lemma, stem) > 1:
                    continue
                forms = getAllInflections(lemma, upos=upos)
                if any(suggestion in forms.get(tag, ()) for tag in tags):
                    return True
    return False


def ranked(word: str, suggestions: list[str], limit: int = 5) -> list[str]:
    """`suggestions` for a misspelt `word` with the forms its ending asks for first."""
    lower = word.lower()
    forms = list(intended_forms(lower))
    fitting = [s for s in suggestions if s.lower() not in forms and _matches_ending(lower, s.lower())]
    if not forms and not fitting:
        return suggestions[:limit]
    if word[:1].isupper():
        forms = [f[:1].upper() + f[1:] for f in forms]
    first = [*forms, *fitting]
    return list(dict.fromkeys([*first, *suggestions]))[:limit]
