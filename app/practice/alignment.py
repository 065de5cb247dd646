"""Lining up what was said with what was written, word by word, the way a reading tutor listens.

Both sides go through Whisper's own English text normaliser (the `whisper-normalizer` package), so
"thirty" and "30", "don't" and "do not", "colour" and "color" compare equal. Each normalised token
remembers which original word(s) it came from, so results point back at the script as the student wrote
it and at the words as they were heard. The alignment itself is rapidfuzz's Levenshtein alignment,
refined inside each changed stretch with a longest-common-subsequence pass so that a skipped word next to
an added one is reported as exactly that, not as two changed words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel, Levenshtein
from rapidfuzz.fuzz import ratio

_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")
_NUMBERISH = {
    "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "point",
    "percent", "dollar", "dollars", "cent", "cents", "first", "second", "third", "fourth", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth", "twelfth", "twentieth", "thirtieth", "hundredth", "thousandth",
}
_JOINERS = {"and", "a"}  # "one hundred and five", "a hundred" — only between number words
_SPLIT_AFTER = {"cannot": ["can", "not"]}


@lru_cache(maxsize=1)
def _english():
    from whisper_normalizer.english import EnglishTextNormalizer

    return EnglishTextNormalizer()


@lru_cache(maxsize=1)
def _basic():
    from whisper_normalizer.basic import BasicTextNormalizer

    return BasicTextNormalizer()


def bare(word: str) -> str:
    """The word without surrounding punctuation, lower case: 'Um,' → 'um'."""
    return _PUNCTUATION.sub("", word).lower()


def _is_numberish(word: str) -> bool:
    core = bare(word)
    if not core:
        return False
    if any(ch.isdigit() for ch in core):
        return True
    return all(part in _NUMBERISH for part in core.split("-"))


@dataclass(frozen=True)
class Token:
    text: str  # normalised
    first: int  # index of the original word it came from …
    last: int  # … through this one (several words when a spoken number spans them)


def tokens(words: list[str], language: str = "en") -> list[Token]:
    """Normalised tokens for a list of original words (words that normalise to nothing give none)."""
    result: list[Token] = []
    i = 0
    while i < len(words):
        j = i + 1
        if language == "en" and _is_numberish(words[i]):
            while j < len(words) and (_is_numberish(words[j]) or (
                    bare(words[j]) in _JOINERS and j + 1 < len(words) and _is_numberish(words[j + 1]))):
                j += 1
        result.extend(Token(text, i, j - 1) for text in normalise(" ".join(words[i:j]), language))
        i = j
    return result


@lru_cache(maxsize=4096)
def _normalised(text: str, language: str) -> tuple[str, ...]:
    normaliser = _english() if language == "en" else _basic()
    pieces: list[str] = []
    for piece in normaliser(text).split():
        if any(ch.isalnum() for ch in piece):  # "…" and stray marks are not words
            pieces.extend(_SPLIT_AFTER.get(piece, [piece]))
    return tuple(pieces)


def normalise(text: str, language: str = "en") -> list[str]:
    return list(_normalised(text, language))


@dataclass(frozen=True)
class Step:
    """One step of the alignment: `kind` is equal, substitute, delete (omitted) or insert (added)."""

    kind: str
    ref: int | None  # index into the reference tokens
    hyp: int | None  # index into the heard tokens


def align(reference: list[str], heard: list[str]) -> list[Step]:
    """Reference and heard token texts → steps in reading order."""
    steps: list[Step] = []
    block: list[int] | None = None  # [ref start, ref end, heard start, heard end] of a changed stretch
    for op in Levenshtein.opcodes(reference, heard):
        if op.tag == "equal":
            if block:
                steps.extend(_refine(reference, heard, *block))
                block = None
            steps.extend(Step("equal", op.src_start + k, op.dest_start + k) for k in range(op.src_end - op.src_start))
        elif block is None:
            block = [op.src_start, op.src_end, op.dest_start, op.dest_end]
        else:
            block[1], block[3] = op.src_end, op.dest_end
    if block:
        steps.extend(_refine(reference, heard, *block))
    return _close_gaps(steps, reference)


def _close_gaps(steps: list[Step], reference: list[str]) -> list[Step]:
    """Keep a skipped passage in one piece.

    When a sentence is skipped, a common word of it ("I") can match the same word just after the skipped
    passage equally well. Such an island of 1–3 matched words inside a run of left-out words is moved to the
    end of the run when the words there are the same, which is how a listener hears it.
    """
    i = 1
    while i < len(steps):
        if steps[i].kind != "equal" or steps[i - 1].kind != "delete":
            i += 1
            continue
        k = i
        while k < len(steps) and steps[k].kind == "equal" and k - i < 3:
            k += 1
        j = k
        while j < len(steps) and steps[j].kind == "delete":
            j += 1
        size = k - i
        island, after = steps[i:k], steps[k:j]
        if j > k and len(after) >= size and _texts(island, reference) == _texts(after[-size:], reference):
            moved = [Step("delete", s.ref, None) for s in island] + after[:-size]
            moved += [Step("equal", a.ref, s.hyp) for s, a in zip(island, after[-size:], strict=True)]
            steps[i:j] = moved
        i = k
    return steps


def _texts(steps: list[Step], reference: list[str]) -> list[str]:
    return [reference[s.ref] for s in steps if s.ref is not None]


def _refine(reference: list[str], heard: list[str], r0: int, r1: int, h0: int, h1: int) -> list[Step]:
    """Inside a changed stretch, keep any words that still match, then pair the rest in order."""
    steps: list[Step] = []
    refs: list[int] = []
    hyps: list[int] = []
    for op in Indel.opcodes(reference[r0:r1], heard[h0:h1]):
        if op.tag == "equal":
            steps.extend(_pair(refs, hyps, reference, heard))
            refs, hyps = [], []
            steps.extend(Step("equal", r0 + op.src_start + k, h0 + op.dest_start + k)
                         for k in range(op.src_end - op.src_start))
        else:
            refs.extend(range(r0 + op.src_start, r0 + op.src_end))
            hyps.extend(range(h0 + op.dest_start, h0 + op.dest_end))
    steps.extend(_pair(refs, hyps, reference, heard))
    return steps


def _pair(refs: list[int], hyps: list[int], reference: list[str], heard: list[str]) -> list[Step]:
    """Pair as many changed words as possible, in order, choosing the most alike ("Hyesan" with "Hyacin")."""
    if len(refs) == len(hyps) or not refs or not hyps:
        paired = min(len(refs), len(hyps))
        return ([Step("substitute", refs[k], hyps[k]) for k in range(paired)]
                + [Step("delete", r, None) for r in refs[paired:]] + [Step("insert", None, h) for h in hyps[paired:]])
    rows, cols = len(refs), len(hyps)
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        for j in range(1, cols + 1):
            alike = 1.0 + ratio(reference[refs[i - 1]], heard[hyps[j - 1]]) / 100.0
            best[i][j] = max(best[i - 1][j], best[i][j - 1], best[i - 1][j - 1] + alike)
    steps: list[Step] = []
    i, j = rows, cols
    while i and j:
        alike = 1.0 + ratio(reference[refs[i - 1]], heard[hyps[j - 1]]) / 100.0
        if best[i][j] == best[i - 1][j - 1] + alike:
            steps.append(Step("substitute", refs[i - 1], hyps[j - 1]))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            steps.append(Step("delete", refs[i - 1], None))
            i -= 1
        else:
            steps.append(Step("insert", None, hyps[j - 1]))
            j -= 1
    steps.extend(Step("delete", refs[k], None) for k in range(i - 1, -1, -1))
    steps.extend(Step("insert", None, hyps[k]) for k in range(j - 1, -1, -1))
    return steps[::-1]
