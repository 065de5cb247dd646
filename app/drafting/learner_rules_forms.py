"""Verb and adjective forms Korean learners of English get wrong and Harper does not flag: "-ing" where English
wants the base form ("made me laughing", "I want to going"), "be" before a verb that takes no object ("I was
arrived", "he was died"), "doesn't" before an adjective ("she doesn't happy"), "very worry", a double negative
("don't have no money"), "people uses", one thing with "were" ("the food in North Korea were"), "very well than",
"the most kind", and a present after a finished "when" clause ("When I came to Korea, I can't speak").

Written after an eleventh set of learner sentences (6 of 25 flagged). Every fix comes from lemminflect's tables
(only forms its lexicon lists: no "beautifuler"); each rule is narrow and runs silent over correct sentences
(tests/test_learner_errors.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.drafting.learner_rules import _SUBJECT_NOUNS, NUMBER_WORDS, Finding, _inflect, _lemmas, _lexicon_forms
from app.drafting.learner_rules import _verb_base as _base
from app.drafting.learner_rules_more import _FEELING_VERBS
from app.drafting.learner_rules_usage import _BEFORE_BARE, _PREPOSITIONS, _after_verbs, _word_before

_PEOPLE = r"me|him|her|us|them|you|(?:my|his|her|our|their|your)\s+[a-z]+"
_CAUSATIVE_ING = re.compile(rf"\b(make|makes|made|making|let|lets|letting)\s+(?:{_PEOPLE})\s+([a-z]+ing)\b",
                            re.IGNORECASE)
# verbs, nouns and adjectives after which "to" starts an infinitive (never "look forward to", "used to", "the key
# to", "important to understanding"): "difficult for me to speaking" → "to speak"
_TO_INFINITIVE = re.compile(r"\b(want|wants|wanted|would\s+like|like|likes|liked|love|loves|loved|hope|hopes|hoped|"
                            r"decide|decides|decided|try|tries|tried|plan|plans|planned|need|needs|needed|learn|"
                            r"learns|learned|learnt|begin|begins|began|start|starts|started|promise|promised|refuse|"
                            r"refused|agree|agreed|manage|managed|afford|wish|wished|expect|expected|fail|failed|"
                            r"(?:a|my|our|the)\s+plan|(?:a|the)\s+chance|can't\s+wait|cannot\s+wait|couldn't\s+wait|"
                            r"(?:easy|difficult|hard|possible|impossible|good|nice|fun|dangerous|"
                            r"exciting|interesting|boring|great|safe|free|ready|able|happy|glad|sad|sorry|time)"
                            r"(?:\s+for\s+(?:me|him|her|us|them|you))?)"
                            r"\s+to\s+([a-z]+ing)\b", re.IGNORECASE)
# "practice speak English" → "practice speaking" (any form of these verbs: `_after_verbs`)
_ING_VERBS = ("enjoy", "finish", "practice", "practise", "avoid", "keep", "quit", "mind", "stop")
_ING_VERB_BARE = r"([a-z]+)\b(?!\s+(?:with|by)\b)"
# verbs that take no object, in their past form: "happened", not "was happened"
_NO_OBJECT = ("happened", "arrived", "died", "occurred", "appeared", "disappeared", "existed", "belonged",
              "remained", "emerged", "vanished", "consisted", "seemed")
_BE_NO_OBJECT = re.compile(rf"\b(am|is|are|was|were|'m|'re)\s+({'|'.join(_NO_OBJECT)})\b(?!\s+at\s*[.,;!?]|\s+at\s*$)",
                           re.IGNORECASE)
_DO_ADJECTIVE = re.compile(r"\b(I|you|he|she|it|we|they|[a-z]+)\s+(don't|doesn't|didn't|do\s+not|does\s+not|did\s+not)"
                           r"\s+((?:very\s+|so\s+|really\s+)?([a-z]+))\b", re.IGNORECASE)
_VERY_FEELING = re.compile(r"\b(am|is|are|was|were|'m|'re|'s|be|been|feel|feels|felt|get|got|became|become)\s+"
                           r"(?:very|so|really|too|quite|a\s+little|a\s+bit)\s+([a-z]+)\b", re.IGNORECASE)
_BE_FEELING_BARE = re.compile(r"\b(?:I|we|he|she|they|you)\s+(?:am|was|were|is|are|'m)\s+(?:so\s+|very\s+|really\s+)?"
                              r"(surprise|shock|scare|bore|excite|interest|confuse|disappoint|embarrass|tire|amaze|"
                              r"frighten|annoy|satisfy|depress|exhaust|terrify|thrill|puzzle|frustrate)\b(?!['’-])",
                              re.IGNORECASE)  # "I was surprise when she called"
_NEGATIVE = re.compile(r"(?:n't|\bnot|\bnever)\s+(?:(?!no\b|nothing\b|nobody\b|nowhere\b)[a-z']+\s+){0,2}?"
                       r"(no|nothing|nobody|nowhere|no\s+one)\b(?!\s+(?:longer|more|matter|doubt|way)\b)",
                       re.IGNORECASE)
_ANY = {"no": "any", "nothing": "anything", "nobody": "anybody", "nowhere": "anywhere", "no one": "anyone"}
_PERSON_PLURALS = "|".join(sorted({"people", "children", "men", "women", "friends", "parents", "classmates",
                                   "students", "teachers", "soldiers", "neighbours", "neighbors", "refugees"}
                                  | {n + "s" for n in _SUBJECT_NOUNS}))
_THEY_DOES = re.compile(rf"\b((?:(?:many|most|some|all|the|these|those|my|our|their|his|her|your|other|young|old)\s+)?"
                        rf"(?:{_PERSON_PLURALS}))\s+(?:(?:always|often|never|usually|sometimes|still|also|really)\s+)?"
                        r"([a-z]+s)\b", re.IGNORECASE)
_HE_OFTEN = re.compile(r"\b(he|she|it)\s+(always|often|never|usually|sometimes|still|also|really|only|just|rarely)\s+"
                       r"([a-z]+)\b", re.IGNORECASE)  # "she never listen" (Harper finds "he go", not this)
_ONE_WERE = re.compile(r"\b((?i:the|my|our|his|her|their|your|this))\s+([a-z]+)"
                       r"((?:\s+(?:in|from|of|at|on|near|with)\s+(?:(?:the|my|our|his|her|their|this|that|a|an)\s+)?"
                       r"(?:[A-Z][a-z]+\s+[A-Z][a-z]+|[A-Za-z]+))?)\s+(were|are|have|don't|aren't|weren't|haven't)\b")
_ONE_FIX = {"were": "was", "are": "is", "have": "has", "don't": "doesn't", "aren't": "isn't", "weren't": "wasn't",
            "haven't": "hasn't"}
_NOT_ONE = {"rest", "majority", "minority", "number", "lot", "half", "part", "kind", "sort", "type", "variety",
            "group", "pair", "couple", "bunch", "range", "series", "family", "team", "staff", "police", "crew",
            "public", "government", "class", "audience", "sheep", "fish", "deer", "data", "media", "criteria",
            "people", "cattle", "one", "other", "same", "poor", "rich", "young", "old", "elderly", "most", "few",
            "you", "we", "they", "i", "he", "she", "it", "who"}
_VERY_THAN = re.compile(r"\b((?:very|so|really)\s+([a-z]+))\s+than\b", re.IGNORECASE)
_MOST_SHORT = re.compile(r"\b(the\s+most\s+([a-z]+)|more\s+([a-z]+)(?=\s+than\b))", re.IGNORECASE)
_WHEN_PAST = re.compile(r"(?:^|[.!?]\s+)(?:When|After|Before|Because|As\s+soon\s+as|Once)\s+(?:I|we|he|she|they|my\s+"
                        r"[a-z]+)\s+([a-z]+)\b[^,.!?]*,\s*(?:I|we|he|she|they|you|it)\s+(can't|can|cannot|am|is|are|"
                        r"don't|doesn't)\b")
_PAST_THEN_WHEN = re.compile(r"\b(?:I|we|he|she|they|(?:my|our|his|her|their)\s+[a-z]+)\s+([a-z]+)\b[^,.!?;]*?"
                             r"\b(?:when|after|before|until)\s+(?:I|we|he|she|they|you)\s+(can't|cannot|don't|doesn't)\b",
                             re.IGNORECASE)  # "My mother was worried when I don't come home"
_PAST_OF = {"can't": "couldn't", "can": "could", "cannot": "could not", "am": "was", "is": "was", "are": "were",
            "don't": "didn't", "doesn't": "didn't"}

_BECAUSE_THING = re.compile(r"\b(because)\s+((?:the|a|an|my|his|her|our|their|this|that|these|those)\s+[a-z]+"
                            r"(?:\s+[a-z]+)?)(?=\s*[.,;!?]|\s*$)", re.IGNORECASE)  # "because the (loud) noise."
_GIVERS = ("give", "send", "show", "bring", "lend", "teach", "buy", "offer", "tell")
_GAVE_TO_ME = (r"(to)\s+(me|him|her|us|them|you)\s+(?=(?:a|an|the|my|his|her|our|their|your|some|this|that|how|what|"
               r"where|why)\b)")
_BE_VERY_VERB = re.compile(r"\b(am|is|are|was|were|'m|'re|'s)\s+(very)\s+(like|love|want|enjoy|hate|need|miss|"
                           r"appreciate|respect)\b", re.IGNORECASE)
_AT_THERE = re.compile(r"\b(?:(at)\s+(there|here)\b|(?:go|goes|went|going|gone|come|comes|came|coming|return|"
                       r"returned|get|got|move|moved|walk|walked|run|ran|drive|drove|fly|flew|travel|travelled|"
                       r"traveled)\s+(?:back\s+)?(to)\s+(there|here)\b)(?!['’-])", re.IGNORECASE)
_EFFORTS = ("work", "study", "try", "practice", "practise", "train", "play")
_HARDLY = r"(hardly)\b(?!\s+(?:any|ever|anything|anyone|anybody|at\s+all)\b)"
_VERY_MUCH_THING = re.compile(r"\b(?:like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed|miss|missed|want|wanted|"
                              r"thank|thanked|appreciate|appreciated)\s+((very\s+much)\s+((?:the|a|an|my|his|her|our|"
                              r"their|your|this|that|these|those)\s+[a-z]+))\b(?=\s*[.,;!?]|\s*$)", re.IGNORECASE)
_AT_CITY = re.compile(r"\b(?:born|raised|grew\s+up|grow\s+up|live|lives|lived|living|arrive|arrives|arrived|arriving)"
                      r"\s+(at)\s+([A-Z][a-z]+)\b"
                      r"(?!\s+[A-Z]|['’-]|\s+(?:airport|station|port|university|hospital|terminal|stadium|bus|train|"
                      r"harbou?r|market)\b)")  # "arrived at Incheon airport" is a place in the city
_SUBJECT_TWICE = re.compile(r"(?:^|[.!?]\s+)((?:My|The|Our|His|Her|Their)\s+([a-z]+))\s+((?:he|she|they)\s+)"
                            r"(is|was|are|were|has|have)\b([^.!?]*)")

_COUNTED_UNCOUNTED = ("information", "advice", "furniture", "luggage", "baggage", "homework", "housework",
                      "equipment", "evidence", "knowledge", "feedback", "research", "scenery", "machinery", "staff",
                      "vocabulary", "bread", "rice", "money", "food")
_MANY_UNCOUNTED = re.compile(r"\b((many|several|a\s+few|few|two|three|four|five|some|a\s+lot\s+of|lots\s+of|enough|"
                             rf"much|more|any|no)\s+((?:[a-z]+\s+)?)({'|'.join(_COUNTED_UNCOUNTED)})e?s)\b(?!['’-])",
                             re.IGNORECASE)


# "works as farmer"
_AS_JOB = re.compile(r"\b(work|works|worked|working)\s+(as)\s+([a-z]+)\b(?=\s*[.,;!?]|\s*$|\s+(?:in|at|for|and)\b)",
                     re.IGNORECASE)
_YEARS_OLD = re.compile(rf"\b(({NUMBER_WORDS}|\d+)\s+years?\s+old)\s+(son|daughter|boy|girl|child|brother|sister|baby|"
                        r"kid|dog|cat)\b", re.IGNORECASE)
# "afraid of to fail", "good at to swim" ("about to happen" is right: only after "worried", "thinking" …)
_OF_TO = re.compile(r"\b(of|at|about|without)\s+(to\s+([a-z]+))\b", re.IGNORECASE)
_FOR_DOING = re.compile(r"\b(?:moved|came|went|left|escaped|worked|saved|studied|crossed|travelled|traveled)\b"
                        r"[^.,;!?]*?"
                        r"\b(for\s+([a-z]+ing))\b", re.IGNORECASE)  # "moved to Seoul for having a better life"
_PREFER_THAN = re.compile(r"\b(?:prefer|prefers|preferred)\s+[a-z]+(?:\s+[a-z]+)?\s+(than)\b", re.IGNORECASE)
_VISIT_OF = re.compile(r"\b(visit|trip|journey)\s+(of)\s+(?=[A-Z])")  # "my first visit of Seoul"


def check(text: str) -> Iterator[Finding]:
    yield from _base_for_ing(text)
    yield from _be_without_object(text)
    yield from _do_with_adjective(text)
    yield from _very_feeling(text)
    yield from _double_negative(text)
    yield from _agreement(text)
    yield from _comparison(text)
    yield from _when_past(text)
    yield from _words_in_place(text)
    yield from _uncounted_plural(text)
    yield from _small_joins(text)


def _small_joins(text: str) -> Iterator[Finding]:
    """"works as farmer", "two years old daughter", "afraid of to fail", "for having a better life", "prefer tea
    than coffee", "visit of Seoul"."""
    from app.drafting.learner_rules_usage import _COUNTABLE, _article_for

    for m in _AS_JOB.finditer(text):
        if m.group(3).lower() not in _COUNTABLE:
            continue
        fixed = f"as {_article_for(m.group(3))} {m.group(3)}"
        yield Finding(m.start(2), m.end(3), f"One person's job takes “a” or “an”: “{fixed}”.", (fixed,),
                      "missing-article")
    for m in _YEARS_OLD.finditer(text):
        fixed = f"{m.group(2)}-year-old"
        if re.search(r"\b(?:am|is|are|was|were|be|been|became|become|as)\s*$", text[:m.start()], re.IGNORECASE):
            # "when I was twelve years old girl": one girl takes "a" too ("an" before eight, eleven, 18)
            article = "an" if re.match(r"(?:eight|eleven|8|11|18)\b", m.group(2), re.IGNORECASE) else "a"
            fixed = f"{article} {fixed}"
        yield Finding(m.start(1), m.end(1), f"Before a noun, the age is one word with hyphens: “{fixed} "
                      f"{m.group(3)}”.", (fixed,), "word-form")
    for m in _OF_TO.finditer(text):
        verb = m.group(3).lower()
        ing = _inflect(verb, "VBG")
        if _base(verb) != verb or not ing or m.group(1).lower() == "about" and _word_before(text, m.start()) not in (
                "worried", "worry", "worries", "thinking", "think", "thought", "talking", "talk", "talked", "nervous",
                "excited", "serious", "sure", "careful", "sorry", "dream", "dreamed", "dreaming"):
            continue  # "She is about to leave": "about to" is "going to"
        yield Finding(m.start(2), m.end(2), f"After “{m.group(1)}”, a verb takes -ing: “{ing}”.", (ing,),
                      "gerund-after-verb")
    for m in _FOR_DOING.finditer(text):
        ing = m.group(2).lower()
        base = _base(ing)
        if not base or _inflect(base, "VBG") != ing or set(_lemmas(ing)) - {"VERB", "NOUN", "AUX"} or ing in (
                "shopping", "fishing", "hiking", "camping", "skiing", "swimming", "training", "sightseeing", "nothing",
                "something", "everything", "morning", "evening", "building", "meeting", "wedding"):
            continue  # "went for shopping" is heard; "came for the meeting": a thing, not a purpose
        fixed = f"to {base}"
        yield Finding(m.start(1), m.end(1), f"To say why, use “to” and the verb: “{fixed}”.", (fixed,),
                      "for-to-purpose")
    for m in _PREFER_THAN.finditer(text):
        if re.search(r"\brather\s*$", text[:m.start(1)], re.IGNORECASE):
            continue
        yield Finding(m.start(1), m.end(1), "“prefer” compares with “to”: “prefer tea to coffee”.", ("to",),
                      "wrong-preposition")
    for m in _VISIT_OF.finditer(text):
        yield Finding(m.start(2), m.end(2), f"A {m.group(1)} goes “to” a place.", ("to",), "wrong-preposition")


