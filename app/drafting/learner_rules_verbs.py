"""A verb's form decided by the words around it, where Harper is silent: a relative clause after one person
("a person who always help others": "helps"), a perfect's plain verb ("I have ever eat": "eaten"), the "to"
that verbs such as "encourage" and "ask" need before a second verb ("encouraged me study": "encouraged me to
study"), a remembered day told in the present ("never forget the day when I arrive": "arrived"), a past
that reaches up to now ("raised me alone since I was born": "has raised"), a regular ending on an irregular verb
("We hided": "hid"), and a plain verb after "it is important" or "thank you for" ("to share", "listening").
(An adjective's "to" before -ing, "difficult for me to speaking", is `learner_rules_forms`.)

Written after a twenty-seventh set of learner sentences (24 of 30 flagged on its first reading). Word forms come
from lemminflect's tables; each rule is narrow and runs silent over correct sentences (tests/test_learner_errors.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.drafting.learner_rules import Finding, _inflect, _lemmas
from app.drafting.learner_rules import _verb_base as _base
from app.drafting.learner_rules_choices import _VERB_NEXT
from app.drafting.learner_rules_more import SINCE_CLAUSE

_ONE_PERSON = (r"person|man|woman|girl|boy|teacher|student|friend|mother|father|sister|brother|child|doctor|nurse|"
               r"neighbour|neighbor|volunteer|tutor|leader|writer|someone|somebody|anyone|anybody|everyone|"
               r"everybody|no\s+one|nobody")
_WHO_BASE = re.compile(rf"\b((?:a|an|the|one|this|that|my|his|her|our|their|your)\s+(?:[a-z]+\s+)?(?:{_ONE_PERSON})|"
                       r"(?:someone|somebody|anyone|anybody|everyone|everybody|nobody))\s+(who|that)\s+"
                       r"(?:(?:always|often|usually|sometimes|never|still|also|really|only|really)\s+)?([a-z]+)\b"
                       r"(?!['’])", re.IGNORECASE)
_HAVE_BETWEEN = re.compile(r"\b(have|has|had|'ve)\s+((?:ever|never|already|just|not|always|recently|finally|"
                           r"also|really|once|twice)\s+)?([a-z]+)\b(?!['’])", re.IGNORECASE)
_TO_BEFORE_VERB = (r"encourage|encourages|encouraged|ask|asks|asked|tell|tells|told|advise|advises|advised|allow|"
                   r"allows|allowed|teach|teaches|taught|force|forces|forced|invite|invites|invited|remind|reminds|"
                   r"reminded|persuade|persuaded|order|ordered|urge|urged|warn|warned|beg|begged|expect|expected|"
                   r"want|wants|wanted|need|needs|needed|would\s+like|get|gets|got")
_OBJECT_VERB = re.compile(rf"\b({_TO_BEFORE_VERB})\s+(me|him|her|us|them|you|(?:my|his|her|our|their)\s+[a-z]+)\s+"
                          r"([a-z]+)\b(?!['’])(\s*[.,;!?]|\s*$|\s+[A-Za-z]+)?", re.IGNORECASE)
# "I will never forget the day when I arrive in Seoul": a day remembered is over
_REMEMBERED_DAY = re.compile(r"\b(?:never\s+forget|never\s+forgot|never\s+forgotten|still\s+remember|"
                             r"always\s+remember)\s+the\s+(?:first\s+|last\s+)?(?:day|night|moment|time|morning|evening|year|week)\s+"
                             r"(?:when\s+|that\s+)?(I|we|you|he|she|they|my\s+[a-z]+|our\s+[a-z]+)\s+([a-z]+)\b(?!['’])",
                             re.IGNORECASE)
# "My grandmother raised me alone since I was born": a past that reaches up to now takes the present perfect. Only a
# "since" of time (a year, a month, "I was born", "we came"): "I stayed home since I was sick" gives a reason.
_SINCE_TIME = (r"since\s+(?:(?:19|20)\d\d|last\s+\w+|\w+\s+(?:years?|months?|weeks?|days?)\s+ago|(?:my\s+)?childhood|"
               rf"{SINCE_CLAUSE}|(?:january|february|march|april|may|june|july|august|september|october|november|"
               r"december)\b)")
_PAST_SINCE = re.compile(r"\b(I|we|you|they|he|she|(?:my|our|his|her|their)\s+[a-z]+)\s+((?:always|never|also|only|"
                         rf"really|just)\s+)?([a-z]+)\b(?!['’])(?=[^.!?;]*?\b{_SINCE_TIME})", re.IGNORECASE)
# "We hided in a small house": a regular ending on an irregular verb ("hid")
_MADE_REGULAR = re.compile(r"\b([a-z]{3,})(ed)\b(?!['’-])")  # not "sed" or a name cut short
# "it is important share it", "Thank you for listen to me": a plain verb where English says "to …" or "-ing"
_IT_IS_ADJ = re.compile(r"\b([Ii]t\s+(?:is|was|'s|will\s+be))\s+(?:(?:very|so|really|quite|not|also)\s+)?(important|"
                        r"necessary|difficult|easy|hard|possible|impossible|dangerous|good|nice|better|fun|interesting|"
                        r"hard|scary|sad|wonderful|great)\s+([a-z]+)\b(?!['’])(\s+[A-Za-z]+)?")
_FOR_BASE = re.compile(r"\b((?:[Tt]hank\s+you|[Tt]hanks|[Ss]orry|apologize|apologise|apologized)\s+for)\s+([a-z]+)\b"
                       r"(?!['’])(\s+[A-Za-z]+)?")
_OBJECT_NEXT = {"it", "them", "me", "him", "her", "us", "you", "the", "a", "an", "my", "your", "our", "his", "their",
                "this", "that", "these", "those", "to", "with", "about", "in", "at", "on", "for", "late", "here"}
_SINCE_FIRST = re.compile(rf"(?:^|[.!?]\s+)[Ss]ince\s+{SINCE_CLAUSE}[^,.!?]*,\s+(I|we|you|they|he|she|"
                          r"(?:my|our|his|her|their)\s+[a-z]+)\s+((?:always|never|also|only|really|just)\s+)?"
                          r"([a-z]+)\b(?!['’])")  # "Since I came here, I met many kind people"
_NOT_VERBS_HERE = {"to", "not", "too", "so", "very", "again", "please", "here", "there", "now", "today", "back",
                   "home", "out", "up", "down", "in", "on", "off", "away", "first", "last", "once", "twice",
                   "something", "everything", "nothing", "anything", "all", "both", "why", "how", "what", "where",
                   "when", "if", "whether", "about", "for", "that", "this", "the", "a", "an"}


def check(text: str) -> Iterator[Finding]:
    for m in _WHO_BASE.finditer(text):
        verb = m.group(3)
        if "VERB" not in _lemmas(verb.lower()) or _base(verb.lower()) != verb.lower() or verb.lower() in (
                "i", "you", "we", "they", "he", "she", "it", "is", "was", "has", "had", "did", "does", "do", "have",
                "can", "could", "will", "would", "shall", "should", "may", "might", "must", "need", "dare", "ought"):
            continue  # "a person who always helps", "the man who I met": not a verb in its plain form
        fixed = _inflect(verb.lower(), "VBZ")
        if not fixed or fixed == verb.lower():
            continue
        yield Finding(m.start(3), m.end(3), f"“{m.group(2)}” stands for one person here: “{fixed}”.", (fixed,),
                      "who-agreement")
    for m in _HAVE_BETWEEN.finditer(text):
        verb = m.group(3).lower()
        if set(_lemmas(verb)) != {"VERB"} or _base(verb) != verb or verb in ("been", "had", "got", "gotten"):
            continue
        participle = _inflect(verb, "VBN")
        if not participle or participle == verb:
            continue  # "I have never let", "has just come": the same word
        yield Finding(m.start(3), m.end(3), f"After “{m.group(1)}”, a verb takes its past participle: "
                      f"“{participle}”.", (participle,), "perfect-participle")
    for m in _REMEMBERED_DAY.finditer(text):
        verb = m.group(2).lower()
        base = _base(verb)
        if not base or "VERB" not in _lemmas(verb) or verb not in (base, _inflect(base, "VBZ")):
            continue  # "the day I arrived", "the day I was born"
        past = _inflect(base, "VBD")
        if not past or past == verb:
            continue
        yield Finding(m.start(2), m.end(2), f"The day you remember is past: “{past}”.", (past,), "remembered-past")
    for m in _MADE_REGULAR.finditer(text):
        yield from _made_regular(text, m)
    for m in [*_IT_IS_ADJ.finditer(text), *_FOR_BASE.finditer(text)]:
        verb = m.group(3 if m.re is _IT_IS_ADJ else 2)
        after = (m.group(4 if m.re is _IT_IS_ADJ else 3) or "").strip().lower()
        kinds = _lemmas(verb.lower())
        if "VERB" not in kinds or _base(verb.lower()) != verb.lower() or verb.lower() in _NOT_VERBS_HERE \
                or set(kinds) - {"VERB"} and after not in _OBJECT_NEXT:
            continue  # "It is hard work.", "Thank you for help": a noun
        if m.re is _IT_IS_ADJ:
            fixed = f"to {verb}"
            yield Finding(m.start(3), m.end(3), f"After “{m.group(1)} {m.group(2)}”, say “to” before the verb: "
                          f"“{fixed}”.", (fixed,), "to-before-verb")
        elif (ing := _inflect(verb.lower(), "VBG")) and ing != verb.lower():
            yield Finding(m.start(2), m.end(2), f"After “for”, a verb takes -ing: “{ing}”.", (ing,), "for-ing")
    for m in [*_PAST_SINCE.finditer(text), *_SINCE_FIRST.finditer(text)]:
        yield from _past_since(text, m)
    for m in _OBJECT_VERB.finditer(text):
        verb, after = m.group(3).lower(), (m.group(4) or "").strip()
        kinds = _lemmas(verb)
        if verb in _NOT_VERBS_HERE or "VERB" not in kinds or _base(verb) != verb:
            continue  # "asked me questions", "told her everything", "want you here"
        if set(kinds) - {"VERB"} and after and after[0].isalpha() and after.lower() not in _VERB_NEXT \
                and not after[0].isupper():
            continue  # "taught me study skills": a noun, perhaps
        fixed = f"to {m.group(3)}"
        yield Finding(m.start(3), m.end(3), f"“{m.group(1)} {m.group(2)}” needs “to” before the next verb: "
                      f"“{fixed}”.", (fixed,), "to-before-verb")


def _past_since(text: str, m: re.Match[str]) -> Iterator[Finding]:
    sentence = text[:m.start()].rsplit(".", 1)[-1] + text[m.start():].split(".", 1)[0]
    if re.search(r"\b(?:have|has|had|'ve|'d)\b", sentence, re.IGNORECASE):
        return  # already a perfect
    verb = m.group(3).lower()
    subject = m.group(1)
    one = subject.lower() in ("he", "she") or (" " in subject and _third_person(subject))
    if verb in ("was", "were"):
        participle = "been"
    else:
        base = _base(verb)
        if not base or base == verb or "VERB" not in _lemmas(verb) or _inflect(base, "VBD") != verb:
            return  # not a past tense ("I live here since 2019" is another rule's)
        participle = _inflect(base, "VBN") or ""
        if not participle:
            return
    fixed = f"{subject} {'has' if one else 'have'} {m.group(2) or ''}{participle}"
    yield Finding(m.start(), m.end(), f"With “since”, say how long up to now: “{fixed}”.", (fixed,), "present-perfect")


def _third_person(subject: str) -> bool:
    """"my grandmother" (one person), not "my parents"."""
    noun = subject.split()[-1].lower()
    return noun in _lemmas(noun).get("NOUN", ())


def _made_regular(text: str, m: re.Match[str]) -> Iterator[Finding]:
    word = m.group(0).lower()
    if _lemmas(word):
        return  # a word the lexicon knows ("used", "need", "feed")
    stem = m.group(1).lower()
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else "",
                 stem[:-1] + "y" if stem.endswith("i") else ""):
        if base and "VERB" in _lemmas(base) and _base(base) == base:
            past = _inflect(base, "VBD") or ""
            if not past or past == word or past.endswith("ed"):
                return  # a regular verb, misspelled: the spelling check's
            after_have = re.search(r"\b(?:have|has|had|'ve|been|be|was|were|is|are)\s+(?:\w+\s+)?$", text[:m.start()],
                                   re.IGNORECASE)
            fixed = (_inflect(base, "VBN") or past) if after_have else past
            yield Finding(m.start(), m.end(), f"“{base}” has its own past: “{fixed}”.", (fixed,), "irregular-past")
            return
