"""How clauses and verbs join, where Korean learners of English go wrong and Harper does not flag: "made me to
study", "I want that you listen", "I hope you to understand", "she told that", "because of I was", "Although I
was tired, but …", "asked me where was I from", "during three years", "a very hard times", "visited the Seoul",
"went school", "I didn't have any friend".

Fixes come from lemminflect's tables; each rule is narrow and runs silent over correct sentences
(tests/test_learner_errors.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.drafting.harper_findings import KOREAN_PLACES
from app.drafting.learner_rules import _SUBJECT_NOUNS, Finding, _inflect, _lemmas, _lexicon_forms
from app.drafting.learner_rules import _verb_base as _base
from app.drafting.learner_rules_more import _sentences
from app.drafting.learner_rules_phrases import _SUBJECT_OF
from app.drafting.learner_rules_usage import _word_before

_PERSONS = "|".join(sorted(_SUBJECT_NOUNS | {n + "s" for n in _SUBJECT_NOUNS} | {"parents", "family", "children"}))
# a person, not a thing: "made the decision to leave", "had a lot to do" are right
_OBJECT = rf"(me|him|her|us|them|you|(?:my|his|her|our|their|your)\s+(?:{_PERSONS}))"
_SUBJECT_FORM = {**_SUBJECT_OF, "you": "you"}  # object pronoun → subject
_OBJECT_OF = {subject.lower(): pronoun for pronoun, subject in _SUBJECT_FORM.items()}
_CAUSATIVE_TO = re.compile(rf"\b(make|makes|made|making|let|lets|letting)\s+{_OBJECT}\s+(to)\s+([a-z]+)\b",
                           re.IGNORECASE)
_WANT_THAT = re.compile(r"\b(want|wants|wanted|would\s+like)\s+that\s+(I|he|she|we|they|you|(?:my|his|her|our|their|"
                        r"the)\s+[a-z]+)\s+([a-z]+)\b",
                        re.IGNORECASE)
_HOPE_TO = re.compile(rf"\b(hope|hopes|hoped|hoping)\s+{_OBJECT}\s+to\s+([a-z]+)\b", re.IGNORECASE)
_TOLD_THAT = re.compile(r"\b(tell|tells|told|telling)\s+(that)\s+(?=(?:I|you|he|she|we|they|it|there|the|my|his|her|"
                        r"our|their|your|this|a|an|no|nobody|everyone|everything|something|people|many|some)\b)",
                        re.IGNORECASE)  # a sentence follows; "told that story" is right
_CAN_TELL = {"can", "could", "can't", "couldn't", "cannot", "to", "hard", "easy"}  # "I could tell that he was tired"
_SAY_FOR_TELL = {"tell": "say", "tells": "says", "told": "said", "telling": "saying"}
_BECAUSE_OF = re.compile(r"\b(because\s+of)\s+(I|he|she|we|they)\s+([a-z']+)\b", re.IGNORECASE)
_BUT_AFTER = re.compile(r"^\s*(?:(although|though|even\s+though|even\s+if)|(because|since))\b[^,;]*,\s*"
                        r"((but|so|therefore|and\s+so)\b)(?!\s+(?:many|much|few|little|far|long|often|also|what)\b)",
                        re.IGNORECASE)
_ASKERS = (r"ask|asks|asked|asking|know|knows|knew|wonder|wondered|wondering|remember|remembered|understand|"
           r"understood|tell|told|explain|explained|forget|forgot|see|saw|sure|idea|learn|learned|find\s+out|"
           r"found\s+out|decide|decided")
_INVERTED = re.compile(rf"\b({_ASKERS})\s+(?:(?:me|him|her|us|them|you)\s+)?(where|what|when|why|how|who|which)"
                       r"((?:\s+(?:much|many|old|long|far))?)\s+((is|was|are|were|am|can|could|will|would|should|"
                       r"did|does|do)\s+(I|he|she|we|they|you|it|my\s+[a-z]+|the\s+[a-z]+)(?:\s+([a-z]+))?)\b",
                       re.IGNORECASE)
_DURING = re.compile(r"\b(during)\s+((?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|several|"
                     r"a\s+few|\d+)\s+(?:seconds|minutes|hours|days|nights|weeks|months|years))\b(?!\s+of\b)",
                     re.IGNORECASE)  # "during two weeks of training" is right
_A_PLURAL = re.compile(r"\b(a|an)\s+((?:(?:very|so|really|quite|truly)\s+)?(?:([a-z]+)\s+)?([a-z]+s))\b(?!['’-])",
                       re.IGNORECASE)
_NOT_COUNTED = {"hair", "information", "advice", "furniture", "luggage", "baggage", "homework", "housework",
                "equipment", "knowledge", "evidence", "research", "money", "traffic", "weather", "music", "news"}
_NOT_PLURALS = {"news", "series", "species", "means", "lens", "bus", "gas", "crisis", "basis", "thesis", "canvas",
                "bonus", "campus", "virus", "status", "census", "chorus", "circus", "citrus", "class", "glass",
                "mess", "boss", "kiss", "dress", "address", "process", "success", "business", "witness", "physics",
                "mathematics", "economics", "politics", "athletics", "ethics", "lots", "hundreds", "thousands",
                "millions", "dozens", "couple", "headquarters", "crossroads", "whereabouts", "barracks", "always",
                "ones", "this", "thus", "plus", "minus", "yes", "famous", "various", "previous", "serious",
                "nervous", "anxious", "curious", "jealous", "dangerous", "generous", "glorious", "obvious"}
_NOT_CITIES = {"yalu", "tumen", "amnok", "paektu", "baekdu", "kumgang", "geumgang", "hanawon",
               "koreas"}  # "the Yalu" is right
_NO_ARTICLE_PLACES = {"seoul", "busan", "korea", "china", "japan", "russia", "mongolia", "thailand", "laos",
                      "vietnam", "cambodia", "myanmar", "canada", "america", "england", "britain", "london", "paris",
                      "france", "germany", "australia", "beijing", "tokyo", "shanghai", "europe", "asia", "africa",
                      "north korea", "south korea"} | {p.lower() for p in KOREAN_PLACES} - _NOT_CITIES
_THE_PLACE = re.compile(r"\b(the)\s+((?:north\s+|south\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s*(?:[.,;:!?]|$|\s+(?:"
                        r"and|or|but|in|on|at|for|from|to|with|by|when|because|before|after|since|until|last|"
                        r"this|that|again|every|once|twice|alone|yesterday|today)\b))", re.IGNORECASE)
_GO_PLACE = re.compile(r"\b((?i:go|goes|went|going|gone|come|comes|came|coming|return|returns|returned|returning|"
                       r"arrive|arrives|arrived|arriving))\s+((?:school|church|hospital|market|university|college|"
                       r"kindergarten|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\b(?!['’-])")
_ARRIVING = ("arrive", "arrives", "arrived", "arriving")
_ANY_SINGULAR = re.compile(r"\b((?:didn't|don't|doesn't|did\s+not|do\s+not|does\s+not|never|couldn't|can't|cannot)\s+"
                           r"(?:have|has|had|make|made|meet|met|see|saw|know|knew|find|found|get|got|buy|bought)\s+any"
                           r")\s+((?:(?:good|close|real|new|old|young|older|younger)\s+)?(friend|brother|sister|relative|"
                           r"cousin|neighbour|neighbor|toy|book|shoe|teacher|doctor|student|classmate|child))\b(?!['’-])",
                           re.IGNORECASE)


def check(text: str) -> Iterator[Finding]:
    yield from _verb_patterns(text)
    yield from _joined_clauses(text)
    yield from _embedded_questions(text)
    yield from _nouns_and_places(text)


def _graded(word: str) -> bool:
    """An adjective with -er/-est forms in lemminflect's lexicon ("great": "greater", "greatest")."""
    forms = _lexicon_forms(word, "ADJ")
    return bool(forms.get("JJR") or forms.get("JJS"))