def _uncounted_plural(text: str) -> Iterator[Finding]:
    """"many advices" → "a lot of advice" (Harper offers "advice" alone, which leaves "many advice")."""
    for m in _MANY_UNCOUNTED.finditer(text):
        amount = re.sub(r"\s+", " ", m.group(2).lower())
        if m.group(4).lower() in ("food", "money") and (amount not in ("enough", "much", "more") or m.group(3).strip()):
            continue  # "many foods", "a lot of Korean foods" (kinds of food) are English
        if amount in ("some", "a lot of", "lots of", "enough", "much", "more", "any", "no"):
            fixed = f"{m.group(2)} {m.group(3)}{m.group(4)}"  # "some information"
        elif amount == "many":
            fixed = f"{'A' if m.group(2)[0].isupper() else 'a'} lot of {m.group(3)}{m.group(4)}"
        else:
            fixed = f"{m.group(2)} pieces of {m.group(3)}{m.group(4)}"  # "two pieces of advice"
        yield Finding(m.start(1), m.end(1), f"English does not count “{m.group(4)}”: it has no plural: “{fixed}”.",
                      (fixed,), "uncounted-plural")


def _base_for_ing(text: str) -> Iterator[Finding]:
    for m in [*_CAUSATIVE_ING.finditer(text), *_TO_INFINITIVE.finditer(text)]:
        ing = m.group(2).lower()
        base = _base(ing)
        if base is None or _inflect(base, "VBG") != ing:
            continue  # "made me something", "a chance to sing" (not -ing forms)
        after = "after “make” or “let” and a person" if m.re is _CAUSATIVE_ING else f"after “{m.group(1)} to”"
        yield Finding(m.start(2), m.end(2), f"Use the base form {after}: “{base}”.", (base,), "base-not-ing")
    for m in _after_verbs(_ING_VERBS, _ING_VERB_BARE).finditer(text):
        word = m.group(2).lower()
        near = re.findall(r"[a-z']+", text[:m.start()].lower())[-2:]
        if set(_lemmas(word)) != {"VERB"} or _base(word) != word or set(near) & {"is", "was", "are", "were", "be",
                                                                                 "been", "it's", "that's"}:
            continue  # only a word that is nothing but a verb's base form ("enjoy work", "stop fighting" are right)
        ing = _inflect(word, "VBG")
        if ing:
            yield Finding(m.start(2), m.end(2), f"After “{m.group(1)}”, a verb takes -ing: “{ing}”.", (ing,),
                          "gerund-after-verb")


