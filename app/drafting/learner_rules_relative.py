"""Relative clauses and a few set phrases, where Korean learners of English go wrong and Harper is silent: a verb
after "who" standing for many ("people in the North who wants": "want"), "which" for a person ("the people which
helped me": "who"), the subject said again after "who" ("my grandmother who she is eighty"), "How do you think
about …" ("What"), "go to shopping" ("go shopping"), "many peoples" ("people"), an age without "old" ("when I was
ten years": "ten years old"), a hobby told with a plain verb ("My hobby is play soccer": "playing"), and from
later sets: "worried for my exam" ("about"), "She married to a doctor" ("married"), "They laughed to me" ("at"),
"He entered in the room" ("entered").

Written after a thirty-first set of learner sentences (22 of 30 flagged on its first reading). Word forms come from
lemminflect's tables; each rule is narrow and runs silent over correct sentences (tests/test_learner_errors.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.drafting.learner_rules import NUMBER_WORDS, Finding, _inflect, _lemmas
from app.drafting.learner_rules import _verb_base as _base

_PERSONS = (r"people|person|persons|man|woman|men|women|friend|friends|teacher|teachers|student|students|girl|"
            r"girls|boy|boys|child|children|kid|kids|volunteer|volunteers|tutor|tutors|doctor|doctors|soldier|"
            r"soldiers|neighbour|neighbours|neighbor|neighbors|brother|brothers|sister|sisters|mother|father|"
            r"grandmother|grandfather|parents|refugees|refugee|classmates|classmate|guard|guards|family\s+members")
_ADVERB = r"(?:(?:always|often|usually|sometimes|never|still|also|really|only|all)\s+)?"
# "many people in the North who wants freedom"
_MANY_WHO = re.compile(r"\b([a-z]+)\s+((?:(?:in|from|at|of)\s+(?:the\s+|my\s+|our\s+)?[A-Za-z]+\s+)?)(who|that)\s+"
                       rf"{_ADVERB}([a-z]+)\b(?!['’])", re.IGNORECASE)
_MANY_FIXES = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't"}
_WHICH_PERSON = re.compile(rf"\b(?:the|a|an|my|our|his|her|their|your|many|some|all|those|these|two|three)\s+"
                           rf"(?:[a-z]+\s+)?({_PERSONS})\s+(which)\b", re.IGNORECASE)
# "my grandmother who she is eighty": the person is said once
_WHO_SHE = re.compile(rf"\b({_PERSONS})\s*,?\s+(who|which|that)\s+(he|she|they|it)\s+(is|was|are|were)\s+"
                      r"([A-Za-z0-9]+)\b", re.IGNORECASE)
_HOW_THINK = re.compile(r"\b(How)\s+(?:do|did|does)\s+(?:you|they|he|she|we|people)\s+(?:really\s+)?think\s+"
                        r"(?:about|of)\b", re.IGNORECASE)
_GO_TO_ACTIVITY = re.compile(r"\b(go|goes|went|going|gone)\s+(to\s+)(shopping|swimming|fishing|hiking|camping|skiing|"
                             r"jogging|sightseeing|bowling|skating|climbing|surfing|sledding)\b", re.IGNORECASE)
_MANY_PEOPLES = re.compile(r"\b(many|a\s+lot\s+of|lots\s+of|so\s+many|too\s+many|several)\s+(peoples)\b(?!\s+of\b)",
                           re.IGNORECASE)
_NUMBER = rf"\d+|{NUMBER_WORDS}|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# "when I was ten years." — an age says "old"
_AGE_YEARS = re.compile(rf"\b(?:I|he|she|we|they|you|(?:my|our|his|her|their)\s+[a-z]+)\s+(?:was|were|is|am|are|"
                        rf"turned|'m|'s)\s+((?:{_NUMBER})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s+"
                        r"years?)(?=\s*(?:[.,;!?]|$)|\s+(?:and|when|but|so|then|at\s+the\s+time)\b)", re.IGNORECASE)
_MARRIED_TO = re.compile(r"\b(I|you|he|she|we|they|(?:my|his|her|our|their)\s+[a-z]+|(?-i:[A-Z][a-z]+))\s+(married)\s+"
                         r"(to)\s+", re.IGNORECASE)  # "She married to a doctor" ("She is married to …" is right)
_LAUGHED_TO = re.compile(r"\b(laugh|laughs|laughed|laughing)\s+(to)\s+(?!(?:myself|himself|herself|themselves|"
                         r"ourselves|yourself|yourselves|oneself|each\s+other)\b)(?=me|him|her|us|them|you|the|my|a|"
                         r"his|our|their)", re.IGNORECASE)
_ENTERED_IN = re.compile(r"\b(enter|enters|entered|entering)\s+(in)\s+(?=the\s+(?:room|house|building|classroom|"
                         r"hall|office|kitchen|church|school|station|shop|store|restaurant|hospital|car|bus|train)\b)",
                         re.IGNORECASE)
_WORRIED_FOR = re.compile(r"\b(worried|anxious|nervous)\s+(for)\s+(?:my|the|his|her|our|their|this|that|an?)?\s*"
                          r"(?:[a-z]+\s+)?(exam|exams|test|tests|future|result|results|interview|grades|speech|contest)\b",
                          re.IGNORECASE)
# "I studied very hardly": "hardly" means almost not (after a verb of effort alone: `learner_rules_forms`)
_VERY_HARDLY = re.compile(r"\b(very|so|really|too)\s+(hardly)\b(?!\s+(?:ever|any|anyone|anything|anybody|at\s+all)\b)",
                          re.IGNORECASE)
# "She reminded me my promise": reminded of a thing
_REMIND_THING = re.compile(r"\b((?:remind|reminds|reminded|reminding)\s+(?:me|him|her|us|them|you))\s+"
                           r"(?=(?:my|his|her|our|their|your|the|a|an)\s+[a-z]+)", re.IGNORECASE)
# "Me and my sister went": the subject is "my sister and I"
_ME_AND = re.compile(r"(?:^|(?<=[.!?]\s))(Me\s+and\s+((?:my|his|her|our|their)\s+[a-z]+))\s+(?=[a-z]+)")
_HOBBY_IS = re.compile(r"\b((?:hobby|hobbies|favou?rite\s+(?:activity|pastime))\s+(?:is|was|are|were))\s+([a-z]+)\b"
                       r"(\s+[A-Za-z]+)?", re.IGNORECASE)


def check(text: str) -> Iterator[Finding]:
    for m in _MANY_WHO.finditer(text):
        yield from _many_who(text, m)
    for m in _WHICH_PERSON.finditer(text):
        yield Finding(m.start(2), m.end(2), f"For a person, say “who”: “{m.group(1)} who”.", ("who",),
                      "which-person")
    for m in _WHO_SHE.finditer(text):
        after = m.group(5).lower()
        if after.endswith(("ing", "ed")) or after in ("today", "now", "then", "before", "here", "there", "not") \
                or "VERB" in _lemmas(after) and "ADJ" not in _lemmas(after):
            continue  # "the woman who she is today", "the man who she was looking for"
        yield Finding(m.start(3), m.end(3) + 1, f"“{m.group(2)}” already stands for the person; leave out "
                      f"“{m.group(3)}”.", ("",), "relative-pronoun-extra")
    for m in _HOW_THINK.finditer(text):
        fixed = "What" if m.group(1)[0].isupper() else "what"
        yield Finding(m.start(1), m.end(1), f"To ask for an opinion, say “{fixed} do you think about …”.", (fixed,),
                      "what-think")
    for m in _GO_TO_ACTIVITY.finditer(text):
        fixed = f"{m.group(1)} {m.group(3)}"
        yield Finding(m.start(1), m.end(3), f"“go” takes an activity in -ing without “to”: “{fixed}”.", (fixed,),
                      "go-activity")
    for m in _MANY_PEOPLES.finditer(text):
        yield Finding(m.start(2), m.end(2), "“people” is already plural: “people” (“peoples” means nations).",
                      ("people",), "people-plural")
    for m in _AGE_YEARS.finditer(text):
        fixed = f"{m.group(1)} old"
        yield Finding(m.start(1), m.end(1), f"An age says “old”: “{fixed}”.", (fixed,), "years-old")
    for m in _MARRIED_TO.finditer(text):
        if m.group(1).lower() in ("is", "was", "are", "were", "am", "be", "been", "being", "got", "get", "gets",
                                  "getting", "recently", "just", "newly", "happily", "and", "not", "never"):
            continue  # "She is married to a doctor", "They got married to …"
        yield Finding(m.start(2), m.end(3), "“marry” takes the person straight after it: “married” (or “got married "
                      "to”).", ("married", "got married to"), "marry-someone")
    for m in _LAUGHED_TO.finditer(text):
        yield Finding(m.start(2), m.end(2), f"Laugh at someone: “{m.group(1)} at”.", ("at",), "laugh-at")
    for m in _ENTERED_IN.finditer(text):
        yield Finding(m.start(1), m.end(2), f"“{m.group(1)}” takes the place without “in”: “{m.group(1)}”.",
                      (m.group(1),), "verb-extra-preposition")
    for m in _WORRIED_FOR.finditer(text):
        yield Finding(m.start(2), m.end(2), f"Worried about a thing: “{m.group(1)} about”.", ("about",),
                      "worried-about")
    for m in _VERY_HARDLY.finditer(text):
        yield Finding(m.start(2), m.end(2), "“hardly” means “almost not”; for with effort, say “hard”.", ("hard",),
                      "hardly-hard")
    for m in _REMIND_THING.finditer(text):
        rest = re.match(r"\s*(?:my|his|her|our|their|your|the|a|an)\s+([a-z]+)(\s+[a-z']+)?", text[m.end():], re.I)
        if not rest or (rest.group(2) or "").strip().lower() in ("is", "was", "were", "are", "had", "has", "would",
                                                                 "will", "could", "can", "did", "didn't", "wasn't"):
            continue  # "She reminded me the story was true": "that" left out before a clause
        noun = rest.group(1).lower()
        if "NOUN" in _lemmas(noun) and "VERB" not in _lemmas(noun) or noun in ("promise", "home", "past", "mother",
                                                                                "father", "family", "friend"):
            fixed = f"{m.group(1)} of"
            yield Finding(m.start(1), m.end(1), f"Reminded of something: “{fixed}”.", (fixed,), "remind-of")
    for m in _ME_AND.finditer(text):
        said = re.match(r"[a-z]+", text[m.end():])
        next_word = said.group(0) if said else ""
        if "VERB" in _lemmas(next_word) and _base(next_word) != next_word or next_word in (
                "are", "were", "have", "go", "live", "like", "want", "love", "study", "work"):
            fixed = f"{m.group(2)[0].upper()}{m.group(2)[1:]} and I"
            yield Finding(m.start(1), m.end(1), f"As the subject, say “{fixed}” (“me” is for after a verb).",
                          (fixed,), "me-and-i")
    for m in _HOBBY_IS.finditer(text):
        verb, after = m.group(2).lower(), (m.group(3) or "").strip()
        kinds = _lemmas(verb)
        if "VERB" not in kinds or _base(verb) != verb or "ADJ" in kinds or verb in ("to", "not", "also", "my") \
                or "NOUN" in kinds and not after:
            continue  # "My hobby is music", "My hobby is dance."
        gerund = _inflect(verb, "VBG")
        if gerund and gerund != verb:
            yield Finding(m.start(2), m.end(2), f"A hobby is an activity: “{m.group(1)} {gerund}”.", (gerund,),
                          "hobby-ing")


def _many_who(text: str, m: re.Match[str]) -> Iterator[Finding]:
    noun, verb = m.group(1).lower(), m.group(4).lower()
    if noun not in ("people", "children", "men", "women"):
        lemma = _lemmas(noun).get("NOUN")
        if not lemma or lemma[0] == noun or _inflect(lemma[0], "NNS") != noun or "VERB" in _lemmas(noun):
            return  # one person or thing ("a friend who", "everyone who"), or not a noun
    if re.search(r"\b(?:one|each|every|any|either|neither)\s+of\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?$",
                 text[:m.start()], re.IGNORECASE) or re.search(r"\bof\s+(?:my|the|his|her|our|their)?\s*$",
                                                              text[:m.start()], re.IGNORECASE):
        return  # "a friend of my parents who lives …": "who" may stand for the friend
    base = _MANY_FIXES.get(verb) or _base(verb) or ""
    if verb not in _MANY_FIXES and (base in ("", verb) or "VERB" not in _lemmas(verb) or _inflect(base, "VBZ") != verb):
        return
    fixed = base
    yield Finding(m.start(4), m.end(4), f"“{m.group(3)}” stands for “{m.group(1)}”, more than one: “{fixed}”.",
                  (fixed,), "who-many")
