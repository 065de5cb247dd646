"""Word choices where Korean has one word and English two, and small words of time and amount: "make my
homework" (do), "did a big effort" (made), "borrow me your pen" (lend), "many money" (much), "few money"
(little), "Her hairs are long", "is same as" (the same), "born in March 3rd" (on); verbs that take "to"
before another verb ("I decided studying abroad": "decided to study"); "arrived to Seoul" (in);
"go to the school by bus" (to school), "Few weeks ago" (A few).

Written after a twenty-fourth set of learner sentences (18 of 30 flagged on its first reading); the later ones
after a twenty-fifth and a twenty-sixth (27 and 26 of 30). Verb forms come from lemminflect's tables; each
rule is narrow and runs silent over correct sentences (tests/test_learner_errors.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.drafting.learner_rules import Finding, _inflect, _lemmas
from app.drafting.learner_rules import _verb_base as _base
from app.drafting.learner_rules_shapes import _plural_noun

_OWNER = r"(?:(?:my|his|her|our|their|your|the|a|an|some|this|that)\s+)?"
_DONE_TASKS = r"homework|housework|exercise|exercises|laundry|shopping|dishes|chores"
_MAKE_TASK = re.compile(rf"\b(make|makes|made|making)\s+({_OWNER}(?:{_DONE_TASKS}))\b(?!['’-])"
                        r"(?=\s*[.,;!?]|\s*$|\s+(?:tonight|today|tomorrow|now|every|after|before|at|in|on|with|for|first|"
                        r"together|again|yesterday)\b)", re.IGNORECASE)  # not "made her homework easier"
_MADE_THINGS = (r"mistake|mistakes|effort|efforts|decision|decisions|promise|promises|noise|progress|speech|choice|"
                r"choices")
_DO_THING = re.compile(rf"\b(do|does|did|doing|done)\s+({_OWNER}(?:(?:big|small|great|huge|serious|terrible|"
                       rf"real|good|bad|hard|wrong|right|final|many|few|lot\s+of|lots\s+of)\s+)?(?:{_MADE_THINGS}))\b",
                       re.IGNORECASE)
_BORROW_ME = re.compile(r"\b(borrow|borrows|borrowed|borrowing)\s+(?=(?:me|him|her|us|them)\s+"
                        r"(?:a|an|the|my|your|his|her|our|their|some|this|that)\b)", re.IGNORECASE)
# not "time" or "experience": "many time" is as often "many times", "many experience" "many experiences"
_UNCOUNTED = (r"money|water|information|advice|homework|food|rice|bread|furniture|luggage|music|work|milk|snow|rain|"
              r"traffic|knowledge|freedom|help|fun|trouble|sleep|energy|courage|patience")
_MANY_UNCOUNTED = re.compile(rf"\b(many|few|a\s+few)\s+({_UNCOUNTED})\b(?!['’-])", re.IGNORECASE)
_MUCH_FIX = {"many": "much", "few": "little", "a few": "a little"}
_THERE_WERE_UNCOUNTED = re.compile(rf"\b([Tt]here)\s+(were|are|weren't|aren't)\s+((?:no|much|little|some|any|"
                                   rf"enough|a\s+lot\s+of)\s+)?({_UNCOUNTED})\b(?!['’-])(?=\s*[.,;!?]|\s*$|\s+(?:in|"
                                   r"at|on|for|to|from|left|anywhere|here|there|and|but|so|because|when)\b)")
_SINGULAR_BE = {"were": "was", "are": "is", "weren't": "wasn't", "aren't": "isn't"}
_HAIRS = re.compile(r"\b((?:my|his|her|your|our|their)\s+(?:long\s+|short\s+|black\s+|grey\s+|gray\s+|white\s+)?"
                    r"hairs)(?:\s+(are|were))?\b", re.IGNORECASE)
_SAME_AS = re.compile(r"\b(is|are|was|were|am|look|looks|looked|felt|feel|feels|be)\s+(same)\s+(?=as\b|with\b)",
                      re.IGNORECASE)
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_IN_DATE = re.compile(rf"\b(in)\s+(?=(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)?\s+"
                      rf"(?:of\s+)?(?:{_MONTHS})\b)")


_PART_OF_MANY = re.compile(r"\b((?:all|most|many|some|both|few|several)\s+of\s+(?:the|my|our|his|her|their|these|those|"
                           r"your)\s+([a-z]+))\s+(was|is|has|wasn't|isn't|hasn't|does|doesn't)\b", re.IGNORECASE)
_PLURAL_VERB = {"was": "were", "is": "are", "has": "have", "wasn't": "weren't", "isn't": "aren't", "hasn't": "haven't",
                "does": "do", "doesn't": "don't"}


# Verbs followed by "to" and a verb, never by -ing ("enjoy", "finish", "avoid" are the other way: elsewhere)
_TO_VERBS = (r"want|wants|wanted|hope|hopes|hoped|decide|decides|decided|plan|plans|planned|promise|promises|"
             r"promised|agree|agrees|agreed|refuse|refuses|refused|expect|expects|expected|choose|chooses|chose|"
             r"manage|manages|managed|fail|fails|failed|afford|offer|offers|offered|wish|wishes|wished|pretend|"
             r"pretends|pretended|would\s+like|'d\s+like")
_TO_NOT_ING = re.compile(rf"\b({_TO_VERBS})\s+([a-z]+ing)\b(?:\s+([A-Za-z]+))?")
# ... when the -ing word is also a noun or an adjective ("I want reading glasses"), only before what follows
# a verb: a determiner, a person, a place word, a language
_VERB_NEXT = {"the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that", "these", "those", "me",
              "him", "us", "them", "it", "abroad", "home", "here", "there", "to", "in", "at", "with", "for", "back",
              "out", "up", "more", "hard", "again", "together", "alone", "english", "korean", "math", "music"}
_ARRIVE_TO = re.compile(r"\b(arrive|arrives|arrived|arriving)\s+(to)\s+(home\b|here\b|there\b|[A-Z][a-z]+|the\b|a\b|"
                        r"an\b|my\b|our\b|his\b|her\b|their\b|your\b)(?!\s+(?:great\s+)?(?:surprise|delight|joy|"
                        r"relief|horror|dismay|shock|amazement)\b)")  # "arrived, to my surprise, …" is right

# a place she goes for what is done there takes no "the" ("go to school", "went to bed"), unless a
# particular one follows ("the school where my mother taught", "the church of our village")
_TO_THE_PLACE = re.compile(r"\b(go|goes|went|going|gone|come|comes|came|coming)\s+to\s+(the\s+)(school|church|bed|"
                           r"work)\b(?!['’-])(?=\s*[.,;!?]|\s*$|\s+(?:by|on|every|at|early|late|today|tomorrow|"
                           r"yesterday|again|together|with|and|because)\b)",
                           re.IGNORECASE)
_FEW_AGO = re.compile(r"(?<![Aa]\s)(?<![Vv]ery\s)(?<![Oo]nly\s)(?<![Qq]uite\s)\b([Ff]ew)\s+(?:days|weeks|months|"
                      r"years|hours|minutes|moments|nights)\s+(?:ago|later|earlier)\b")


def check(text: str) -> Iterator[Finding]:
    yield from _do_and_make(text)
    yield from _amounts(text)
    yield from _verb_patterns(text)
    for m in _TO_THE_PLACE.finditer(text):
        place = m.group(3)
        yield Finding(m.start(2), m.end(2), f"Going to {place.lower()} to do what is done there takes no “the”: "
                      f"“to {place}”.", ("",), "place-no-the")
    for m in _FEW_AGO.finditer(text):
        fixed = "A few" if m.group(1)[0].isupper() else "a few"
        yield Finding(m.start(1), m.end(1), f"For a small number of days or weeks, say “{fixed.lower()}” (“few” "
                      "alone means almost none).", (fixed,), "a-few")


def _verb_patterns(text: str) -> Iterator[Finding]:
    for m in _TO_NOT_ING.finditer(text):
        ing = m.group(2).lower()
        kinds = _lemmas(ing)
        base = (kinds.get("VERB") or (None,))[0]
        if not base or _inflect(base, "VBG") != ing:
            continue  # "I want nothing", "She wished everything"
        after = m.group(3) or ""
        if set(kinds) - {"VERB"} and after.lower() not in _VERB_NEXT and not after[:1].isupper():
            continue  # "I want reading glasses", "we planned the building work"
        fixed = f"to {base}"
        yield Finding(m.start(2), m.end(2), f"After “{m.group(1)}”, another verb takes “to”: “{m.group(1)} "
                      f"{fixed}”.", (fixed,), "to-after-verb")
    for m in _ARRIVE_TO.finditer(text):
        place = m.group(3)
        if place.lower() in ("home", "here", "there"):  # the fix covers the place, so it reads "→ home"
            yield Finding(m.start(2), m.end(3), f"“arrive {place}” takes no “to”.", (place,), "arrive-in-at")
            continue
        if place[:1].isupper() and place not in ("The", "A", "An", "My", "Our", "His", "Her", "Their", "Your"):
            fixed, why = "in", "One arrives in a city or a country (and at a building or a station)."
        else:
            fixed, why = "at", "One arrives at a place such as a station or a school (and in a city or a country)."
        yield Finding(m.start(2), m.end(2), why, (fixed,), "arrive-in-at")


def _do_and_make(text: str) -> Iterator[Finding]:
    for m in _MAKE_TASK.finditer(text):
        do = _form_like(m.group(1), "do")
        yield Finding(m.start(1), m.end(1), f"One does homework, exercise and housework (and makes a mistake, a "
                      f"decision): “{do} {m.group(2)}”.", (do,), "do-make")
    for m in _DO_THING.finditer(text):
        make = _form_like(m.group(1), "make")
        yield Finding(m.start(1), m.end(1), f"One makes a mistake, an effort or a decision (and does homework): "
                      f"“{make} {m.group(2)}”.", (make,), "do-make")
    for m in _BORROW_ME.finditer(text):
        lend = _form_like(m.group(1), "lend")
        yield Finding(m.start(1), m.end(1), f"To give something for a while, say “{lend}” (to borrow is to take "
                      "it).", (lend,), "lend-borrow")


def _form_like(said: str, verb: str) -> str:
    """`verb` in the form `said` has ("made" → "did", "does" → "makes")."""
    lower = said.lower()
    base = _base(lower) or lower
    for tag in ("VB", "VBZ", "VBD", "VBG", "VBN"):
        if _inflect(base, tag) == lower or tag == "VB" and base == lower:
            form = verb if tag == "VB" else _inflect(verb, tag) or verb
            return form.capitalize() if said[:1].isupper() else form
    return verb


def _amounts(text: str) -> Iterator[Finding]:
    for m in _MANY_UNCOUNTED.finditer(text):
        amount = re.sub(r"\s+", " ", m.group(1).lower())
        fixed = _MUCH_FIX[amount]
        also = ("a lot of",) if amount == "many" else ()  # "few money" is "little money", never "a lot of"
        yield Finding(m.start(1), m.end(1), f"“{m.group(2)}” is not counted: “{fixed} {m.group(2)}”.",
                      (fixed, *also), "much-uncounted")
    for m in _THERE_WERE_UNCOUNTED.finditer(text):
        fixed = _SINGULAR_BE[m.group(2).lower()]
        yield Finding(m.start(2), m.end(2), f"“{m.group(4)}” is not counted: “there {fixed}”.", (fixed,),
                      "there-is-uncounted")
    for m in _HAIRS.finditer(text):
        hair = m.group(1)[:-1]
        fixed = f"{hair} {'is' if m.group(2).lower() == 'are' else 'was'}" if m.group(2) else hair
        yield Finding(m.start(1), m.end(), f"The hair on a head is not counted: “{fixed}”.", (fixed,),
                      "uncounted-plural")
    for m in _PART_OF_MANY.finditer(text):
        if not _plural_noun(m.group(2).lower()):
            continue  # "all of the water was", "most of the class is"
        fixed = _PLURAL_VERB[m.group(3).lower()]
        yield Finding(m.start(3), m.end(3), f"“{m.group(1)}” are more than one: “{fixed}”.", (fixed,),
                      "plural-verb")
    for m in _SAME_AS.finditer(text):
        yield Finding(m.start(2), m.end(2), "“same” takes “the”: “the same as”.", ("the same",), "the-same")
    for m in _IN_DATE.finditer(text):
        yield Finding(m.start(1), m.end(1), "A date (a day of a month) takes “on”.", ("on",), "date-on")
