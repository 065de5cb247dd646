"""What Moksori changes of Harper's findings, each measured on sentences: the places of both Koreas its
dictionary lacks, a Korean name shown as a name to add rather than a misspelling, findings it makes wrongly on
correct sentences (left out), and a participle offered first after "be" or "have"."""

from __future__ import annotations

import re

from app.drafting import learner_rules

# Places in the students' stories that Harper's dictionary lacks (it marked "Incheon" as a misspelling): the
# cities and provinces of both Koreas, the border rivers, and the places refugees pass through, as the
# Revised Romanisation and the North's usual spellings write them.
KOREAN_PLACES = (
    "Incheon", "Daegu", "Daejeon", "Gwangju", "Ulsan", "Suwon", "Changwon", "Seongnam", "Goyang", "Yongin",
    "Bucheon", "Cheongju", "Jeonju", "Ansan", "Cheonan", "Gimhae", "Pohang", "Gangneung", "Chuncheon", "Wonju",
    "Gyeonggi", "Gangwon", "Chungcheong", "Jeolla", "Gyeongsang", "Jeju", "Hanawon", "Anseong", "Gimpo", "Paju",
    "Pyongyang", "Hyesan", "Chongjin", "Hamhung", "Wonsan", "Sinuiju", "Kaesong", "Nampo", "Haeju", "Kanggye",
    "Hoeryong", "Musan", "Onsong", "Rason", "Sariwon", "Pyongsong", "Kimchaek", "Ryanggang", "Yanggang",
    "Hamgyong", "Jagang", "Chagang", "Hwanghae", "Pyongan", "Tumen", "Yalu", "Amnok", "Paektu", "Baekdu",
    "Yanji", "Yanbian", "Dandong", "Shenyang", "Changbai", "Kumgang", "Geumgang", "Panmunjom", "Koreas",
)


# Romanised Korean syllables (Revised Romanisation, with the North's and common name spellings: "Lee", "Choi",
# "Yoo", "Shin"): a capitalised word made only of them, inside a sentence, is a Korean name ("Jiyeon",
# "Seoyeon", "Hyunwoo", "Minji") — kind "name", not a misspelling (Harper offered "Jayson" and "Pigeon" for
# "Jiyeon"), unless a Korean place a letter or two away is what was meant ("Seol" → "Seoul", "Pyongyan" →
# "Pyongyang", "Hoeryeong" → "Hoeryong" stay misspellings).
_KOREAN_SYLLABLE = re.compile(r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjh])?"
                              r"(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|ee|oo|oi|a|e|o|u|i)"
                              r"(?:ng|rk|[kgntlmpb])?")
_KOREAN_WORD = re.compile(rf"(?:{_KOREAN_SYLLABLE.pattern})+")
_KOREAN_KNOWN = {*KOREAN_PLACES, "Seoul", "Busan", "Korea", "Korean", "Koreans", "China", "Chinese"}


def korean_name(text: str, lint) -> bool:  # noqa: ANN001 - a harper Lint
    from rapidfuzz.distance import OSA

    word = lint.problem_text
    if not (len(word) >= 3 and word[0].isupper() and word[1:].islower() and _KOREAN_WORD.fullmatch(word.lower())):
        return False
    before = text[:lint.span.start]
    if not before.strip() or re.search(r"[.!?]\s*$", before) and not re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.\s*$", before):
        return False  # at a sentence's start a capital says nothing ("Mrs. Choi" is inside one)
    return not any(s.replacement_text in _KOREAN_KNOWN and OSA.distance(s.replacement_text, word) <= 2
                   for s in lint.suggestions)


_WHEN_WORDS = re.compile(r"\s+(?:tomorrow|today|tonight|yesterday|soon|later|again|now|then|every|next|this|last|"
                         r"here|there|too|all|both|very|so|first)\b", re.IGNORECASE)


def _past_only(word: str) -> bool:
    base = learner_rules._verb_base(word)
    return bool(base) and learner_rules._inflect(base or "", "VBD") == word and word != base