def _be_without_object(text: str) -> Iterator[Finding]:
    for m in _BE_NO_OBJECT.finditer(text):
        fixed = verb = m.group(2)
        yield Finding(m.start(1), m.end(2), f"“{verb}” takes no object, so it has no passive: say “{fixed}”.",
                      (fixed,), "no-passive")


def _do_with_adjective(text: str) -> Iterator[Finding]:
    for m in _DO_ADJECTIVE.finditer(text):
        word = m.group(4).lower()
        subject = m.group(1).lower()
        if set(_lemmas(word)) != {"ADJ"} or subject in ("why", "how", "what", "who", "that", "and", "so"):
            continue  # only a word English knows as an adjective and nothing else ("happy", "afraid")
        do = re.sub(r"\s+", " ", m.group(2).lower())
        many = subject in ("you", "we", "they", "people", "children") or subject.endswith("s") and subject not in (
            "he", "she", "it", "this", "news")
        if do.startswith("did"):
            be = "weren't" if many else "wasn't"
        elif subject == "i":
            be = "am not"
        else:  # the subject decides, not the "do" she wrote: "He don't happy" → "isn't"
            be = "aren't" if many else "isn't"
        yield Finding(m.start(2), m.end(2), f"“{m.group(4)}” is not a verb: use “be”: “{be} {m.group(3)}”.", (be,),
                      "do-with-adjective")


