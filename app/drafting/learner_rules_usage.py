"""Usage errors Korean learners of English make that Harper does not flag: two determiners in a row ("a the"), the
wrong preposition of time ("at 2003"), a preposition the verb does not take ("married with", "call to me"), "to"
after a verb that takes -ing ("enjoy to read"), "for" + a verb for a purpose ("for help people"), and a missing "a"
before one person or thing ("he was very strict person", "I want to be doctor"). Korean has no articles and marks
purpose and objects with particles, which is where these come from.

Word forms come from lemminflect's tables (never built by hand); the sound of a word's start, for "a"/"an",
from the CMU dictionary. Each rule is narrow and was run over correct sentences, the benchmark speeches
included, where it must stay silent (tests/test_learner_errors.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from app import pronouncing
from app.drafting.learner_rules import _SUBJECT_NOUNS, Finding
from app.drafting.learner_rules_more import _inflect, _lemmas
from app.drafting.learner_rules_more import _verb_base as _base

_DETERMINERS = {"a", "an", "the", "my", "your", "his", "her", "our", "their", "its", "this", "that", "these",
                "those", "no", "every", "each", "some", "any"}

# -------------------------------------------------------------------------------- two determiners in a row

_DOUBLE = re.compile(r"\b(a|an|the|my|your|our|their)\s+(a|an|the|my|your|his|her|our|their)\b", re.IGNORECASE)

# -------------------------------------------------------------------------------- prepositions of time

_MONTHS = "january|february|march|april|june|july|august|september|october|november|december"  # not "may"
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_IN_YEAR = re.compile(r"\b(at|on)\s+((?:19|20)\d\d)\b(?!['’]|[-/.]\d)", re.IGNORECASE)  # not "on 2017-12-31"
_IN_MONTH = re.compile(rf"\b(at|on)\s+({_MONTHS})\b(?!\s+\d)", re.IGNORECASE)
_ON_DAY = re.compile(rf"\b(in|at)\s+((?:{_DAYS})s?)\b", re.IGNORECASE)
_IN_PART_OF_DAY = re.compile(r"\b(at)\s+(the\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)

# -------------------------------------------------------------------------------- a preposition too many

_EXTRA_PREPOSITION = {  # verb: prepositions it does not take before its object
    "marry": ("with",), "mention": ("about",), "emphasize": ("on", "about"), "emphasise": ("on", "about"),
    "contact": ("with", "to"), "resemble": ("with", "to"), "call": ("to",), "tell": ("to",), "ask": ("to",),
    "visit": ("to",), "thank": ("to",), "phone": ("to",), "answer": ("to",), "enter": ("to",),
    "obey": ("to",), "approach": ("to",), "accompany": ("with",), "attend": ("at", "in"), "reach": ("to", "at"),
    "discuss": ("about",), "consider": ("about",), "describe": ("about",), "explain": ("about",),
}
_OBJECT = r"(me|you|him|her|us|them|my|his|our|their|your|the|a|an|everyone|everybody|this|that)"

# -------------------------------------------------------------------------------- -ing after some verbs

_TAKES_ING = ("enjoy", "finish", "avoid", "mind", "practice", "practise", "quit", "imagine", "deny", "admit",
              "postpone", "delay", "risk", "keep", "suggest", "recommend", "consider", "dislike")
_BE = {"am", "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "'m"}

# -------------------------------------------------------------------------------- "for" + a verb

_PURPOSE_VERBS = ("help", "study", "learn", "make", "earn", "find", "meet", "see", "buy", "support", "protect",
                  "save", "teach", "become", "visit", "escape", "feed", "bring", "give", "show", "build", "get")
_FOR_VERB = re.compile(rf"\b(for)\s+({'|'.join(_PURPOSE_VERBS)})\s+([A-Za-z]+)\b", re.IGNORECASE)
_NOT_OBJECTS = {"yesterday", "today", "tomorrow", "tonight", "now", "later", "again", "here", "there", "and", "or",
                "but", "from", "with", "in", "on", "at", "for", "to", "of", "purposes", "reasons", "materials",
                "abroad", "desk", "center", "centre", "hours", "days", "weeks", "months", "years", "time", "trips"}

# -------------------------------------------------------------------------------- a missing "a"

_COUNTABLE = ("student", "teacher", "nurse", "doctor", "soldier", "refugee", "person", "man", "woman", "boy",
              "girl", "child", "friend", "worker", "farmer", "engineer", "lawyer", "singer", "writer", "dancer",
              "village", "city", "country", "town", "place", "school", "house", "story", "dream", "job", "problem",
              "chance", "gift", "question", "mistake", "hero", "leader", "member", "citizen", "baby", "kid",
              "daughter", "son", "volunteer", "tutor", "player", "cook", "driver", "pilot", "scientist", "artist",
              "journalist", "designer", "politician", "diplomat", "professor", "chef", "programmer", "translator",
              "interpreter", "firefighter", "musician", "actor", "actress")
_BE_SUBJECT = (r"(?:I\s+am|I'm|I\s+was|(?:he|she|it)\s+(?:is|was)|(?:he|she|it)'s|(?:this|that)\s+(?:is|was)|"
               r"(?:my|his|her|our|their)\s+[a-z]+(?:\s+(?-i:[A-Z][a-z]+))?\s+(?:is|was)|(?-i:[A-Z][a-z]+)\s+(?:is|was)|"
               r"to\s+be|to\s+become|become|became|becomes|becoming)")  # "My friend Minji is so kind person"
_MISSING_A = re.compile(rf"\b{_BE_SUBJECT}\s+((?:(?:very|so|really|quite)\s+)?(?:([a-z]+)\s+)?"
                        rf"({'|'.join(_COUNTABLE)}))\b(?!['’-])", re.IGNORECASE)
_NOT_BEFORE_NOUN = {"not", "also", "still", "just", "only", "never", "always", "already", "now", "then", "there",
                    "here", "like", "as", "best", "worst", "first", "last", "next", "same", "whole", "own",
                    "another", "such", "one", "two", "three", "home", "at", "in", "from", "of", "to", "for", "with"}


# -------------------------------------------------------------------------------- "is knowing"

_STATIVE = ("know", "believe", "understand", "own", "belong", "need", "want", "prefer", "contain", "seem", "mean",
            "recognize", "recognise", "consist")
_PROGRESSIVE_STATIVE = re.compile(r"\b(I|you|we|they|he|she|it)\s*(am|is|are|was|were|'m|'re|'s)\s+(not\s+)?"
                                  rf"((?:{'|'.join(_STATIVE)})[a-z]*ing|(?:thinking|feeling)(?=\s+that\b))\b",
                                  re.IGNORECASE)  # "I am thinking that" is an opinion: "I think that"


# -------------------------------------------------------------------------------- "my friends is", "she don't"

# a place or owner between the subject and its verb: "the people in my village was"
_AFTER_SUBJECT = (r"(?:\s+(?:in|from|of|at|on|near|with)\s+(?:(?:the|my|our|his|her|their|this|that|a|an)\s+)?"
                  r"[A-Za-z]+)?")
_PLURAL_IS = re.compile(r"\b((?i:my|our|your|his|her|their|the|these|those))\s+([a-z]+s)" + _AFTER_SUBJECT
                        + r"\s+(is|was|has|doesn't|isn't|wasn't|hasn't)\b")
_PLURAL_FIX = {"is": "are", "was": "were", "has": "have", "doesn't": "don't", "isn't": "aren't", "wasn't": "weren't",
               "hasn't": "haven't"}
_IRREGULAR_PLURAL_IS = re.compile(r"\b((?:(?:many|most|some|all|both|several|few|the|these|those|my|our|their|"
                                  r"young|old|poor|other)\s+)?(people|children|men|women|police|cattle))"
                                  + _AFTER_SUBJECT + r"\s+(is|was|has|doesn't|isn't|wasn't|hasn't)\b", re.IGNORECASE)
_PREPOSITIONS = {"of", "for", "with", "about", "in", "on", "at", "to", "from", "by", "like", "among", "between"}
_HE_DO = re.compile(r"\b(he|she|it|He|She|It)\s+(don't|do\s+not|have|are|were|aren't|weren't|haven't)\b")
# "my brother don't": one person named by a noun (the nouns the third-person rule knows)
_ONE_PERSON_DO = re.compile(rf"\b((?i:my|his|her|our|their|your|the)\s+(?:{'|'.join(sorted(_SUBJECT_NOUNS))}))"
                            r"\s+(don't|do\s+not|haven't|have\s+not|aren't|weren't|are|were)\b")
_HE_FIX = {"don't": "doesn't", "do not": "does not", "have": "has", "are": "is", "were": "was", "aren't": "isn't",
           "weren't": "wasn't", "haven't": "hasn't", "have not": "has not"}
_BEFORE_BARE = {"did", "does", "do", "will", "would", "can", "could", "should", "might", "must", "may", "let", "make",
                "made", "help", "helped", "saw", "see", "watch", "watched", "heard", "hear", "to", "why", "how",
                "what", "where", "when", "didn't", "doesn't", "don't", "won't", "can't", "couldn't", "shouldn't"}


# ------------------------------------------------------------- "a good news", "in every Sunday", "for we"

_UNCOUNTED = ("news", "information", "advice", "furniture", "luggage", "baggage", "homework", "housework",
              "equipment", "evidence", "progress", "traffic", "weather", "luck", "bread", "money", "scenery",
              "garbage", "rubbish", "machinery", "clothing", "jewelry", "jewellery", "feedback",
              "research", "laughter", "fun")
_A_UNCOUNTED = re.compile(rf"\b(a|an)\s+((?:([a-z]+)\s+)?(?:([a-z]+)\s+)?({'|'.join(_UNCOUNTED)}))\b(?!['’-])",
                          re.IGNORECASE)
_TIMES = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|year|morning|afternoon|"
          "evening|night|summer|winter|spring|autumn|semester")
_PREPOSITION_TIME = re.compile(rf"\b(in|on|at)\s+((every|last|next)\s+(?:{_TIMES})s?)\b(?!['’])", re.IGNORECASE)
_NOT_NOUNS_AFTER = {"this", "that", "these", "those", "today", "yesterday", "tonight", "tomorrow", "last", "next",
                    "every", "each", "all", "and", "or", "but", "now", "here", "there", "again", "too", "yet",
                    "so", "then", "once", "twice", "ago", "later", "together"}  # lemminflect calls them nouns
_OBJECT_FORM = {"he": "him", "she": "her", "we": "us", "they": "them"}
_PREPOSITION_SUBJECT = re.compile(r"\b(for|with|to|from|about|without|behind|beside|near|toward|towards|against|"
                                  r"among|between)\s+(he|she|we|they)(?=\s*(?:[.,!?;:]|$))", re.IGNORECASE)


def check(text: str) -> Iterator[Finding]:
    yield from _agreement(text)
    yield from _uncounted(text)
    yield from _time_without_preposition(text)
    yield from _object_pronoun(text)
    yield from _stative_progressive(text)
    yield from _double_determiner(text)
    yield from _time_preposition(text)
    yield from _extra_preposition(text)
    yield from _to_for_ing(text)
    yield from _for_verb(text)
    yield from _missing_article(text)


def _agreement(text: str) -> Iterator[Finding]:
    for m in _PLURAL_IS.finditer(text):
        noun = m.group(2)
        singular = (_lemmas(noun).get("NOUN") or ("",))[0]
        before = _word_before(text, m.start())
        if not singular or singular == noun or before in _PREPOSITIONS or before.endswith("ing"):
            continue  # "the news is"; "one of the boys is", "protecting your rights has": the subject is before
        fixed = _PLURAL_FIX[m.group(3)]
        yield Finding(m.start(3), m.end(3), f"“{m.group(1)} {noun}” is more than one: say “{fixed}”.", (fixed,),
                      "subject-verb-agreement")
    for m in _IRREGULAR_PLURAL_IS.finditer(text):  # "many people was", "the children was"
        before = _word_before(text, m.start())
        if before in _PREPOSITIONS or before.endswith("ing"):
            continue  # "one of the people was"
        fixed = _PLURAL_FIX[m.group(3).lower()]
        yield Finding(m.start(3), m.end(3), f"“{m.group(1)}” is more than one: say “{fixed}”.", (fixed,),
                      "subject-verb-agreement")
    for m in _HE_DO.finditer(text):
        if _word_before(text, m.start()) in _BEFORE_BARE | _PREPOSITIONS:
            continue  # "does she have", "let him do"; "some parts of it are": the subject is before
        after = re.match(r"\s+([a-z]+)", text[m.end():])
        if m.group(2).lower().startswith("do") and after and set(_lemmas(after.group(1))) == {"ADJ"}:
            continue  # "he don't happy": not "doesn't" but "isn't" (learner_rules_forms, do-with-adjective)
        verb = re.sub(r"\s+", " ", m.group(2))
        fixed = _HE_FIX[verb]
        yield Finding(m.start(2), m.end(2), f"With “{m.group(1).lower()}”, say “{fixed}”.", (fixed,),
                      "subject-verb-agreement")
    for m in _ONE_PERSON_DO.finditer(text):
        before = _word_before(text, m.start())
        if before in _BEFORE_BARE or before in _PREPOSITIONS or before in ("and", "or", "nor"):
            continue  # "let my brother do", "the friends of my sister are", "my mother and my father don't"
        verb = re.sub(r"\s+", " ", m.group(2)).lower()
        fixed = _HE_FIX[verb]
        subject = re.sub(r"\s+", " ", m.group(1))
        yield Finding(m.start(2), m.end(2), f"With “{subject}” (one person), say “{fixed}”.", (fixed,),
                      "subject-verb-agreement")


def _stative_progressive(text: str) -> Iterator[Finding]:
    for m in _PROGRESSIVE_STATIVE.finditer(text):
        base = _base(m.group(4))
        if base is None or base not in _STATIVE and m.group(4).lower() not in ("thinking", "feeling"):
            continue
        subject, be = m.group(1), m.group(2).lower()
        past = be in ("was", "were")
        third = subject.lower() in ("he", "she", "it")
        if m.group(3):  # "I am not knowing" → "I do not know"
            helper = ("did" if past else "does" if third else "do")
            fixed = f"{helper} not {base}"
        else:
            fixed = _inflect(base, "VBD" if past else "VBZ" if third else "VB") or base
        yield Finding(m.start(2), m.end(4), f"“{base}” is a state, not an action: it is not used with -ing. Say "
                      f"“{subject} {fixed}”.", (fixed,), "stative-progressive")


def _double_determiner(text: str) -> Iterator[Finding]:
    possessives = {"my", "your", "his", "her", "our", "their"}
    for m in _DOUBLE.finditer(text):
        pair = [m.group(1).lower(), m.group(2).lower()]
        if pair[0] == pair[1]:
            continue  # "the the": Harper's repetition check has it
        found = re.match(r"\s+([A-Za-z]+)", text[m.end():])
        following = found.group(1).lower() if found else ""
        superlative = following.endswith("est") or following in ("most", "best", "worst", "first", "last", "only",
                                                                  "same")
        if superlative:
            best = "the"  # "the a hardest time": a superlative takes "the"
        elif possessives & set(pair):
            best = next(w for w in pair if w in possessives)  # "the my bag": "my bag"
        elif following and ({"a", "an"} & set(pair)):
            best = _article_for(following)  # "a an amazing day", "a the big dream": "a big dream"
        else:
            best = pair[1]
        options = [best]
        for word in pair:
            indefinite = word in ("a", "an")
            candidate = _article_for(following) if indefinite and following else word
            if candidate not in options and not (superlative and indefinite):
                options.append(candidate)
        if m.group(1)[0].isupper():
            options = [o.capitalize() for o in options]
        yield Finding(m.start(), m.end(), f"“{m.group(0)}”: two words in a row that do the same job — keep one: "
                      f"“{options[0]}”.", tuple(options), "double-determiner")


def _time_preposition(text: str) -> Iterator[Finding]:
    for pattern, right, what in ((_IN_YEAR, "in", "a year"), (_IN_MONTH, "in", "a month"),
                                 (_ON_DAY, "on", "a day of the week"), (_IN_PART_OF_DAY, "in", "a part of the day")):
        for m in pattern.finditer(text):
            fixed = right.capitalize() if m.group(1)[0].isupper() else right
            yield Finding(m.start(1), m.end(1), f"With {what}, say “{fixed} {m.group(2)}”.", (fixed,),
                          "time-preposition")


@lru_cache(maxsize=64)
def _after_verbs(verbs: tuple[str, ...], tail: str) -> re.Pattern[str]:
    """`tail` after any form of any of `verbs` ("married", "marries", … as lemminflect has them)."""
    forms = sorted({form for verb in verbs for form in _forms(verb)}, key=len, reverse=True)
    return re.compile(rf"\b({'|'.join(forms)})\s+{tail}", re.IGNORECASE)


def _extra_preposition(text: str) -> Iterator[Finding]:
    for m in _after_verbs(tuple(_EXTRA_PREPOSITION), rf"(with|about|to|on|at|in)\s+{_OBJECT}\b").finditer(text):
        verb, preposition = m.group(1), m.group(2).lower()
        base = _base(verb)
        if base is None or preposition not in _EXTRA_PREPOSITION.get(base, ()):
            continue
        before = _word_before(text, m.start())
        if before in _DETERMINERS or before in _BE and base in ("marry", "attend") or verb.lower() == "thanks" \
                or before.endswith("ed") and verb.lower().endswith("s"):
            continue  # "my visit to", "a call to", "mismatched calls to": a noun; "she was married to him" is
            # right; "thanks to" means "because of"
        yield Finding(m.start(1), m.end(2), f"“{verb}” takes its object without “{m.group(2)}”: “{verb} "
                      f"{m.group(3)}”.", (verb,), "verb-extra-preposition")


def _to_for_ing(text: str) -> Iterator[Finding]:
    for m in _after_verbs(_TAKES_ING, r"(to\s+([a-z]+))\b").finditer(text):
        verb, following = m.group(1), m.group(3)
        near = re.findall(r"[a-z']+", text[:m.start()].lower())[-3:]
        if any(w in _BE or w.endswith(("'s", "'re")) for w in near):
            continue  # "he is considered to be", "it is not recommended to use", "it's suggested to upgrade"
        base = _base(following)
        if base is None or base != following.lower() or _base(verb) == "keep" and following.lower() == "the":
            continue
        ing = _inflect(base, "VBG")
        if ing:
            yield Finding(m.start(2), m.end(2), f"After “{verb}”, use the -ing form: “{verb} {ing}”.", (ing,),
                          "gerund-after-verb")


def _for_verb(text: str) -> Iterator[Finding]:
    for m in _FOR_VERB.finditer(text):
        after = m.group(3).lower()
        if after in _NOT_OBJECTS or not (re.fullmatch(_OBJECT, after) or after in ("people", "others")
                                         or "NOUN" in _lemmas(after) and "VERB" not in _lemmas(after)):
            continue  # only "for" + verb + its object: "for study economics", "for help people"
        if _word_before(text, m.start()) in ("ask", "asked", "asking", "asks", "call", "called", "cry", "cried"):
            continue  # "asked for help the next day": "help" is a noun there
        fixed = f"to {m.group(2)}"
        yield Finding(m.start(1), m.end(2), f"For a purpose, use “to” with the verb: “{fixed} {m.group(3)}”.",
                      (fixed,), "for-to-purpose")


def _missing_article(text: str) -> Iterator[Finding]:
    for m in _MISSING_A.finditer(text):
        middle = (m.group(2) or "").lower()
        if middle in _DETERMINERS or middle in _NOT_BEFORE_NOUN or middle.endswith("est") \
                and (_lemmas(middle).get("ADJ") or (middle,))[0] != middle:
            continue  # "the kindest person" (a superlative); "honest" is not one
        if middle and "ADJ" not in _lemmas(middle) and middle not in _COUNTABLE:
            continue  # "I am home teacher"? only adjectives are known to sit between
        phrase = m.group(1)
        words = phrase.split()
        if words[0].lower() == "so" and len(words) > 1:  # "so kind person": "such a kind person", not "a so kind …"
            fixed = f"such {_article_for(words[1])} {' '.join(words[1:])}"
            yield Finding(m.start(1), m.end(1), f"Before a noun, “so” becomes “such a”: “{fixed}”.", (fixed,),
                          "such-a")
            continue
        fixed = f"{_article_for(words[0])} {phrase}"
        yield Finding(m.start(1), m.end(1), f"One person or thing takes “a” or “an”: “{fixed}”.", (fixed,),
                      "missing-article")


def _uncounted(text: str) -> Iterator[Finding]:
    """"a good news", "an useful information": things English does not count take no "a"."""
    for m in _A_UNCOUNTED.finditer(text):
        middle = [w.lower() for w in (m.group(3), m.group(4)) if w]
        after = re.match(r"\s+([a-z]+)", text[m.end():])
        following = after.group(1).lower() if after else ""
        if following and following not in _NOT_NOUNS_AFTER and "NOUN" in _lemmas(following) and \
                not _lemmas(following).keys() & {"ADP", "PRON"}:
            continue  # "a news report", "a weather forecast": the word describes the noun after it
        if any(w in ("little", "lot", "bit", "great", "deal", "piece") or w in _DETERMINERS or
               not _lemmas(w).keys() & {"ADJ", "ADV"} for w in middle):
            continue  # "a little money" is right; only adjectives and adverbs may stand between
        fixed = _starting_as(m.group(1), m.group(2))  # the word left out may have begun the sentence
        yield Finding(m.start(1), m.end(2), f"“{m.group(5)}” is not counted in English: no “{m.group(1)}” — "
                      f"“{fixed}”.", (fixed,), "article-uncounted")


def _time_without_preposition(text: str) -> Iterator[Finding]:
    """"in every Sunday", "on next Monday": with every, last or next the time takes no preposition."""
    for m in _PREPOSITION_TIME.finditer(text):
        preposition, which = m.group(1).lower(), m.group(3).lower()
        if preposition == "at" and which == "last" or preposition == "on" and which == "every":
            continue  # "at last" is its own phrase; "on every Sunday" is said too
        fixed = _starting_as(m.group(1), m.group(2))  # the word left out may have begun the sentence
        yield Finding(m.start(1), m.end(2), f"With “{which}”, a time needs no “{preposition}”: “{fixed}”.",
                      (fixed,), "time-no-preposition")


def _object_pronoun(text: str) -> Iterator[Finding]:
    """"dinner for we": after a preposition, him, her, us, them."""
    for m in _PREPOSITION_SUBJECT.finditer(text):
        fixed = _OBJECT_FORM[m.group(2).lower()]
        yield Finding(m.start(2), m.end(2), f"After “{m.group(1)}”, say “{fixed}”.", (fixed,), "object-pronoun")


# -------------------------------------------------------------------------------- helpers

@lru_cache(maxsize=256)
def _forms(verb: str) -> tuple[str, ...]:
    from lemminflect import getAllInflections

    found = {verb}
    for forms in getAllInflections(verb, upos="VERB").values():
        found.update(forms)
    return tuple(sorted(found))


def _starting_as(dropped: str, rest: str) -> str:
    """`rest` with a capital first letter when the word dropped before it had one ("An useful …" → "Useful …")."""
    return rest[:1].upper() + rest[1:] if dropped[:1].isupper() else rest


def _word_before(text: str, at: int) -> str:
    found = re.search(r"([A-Za-z']+)\s*$", text[:at])
    return found.group(1).lower() if found else ""


def _article_for(word: str) -> str:
    """"a" or "an" by the word's first sound ("an hour", "a university"), else by its first letter."""
    sounds = pronouncing.pronunciations(word)
    if sounds:
        return "an" if sounds[0][0][-1].isdigit() else "a"  # ARPAbet vowels carry a stress digit
    return "an" if word[:1].lower() in "aeiou" else "a"
