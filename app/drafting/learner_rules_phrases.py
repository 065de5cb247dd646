"""Set phrases and word forms Korean learners of English get wrong and Harper does not flag: "the" before a superlative
("she is best student"), the preposition an adjective or verb takes ("depends of", "proud on"), "much"/"a lot
of"/"each" with the wrong number ("much people", "a lot of friend", "each students"), "very like", "returned back",
"-ing" after "be used to" and "look forward to", "suggested me to", the present perfect with a past-time word ("have
seen him yesterday"), and "will" after "when" ("When I will arrive, …").

Fixes come from lemminflect's tables; each rule is narrow and runs silent over correct sentences
(tests/test_learner_errors.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.drafting.learner_rules import Finding
from app.drafting.learner_rules_more import (
    _PAST_TIME,
    _inflect,
    _lemmas,
    _sentences,
    _third_person_subject,
)
from app.drafting.learner_rules_more import _verb_base as _base
from app.drafting.learner_rules_usage import _COUNTABLE, _word_before

_SUPERLATIVE = re.compile(r"\b(is|was|are|were|am|be|become|became)\s+((best|worst|most\s+[a-z]+|[a-z]+est)\s+"
                          r"([a-z]+))\b", re.IGNORECASE)
_WRONG_PREPOSITION = {  # (words, wrong prepositions) → the right one
    ("depend", "depends", "depended", "depending", "rely", "relies", "relied", "relying"): (("of", "from", "to", "at"),
                                                                                            "on"),
    ("proud", "afraid", "ashamed", "scared", "jealous"): (("from", "on"), "of"),
    ("proud",): (("for",), "of"),  # "afraid for my family" is right
    ("famous",): (("with",), "for"),
    ("responsible",): (("of",), "for"),
    ("experience", "experiences", "experienced"): (("about",), "in"),
}
_MUCH = re.compile(r"\b(much)\s+(people|[a-z]+s)\b", re.IGNORECASE)
_A_LOT_OF = re.compile(r"\b(a\s+lot\s+of|lots\s+of|plenty\s+of|(?:one|each|some|many|most|all|both|none)\s+of\s+"
                       r"(?:the|my|our|his|her|their|your))\s+(?:(?:best|closest|close|good|old|new|younger|older|"
                       rf"little)\s+)?({'|'.join(_COUNTABLE)}|book|thing|word|idea|problem|question|brother|sister)"
                       r"\b(?!['’-])", re.IGNORECASE)
_EACH_PLURAL = re.compile(r"\b(each|every)\s+([a-z]+s)\b(?!['’])", re.IGNORECASE)
_VERY_LIKE = re.compile(r"\b(I|we|you|they|he|she)\s+(very)\s+(like|likes|liked|love|loves|loved|enjoy|enjoyed|"
                        r"want|wanted|hope|hoped|miss|missed|appreciate|appreciated)\b", re.IGNORECASE)
_BACK = re.compile(r"\b(return|returns|returned|returning)\s+(back)\b", re.IGNORECASE)
_USED_TO = re.compile(r"\b(I|we|you|they|he|she)\s*(am|is|are|was|were|'m|'re|'s|got|get|became)\s+used\s+to\s+"
                      r"([a-z]+)\b", re.IGNORECASE)
_FORWARD_TO = re.compile(r"\b(look|looks|looked|looking)\s+forward\s+to\s+([a-z]+)\b", re.IGNORECASE)
_SUGGESTED_ME = re.compile(r"\b(suggest|suggests|suggested|recommended|recommend)\s+(me|him|her|us|them)\s+to\s+"
                           r"([a-z]+)\b", re.IGNORECASE)
_SUBJECT_OF = {"me": "I", "him": "he", "her": "she", "us": "we", "them": "they"}
_PERFECT = re.compile(r"\b(I|we|you|they|he|she|(?:my|his|her|our|their)\s+[a-z]+)\s+(have|has|'ve)\s+"
                      r"(never\s+|already\s+|just\s+)?([a-z]+)\b", re.IGNORECASE)
_WHEN_WILL = re.compile(r"(?:^|[.!?]\s+|(?<![.!?])\s(?=(?:when|after|before|as\s+soon\s+as|once|until)\s))"
                        r"((?:When|After|Before|As\s+soon\s+as|Once|Until|when|after|before|as\s+soon\s+as|once|"
                        r"until)\s+(I|we|you|they|he|she)\s+(will\s+([a-z]+)))\b")
# "I don't know when he will come" is a question inside a sentence, not a time: "will" is right there
_ASKING = {"know", "knows", "knew", "ask", "asks", "asked", "wonder", "wondered", "sure", "tell", "told", "idea",
           "say", "said", "remember", "understand", "decide", "decided", "guess", "doubt", "see", "unclear"}

_DO_FORMS = r"do|does|did|don't|doesn't|didn't|do\s+not|does\s+not|did\s+not"
_DO_ASKED = re.compile(rf"\b({_DO_FORMS})\s+(I|you|he|she|it|we|they|(?:my|his|her|our|their|your|the)\s+[a-z]+)\s+"
                       r"([a-z]+)\b(?=[^.!?]*\?)", re.IGNORECASE)  # "Does she likes music?"
_DO_DENIED = re.compile(r"\b(I|you|he|she|it|we|they|[a-z]+)\s+(don't|doesn't|didn't|do\s+not|does\s+not|did\s+not)"
                        r"\s+([a-z]+)\b", re.IGNORECASE)  # "She doesn't likes it"
_NOT_DONE = {"guys", "all", "both", "people", "folks", "each", "ever", "really", "even", "always", "also", "yet"}
_WH = {"why", "what", "how", "when", "where", "who", "which", "whom", "whose", "that", "and", "or", "but", "so"}
_TO_ADVERB = re.compile(r"\b(go|goes|went|going|gone|come|comes|came|coming|return|returns|returned|returning|get|"
                        r"gets|got|getting|walk|walks|walked|walking|run|runs|ran|running|drive|drives|drove|"
                        r"driving|fly|flies|flew|flying|travel|travels|travelled|traveled|travelling|traveling|"
                        r"move|moves|moved|moving|hurry|hurried|rush|rushed|head|headed)\s+(?:back\s+)?"
                        r"(to\s+(home|abroad|overseas|downtown|upstairs|downstairs|outside|inside|outdoors|indoors))"
                        r"\b(?!['’-])"
                        r"(?:\s+([a-z]+))?", re.IGNORECASE)
_MARRIED_WITH = re.compile(r"\b(married|marry|marries|marrying)\s+(with)\s+((?:a|an|the|my|his|her|our|their|your)"
                           r"\s+([a-z]+)|[A-Z][a-z]+)\b")
_SPOUSES = {"man", "woman", "doctor", "nurse", "teacher", "soldier", "farmer", "lawyer", "engineer", "student",
            "pilot", "singer", "writer", "worker", "officer", "policeman", "foreigner", "korean", "american",
            "chinese", "boy", "girl", "person", "guy", "prince", "princess", "musician", "businessman", "son",
            "daughter", "friend", "classmate", "neighbour", "neighbor", "cousin", "colleague", "husband", "wife"}


def check(text: str) -> Iterator[Finding]:
    yield from _superlative(text)
    yield from _wrong_preposition(text)
    yield from _number_words(text)
    yield from _phrases(text)
    yield from _tenses(text)
    yield from _do_and_verb(text)
    yield from _where_to(text)


def _do_and_verb(text: str) -> Iterator[Finding]:
    """After do/does/did the verb takes its base form: "Does she likes", "He didn't went", "Did you saw"."""
    found = [(m, m.group(3)) for m in _DO_ASKED.finditer(text)]
    for m in _DO_DENIED.finditer(text):
        if m.group(1).lower() in _WH or (m.group(1).lower() not in ("i", "you", "he", "she", "it", "we", "they")
                                          and "NOUN" not in _lemmas(m.group(1))):
            continue  # "Why don't rules apply": the word before must be who does it
        found.append((m, m.group(3)))
    for m, verb in found:
        lower = verb.lower()
        base = _base(lower)
        if lower in _NOT_DONE or base is None or base == lower:
            continue
        if lower not in (_inflect(base, "VBZ"), _inflect(base, "VBD"), _inflect(base, "VBN")):
            continue
        do = re.sub(r"\s+", " ", m.group(2) if m.re is _DO_DENIED else m.group(1))
        yield Finding(m.start(3), m.end(3), f"After “{do}”, use the base form of the verb: “{base}”.", (base,),
                      "do-base-verb")


def _where_to(text: str) -> Iterator[Finding]:
    """"home", "abroad", "overseas" … already say where to: "went to home" → "went home"; and one marries a
    person, not "with" one ("married with a doctor" → "married to a doctor")."""
    for m in _TO_ADVERB.finditer(text):
        following = (m.group(4) or "").lower()
        if following and "NOUN" in _lemmas(following) and following not in ("now", "today", "tonight", "again"):
            continue  # "went to home country": a noun follows (another mistake, not this one)
        yield Finding(m.start(2), m.end(2), f"“{m.group(3)}” already says where to: leave out “to”.",
                      (m.group(3),), "to-before-adverb")
    for m in _MARRIED_WITH.finditer(text):
        person = (m.group(4) or m.group(3)).lower()
        if m.group(4) is None and m.start(3) == 0 or m.group(4) is not None and person not in _SPOUSES:
            continue  # "married with two children" is right: with children, not to them
        fixed = f"{m.group(1)} to"
        yield Finding(m.start(1), m.end(2), f"One is married to someone: “{fixed}”.", (fixed,), "married-to")


def _superlative(text: str) -> Iterator[Finding]:
    for m in _SUPERLATIVE.finditer(text):
        degree, noun = m.group(3).lower(), m.group(4).lower()
        if degree.endswith("ly"):
            continue  # "is most likely what …": an adverb, not a superlative
        if degree.endswith("est") and degree not in ("best", "worst"):
            adjective = _lemmas(degree).get("ADJ", ("",))[0]
            if not adjective or adjective == degree:
                continue  # "honest", "interest": not a superlative
        if "NOUN" not in _lemmas(noun) or "VERB" in _lemmas(noun) and noun.endswith(("ed", "en", "wn")):
            continue  # "is best known for"
        if _word_before(text, m.start(2)) in ("the", "my", "his", "her", "our", "their", "your"):
            continue
        fixed = f"the {m.group(2)}"
        yield Finding(m.start(2), m.end(2), f"A superlative takes “the”: “{fixed}”.", (fixed,), "superlative-the")


def _wrong_preposition(text: str) -> Iterator[Finding]:
    for words, (wrong, right) in _WRONG_PREPOSITION.items():
        for m in re.finditer(rf"\b({'|'.join(words)})\s+({'|'.join(wrong)})\b", text, re.IGNORECASE):
            fixed = f"{m.group(1)} {right}"
            yield Finding(m.start(), m.end(), f"“{m.group(1)}” takes “{right}”: “{fixed}”.", (fixed,),
                          "wrong-preposition")


def _number_words(text: str) -> Iterator[Finding]:
    for m in _MUCH.finditer(text):
        noun = m.group(2).lower()
        singular = _lemmas(noun).get("NOUN", ("",))[0]
        if noun != "people" and (not singular or singular == noun):
            continue  # "much news", "much less"
        fixed = "many" if m.group(1).islower() else "Many"
        yield Finding(m.start(1), m.end(1), f"“{m.group(2)}” can be counted: say “{fixed}”.", (fixed,),
                      "much-many")
    for m in _A_LOT_OF.finditer(text):
        plural = _inflect(m.group(2).lower(), "NNS")
        if plural and plural != m.group(2).lower():
            yield Finding(m.start(2), m.end(2), f"After “{m.group(1)}”, use the plural: “{plural}”.", (plural,),
                          "plural-after-quantity")
    for m in _EACH_PLURAL.finditer(text):
        noun = m.group(2).lower()
        singular = _lemmas(noun).get("NOUN", ("",))[0]
        if not singular or singular == noun:
            continue  # "each class", "every news"
        yield Finding(m.start(2), m.end(2), f"After “{m.group(1)}”, use one: “{singular}”.", (singular,),
                      "each-singular")


def _phrases(text: str) -> Iterator[Finding]:
    for m in _VERY_LIKE.finditer(text):
        fixed = f"really {m.group(3)}"
        yield Finding(m.start(2), m.end(3), f"“very” does not go before a verb: “{fixed}” (or “{m.group(3)} … "
                      "very much”).", (fixed,), "very-verb")
    for m in _BACK.finditer(text):
        yield Finding(m.start(), m.end(), f"“{m.group(1)}” already means going back: “{m.group(1)}”.",
                      (m.group(1),), "return-back")
    for m in [*_USED_TO.finditer(text), *_FORWARD_TO.finditer(text)]:
        verb = m.group(m.lastindex or 0)
        base = _base(verb)
        if base is None or base != verb.lower() or verb.lower() in ("be", "the"):
            continue
        ing = _inflect(base, "VBG")
        if ing:
            yield Finding(m.start(m.lastindex or 0), m.end(m.lastindex or 0), f"Here “to” is a preposition: use the "
                          f"-ing form: “{ing}”.", (ing,), "to-ing")
    for m in _SUGGESTED_ME.finditer(text):
        base = _base(m.group(3))
        if base is None or base != m.group(3).lower():
            continue
        fixed = f"{m.group(1)} that {_SUBJECT_OF[m.group(2).lower()]} {base}"
        yield Finding(m.start(), m.end(), f"“{m.group(1)}” is not followed by a person and “to”: “{fixed}”.",
                      (fixed,), "suggest-that")


def _tenses(text: str) -> Iterator[Finding]:
    for offset, sentence in _sentences(text):
        if not _PAST_TIME.search(sentence) or re.search(r"\b(since|for|until|before)\b", sentence, re.IGNORECASE):
            continue
        for m in _PERFECT.finditer(sentence):
            participle = m.group(4).lower()
            base = _base(participle)
            if base is None or participle == base or participle not in (_inflect(base, "VBN"), "been"):
                continue
            one = m.group(1).lower() in ("i", "he", "she") or _third_person_subject(m.group(1))
            past = "went" if base == "be" and re.match(r"\s+to\b", sentence[m.end():]) else \
                "was" if base == "be" and one else "were" if base == "be" else _inflect(base, "VBD")
            # "have been to China when I was ten" → "went to China", not "was to China"
            if not past:
                continue
            fixed = f"{m.group(3) or ''}{past}".strip()
            when = _PAST_TIME.search(sentence)
            finished = when.group(1) if when else ""
            yield Finding(offset + m.start(2), offset + m.end(4), f"With a finished time (“{finished}”), use the "
                          f"past: “{m.group(1)} {fixed}”.", (fixed,), "perfect-past-time")
    for m in _WHEN_WILL.finditer(text):
        verb = m.group(4)
        base = _base(verb)
        before = re.findall(r"[a-z']+", text[:m.start(1)].lower())[-2:]
        if set(before) & _ASKING or base is None or base != verb.lower():
            continue
        fixed = (_inflect(base, "VBZ") or base) if m.group(2).lower() in ("he", "she") else base
        yield Finding(m.start(3), m.end(3), f"After “{m.group(1).split()[0]}”, the present speaks of the future: "
                      f"“{fixed}”.", (fixed,), "when-will")