def _very_feeling(text: str) -> Iterator[Finding]:
    for m in _BE_FEELING_BARE.finditer(text):
        felt = _inflect(m.group(1).lower(), "VBN")
        if felt and not re.search(r"\b(?:very|so|really)\s+\w+$", m.group(0), re.IGNORECASE):
            yield Finding(m.start(1), m.end(1), f"To say how someone feels, use “{felt}”.", (felt,), "feeling-ed")
    for m in _VERY_FEELING.finditer(text):
        word = m.group(2).lower()
        if word not in _FEELING_VERBS and word != "worry":
            continue
        felt = _inflect(word, "VBN")
        if felt:
            yield Finding(m.start(2), m.end(2), f"To say how someone feels, use “{felt}”.", (felt,), "feeling-ed")


def _double_negative(text: str) -> Iterator[Finding]:
    for m in _NEGATIVE.finditer(text):
        if re.search(r"\b(?:say|says|said|saying|answer|answered)\s+no$", text[:m.end()], re.IGNORECASE):
            continue  # "she couldn't say no"
        word = re.sub(r"\s+", " ", m.group(1).lower())
        fixed = _ANY[word]
        yield Finding(m.start(1), m.end(1), f"English says “not” once: with “not”, say “{fixed}”.", (fixed,),
                      "double-negative")