def _bare_verb(word: str) -> bool:
    """`word` is a verb's base form ("study", "go"), not a noun-only word or another form."""
    base = _base(word)
    return base is not None and base == word.lower()


def _present(verb: str, subject: str, one: bool) -> str:
    """`verb` in the present with `subject` ("I am", "my mother is", "they stay"); `one`: a single he or she."""
    if verb == "be":
        return "am" if subject == "I" else "is" if one else "are"
    return (_inflect(verb, "VBZ") or verb) if one else verb


def _verb_patterns(text: str) -> Iterator[Finding]:
    for m in _CAUSATIVE_TO.finditer(text):
        if not _bare_verb(m.group(4)) or m.group(2).lower() == "it":
            continue  # "made it to the final"
        fixed = f"{m.group(1)} {m.group(2)} {m.group(4)}"
        yield Finding(m.start(), m.end(), f"After “{m.group(1)}” + a person, the verb comes without “to”: "
                      f"“{fixed}”.", (fixed,), "causative-to")
    for m in _WANT_THAT.finditer(text):
        verb = m.group(3)
        base = _base(verb)
        if base is None or verb.lower() not in (base, _inflect(base, "VBZ")):
            continue
        person = _OBJECT_OF.get(m.group(2).lower(), m.group(2))  # "my mother" stays as it is
        fixed = f"{m.group(1)} {person} to {base}"
        yield Finding(m.start(), m.end(), f"“{m.group(1)}” is not followed by “that” and a sentence: “{fixed}”.",
                      (fixed,), "want-that")
    for m in _HOPE_TO.finditer(text):
        if not _bare_verb(m.group(3)):
            continue
        person = m.group(2)
        subject = _SUBJECT_FORM.get(person.lower(), person)
        noun = person.split()[-1].lower()
        one = subject in ("he", "she") or " " in subject and (_lemmas(noun).get("NOUN") or (noun,))[0] == noun \
            and noun not in ("children", "family")
        said = f"would {m.group(3).lower()}" if m.group(1).lower() == "hoped" else \
            _present(m.group(3).lower(), subject, one)
        fixed = f"{m.group(1)} {subject} {said}"
        yield Finding(m.start(), m.end(), f"“{m.group(1)}” is not followed by a person and “to”: “{fixed}”.",
                      (fixed,), "hope-to")
    for m in _TOLD_THAT.finditer(text):
        if _word_before(text, m.start()) in _CAN_TELL:
            continue
        said = _SAY_FOR_TELL[m.group(1).lower()]
        fixed = f"{said} {m.group(2)}"
        yield Finding(m.start(), m.end(2), f"“{m.group(1)}” needs the person told; without one, say “{said}”: "
                      f"“{fixed}”.", (fixed,), "tell-say")