def misfire(text: str, lint) -> bool:  # noqa: ANN001 - a harper Lint
    """Harper's findings measured wrong on correct sentences: "I will write to you tomorrow" → "your tomorrow",
    "the most honest person" → "honest" (it took "honest" for a superlative), "from here to there" → "too", "you
    guys" → "guy", "Was she happy?" (the adjective taken for a verb that should agree with "she"), "long hair"
    → "longhair", "They refused help from strangers" (a noun taken for a verb that needs "to"), "The sun rises" →
    "sunrises"."""
    problem = lint.problem_text.lower()
    if lint.lint_kind == "WordChoice" and "complete the infinitive" in lint.message:
        after = re.match(r"\s+(help|support|care|work|love|advice|food|money)\b(?:\s*[.,;!?]|\s*$|\s+(?:from|for|"
                         r"with|of|in|at|on|and|or|but|when|because|again|today|yesterday)\b)", text[lint.span.end:],
                         re.IGNORECASE)
        return bool(after)  # a noun after the verb ("refused help"), not a verb that needs "to" ("need talk")
    if lint.lint_kind == "WordChoice" and problem == "you":
        return bool(_WHEN_WORDS.match(text[lint.span.end:]))
    if lint.lint_kind == "WordChoice" and problem == "to":
        return bool(re.search(r"\bhere\s*$", text[:lint.span.start], re.IGNORECASE)) and bool(
            re.match(r"\s*there\b", text[lint.span.end:], re.IGNORECASE))
    if lint.lint_kind == "WordChoice" and problem == "long hair":
        return True  # "Her long hair was black" → "longhair" (a cat's breed): hair that is long is two words
    words = problem.split()
    if lint.lint_kind == "WordChoice" and len(words) == 2 and any(
            s.replacement_text.lower() == "".join(words) for s in lint.suggestions):
        verb = learner_rules._lemmas(words[1]).get("VERB", ())
        then = re.match(r"\s+(?:behind|in|on|at|over|down|up|into|across|through|again|early|late|slowly|quickly)\b",
                        text[lint.span.end:], re.IGNORECASE)
        return bool(verb) and (verb[0] != words[1] or bool(then))  # "The sun rises", "The sun set behind the hills"
    if lint.lint_kind == "Agreement" and not lint.suggestions and _past_only(problem) and re.search(
            r"\b(?:I|you|he|she|it|we|they)\s*$", text[:lint.span.start], re.IGNORECASE):
        return True  # "He lent me a book": a past form agrees with every subject ("lent" taken for "Lent")
    if lint.lint_kind == "Agreement" and problem == "guys":
        return bool(re.search(r"\byou\s*$", text[:lint.span.start], re.IGNORECASE))
    if lint.lint_kind == "Agreement" and re.search(r"\b(?:is|was|isn't|wasn't)\s+(?:he|she|it)\s*$",
                                                   text[:lint.span.start], re.IGNORECASE):
        return "ADJ" in learner_rules._lemmas(problem)  # "Was she happy there?": a question, "happy" no verb
    if lint.lint_kind == "Redundancy" and re.fullmatch(r"(?:most|more)\s+([a-z]+)", problem):
        word = problem.split()[-1]
        adjective = learner_rules._lemmas(word).get("ADJ", ())
        return bool(adjective) and adjective[0] == word  # "most honest": a plain adjective, not "most happiest"
    return False


_BE_OR_HAVE = re.compile(r"\b(?:am|is|are|was|were|be|been|being|have|has|had|'ve)\s*$", re.IGNORECASE)


def participle_first(before: str, suggestions: list[str]) -> list[str]:
    """After "be" or "have", a past participle before a past form: "my hands were shaked" → "shaken", not
    Harper's first "shook" ("were shook" is not English)."""
    if len(suggestions) < 2 or not _BE_OR_HAVE.search(before):
        return suggestions

    def participle(word: str) -> bool:
        base: str = (learner_rules._lemmas(word.lower()).get("VERB") or ("",))[0]
        return bool(base) and learner_rules._inflect(base, "VBN") == word.lower() != learner_rules._inflect(
            base, "VBD")

    return sorted(suggestions, key=lambda s: not participle(s))