def _agreement(text: str) -> Iterator[Finding]:
    for m in _THEY_DOES.finditer(text):  # "many people uses"
        verb = m.group(2).lower()
        base = _base(verb)
        if verb in ("is", "was", "has", "does", "this", "us", "its") or base is None or base == verb \
                or _inflect(base, "VBZ") != verb or set(re.findall(r"[a-z]+", text[:m.start()].lower())[-3:]) & (
                    _PREPOSITIONS | {"one", "each", "every"}):
            continue  # "one of my best friends lives": the subject is before
        yield Finding(m.start(2), m.end(2), f"“{m.group(1)}” is more than one: say “{base}”.", (base,),
                      "plural-verb")
    for m in _HE_OFTEN.finditer(text):
        verb = m.group(3).lower()
        third = _inflect(verb, "VBZ")
        if _base(verb) != verb or not third or third == verb or _inflect(verb, "VBD") == verb \
                or _word_before(text, m.start()) in _BEFORE_BARE or set(_lemmas(verb)) - {"VERB", "NOUN"}:
            continue  # "does she always", "she always read" (a past), "she only half": not this
        yield Finding(m.start(3), m.end(3), f"With “{m.group(1).lower()}”, the verb takes -s: “{third}”.", (third,),
                      "third-person-s")
    for m in _ONE_WERE.finditer(text):  # "the food in North Korea were"
        noun = m.group(2).lower()
        lemmas = _lemmas(noun)
        if noun in _NOT_ONE or noun.endswith("s") or set(lemmas) - {"NOUN", "VERB"} or "NOUN" not in lemmas \
                or lemmas["NOUN"][0] != noun or _word_before(text, m.start()) in _PREPOSITIONS | _BEFORE_BARE | {
                    "and", "or"}:
            continue  # a thing English can count as one, named alone
        if m.group(3).strip() and re.search(r"\b(?:and|with)\b", m.group(3)):
            continue
        if "VERB" in _lemmas(_word_before(text, m.start())):
            continue  # "applications needing this function are": the subject is further back
        fixed = _ONE_FIX[m.group(4).lower()]
        yield Finding(m.start(4), m.end(4), f"“{m.group(1)} {m.group(2)}” is one thing: say “{fixed}”.", (fixed,),
                      "singular-verb")