def _joined_clauses(text: str) -> Iterator[Finding]:
    for m in _BECAUSE_OF.finditer(text):
        plain = "because" if m.group(1)[0].islower() else "Because"
        yield Finding(m.start(1), m.end(1), f"Before a sentence (“{m.group(2)} {m.group(3)}”), say “{plain}”.",
                      (plain,), "because-of-clause")
    for offset, sentence in _sentences(text):
        joined = _BUT_AFTER.match(sentence)
        if not joined:
            continue
        first = (joined.group(1) or joined.group(2)).lower()
        yield Finding(offset + joined.start(3), offset + joined.end(3), f"“{first}” already joins the two parts; "
                      f"leave out “{joined.group(4)}”.", ("",), "double-conjunction")


def _embedded_questions(text: str) -> Iterator[Finding]:
    for m in _INVERTED.finditer(text):
        question, amount, aux, subject, verb = m.group(2), m.group(3) or "", m.group(5), m.group(6), m.group(7)
        if question.lower() in ("who", "what", "which") and (
                subject.lower() == "it" or " " in subject) and aux.lower() not in ("did", "does", "do"):
            continue  # a direct question; "what was the matter" (what may be the subject; not with do)
        lowered = aux.lower()
        if lowered in ("did", "does", "do"):
            if not verb or not _bare_verb(verb):
                continue
            tag = "VBD" if lowered == "did" else "VBZ" if lowered == "does" else "VBP"
            form = _inflect(verb.lower(), tag) or verb
            said = f"{subject} {form}"
        else:
            said = f"{subject} {aux}" + (f" {verb}" if verb else "")
        yield Finding(m.start(4), m.end(4), f"Inside a sentence, “{question}{amount}” is followed by the usual order "
                      f"(who, then the verb): “{question}{amount} {said}”.", (said,), "embedded-question")


