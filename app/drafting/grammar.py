"""Checking the English draft offline: one interface, two engines, plus hints for saying it aloud.

- `HarperEngine`: Harper (harper-py), embedded, no Java, no download; always available.
- `LanguageToolEngine`: LanguageTool through language-tool-python, only with a LanguageTool on this
  computer (a server on localhost the user names, or an installed LanguageTool folder). Never the
  public API: any other address is refused.
Both give `Issue`s; `app.learner_rules` adds targeted rules for Korean learners' errors on top.
`check_lines` adds long-sentence, repetition and pronunciation watch-list hints.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from urllib.parse import urlparse

from app import pronouncing
from app.drafting import learner_rules
from app.drafting.harper_findings import KOREAN_PLACES, korean_name, misfire, participle_first

KINDS = ("grammar", "spelling", "style", "name", "long-sentence", "repetition", "watch-list")
LONG_SENTENCE_WORDS = 25
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


@dataclass(frozen=True)
class Issue:
    line: int  # 0-based line (row) of the speech
    start: int  # character offsets in that line
    end: int
    text: str
    message: str
    suggestions: list[str] = field(default_factory=list)
    kind: str = "grammar"
    rule: str = ""
    # What the app's own hints are made of, so the window can say them in its language: the sounds to
    # practise (`hard_sounds` keys), a long sentence's word count, a repeated word and its count.
    details: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


class Engine:
    name = ""

    def check(self, text: str) -> list[Issue]:  # issues for one line (line number 0)
        raise NotImplementedError


_HARPER_KINDS = {"Spelling": "spelling", "Style": "style", "Readability": "style", "Repetition": "style",
                 "Capitalization": "style", "Formatting": "style", "Punctuation": "style"}


# Harper's findings that are not mistakes in a speech, measured on correct sentences: "Enhancement" offers a
# stronger word ("very good" → "excellent", "very cold" → "freezing"); "MissingPreposition" marked "She has
# long hair." and "My brother has brown hair." and caught none of the learner errors tried.
_HARPER_SKIPPED_KINDS = {"Enhancement"}
_HARPER_OFF: dict[str, bool | None] = {"MissingPreposition": False}


class HarperEngine(Engine):
    """Harper; one linter per engine, used by one thread at a time (Harper refuses concurrent calls).

    American English, but a word spelled the British way ("neighbours", "travelled", "favourite": tutors
    abroad write so) is not a mistake: a word the American linter marks is asked of a British one."""

    name = "Harper"

    def __init__(self, words: Iterable[str] = ()) -> None:
        import harper

        self._linter = harper.Linter(harper.Dialect.AMERICAN)
        self._linter.set_lint_config(_HARPER_OFF)
        self._british = harper.Linter(harper.Dialect.BRITISH)
        self._lock = threading.Lock()
        self.add_words(KOREAN_PLACES)
        self.add_words(words)

    def add_words(self, words: Iterable[str]) -> None:
        new = [w for w in words if w]
        if new:
            with self._lock:
                self._linter.import_words(new)

    def check(self, text: str) -> list[Issue]:
        with self._lock:
            lints = [lint for lint in self._linter.lint(text) if lint.lint_kind not in _HARPER_SKIPPED_KINDS]
            lints = [lint for lint in lints
                     if lint.lint_kind != "Spelling" or self._misspelt_in_british(lint.problem_text)]
            lints = [lint for lint in lints if not misfire(text, lint)]
        issues = []
        for lint in lints:
            if lint.lint_kind == "Spelling" and korean_name(text, lint):  # not an error: a name to add, perhaps
                issues.append(Issue(0, lint.span.start, lint.span.end, lint.problem_text,
                                    f"“{lint.problem_text}” looks like a Korean name. If it is one, add it to this "
                                    "speech's words.", [], "name", "korean-name", ["name"]))
                continue
            kind = _HARPER_KINDS.get(lint.lint_kind, "grammar")
            suggestions = [s.replacement_text for s in lint.suggestions if s.kind.name == "REPLACE"][:5]
            if any(s.kind.name == "REMOVE" for s in lint.suggestions):
                suggestions.append("")
            issue = plain(Issue(0, lint.span.start, lint.span.end, lint.problem_text, lint.message, suggestions,
                                kind, f"harper:{lint.lint_kind}"))
            issues.append(replace(issue, suggestions=participle_first(text[:lint.span.start], issue.suggestions)))
        return issues


    def _misspelt_in_british(self, word: str) -> bool:
        return any(lint.lint_kind == "Spelling" for lint in self._british.lint(word))


_CODE = re.compile(r"`([^`]*)`")


def plain(issue: Issue) -> Issue:
    """A checker's issue as a learner reads it: quotes instead of code marks; a misspelt ending offered the
    form it meant first (`word_forms`); an unknown word with a
    capital (a place or a person: Hamgyong, Hoeryong) explained as a possible name, offered only
    spellings that are really close ("Halcyon" and "Haiphong" are not Hamgyong)."""
    from rapidfuzz.distance import OSA

    from app.drafting.word_forms import ranked

    message = _CODE.sub(lambda m: f"“{m.group(1)}”", issue.message)
    suggestions = issue.suggestions
    word = issue.text
    if issue.kind == "spelling" or issue.kind == "grammar" and word.isalpha() and \
            word.lower() not in pronouncing.words():  # an ending spelled by rule: "studyed" → "studied", not "studded"
        suggestions = ranked(word, suggestions)
    if issue.kind == "spelling" and word[:1].isupper() and word[1:].islower():
        # A typo is one or two keys away (a swap counts once); a name far from every word is not a typo.
        near = 1 if len(word) <= 5 else 2
        suggestions = [s for s in suggestions if OSA.distance(s.lower(), word.lower()) <= near]
        message = (f"“{word}” is not in the dictionary. If it is a name (a place or a person), add it to this "
                   "speech's words; otherwise check its spelling.")
        return replace(issue, message=message, suggestions=suggestions, details=["name"])
    return replace(issue, message=message, suggestions=suggestions)


class LanguageToolUnavailable(Exception):
    pass


def local_address(url: str) -> bool:
    host = (urlparse(url).hostname or "").lower()
    return host in ("localhost", "127.0.0.1", "::1")


class LanguageToolEngine(Engine):
    """LanguageTool on this computer: a local server (`server_url`) or an installed folder (`folder`)."""

    name = "LanguageTool"

    def __init__(self, server_url: str = "", folder: Path | None = None) -> None:
        import os

        import language_tool_python

        if server_url:
            if not local_address(server_url):
                raise LanguageToolUnavailable("only a LanguageTool server on this computer may be used")
            self._tool = language_tool_python.LanguageTool("en-US", remote_server=server_url)
        elif folder is not None and any(Path(folder).glob("languagetool-server.jar")):
            os.environ["LTP_JAR_DIR_PATH"] = str(folder)
            self._tool = language_tool_python.LanguageTool("en-US")
        else:
            raise LanguageToolUnavailable("no LanguageTool server or folder on this computer")
        self._lock = threading.Lock()

    def check(self, text: str) -> list[Issue]:
        with self._lock:
            matches = self._tool.check(text)
        return [issue_from_languagetool(text, m) for m in matches]


def issue_from_languagetool(text: str, match) -> Issue:  # noqa: ANN001 - a language_tool_python Match
    """Map one LanguageTool match (language_tool_python's `Match`) to an `Issue`."""
    issue_type = (getattr(match, "rule_issue_type", "") or "").lower()
    category = (getattr(match, "category", "") or "").upper()
    if issue_type == "misspelling" or category == "TYPOS":
        kind = "spelling"
    elif issue_type in ("style", "typographical", "whitespace", "register") or category in ("STYLE", "REDUNDANCY"):
        kind = "style"
    else:
        kind = "grammar"
    start = int(match.offset)
    end = start + int(match.error_length)
    return plain(Issue(0, start, end, text[start:end], match.message, list(match.replacements)[:5], kind,
                       f"languagetool:{match.rule_id}"))


# ------------------------------------------------------------------------------------------- the speech


def check_lines(lines: Sequence[str], engine: Engine, long_sentence: int = LONG_SENTENCE_WORDS,
                ignored: Iterable[tuple[int, str]] = (), hints: bool = True) -> list[Issue]:
    """Every issue in a speech (one sentence or paragraph per line), in reading order.

    `hints=False` leaves out the watch-list and repeated words (the editor checks one row at a time and
    underlines only what needs fixing).
    """
    skip = set(ignored)
    issues: list[Issue] = []
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        found = [replace(i, line=number) for i in engine.check(line)]
        # A learner rule's finding replaces a checker's on the same or overlapping words: its fix is the tested
        # one (Harper offered "longhairs" for "a long hairs", and "will" for "will going to", which left "I will
        # the market").
        for f in learner_rules.check(line):
            found = [i for i in found if i.end <= f.start or i.start >= f.end or i.rule.startswith("learner:")]
            if all((i.start, i.end) != (f.start, f.end) for i in found):
                found.append(Issue(number, f.start, f.end, line[f.start:f.end], f.message, list(f.suggestions),
                                   "grammar", f"learner:{f.rule}"))
        found += _long_sentences(number, line, long_sentence)
        if hints:
            found += _watch_list(number, line)
        issues += [i for i in found if (number, i.text) not in skip]
    if hints:
        issues += _repetitions(lines)
    return sorted(issues, key=lambda i: (i.line, i.start, KINDS.index(i.kind) if i.kind in KINDS else 9))


def _long_sentences(number: int, line: str, limit: int) -> list[Issue]:
    from sentencex import segment

    issues, cursor = [], 0
    for sentence in segment("en", line):
        start = line.find(sentence.strip(), cursor)
        if start < 0:
            continue
        cursor = start + len(sentence.strip())
        words = len(_WORD.findall(sentence))
        if words > limit:
            issues.append(Issue(number, start, cursor, sentence.strip(),
                                f"{words} words: hard to say in one breath. Could it be two sentences?", [],
                                "long-sentence", "long-sentence", [str(words)]))
    return issues


_COMMON = {"the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "is", "was", "are",
           "were", "be", "been", "i", "my", "me", "we", "our", "us", "you", "your", "he", "she", "it", "his", "her",
           "they", "their", "them", "that", "this", "these", "those", "there", "from", "as", "by", "not", "so",
           "do", "did", "have", "had", "has", "will", "would", "can", "could", "when", "what", "who", "which",
           "if", "then", "than", "one", "all", "very", "about", "into", "out", "up", "no", "its", "am"}


_SMALL_WORDS = {"for", "from", "with", "have", "has", "was", "his", "does", "them", "then", "than", "thing", "think",
                "other", "mother", "father", "brother", "without", "through", "these", "those", "their", "there",
                "they", "this", "that", "the", "very", "five", "four", "first", "find", "feel", "give",
                "live", "love", "over", "even", "ever", "never", "every", "of", "if", "off", "life", "after",
                "years", "days", "is", "are", "were", "words", "friends", "things", "times"}


def _repetitions(lines: Sequence[str], at_least: int = 4) -> list[Issue]:
    """Content words used many times across the speech (hints: a listener notices them)."""
    counts: Counter[str] = Counter()
    places: dict[str, tuple[int, int, int]] = {}
    for number, line in enumerate(lines):
        for m in _WORD.finditer(line):
            word = m.group().lower()
            if word in _COMMON or len(word) < 4:
                continue
            counts[word] += 1
            places.setdefault(word, (number, m.start(), m.end()))
    issues = []
    for word, count in counts.items():
        if count >= at_least:
            number, start, end = places[word]
            issues.append(Issue(number, start, end, lines[number][start:end],
                                f"“{word}” comes {count} times in the speech; another word now and then keeps "
                                "listeners with you.", [], "repetition", "repetition", [word, str(count)]))
    return issues


# ------------------------------------------------------------------------------------- pronunciation

PRACTISE = {  # what `hard_sounds` finds → how the English interface says it
    "F": "f (not p)", "V": "v (not b)", "TH": "th as in “think”", "DH": "th as in “this”", "Z": "z (not j)",
    "ZH": "zh as in “vision”", "R+L": "r and l in one word", "R-": "r at the start (not l)",
    "L-": "l at the start (not r)", "-": "the final consonants %1",
}
_VOWELS = re.compile(r"^(AA|AE|AH|AO|AW|AY|EH|ER|EY|IH|IY|OW|OY|UH|UW)")


def hard_sounds(word: str) -> list[str]:
    """What in `word` Korean speakers often find hard, as `PRACTISE` keys: f/p, v/b, th, z, r/l and a final
    cluster of three or more consonants ("-" then the cluster, e.g. "-N-D-Z")."""
    pronunciations = pronouncing.pronunciations(word)
    if not pronunciations:
        return []
    phones = [p.rstrip("012") for p in pronunciations[0]]
    # A final -s/-z of plurals and verbs is everywhere; a z inside the word is the sound to practise.
    found = [p for p in dict.fromkeys(phones[:-1] if phones[-1] == "Z" else phones) if p in PRACTISE]
    if "R" in phones and "L" in phones:
        found.append("R+L")
    elif phones[0] in ("R", "L"):
        found.append(phones[0] + "-")
    tail = []
    for phone in reversed(phones):
        if _VOWELS.match(phone):
            break
        tail.append(phone)
    if len(tail) >= 3:
        found.append("-" + "-".join(reversed(tail)))
    return found


def practise_item(key: str, sayings: dict[str, str]) -> str:
    """One `hard_sounds` key said with `sayings` (`PRACTISE` or its translation)."""
    if key.startswith("-") and key != "-":
        return sayings["-"].replace("%1", key[1:].lower())
    return sayings[key]


def _watch_list(number: int, line: str) -> list[Issue]:
    issues = []
    for m in _WORD.finditer(line):
        sounds = hard_sounds(m.group())
        if sounds and len(m.group()) > 2 and m.group().lower() not in _COMMON | _SMALL_WORDS:
            message = "Practise: " + ", ".join(practise_item(key, PRACTISE) for key in sounds) + "."
            issues.append(Issue(number, m.start(), m.end(), m.group(), message, [], "watch-list", "watch-list",
                                sounds))
    return issues


def readability(lines: Sequence[str]) -> float:
    """Flesch reading ease of the whole speech (higher is easier; 60–70 is plain English), syllables from CMU."""
    text = " ".join(lines)
    words = _WORD.findall(text)
    if not words:
        return 0.0
    from sentencex import segment

    sentences = max(1, sum(1 for s in segment("en", text) if _WORD.search(s)))
    syllables = 0
    for word in words:
        pronunciations = pronouncing.dictionary().get(word.lower())
        if pronunciations:
            syllables += sum(1 for p in pronunciations[0] if p[-1].isdigit())
        else:
            syllables += max(1, len(re.findall(r"[aeiouy]+", word.lower())))
    return round(206.835 - 1.015 * len(words) / sentences - 84.6 * syllables / len(words), 1)


def default_engine(server_url: str = "", folder: Path | None = None) -> Engine:
    """LanguageTool when one is on this computer and answers; Harper otherwise."""
    if server_url or folder:
        try:
            return LanguageToolEngine(server_url, folder)
        except Exception:  # noqa: BLE001 - any failure to reach a local LanguageTool falls back to Harper
            pass
    return HarperEngine()