def _comparison(text: str) -> Iterator[Finding]:
    for m in _VERY_THAN.finditer(text):  # "very well than me"
        word = m.group(2).lower()
        forms = {**_lexicon_forms(word, "ADJ"), **_lexicon_forms(word, "ADV")}
        if word in {f for tag in ("JJR", "RBR") for f in forms.get(tag, ())}:
            fixed = f"much {word}"  # "very taller than"
        elif forms.get("JJR") or forms.get("RBR"):
            fixed = (forms.get("RBR") or forms["JJR"])[0]
        elif "ADJ" in _lemmas(word) or "ADV" in _lemmas(word):
            fixed = f"more {word}"
        else:
            continue
        yield Finding(m.start(1), m.end(1), f"“than” compares: say “{fixed}”.", (fixed,), "comparative")
    for m in _MOST_SHORT.finditer(text):  # "the most kind person", "more tall than"
        word = (m.group(2) or m.group(3)).lower()
        tag = "JJS" if m.group(2) else "JJR"
        form = _lexicon_forms(word, "ADJ").get(tag, ())
        if not form or len(re.findall(r"[aeiouy]+", word.rstrip("e"))) != 1:
            continue  # only short adjectives ("the most beautiful" is right)
        fixed = f"the {form[0]}" if tag == "JJS" else form[0]
        yield Finding(m.start(1), m.end(1), f"A short adjective takes -er/-est: “{fixed}”.", (fixed,),
                      "comparative")


