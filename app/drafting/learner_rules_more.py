"""More errors Korean learners of English make, each a narrow pattern with its fix taken from lemminflect's
word-form tables (never built by hand): a present verb after a past-time word, "everyone were", "-ing" for a
feeling ("I am interesting in"), a verb that needs its preposition ("listen the radio"), "to" before a person
("explained me"), an adverb after a feeling verb ("I feel happily"), the present perfect with since/for, and
"have been" + a bare verb. Each rule was tested on sentences it was not written from, correct ones too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.drafting.learner_rules import _SUBJECT_NOUNS, NUMBER_WORDS, Finding, _inflect, _lemmas, _verb_base, _words

_SUBJECT = r"(I|we|you|they|he|she|it|(?:my|our|his|her|their|the)\s+(?:(?:little|big|older|younger|best|new)\s+)?\w+)"
_PAST_TIME = re.compile(r"\b(yesterday|last\s+(?:night|weekend|week|month|year|summer|winter|spring|autumn|fall|time|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\w+\s+(?:days?|weeks?|months?|"
                        r"years?|hours?|minutes?)\s+ago|in\s+(?:19\d\d|20[01]\d|202[0-4])|when\s+I\s+was\s+(?:young|little|a\s+child|"
                        r"\w+\s+years\s+old|(?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                        r"sixteen|seventeen|\d+)\b))\b", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"\b" + _SUBJECT + r"\s+(\w+(?:n['’]t)?)(?![\w'’])", re.IGNORECASE)
_PAST_NOT = {"don't": "didn't", "doesn't": "didn't", "isn't": "wasn't", "aren't": "weren't", "can't": "couldn't"}
_GROUP = r"(?:the|my|our|your|his|her|their|these|those)\s+"
_EVERYONE = re.compile(r"\b(everyone|everybody|nobody|no\s+one|someone|somebody|anyone|anybody|everything|nothing|"
                       rf"(?:each|one)\s+of\s+(?:{_GROUP})?\w+|every\s+(?!one\b|day\b|time\b)\w+)"
                       rf"(?:\s+(?:in|at|from|on|of)\s+(?:{_GROUP}|this\s+|that\s+)?\w+)?"  # "everyone in my class"
                       r"\s+([a-z]+(?:n't)?)\b", re.IGNORECASE)
_NOT_AGREEING = {"can", "will", "would", "could", "should", "may", "might", "must", "shall", "else", "who", "that",
                 "i", "we", "you", "they", "he", "she", "it", "and", "or", "but", "is", "was", "has", "does"}
_PEOPLE = "|".join(sorted(_SUBJECT_NOUNS | {"friends", "parents", "family", "classmate", "classmates", "roommate",
                                            "roommates", "children", "students", "student", "cousins"}))
_FEELING = re.compile(r"\b(I\s+am|I'm|I\s+was|I\s+feel|I\s+felt|I\s+got|I\s+became|we\s+are|we\s+were|they\s+are|"
                      r"they\s+were|he\s+is|she\s+is|he\s+was|she\s+was|everyone\s+was|"
                      r"(?:he|she|we|they|everyone|everybody)\s+(?:feels|felt|got|became)|"
                      rf"(?:my|our|his|her|their)\s+(?:(?:little|big|older|younger|old|young|best|new)\s+)?(?:{_PEOPLE})\s+"
                      r"(?:is|was|are|were|felt|feels|got|became)|"
                      r"(?:the|my|our|their|all\s+the)\s+(?:children|people|students|soldiers|kids|parents|friends|"
                      r"villagers|passengers)\s+(?:are|were|felt|got|became))\s+"
                      r"(?:not\s+)?(?:(?:very|so|really|quite|a\s+little|too)\s+)?(\w+ing)\b"
                      r"(?=\s+(?:in|about|with|by|of|at|to|when|because|after|that)\b|\s*[.!,]|\s*$)", re.IGNORECASE)
_FEELING_VERBS = {"interest", "bore", "excite", "tire", "confuse", "surprise", "disappoint", "satisfy", "embarrass",
                  "frighten", "amaze", "annoy", "worry", "shock", "terrify", "scare", "exhaust", "relax", "depress",
                  "thrill", "fascinate", "amuse", "please", "puzzle", "overwhelm", "irritate", "frustrate"}
_NEEDS_PREPOSITION = {"listen": "to", "wait": "for", "arrive": "in", "belong": "to", "depend": "on",
                      "apologize": "to", "reply": "to", "graduate": "from", "look": "at", "talk": "to"}
_DETERMINER = (r"(the|a|an|my|his|her|our|their|your|this|that|these|those|me|him|us|them|you|music|people|"
               r"everyone|everybody|someone|Seoul|Korea|America|school|home)")
_VERB_OBJECT = re.compile(r"\b(\w+)\s+" + _DETERMINER + r"\b", re.IGNORECASE)
_TO_PERSON = re.compile(r"\b(said|say|says|saying|explained|explain|explains|explaining|described|describe|"
                        r"suggested|suggest|announced|mentioned|reported|introduced|introduce|recommended|"
                        r"recommend|recommends)\s+(me|you|him|her|us|them)\b", re.IGNORECASE)
_SAY = {"said": "told", "say": "tell", "says": "tells", "saying": "telling"}
_LINKING_ADVERB = re.compile(r"\b(feel|feels|felt|feeling|look|looks|looked|seem|seems|seemed|sound|sounds|sounded|"
                             r"taste|tastes|tasted|smell|smells|smelled|smelt|"
                             r"became|become|am|is|are|was|were)\s+(?:(?:very|so|really|quite|too)\s+)?(\w+ly)\b"
                             r"(?=\s*[.!,]|\s*$|\s+(?:and|because|when|after|about|at|with|that|to|for|in)\b)",
                             re.IGNORECASE)
# "I felt nervously before the speech": after feel, a time or place may follow too
_FEEL_ADVERB = re.compile(r"\b(feel|feels|felt|feeling)\s+(?:(?:very|so|really|quite|too)\s+)?(\w+ly)\b"
                          r"(?=\s+(?:before|during|in|on|today|sometimes|again|now|then|every|all|this|last|since|"
                          r"for)\b)", re.IGNORECASE)
_NOT_ADVERBS = {"strongly", "deeply",  # "I feel strongly about", "I felt deeply moved"
                "friendly", "lonely", "lovely", "lively", "ugly", "silly", "early", "holy", "likely", "elderly",
                "costly", "only", "daily", "weekly", "monthly", "yearly", "family", "italy", "july", "rely", "reply",
                "apply", "fly", "supply", "jelly", "belly", "bully", "ally", "sly", "curly", "hilly", "chilly",
                "unlikely", "deadly", "orderly", "timely", "manly", "womanly", "cowardly", "motherly", "fatherly"}
_SAYING_HOW_SURE = {"exactly", "really", "actually", "simply", "usually", "certainly", "probably", "clearly", "nearly",
                    "mostly", "merely", "entirely", "completely", "truly", "currently", "finally", "generally",
                    "particularly", "especially", "definitely", "obviously", "apparently", "possibly", "partly",
                    "largely", "fully", "equally", "slightly", "rarely", "normally", "mainly", "basically"}
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
# "since I was ten", "since we came": a "since" of time ("since I was sick" gives a reason)
SINCE_CLAUSE = (r"(?:I|we|he|she|they)\s+(?:(?:was|were)\s+(?:born|little|young|small|a\s+(?:child|baby|girl|boy|kid|"
                rf"teenager|student)|children|kids|students|teenagers|babies|\d+|{NUMBER_WORDS})\b|came|left|arrived|"
                r"moved|escaped|met|started|began)")
_SINCE_FOR = re.compile(r"\b(since\s+(?:\d{4}|last\s+\w+|\w+\s+(?:ago)|" + SINCE_CLAUSE
                        + r"|my\s+\w+hood|childhood|then|\w+day|(?:elementary|middle|high|primary)\s+school|"
                        + _MONTHS + r")|for\s+(?:\w+\s+)?"
                        r"(?:years|months|weeks|days|a\s+long\s+time|a\s+year|a\s+month|a\s+week|ages))\b",
                        re.IGNORECASE)
_PROGRESSIVE = re.compile(r"\b(I\s+am|I'm|we\s+are|we're|they\s+are|they're|you\s+are|he\s+is|she\s+is|he's|she's|"
                          r"(?:my|our|his|her|their)\s+[a-z]+\s+(?:is|are))"
                          r"\s+(\w+ing)\b", re.IGNORECASE)
_BE_SINCE = re.compile(r"\b(I|we|they|you|he|she|(?:my|our|his|her|their)\s+[a-z]+)\s*(am|is|are|'m|'re|'s)\b"
                       r"(?!\s+\w+ing\b)", re.IGNORECASE)  # "I am here since 2018" (a "since" of time only)
_SIMPLE_PRESENT_ONE = re.compile(r"\b(he|she|(?:my|our|his|her|their)\s+(?:best\s+|older\s+|younger\s+|little\s+)?"
                                 r"[a-z]+)\s+(lives|knows|works|studies|stays|teaches|learns|waits|plays|wants|has)\b",
                                 re.IGNORECASE)  # "she works here for …"
# "I didn't see my father since 2012"
_DID_NOT = re.compile(r"\b(I|we|you|they|he|she|(?:my|our|his|her|their)\s+[a-z]+)\s+(?:didn't|did\s+not)\s+"
                      r"([a-z]+)\b", re.IGNORECASE)
_SIMPLE_PRESENT = re.compile(r"\b(I|we|they|you)\s+(live|know|work|study|stay|teach|learn|wait|play|want)\b",
                             re.IGNORECASE)
_FOR_YEAR = re.compile(r"\b(?:have|has|'ve)\s+(?:not\s+|never\s+|always\s+)?(?:been|lived|worked|stayed|studied|"
                       r"known|taught|served|volunteered|belonged|attended|been\s+\w+ing)(?:\s+[A-Za-z]+){0,4}?"
                       r"\s+(for)\s+((?:19|20)\d\d)(?=\s*(?:[.,;!?]|$|\s+and\b))", re.IGNORECASE)
_BEEN_BARE = re.compile(r"\b(have|has|had|'ve)\s+been\s+(\w+)\b", re.IGNORECASE)
_BEEN_NOT_VERBS = {"open", "free", "clean", "clear", "close", "dry", "empty", "right", "wrong", "slow", "fit",
                   "cool", "warm", "quiet", "calm", "busy", "able", "alone", "there", "here", "home", "away", "back",
                   "late", "well", "ill", "sick", "abroad", "together", "better", "worse", "up", "down", "out", "in",
                   "on", "off", "over", "through", "lucky", "happy", "sad", "proud", "afraid", "ready", "sure"}


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for m in re.finditer(r"[.!?]+(?:\s+|$)", text):
        yield start, text[start:m.end()]
        start = m.end()
    if start < len(text):
        yield start, text[start:]


def check(text: str) -> Iterator[Finding]:
    yield from _present_after_past_time(text)
    yield from _everyone_plural(text)
    yield from _ing_for_feeling(text)
    yield from _missing_preposition(text)
    yield from _to_before_person(text)
    yield from _adverb_after_feeling(text)
    yield from _present_perfect(text)
    yield from _been_bare(text)
    yield from _for_a_year(text)


def _present_after_past_time(text: str) -> Iterator[Finding]:
    for offset, sentence in _sentences(text):
        time = _PAST_TIME.search(sentence)
        if not time or re.search(r"\bsince\b", sentence, re.IGNORECASE):
            continue
        clauses = list(_CLAUSE_VERB.finditer(sentence))
        after = [m for m in clauses if m.start() >= time.end()]
        # Only the clause the time word belongs to: the first after it ("Last year we moved, and now we live"
        # is right), or, when it ends the sentence, the first before it ("I go there yesterday").
        for m in (after or [m for m in clauses if m.end() <= time.start()])[:1]:
            verb = m.group(2)
            lower = verb.lower().replace("’", "'")
            owner = m.group(1).split()
            if len(owner) >= 2 and "NOUN" not in _lemmas(owner[-1]):
                continue  # "my best friend": "best" is not the subject
            if owner[0].lower() == "the" and m.start() < time.start():
                continue  # "the source code indicates …, relicensed in 2008": "the" + two nouns, far from it
            if lower == "had" or lower in ("have", "has") and _perfect_follows(sentence[m.end():]):
                continue  # "has been", "have lived": not a simple present
            if lower.endswith("n't"):
                if lower not in _PAST_NOT:
                    continue  # "won't", "haven't": not a simple present
                fixed = _PAST_NOT[lower]  # "Last night I don't sleep well" → "didn't" (it once offered "donned")
            elif lower in ("have", "has"):
                fixed = "had"
            elif lower in ("am", "is", "are"):
                fixed = "was" if lower in ("am", "is") else "were"
            else:
                base = _verb_base(lower)
                lemmas = _lemmas(lower)
                if base is None or lower not in (base, _inflect(base, "VBZ")) or "ADV" in lemmas:
                    continue
                if lower in ("can", "will", "must", "should", "may", "might", "could", "would", "do", "does"):
                    continue
                fixed = _inflect(base, "VBD") or ""
                if not fixed or fixed == lower:
                    continue
            yield Finding(offset + m.start(2), offset + m.end(2),
                          f"“{time.group(1)}” is in the past: say “{fixed}”.", (fixed,), "past-time-tense")


def _third_person_subject(subject: str) -> bool:
    """"he", "she", "my sister" (one person); not "I", "they", "my parents"."""
    words = subject.lower().split()
    if len(words) == 1:
        return words[0] in ("he", "she", "it")
    return words[-1] in _lemmas(words[-1]).get("NOUN", ())


def _perfect_follows(rest: str) -> bool:
    """Whether what follows "have"/"has" makes a perfect: "been", or a verb's past participle that is not also
    its base or is ("have lived", "has never seen", "have come"; not "have a test", "have to go")."""
    m = re.match(r"\s+(?:(?:never|already|just|not|always|ever|also)\s+)*([a-z]+)", rest, re.IGNORECASE)
    if not m:
        return False
    word = m.group(1).lower()
    base = _verb_base(word)
    return word == "been" or bool(base) and word == _inflect(base or "", "VBN")


def _everyone_plural(text: str) -> Iterator[Finding]:
    singular = {"were": "was", "are": "is", "have": "has", "do": "does", "don't": "doesn't", "weren't": "wasn't",
                "aren't": "isn't"}
    for m in _EVERYONE.finditer(text):
        verb = m.group(2).lower()
        fixed = singular.get(verb)
        if fixed is None:  # "one of my cousins live": a plain verb in its base form
            if verb in _NOT_AGREEING or _verb_base(verb) != verb or "NOUN" in _lemmas(verb) \
                    or m.group(1).lower().startswith("every "):
                continue  # "every new word is": "word" can be a noun; only a word that is only a verb
            fixed = _inflect(verb, "VBZ")
            if not fixed or fixed == verb:
                continue
            fixed = fixed if m.group(2).islower() else fixed.capitalize()
        yield Finding(m.start(2), m.end(2), f"“{m.group(1)}” takes a singular verb: “{fixed}”.", (fixed,),
                      "everyone-singular")


def _ing_for_feeling(text: str) -> Iterator[Finding]:
    for m in _FEELING.finditer(text):
        word = m.group(2)
        base = (_lemmas(word).get("VERB") or (None,))[0]
        if base not in _FEELING_VERBS or word.lower() == "amazing":
            continue  # "I feel amazing", "You were amazing": English as it is
        if word.lower() in ("relaxing", "worrying") and not re.search(r"\b(?:feel|feels|felt)\b", m.group(1), re.I):
            continue  # "I was relaxing at home": what she was doing
        if re.search(r"\bnot\s+(?:\w+\s+)?\w+ing$", m.group(0)) and not re.match(
                r"\s+(?:in|about|with|by|at)\b", text[m.end():]):
            continue  # "I am not boring, I hope" (what she is); "not interesting in money" is how she feels
        if not re.match(r"(?:I|we)\b|\w+\s+(?:feel|feels|felt|got|became)\b", m.group(1), re.IGNORECASE) \
                and not re.match(r"\s+(?:in|about|with|by|at|to|when|because|after|that)\b", text[m.end():]):
            continue  # "My brother is boring." may be what he is; "… is interesting in robots" is how he feels
        fixed = _inflect(base, "VBN")
        if fixed:
            yield Finding(m.start(2), m.end(2), f"For how you feel, say “{fixed}” (“{word}” describes what makes "
                          "you feel so).", (fixed,), "ing-for-feeling")


def _missing_preposition(text: str) -> Iterator[Finding]:
    for m in _VERB_OBJECT.finditer(text):
        verb, following = m.group(1), m.group(2).lower()
        base = _verb_base(verb)
        if base not in _NEEDS_PREPOSITION:
            continue
        if verb.lower() in ("look", "talk", "wait"):
            # As a bare word these start commands and phrases ("Look, the…", "talk the talk"): only after a
            # subject or "to" ("I look the map", "want to talk my teacher").
            before = text[max(0, m.start() - 8):m.start()].strip().lower()
            if not re.search(r"\b(i|we|you|they|to|please)$", before):
                continue
        if following == "home" or base in ("graduate", "arrive") and following in ("me", "him", "us", "them"):
            continue  # "arrive home", "wait home" are right; nobody graduates a person
        if base == "look" and re.match(r"\s*(?:same|part|way|best|worst|type|age)\b", text[m.end(2):].lower()):
            continue  # "They look the same", "look the part": "look" is "seem" there
        preposition = _NEEDS_PREPOSITION[base]
        fixed = f"{verb} {preposition}"
        yield Finding(m.start(1), m.end(1), f"“{verb}” needs “{preposition}” before what follows: “{fixed} "
                      f"{m.group(2)}”.", (fixed,), "verb-preposition")


def _to_before_person(text: str) -> Iterator[Finding]:
    for m in _TO_PERSON.finditer(text):
        verb, person = m.group(1), m.group(2)
        told = _SAY.get(verb.lower())
        then_to = re.match(r"\s+(?:to|as)\b", text[m.end():])
        if person.lower() == "you" and not verb.lower().startswith("explain") or then_to and not told:
            continue  # "said you were", "describe you"; "introduced me to her", "described him as"
        owned = re.match(r"\s+([a-z]+)", text[m.end():])
        if person.lower() == "her" and owned and "NOUN" in _lemmas(owned.group(1)) and owned.group(1).lower() not in (
                "a", "the", "that", "this", "how", "what", "why", "where", "when", "my", "your", "his", "our",
                "their", "some", "these", "those"):
            continue  # "described her village": "her" owns the village
        fixed = f"{verb} to {person}"
        # "explained me the rule" → "explained the rule to me"; "said me goodbye" → "said goodbye to me"
        thing = re.match(r"\s+((?:(?:a|an|the|this|that|my|his|her|our|their|your|some)\s+[a-z]+(?:\s+[a-z]+)?)|"
                         r"goodbye|hello|sorry|thanks|everything|nothing|something)(?=\s*[.,;!?]|\s*$)",
                         text[m.end():], re.IGNORECASE)
        if thing and not then_to:
            moved = f"{verb} {thing.group(1)} to {person}"
            told_it = f"{told} {person} {thing.group(1)}" if told and thing.group(1).lower() not in (
                "goodbye", "hello", "sorry", "thanks") else ""
            yield Finding(m.start(1), m.end() + thing.end(), f"“{verb}” needs “to” before the person: “{moved}”.",
                          (told_it or moved,) + ((moved,) if told_it else ()), "to-before-person")
            continue
        a_thing = re.match(r"\s+(?:a|an|the|my|his|her|our|their|your|this|some|everything|nothing|"
                           r"something|the\s+truth|lies|stories)\b", text[m.end():], re.IGNORECASE)
        if told and then_to:  # "said me to wait": "told me to wait"
            suggestions: tuple[str, ...] = (f"{told} {person}",)
        elif told and a_thing:  # "said me a secret": "told me a secret" ("said to me a secret" is not English)
            suggestions = (f"{told} {person}", fixed)
        else:
            suggestions = (fixed, f"{told} {person}") if told else (fixed,)
        yield Finding(m.start(1), m.end(2), f"“{verb}” needs “to” before the person: “{fixed}”.", suggestions,
                      "to-before-person")


def _adverb_after_feeling(text: str) -> Iterator[Finding]:
    words = _words()
    for m in [*_LINKING_ADVERB.finditer(text), *_FEEL_ADVERB.finditer(text)]:
        adverb = m.group(2).lower()
        if adverb in _NOT_ADVERBS or adverb in _SAYING_HOW_SURE or m.group(2).isupper() or \
                m.group(1).lower().startswith("look") and re.match(r"\s+at\b", text[m.end():]):
            continue  # "they are exactly that", "it is probably": not a feeling; "she looked angrily at him"
        candidates = []
        if adverb.endswith("ily"):
            candidates.append(adverb[:-3] + "y")
        if adverb.endswith("bly") or adverb.endswith("ply"):
            candidates.append(adverb[:-1] + "e")
        candidates.append(adverb[:-2])
        adjective = next((c for c in candidates if c in words and "ADJ" in _lemmas(c)), None)
        if adjective:
            yield Finding(m.start(2), m.end(2), f"After “{m.group(1)}”, describe yourself with an adjective: "
                          f"“{adjective}”.", (adjective,), "adverb-after-feeling")


def _present_perfect(text: str) -> Iterator[Finding]:
    for offset, sentence in _sentences(text):
        if not _SINCE_FOR.search(sentence) or re.search(r"\b(have|has|had|'ve|'s\s+been)\b", sentence, re.IGNORECASE):
            continue
        if re.search(r"\bfor\s+\w+\s+(?:years|months|weeks|days)\s+(?:ago|old|later)\b", sentence, re.IGNORECASE):
            continue
        progressive = _PROGRESSIVE.search(sentence)
        if progressive:
            words = re.split(r"\s+|'", progressive.group(1))
            subject = " ".join(words[:2]) if words[0].lower() in ("my", "our", "his", "her", "their") else words[0]
            have = "has" if _third_person_subject(subject) else "have"
            fixed = f"{subject} {have} been {progressive.group(2)}"
            yield Finding(offset + progressive.start(), offset + progressive.end(), "With “since” or “for”, say "
                          f"how long up to now: “{fixed}”.", (fixed,), "present-perfect")
            continue
        be = _BE_SINCE.search(sentence)
        since = _SINCE_FOR.search(sentence)
        if be and since and since.group(0).lower().startswith("since") \
                and not (be.group(2) == "'s" and _perfect_follows(sentence[be.end():])):
            subject = be.group(1)
            fixed = f"{subject} {'has' if _third_person_subject(subject) else 'have'} been"
            yield Finding(offset + be.start(1), offset + be.end(2), "With “since”, say how long up to now: "
                          f"“{fixed}”.", (fixed,), "present-perfect")
            continue
        simple = _SIMPLE_PRESENT.search(sentence)
        if simple:
            participle = _inflect(simple.group(2).lower(), "VBN") or simple.group(2)
            fixed = f"{simple.group(1)} have {participle}"
            yield Finding(offset + simple.start(), offset + simple.end(), "With “since” or “for”, say how long up to "
                          f"now: “{fixed}”.", (fixed,), "present-perfect")
            continue
        for m in [*_SIMPLE_PRESENT_ONE.finditer(sentence), *_DID_NOT.finditer(sentence)]:
            verb = m.group(m.lastindex or 0).lower()
            base = _verb_base(verb)
            participle = _inflect(base, "VBN") if base else None
            if not participle or m.re is _SIMPLE_PRESENT_ONE and (verb != _inflect(base or "", "VBZ") or not re.search(
                    r"\b(?:since|for\s+(?:\w+\s+)?(?:years|months|a\s+long\s+time|a\s+year|a\s+month))\b", sentence,
                    re.IGNORECASE)):
                continue  # "he sleeps for eight hours" is a habit; "for ten years" is up to now
            if m.re is _DID_NOT and (base != verb or not re.search(r"\bsince\b", sentence, re.IGNORECASE)):
                continue  # "we didn't eat for two days" is a finished past: only "since" reaches up to now
            subject = m.group(1)
            have = "has" if _third_person_subject(subject) else "have"
            negative = "n't" if m.re is _DID_NOT else ""
            fixed = f"{subject} {have}{negative} {participle}"
            yield Finding(offset + m.start(), offset + m.end(), "With “since” or “for”, say how long up to now: "
                          f"“{fixed}”.", (fixed,), "present-perfect")
            break


def _for_a_year(text: str) -> Iterator[Finding]:
    """"I have lived here for 2015": a year is where the time began (since); "for" takes a length of time."""
    for m in _FOR_YEAR.finditer(text):
        been = re.search(r"\bbeen\s+([a-z]+)", m.group(0), re.IGNORECASE)
        if been and _perfect_follows(" " + been.group(1)) and _verb_base(been.group(1).lower()) != "be":
            continue  # "she has been chosen for 2026": planned for that year
        yield Finding(m.start(1), m.end(1), f"“{m.group(2)}” is when it began: say “since {m.group(2)}” (“for” "
                      "takes a length of time: “for five years”).", ("since",), "for-since")


def _been_bare(text: str) -> Iterator[Finding]:
    for m in _BEEN_BARE.finditer(text):
        word = m.group(2).lower()
        if word in _BEEN_NOT_VERBS or word.endswith(("ing", "ed", "en")):
            continue
        base = _verb_base(word)
        if base is None or base != word or _inflect(word, "VBN") == word:
            continue  # "has been split", "has been set": the participle is the base
        subject = text[max(0, m.start() - 8):m.start()].strip().lower()
        if re.search(r"\b(it|there|that|this)$", subject):
            continue  # "it has been fun", "there has been progress": a noun after "been"
        ing = _inflect(word, "VBG")
        participle = _inflect(word, "VBN")
        if ing and participle:
            yield Finding(m.start(2), m.end(2), f"After “been”, use “{ing}” (still going on) — or say “{m.group(1)} "
                          f"{participle}”.", (ing,), "been-bare-verb")
