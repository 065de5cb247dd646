"""The shape of a sentence, where Korean learners of English carry Korean's over and Harper is silent: a subject
left out ("Is very cold in winter"), a pronoun repeated at the end of a relative clause ("the village that I was
born in it"), "If I will have time", "can able to", "almost students", "most of people", "every people", "was
graduated from", "is to reading", "the same age with", "gave up to study", "so tired so I slept", and the subject
said twice ("My mother she worked").

Written after a twentieth set of learner sentences (17 of 30 flagged on its first reading). Word forms come from
lemminflect's tables; each rule is narrow and runs silent over correct sentences (tests/test_learner_errors.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.drafting.learner_rules import Finding, _inflect, _lemmas
from app.drafting.learner_rules import _verb_base as _base
from app.drafting.learner_rules_more import _sentences

_START = r"(?:^|(?<=[.!?])\s+)"
# "Is very cold in my hometown." — a statement (it ends with a full stop) that opens with "is" or "was"
_NO_SUBJECT = re.compile(rf"{_START}(Is|Was)\s+([a-z]+)\b([^.!?]*)([.!])")
_LEADING = {"very", "so", "too", "really", "quite", "not", "always", "never", "hard", "difficult", "easy",
            "important", "possible", "impossible", "necessary", "raining", "snowing", "cold", "hot", "dark", "late"}
# "the village that I was born in it" — the pronoun the relative word already stands for
_KEPT_PRONOUN = re.compile(r"\b(the|a|an|this|that|my|his|her|our|their|your)\s+(?:[a-z]+\s+)?([a-z]+)\s+"
                           r"(that|which)\s+(I|you|he|she|we|they)\s+((?:[a-z]+\s+){1,3}?)(it|them)"
                           r"(?=\s*[.!?,;]|\s*$|\s+(?:yesterday|today|tonight|last|then|there|here|again|before|together|"
                           r"every|so\s+much|very\s+much|a\s+lot)\b)")
_CONTENT_NOUNS = {"fact", "idea", "news", "hope", "feeling", "belief", "chance", "proof", "sign", "possibility",
                  "thought", "dream", "worry", "fear", "promise", "rumour", "rumor", "story", "way", "time", "day",
                  "reason", "so", "such", "sure"}
_SAYING = {"told", "tell", "tells", "showed", "show", "promised", "promise", "taught", "teach", "asked", "ask",
           "reminded", "remind", "warned", "warn", "convinced", "informed", "assured", "such", "so"}
_IF_WILL = re.compile(rf"(?:{_START}|\s)((If|if)\s+(I|we|you|they|he|she|it)\s+(will\s+([a-z]+)))\b([^.!?]*)")
_ASKING = {"know", "knows", "knew", "ask", "asks", "asked", "wonder", "wondered", "sure", "see", "check", "doubt",
           "tell", "told", "decide", "decided", "remember", "understand", "whether"}
_CAN_ABLE = re.compile(r"\b(can|could|may|might|must|should|would|will|shall)\s+(able\s+to)\b", re.IGNORECASE)
_ALMOST = re.compile(r"\b(almost)\s+([a-z]+)\b(?!['’])", re.IGNORECASE)
_MOST_OF = re.compile(r"\b(most|many|some|all|few|several|both)\s+(of)\s+([a-z]+)\b(?!['’])", re.IGNORECASE)
_PERSON_PLURALS = {"people", "children", "men", "women"}
_EVERY_PEOPLE = re.compile(r"\b(every|each)\s+(people)\b", re.IGNORECASE)
_WAS_GRADUATED = re.compile(r"\b((?:am|is|are|was|were|'m|'re|'s)\s+graduated)\s+from\b", re.IGNORECASE)
_IS_TO_ING = re.compile(r"\b(is|was|are|were)\s+(to\s+([a-z]+ing))\b", re.IGNORECASE)
_SAME_WITH = re.compile(r"\b(the\s+same\s+(?:age|height|size|name|colou?r|hometown|price|weight|length|school|"
                        r"grade|class|shape))\s+(with)\b", re.IGNORECASE)
_GIVE_UP_TO = re.compile(r"\b(give|gives|gave|given|giving|put|puts|putting|keep|keeps|kept|keeping|carry|carries|"
                         r"carried|carrying)\s+(up|off|on)\s+(to\s+([a-z]+))\b", re.IGNORECASE)
_PHRASAL_ING = {("give", "up"), ("put", "off"), ("keep", "on"), ("carry", "on")}
_SO_SO = re.compile(r"\bso\s+([a-z]+)\s+(so)\s+(?=(?:I|we|you|he|she|they|it|my|our|his|her|their|the)\b)",
                    re.IGNORECASE)
_COUNT = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|many|several|a\s+few|\d+)"
_SPAN = r"(?:days?|weeks?|months?|years?|hours?)"
_BEFORE_YEARS = re.compile(rf"\b(before)\s+({_COUNT}\s+{_SPAN})(?=\s*[.!?,]|\s*$)", re.IGNORECASE)
_FOR_AGO = re.compile(rf"\b(for\s+{_COUNT}\s+{_SPAN})\s+(ago)\b", re.IGNORECASE)
_BECAUSE_OF_CLAUSE = re.compile(r"\b(because\s+of)\s+(?:(?:the|my|his|her|our|their|your|this|that|it|he|she|we|they|I)"
                                r"\s+)?(?:[a-z]+\s+)?(was|were|is|are|had|did|could|couldn't|didn't|wasn't|weren't)\b")
_HOW_TO_ING = re.compile(r"\b(how|what|where|when)\s+to\s+([a-z]+ing)\b", re.IGNORECASE)
_THAN_ORDER = re.compile(rf"\b((?:[a-z]+er)\s+than\s+(?:me|him|her|us|them|you|[A-Z][a-z]+|my\s+[a-z]+))\s+"
                         rf"({_COUNT}\s+(?:years?|centimetres?|centimeters?|kilograms?|minutes?|cm|kg))\b")
_NOBODY_DO = re.compile(r"\b(nobody|no\s+one|nothing|everyone|everybody|someone|somebody)\s+"
                        r"((don't|do\s+not|didn't|did\s+not)\s+([a-z]+))\b", re.IGNORECASE)
_FIRST_TIME = re.compile(r"\b(is|was|it's)\s+(?:the|my|our|her|his)\s+(first|second|third|last|only)\s+time\s+"
                         r"(?:that\s+)?(I|we|you|they|he|she)\s+([a-z]+)\b", re.IGNORECASE)
_BEEN_WORKED = re.compile(r"\b(I|you|we|they|he|she)\s+((have|has|had|'ve|'s)\s+been\s+(worked|lived|stayed|waited|"
                          r"slept|travelled|traveled|walked|studied))\b(?=\s+(?:here|there|in|at|for|since|hard|"
                          r"together|alone|with)\b)", re.IGNORECASE)
_TOO_THAT = re.compile(r"\b(too)\s+([a-z]+)\s+that\s+(?=(?:I|we|you|he|she|they|it|my|our|the)\b)", re.IGNORECASE)
_AM_THANK = re.compile(r"\b((?:I\s+am|I'm)\s+(?:very\s+|so\s+|really\s+)?(?:thank|thanks)(?:\s+you)?)\b")
_SPLICE = re.compile(r"(?:^|(?<=[.!?])\s+)((?:I|We|He|She|They|It|My\s+[a-z]+|The\s+[a-z]+)\s+"
                     r"(?:was|were|am|is|are|had|felt|could|couldn't|didn't|wasn't|weren't)\b[^,.;!?]*)(,)\s+(I|we|he|she|they|it)\s+"
                     r"(was|were|had|felt|could|couldn't|didn't|wasn't|weren't|did|went|saw|ran|walked|ate)\b")
# "The honesty is important": a quality or an idea in general takes no "the"
_THE_IDEA = re.compile(rf"{_START}(The\s+)(honesty|love|happiness|freedom|education|health|friendship|peace|kindness|"
                       r"patience|courage|success|knowledge|democracy|nature|life|hope)\s+"
                       r"(?:is|can|makes|gives|brings)\s+([a-z]+)\b")  # the present of what is always so
_ONE_THING = (r"dog|cat|bird|horse|cow|pig|car|bus|train|house|phone|book|bag|river|mountain|tree|door|computer|"
              r"movie|song|boy|girl|child|baby|student|village|bike|bicycle|room|garden")  # not "Film is art"
# "I have a dog. Dog is very cute." — one thing as a subject takes "the", "my" or "a"
_BARE_SUBJECT = re.compile(rf"{_START}((?i:{_ONE_THING}))\s+(is|was|looks|seems|has|likes|runs|sleeps)\b")
# "I am afraid of dog." — things of a kind in general are plural
_KIND_LIKED = re.compile(rf"\b(afraid\s+of|scared\s+of|fond\s+of|like|likes|love|loves|hate|hates)\s+({_ONE_THING})"
                         r"(?=\s*[.!?]|\s*$)")
_SUBJECT_TWICE = re.compile(rf"{_START}((?:My|Our|His|Her|Their)\s+([a-z]+))\s+((he|she|they)\s+)"
                            r"(?:(?:always|often|never|also|still|usually|really)\s+)?([a-z]+)\b([^.!?]*)")
_SHE = {"mother", "sister", "grandmother", "aunt", "daughter", "wife", "mom", "mum", "grandma", "niece", "girlfriend"}
_HE = {"father", "brother", "grandfather", "uncle", "son", "husband", "dad", "grandpa", "nephew", "boyfriend"}
_THEY = {"parents", "brothers", "sisters", "friends", "grandparents", "children", "teachers", "classmates", "family"}


def check(text: str) -> Iterator[Finding]:
    yield from _subjects(text)
    yield from _general_idea(text)
    yield from _bare_nouns(text)
    yield from _clauses(text)
    yield from _quantities(text)
    yield from _verb_phrases(text)
    yield from _times_and_orders(text)


def _subjects(text: str) -> Iterator[Finding]:
    for m in _NO_SUBJECT.finditer(text):
        word = m.group(2).lower()
        if word not in _LEADING and set(_lemmas(word)) != {"ADJ"}:
            continue  # "Is there …", "Was it …" (and a question written with a full stop) are left alone
        fixed = f"It {m.group(1).lower()}"
        yield Finding(m.start(1), m.end(1), f"English needs a subject here: “{fixed} {m.group(2)}”.", (fixed,),
                      "missing-subject")
    for m in _SUBJECT_TWICE.finditer(text):
        noun, pronoun, rest = m.group(2).lower(), m.group(4).lower(), m.group(6)
        agrees = noun in _SHE and pronoun == "she" or noun in _HE and pronoun == "he" or noun in _THEY and \
            pronoun == "they"
        verb = m.group(5).lower()
        finite = verb in ("is", "was", "are", "were", "has", "have", "had", "can", "could", "will", "would") or \
            bool(_base(verb)) and verb in (_inflect(_base(verb) or "", "VBD"), _inflect(_base(verb) or "", "VBZ"),
                                           _base(verb))
        later = re.findall(r"[a-z]+", rest.lower())
        if not agrees or not finite or re.search(r"\b(?:is|was|are|were|has|had)\b", rest) or any(
                (base := _base(word)) and word != base and _inflect(base, "VBD") == word for word in later):
            continue  # "The teacher she liked most was kind", "My friends they invited came late": a clause
        yield Finding(m.start(3), m.end(3), f"“{m.group(1)}” is already the subject: leave out “{m.group(4)}”.",
                      ("",), "subject-twice")


def _general_idea(text: str) -> Iterator[Finding]:
    for m in _THE_IDEA.finditer(text):
        if m.group(2) in ("life", "hope") and m.group(3) not in ("important", "precious", "short",
                                                                                  "beautiful", "valuable"):
            continue  # "The life in the North was hard" is one life; "The life is short" is life in general
        idea = m.group(2).capitalize()
        yield Finding(m.start(1), m.end(2), f"In general, “{m.group(2)}” takes no “the”: “{idea}”.", (idea,),
                      "general-no-the")


def _bare_nouns(text: str) -> Iterator[Finding]:
    for m in _BARE_SUBJECT.finditer(text):
        fixed = f"The {m.group(1).lower()}"
        yield Finding(m.start(1), m.end(1), f"One {m.group(1).lower()} takes “the”, “my” or “a”: “{fixed}”.",
                      (fixed, f"My {m.group(1).lower()}"), "missing-the")
    for m in _KIND_LIKED.finditer(text):
        plural = _lemmas(m.group(2)).get("NOUN", ("",))[0] and _inflect(m.group(2), "NNS")
        if plural:
            yield Finding(m.start(2), m.end(2), f"For {m.group(2)}s in general, use the plural: “{plural}”.",
                          (plural,), "plural-in-general")


def _clauses(text: str) -> Iterator[Finding]:
    for m in _KEPT_PRONOUN.finditer(text):
        noun = m.group(2).lower()
        before = re.findall(r"[a-z']+", text[:m.start()].lower())[-1:]
        joined = re.search(r"\b(?:and|or|but|then|so|to)\b", m.group(5))  # "the book that he wanted and read it"
        if joined or noun in _CONTENT_NOUNS or set(before) & _SAYING or set(_lemmas(noun)) & {"ADJ", "ADV"} or \
                "NOUN" not in _lemmas(noun):
            continue  # "the fact that I did it", "told the teacher that I liked it", "the best that we can make it"
        yield Finding(m.start(6) - 1, m.end(6), f"“{m.group(3)}” already stands for the {noun}: leave out "
                      f"“{m.group(6)}”.", ("",), "pronoun-repeated")
    for m in _IF_WILL.finditer(text):
        before = re.findall(r"[a-z']+", text[:m.start(1)].lower())[-2:]
        verb = m.group(5)
        if set(before) & _ASKING or _base(verb) != verb.lower() or not re.search(r",\s*[^,]*\b(?:will|'ll|can|must)\b",
                                                                                m.group(6)):
            continue  # "I don't know if he will come"; "if you will excuse me" (no result clause with "will")
        fixed = (_inflect(verb, "VBZ") or verb) if m.group(3).lower() in ("he", "she", "it") else verb.lower()
        yield Finding(m.start(4), m.end(4), f"After “if”, the present speaks of the future: “{fixed}”.", (fixed,),
                      "when-will")
    for m in _SO_SO.finditer(text):
        if not {"ADJ", "ADV"} & set(_lemmas(m.group(1).lower())):
            continue
        yield Finding(m.start(2), m.end(2), f"“so {m.group(1)} … that”: the second “so” becomes “that”.", ("that",),
                      "so-adjective-that")


def _quantities(text: str) -> Iterator[Finding]:
    for m in _ALMOST.finditer(text):
        word = m.group(2).lower()
        if not _plural_noun(word):
            continue  # "almost everyone", "almost ready", "almost finished" are right
        fixed, most = f"{m.group(1)} all", "Most" if m.group(1)[0].isupper() else "most"
        yield Finding(m.start(1), m.end(1), f"“almost” does not go before a noun: “{fixed} {m.group(2)}” or “{most} "
                      f"{m.group(2)}”.", (fixed, most), "almost-all")
    for m in _MOST_OF.finditer(text):
        if not _plural_noun(m.group(3)) or m.group(3) != m.group(3).lower():
            continue  # "most of them", "most of my friends", "many of the people" are right
        fixed = f"{m.group(1)} {m.group(3)}"
        yield Finding(m.start(1), m.end(3), f"“of” needs “the” or “my” after it; or leave it out: “{fixed}”.",
                      (fixed, f"{m.group(1)} of the {m.group(3)}"), "most-of-the")
    for m in _EVERY_PEOPLE.finditer(text):
        fixed = ("Everyone" if m.group(1)[0].isupper() else "everyone") if m.group(1).lower() == "every" else \
            f"{m.group(1)} person"
        yield Finding(m.start(), m.end(), f"“{m.group(1)}” takes one person: “{fixed}”.", (fixed,), "each-singular")


def _plural_noun(word: str) -> bool:
    """Only a plural noun and nothing else ("students", "people"; not "finishes", "always", "news")."""
    if word in _PERSON_PLURALS:
        return True
    forms = _lemmas(word)
    return set(forms) == {"NOUN"} and forms["NOUN"][0] != word and word.endswith("s")


def _verb_phrases(text: str) -> Iterator[Finding]:
    for m in _CAN_ABLE.finditer(text):
        yield Finding(m.start(2), m.end(2) + 1, f"“{m.group(1)}” already means “able to”: “{m.group(1)}” alone.",
                      ("",), "can-able")
    for m in _WAS_GRADUATED.finditer(text):
        yield Finding(m.start(1), m.end(1), "“graduate from” is said without “be”: “graduated from”.",
                      ("graduated",), "no-passive")
    for m in _IS_TO_ING.finditer(text):
        ing = m.group(3).lower()
        base = _base(ing)
        if base is None or _inflect(base, "VBG") != ing:
            continue  # "is to bring", "was to sing"
        yield Finding(m.start(2), m.end(2), f"“to” and “-ing” do not go together: “{m.group(1)} {ing}” or "
                      f"“{m.group(1)} to {base}”.", (ing, f"to {base}"), "base-not-ing")
    for m in _SAME_WITH.finditer(text):
        yield Finding(m.start(2), m.end(2), f"“{m.group(1)}” is followed by “as”.", ("as",), "same-as")
    for m in _GIVE_UP_TO.finditer(text):
        verb = _base(m.group(1).lower()) or m.group(1).lower()
        ing = _inflect(m.group(4).lower(), "VBG")
        if (verb, m.group(2).lower()) not in _PHRASAL_ING or _base(m.group(4).lower()) != m.group(4).lower() or not ing:
            continue
        yield Finding(m.start(3), m.end(3), f"After “{m.group(1)} {m.group(2)}”, a verb takes -ing: “{ing}”.",
                      (ing,), "gerund-after-verb")


def _times_and_orders(text: str) -> Iterator[Finding]:
    """The twenty-first set's kinds: "before two years", "for three years ago", "because of the noise was",
    "how to swimming", "older than me three years", "Nobody don't", "the first time I see", "He has been worked
    here", "too hot that", "I am very thank you", and two sentences joined by a comma alone."""
    for m in _BEFORE_YEARS.finditer(text):
        if re.search(r"\b(will|'ll|going\s+to|must|should)\b", _sentence_of(text, m.start())):
            continue  # a deadline ahead: "finish it before two weeks pass" is another matter
        fixed = f"{m.group(2)} ago"
        yield Finding(m.start(1), m.end(2), f"Counting back from now, say “{fixed}”.", (fixed,), "ago-before")
    for m in _FOR_AGO.finditer(text):
        yield Finding(m.start(2) - 1, m.end(2), f"“{m.group(1)}” is a length of time; “ago” is a point in the past: "
                      f"leave out “ago” (or “for”).", ("",), "for-ago")
    for m in _BECAUSE_OF_CLAUSE.finditer(text):
        yield Finding(m.start(1), m.end(1), "Before a subject and its verb, use “because” alone (“because of” goes "
                      "before a noun).", ("because",), "because-clause")
    for m in _HOW_TO_ING.finditer(text):
        base = _base(m.group(2).lower())
        if base is None or _inflect(base, "VBG") != m.group(2).lower():
            continue
        yield Finding(m.start(2), m.end(2), f"After “{m.group(1)} to”, use the base form: “{base}”.", (base,),
                      "base-not-ing")
    for m in _THAN_ORDER.finditer(text):
        comparative = m.group(1).split()[0]
        if "ADJ" not in _lemmas(comparative.lower()):
            continue
        fixed = f"{m.group(2)} {m.group(1)}"
        yield Finding(m.start(1), m.end(2), f"The difference comes first: “{fixed}”.", (fixed,), "word-order")
    for m in _NOBODY_DO.finditer(text):
        verb = m.group(4).lower()
        if _base(verb) != verb:
            continue
        past = m.group(3).lower().startswith("did")
        if m.group(1).lower() in ("nobody", "no one", "nothing"):
            fixed = _inflect(verb, "VBD" if past else "VBZ") or ""
            why, rule = f"“{m.group(1)}” already says no: “{m.group(1)} {fixed}”.", "double-negative"
        else:
            fixed = f"{'didn’t' if past else 'doesn’t'} {verb}".replace("’", "'")
            why, rule = f"“{m.group(1)}” is one person: “{m.group(1)} {fixed}”.", "everyone-singular"
        if fixed:
            yield Finding(m.start(2), m.end(2), why, (fixed,), rule)
    for m in _FIRST_TIME.finditer(text):
        verb = m.group(4).lower()
        if _base(verb) != verb or set(_lemmas(verb)) - {"VERB"}:
            continue  # "the first time I saw", "the first time I have", and words that are not only verbs
        participle = _inflect(verb, "VBN")
        third = m.group(3).lower() in ("he", "she")
        if m.group(1).lower() == "was":
            fixed, why = _inflect(verb, "VBD") or "", "it happened then"
        else:
            fixed, why = (f"{'has' if third else 'have'} {participle}" if participle else ""), "it counts up to now"
        if fixed:
            yield Finding(m.start(4), m.end(4), f"“{m.group(1)} the {m.group(2)} time”: {why}: “{m.group(3)} "
                          f"{fixed}”.", (fixed,), "first-time")
    for m in _BEEN_WORKED.finditer(text):
        base = _base(m.group(4).lower()) or m.group(4).lower()
        ing = _inflect(base, "VBG")
        fixed = f"{m.group(3)} been {ing}"
        yield Finding(m.start(2), m.end(2), f"A person {m.group(4)}; nobody {m.group(4)} them: “{fixed}” or "
                      f"“{m.group(3)} {m.group(4)}”.", (fixed, f"{m.group(3)} {m.group(4)}"), "no-passive")
    for m in _TOO_THAT.finditer(text):
        if m.group(2).lower() in ("so", "much", "many") or not {"ADJ", "ADV"} & set(_lemmas(m.group(2).lower())):
            continue  # "strings too so that the result …"
        fixed = "So" if m.group(1)[0].isupper() else "so"
        yield Finding(m.start(1), m.end(1), f"“too … to” or “so … that”: “{fixed} {m.group(2)} that”.", (fixed,),
                      "so-adjective-that")
    for m in _AM_THANK.finditer(text):
        yield Finding(m.start(1), m.end(1), "“thank” is a verb: “Thank you very much” (or “I am very grateful”).",
                      ("Thank you very much", "I am very grateful"), "be-with-verb")
    for m in _SPLICE.finditer(text):
        if re.search(r"\b(said|say|says|think|thought|hope|know|knew|guess|believe|mean|told)\b", m.group(1)):
            continue  # "He said, we must go"
        yield Finding(m.start(2), m.end(2), "Two sentences are joined by a comma alone: use a full stop, “;” or "
                      "“, and”.", (";", ", and"), "comma-splice")


def _sentence_of(text: str, at: int) -> str:
    return next((sentence for start, sentence in _sentences(text) if start <= at < start + len(sentence)), text)