def _when_past(text: str) -> Iterator[Finding]:
    for m in [*_WHEN_PAST.finditer(text), *_PAST_THEN_WHEN.finditer(text)]:
        verb = m.group(1).lower()
        base = _base(verb)
        if verb not in ("was", "were") and (base is None or base == verb or _inflect(base, "VBD") != verb):
            continue  # the "when" clause must be in the past: "When I came", "After we left"
        fixed = _PAST_OF[m.group(2).lower()]
        yield Finding(m.start(2), m.end(2), f"The “{m.group(0).split()[0].strip('.!? ')}” part is in the past: "
                      f"say “{fixed}”.", (fixed,), "past-clause-tense")


def _words_in_place(text: str) -> Iterator[Finding]:
    """"because the noise" (of), "gave to me a book", "am very like", "at there", "study hardly", "enjoyed very much
    the party", "born at Hamhung" (in), "My sister she is"."""
    from app.drafting.learner_rules_clauses import _NO_ARTICLE_PLACES

    for m in _BECAUSE_THING.finditer(text):
        last = m.group(2).split()[-1].lower()
        base = _base(last)
        if "NOUN" not in _lemmas(last) or base and last in (_inflect(base, "VBD"), _inflect(base, "VBZ")) \
                and last != base:
            continue  # "because the children cried": a clause, not a thing
        yield Finding(m.start(1), m.end(1), "Before a thing (not a sentence), say “because of”.", ("because of",),
                      "because-of")
    for m in _after_verbs(_GIVERS, _GAVE_TO_ME).finditer(text):
        fixed = f"{m.group(1)} {m.group(3)}"
        yield Finding(m.start(1), m.end(3), f"The person comes straight after the verb: “{fixed}” (or “… to "
                      f"{m.group(3)}” at the end).", (fixed,), "person-after-verb")
    for m in _BE_VERY_VERB.finditer(text):
        verb = m.group(3)
        after = re.findall(r"[a-z]+", text[m.end():].lower())[:2]
        if verb.lower() == "like" and after and (after[0] in ("him", "her", "them", "me", "you", "us") or len(
                after) > 1 and after[1] in _SUBJECT_NOUNS):
            continue  # "She is very like her mother": very similar to her
        form = (_inflect(verb.lower(), "VBD") or verb) if m.group(1).lower() in ("was", "were") else verb
        subject = re.findall(r"[A-Za-z']+", text[:m.start()])
        third = subject and subject[-1].lower() in ("he", "she", "it") and m.group(1).lower() in ("is", "'s")
        form = (_inflect(verb.lower(), "VBZ") or verb) if third else form
        fixed = f"really {form}"
        yield Finding(m.start(1), m.end(3), f"“{verb}” is a verb: no “be”, and “very” does not go before a verb: "
                      f"“{fixed}”.", (fixed,), "very-verb")
    for m in _AT_THERE.finditer(text):
        prep, place = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        start = m.start(1) if m.group(1) else m.start(3)
        end = m.end(2) if m.group(1) else m.end(4)
        yield Finding(start, end, f"“{place}” already says where: leave out “{prep}”.", (place,), "to-before-adverb")
    for m in _after_verbs(_EFFORTS, _HARDLY).finditer(text):
        yield Finding(m.start(2), m.end(2), "“hardly” means “almost not”; for effort, say “hard”.", ("hard",),
                      "hardly-hard")
    for m in _VERY_MUCH_THING.finditer(text):
        fixed = f"{m.group(3)} very much"
        yield Finding(m.start(1), m.end(1), f"“very much” comes after what you like: “{fixed}”.", (fixed,),
                      "very-much-place")
    for m in _AT_CITY.finditer(text):
        if m.group(2).lower() in _NO_ARTICLE_PLACES:
            yield Finding(m.start(1), m.end(1), f"With a city or country, say “in {m.group(2)}”.", ("in",),
                          "in-a-city")
    for m in _SUBJECT_TWICE.finditer(text):
        if m.group(2).lower() not in _SUBJECT_NOUNS | {"friend", "friends", "parents", "teacher", "family"} \
                or re.search(r"\b(?:is|was|are|were)\b", m.group(5)):
            continue  # "The teacher she is talking to is kind": "she is" starts a clause of its own
        yield Finding(m.start(3), m.end(3), f"“{m.group(1)}” is already the subject: leave out “{m.group(3).strip()}”.",
                      ("",), "subject-twice")
