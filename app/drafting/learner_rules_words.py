"""Word choices and small words Korean learners of English get wrong, where Harper is silent or offers a wrong
fix: "I am not understand", "want be" (Harper: "won't be"), "can't wait see", "was borned" (Harper: "bored"),
"the childrens" (Harper: "children's" first), "My dream is become", "the news were", "difficult to me", "works in
hospital", "two days before" (ago), "feel lonelily" (Harper: "lone lily").

Written after a fourteenth set of learner sentences (23 of 30 flagged when it was first run). Fixes come from
lemminflect's tables; each rule is narrow and runs silent over correct sentences (tests/test_learner_errors.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.drafting.learner_rules import _BASE_AFTER_BE, Finding, _bare_verb_only
from app.drafting.learner_rules_more import _lemmas
from app.drafting.learner_rules_more import _verb_base as _base

_NOT_VERB = re.compile(r"\b(?:(I)\s+am|(I)'m|(he|she|it)\s+is|(he|she|it)'s|(we|they|you)\s+are|(we|they|you)'re|"
                       r"(I|he|she|it)\s+was|(we|they|you)\s+were)\s+(not)\s+([a-z]+)\b", re.IGNORECASE)
_WANT_BARE = re.compile(r"\b(want|wants|wanted|need|needs|needed|hope|hopes|hoped|decide|decided|plan|plans|planned|"
                        r"try|tries|tried|would\s+like|can't\s+wait|cannot\s+wait|couldn't\s+wait)\s+([a-z]+)\b",
                        re.IGNORECASE)
_BORNED = re.compile(r"\b(borned)\b", re.IGNORECASE)
_DOUBLE_PLURALS = {"childrens": "children", "mens": "men", "womens": "women", "teeths": "teeth", "feets": "feet",
                   "mices": "mice", "differents": "differences"}  # Harper offers "different" first for the last
_DOUBLE_PLURAL = re.compile(r"\b(childrens|mens|womens|teeths|feets|mices|differents)\b(?!['’])", re.IGNORECASE)
_AIM_IS = re.compile(r"\b(dream|dreams|goal|goals|plan|plans|wish|hope|aim|job|purpose|mission|wish)\s+(is|was|are|"
                     r"were)\s+([a-z]+)\b", re.IGNORECASE)
_NEWS_WERE = re.compile(r"\b(news)\s+(were|are|have|aren't|weren't|haven't)\b", re.IGNORECASE)
_HARD_TO_ME = re.compile(r"\b(difficult|hard|easy|impossible|possible)\s+(to)\s+(me|him|her|us|them|you)\b"
                         r"(?!\s+to\b)", re.IGNORECASE)
_WORK_IN = re.compile(r"\b(work|works|worked|working)\s+(in|at)\s+(factory|company|restaurant|hospital|bank|office|"
                      r"shop|store|farm|hotel|cafe|café|bakery|mine|supermarket|kitchen|warehouse)\b(?!['’-])",
                      re.IGNORECASE)
_DAYS_BEFORE = re.compile(r"\b((?:a|one|two|three|four|five|six|seven|eight|nine|ten|many|several|a\s+few|\d+)\s+"
                          r"(?:days?|weeks?|months?|years?))\s+(before)(?=\s*[.!?,]|\s*$)", re.IGNORECASE)
_FEEL_LY = re.compile(r"\b(feel|feels|felt|feeling|look|looks|looked|seem|seems|seemed)\s+(?:(?:very|so|really|quite|"
                      r"too)\s+)?([a-z]+ily)\b", re.IGNORECASE)
_DO_NOT = {"I": "don't", "he": "doesn't", "she": "doesn't", "it": "doesn't", "we": "don't", "they": "don't",
            "you": "don't"}


def check(text: str) -> Iterator[Finding]:
    yield from _be_not_verb(text)
    yield from _to_left_out(text)
    yield from _word_forms(text)
    yield from _small_words(text)


def _be_not_verb(text: str) -> Iterator[Finding]:
    """"I am not understand" → "I don't understand"; "he was not know" → "he didn't know"."""
    for m in _NOT_VERB.finditer(text):
        verb = m.group(10).lower()
        if verb not in _BASE_AFTER_BE and not _bare_verb_only(verb) or _base(verb) != verb:
            continue  # "I am not happy", "I am not sure": not verbs
        subject = next(g for g in m.groups()[:8] if g)
        past = re.search(r"\b(was|were)\b", m.group(0), re.IGNORECASE)
        do = "didn't" if past else _DO_NOT[subject.lower() if subject != "I" else "I"]
        fixed = f"{subject} {do} {verb}"
        yield Finding(m.start(), m.end(), f"With a verb, say “not” with do: “{fixed}”.", (fixed,), "be-not-verb")


def _to_left_out(text: str) -> Iterator[Finding]:
    """"I want be a nurse" → "want to be" (Harper offers "won't be"); "can't wait see you" → "can't wait to see"."""
    for m in _WANT_BARE.finditer(text):
        verb = m.group(2).lower()
        if verb != "be" and (set(_lemmas(verb)) != {"VERB"} or _base(verb) != verb):
            continue  # "I want money", "we need help": a thing, not a verb
        if verb == "be" and m.group(1).lower() in ("need", "needs"):
            continue  # "if need be"
        fixed = f"{m.group(1)} to {m.group(2)}"
        yield Finding(m.start(), m.end(), f"Between “{m.group(1)}” and another verb, English needs “to”: “{fixed}”.",
                      (fixed,), "to-left-out")


def _word_forms(text: str) -> Iterator[Finding]:
    for m in _BORNED.finditer(text):  # Harper offers "bored" first
        yield Finding(m.start(), m.end(), "“born” has no -ed: “born”.", ("born",), "word-form")
    for m in _DOUBLE_PLURAL.finditer(text):  # Harper offers "children's" first
        fixed = _DOUBLE_PLURALS[m.group(1).lower()]
        fixed = fixed.capitalize() if m.group(1)[0].isupper() else fixed
        yield Finding(m.start(), m.end(), f"The word for more than one is “{fixed}”.", (fixed,), "word-form")
    for m in _FEEL_LY.finditer(text):  # "I feel lonelily" (Harper: "lone lily")
        word = m.group(2).lower()
        if _lemmas(word):
            continue  # a word English knows ("happily" is handled where it is wrong)
        adjective = word[:-3] + "y"
        if "ADJ" in _lemmas(adjective):
            yield Finding(m.start(2), m.end(2), f"After “{m.group(1)}”, describe with an adjective: “{adjective}”.",
                          (adjective,), "adverb-after-feeling")


def _small_words(text: str) -> Iterator[Finding]:
    for m in _AIM_IS.finditer(text):  # "My dream is become a teacher"
        verb = m.group(3).lower()
        if verb not in ("be", "become", "go", "help", "make", "study", "work", "live", "teach", "build", "open",
                        "visit", "meet", "see", "find", "bring", "give", "write", "travel", "return", "learn") \
                or _base(verb) != verb:
            continue
        fixed = f"{m.group(2)} to {m.group(3)}"
        yield Finding(m.start(2), m.end(3), f"A dream or a goal is something to do: “{m.group(1)} {fixed}”.",
                      (fixed,), "aim-to")
    for m in _NEWS_WERE.finditer(text):  # "the news were sad"
        fixed = {"were": "was", "are": "is", "have": "has", "aren't": "isn't", "weren't": "wasn't",
                 "haven't": "hasn't"}[m.group(2).lower()]
        yield Finding(m.start(2), m.end(2), f"“news” is one thing in English: “news {fixed}”.", (fixed,),
                      "singular-verb")
    for m in _HARD_TO_ME.finditer(text):  # "very difficult to me"
        yield Finding(m.start(2), m.end(2), f"Who finds it {m.group(1).lower()}: “{m.group(1)} for {m.group(3)}”.",
                      ("for",), "for-person")
    for m in _WORK_IN.finditer(text):  # "works in hospital"
        article = "an" if m.group(3)[0].lower() in "aeiou" else "a"
        fixed = f"{m.group(2)} {article} {m.group(3)}"
        yield Finding(m.start(2), m.end(3), f"One place of many takes “a”: “{fixed}”.", (fixed,), "missing-article")
    for m in _DAYS_BEFORE.finditer(text):  # "I saw him two days before" → "ago"
        sentence_start = max(text.rfind(".", 0, m.start()), text.rfind("!", 0, m.start()), text.rfind("?", 0,
                                                                                                          m.start()))
        if re.search(r"\b(had|'d|the|that|of)\b", text[sentence_start + 1:m.start()], re.IGNORECASE):
            continue  # "I had seen him two days before", "the week before": before another past time
        yield Finding(m.start(2), m.end(2), f"Counting back from now, say “{m.group(1)} ago”.", ("ago",),
                      "ago-before")