def _nouns_and_places(text: str) -> Iterator[Finding]:
    for m in _DURING.finditer(text):
        yield Finding(m.start(1), m.end(1), f"For how long, say “for”: “for {m.group(2)}”.", ("for",),
                      "during-for")
    for m in _A_PLURAL.finditer(text):
        after = re.match(r"\s+([a-z]+)", text[m.end():])
        mid_sentence = bool(text[:m.start()].strip()) and not text[:m.start()].rstrip().endswith((".", "!", "?"))
        if m.group(4)[:1].isupper() or m.group(1) == "A" and mid_sentence or \
                after and "NOUN" in _lemmas(after.group(1)) and \
                not _lemmas(after.group(1)).keys() & {"ADP", "PRON"}:
            continue  # a name ("a Windows computer"); a plural before a noun ("a sports club", "a sales job")
        noun, middle = m.group(4).lower(), (m.group(3) or "").lower()
        singular = (_lemmas(noun).get("NOUN") or ("",))[0]
        if noun in _NOT_PLURALS or not singular or singular == noun or "ADJ" in _lemmas(noun):
            continue
        if middle and ("ADJ" not in _lemmas(middle) or "NOUN" in _lemmas(middle) and "VERB" in _lemmas(noun)
                       and not _graded(middle)):
            continue  # "a bus stops": a noun, then a verb ("a great times": "great" is graded, an adjective)
        if middle in ("few", "lot", "couple", "number") or _word_before(text, m.start()) == "quite":
            continue  # "a few days", "a couple friends"
        fixed = m.group(2)[: m.start(4) - m.start(2)] + singular
        if singular in _NOT_COUNTED:  # "a long hairs": "long hair" (the hair on a head is not counted)
            yield Finding(m.start(1), m.end(2), f"“{singular}” is not counted here: no “{m.group(1)}” and no -s: "
                          f"“{fixed}”.", (fixed,), "article-plural")
            continue
        yield Finding(m.start(2), m.end(2), f"After “{m.group(1)}”, one thing: “{fixed}”.", (fixed,),
                      "article-plural")
    for m in _THE_PLACE.finditer(text):
        place = re.sub(r"\s+", " ", m.group(2))
        if place.lower() not in _NO_ARTICLE_PLACES or not place[:1].isupper():
            continue
        yield Finding(m.start(1), m.start(2), f"A city or a country's name takes no “the”: “{place}”.", ("",),
                      "the-place")
    for m in _GO_PLACE.finditer(text):
        place = m.group(2)
        if place[:1].isupper() and place.lower() not in _NO_ARTICLE_PLACES:
            continue  # only names known to be places ("came Sunday" is not one)
        into = "in" if m.group(1).lower() in _ARRIVING and place[:1].isupper() else \
            "at" if m.group(1).lower() in _ARRIVING else "to"
        fixed = f"{m.group(1)} {into} {place}"
        yield Finding(m.start(), m.end(), f"Before the place, “{m.group(1)}” needs “{into}”: “{fixed}”.", (fixed,),
                      "go-to-place")
    for m in _ANY_SINGULAR.finditer(text):
        plural = _inflect(m.group(3).lower(), "NNS")
        if plural and plural != m.group(3).lower():
            fixed = m.group(2)[: m.start(3) - m.start(2)] + plural
            yield Finding(m.start(2), m.end(2), f"After “{m.group(1).split()[-1]}” in a “not” sentence, use the "
                          f"plural: “{fixed}”.", (fixed,), "any-plural")
