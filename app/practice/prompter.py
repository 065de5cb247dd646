"""The prompter's rules, without Qt: what each word of the script shows at a memorising level, when a
stalled speaker gets a hint, how each sentence's level rises as she improves, and what a take recorded
with the prompter keeps (issue 16). The view is `ui/practice/prompter_view.py`; where she is in the script
comes from `follow.py`.

Levels, from most help to least: the full text, the first letter of each word, only the key words (the
function words — articles, pronouns, prepositions, auxiliaries… — become dots), nothing. A word she has
said is always shown in full. When she stalls for `STALL_SECONDS` the next `HINT_WORDS` words appear as a
hint, and the sentence they belong to counts a hint.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.practice.alignment import bare

FULL, INITIALS, KEY_WORDS, NOTHING = 0, 1, 2, 3
LEVELS = (FULL, INITIALS, KEY_WORDS, NOTHING)
AUTO = -1  # "rises as I improve": each sentence's level from her last runs with the prompter
STALL_SECONDS = 3.0
HINT_WORDS = 3
HISTORY_RUNS = 5  # runs shown in "your level per sentence"

FOLLOW, MEMORISE = "follow", "memorise"

# Closed classes of English: the words that carry the grammar, not the message. A finite list by nature.
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "mine",
    "yours", "hers", "ours", "theirs", "i", "me", "you", "he", "him", "she", "it", "we", "us", "they", "them",
    "myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves", "who", "whom", "whose",
    "which", "what", "where", "when", "why", "how", "there", "here", "in", "on", "at", "to", "of", "for", "from",
    "by", "with", "about", "into", "onto", "over", "under", "up", "down", "out", "off", "through", "after",
    "before", "during", "until", "since", "than", "as", "like", "between", "among", "without", "within", "against",
    "toward", "towards", "around", "upon", "and", "or", "but", "so", "nor", "yet", "if", "because", "while",
    "though", "although", "unless", "whether", "then", "also", "too", "very", "just", "am", "is", "are", "was",
    "were", "be", "been", "being", "do", "does", "did", "done", "have", "has", "had", "having", "can", "could",
    "will", "would", "shall", "should", "may", "might", "must", "not", "no", "n't", "'s", "'m", "'re", "'ve", "'ll",
    "'d", "some", "any", "all", "each", "every", "both", "either", "neither", "such", "much", "many", "more",
    "most", "own", "other", "another",
})


def is_key_word(word: str) -> bool:
    """A word that carries the message: not a function word ("river", "freedom", "2019", "Hyesan",
    "mother's"; not "the", "didn't", "I'm")."""
    core = bare(word).lower().replace("’", "'")
    if core.endswith("n't"):
        return False  # a negated auxiliary
    base = core.split("'")[0]
    return bool(base) and base not in FUNCTION_WORDS


def shown(word: str, level: int) -> str:
    """What a word not yet said shows at `level` ("" for nothing: the view keeps its place blank)."""
    if level == FULL:
        return word
    if level == INITIALS:
        letters = [i for i, c in enumerate(word) if c.isalnum()]
        if not letters:
            return word
        first = letters[0]
        # the first letter, the rest as a short line, punctuation kept ("freedom," → "f___,")
        tail = "".join(c for c in word[first + 1:] if not c.isalnum())
        return word[:first + 1] + "_" * min(len(letters) - 1, 4) + tail
    if level == KEY_WORDS:
        return word if is_key_word(word) else "·"
    return ""


@dataclass
class SentenceRecord:
    level: int
    hints: int = 0
    hinted: list[int] = field(default_factory=list)  # word numbers in the sentence shown as a hint
    reached: bool = False  # she got to it in this run


@dataclass
class PrompterRecord:
    """What a take recorded with the prompter keeps: stored with the take (`takes.prompter`)."""

    mode: str  # FOLLOW or MEMORISE
    sentences: list[SentenceRecord]

    def to_dict(self) -> dict:
        return {"version": 1, "mode": self.mode,
                "sentences": [{"level": s.level, "hints": s.hints, "hinted": s.hinted, "reached": s.reached}
                              for s in self.sentences]}

    @classmethod
    def from_dict(cls, data: dict) -> PrompterRecord:
        return cls(str(data.get("mode", FOLLOW)),
                   [SentenceRecord(int(s.get("level", FULL)), int(s.get("hints", 0)),
                                   [int(w) for w in s.get("hinted", [])], bool(s.get("reached", False)))
                    for s in data.get("sentences", [])])


def next_level(last: SentenceRecord | None, chosen_start: int) -> int:
    """One sentence's level for the next run: up one after a run without hints, down one after two or more."""
    if last is None or not last.reached:
        return last.level if last is not None else chosen_start
    if last.hints == 0:
        return min(NOTHING, last.level + 1)
    if last.hints >= 2:
        return max(FULL, last.level - 1)
    return last.level


def levels_for(count: int, chosen: int, history: list[PrompterRecord]) -> list[int]:
    """Each sentence's level: `chosen` for all, or with AUTO, from her last memorising run (oldest first)."""
    if chosen != AUTO:
        return [chosen] * count
    memorised = [r for r in history if r.mode == MEMORISE]
    last = memorised[-1] if memorised else None
    out = []
    for number in range(count):
        record = last.sentences[number] if last and number < len(last.sentences) else None
        out.append(next_level(record, FULL))
    return out


class Session:
    """One run with the prompter: each sentence's level, the hints she needed, where she got to."""

    def __init__(self, mode: str, sentence_words: list[int], levels: list[int]) -> None:
        self.mode = mode
        self.record = PrompterRecord(mode, [SentenceRecord(level) for level in levels])
        self.sentence_of: list[tuple[int, int]] = [(s, w) for s, n in enumerate(sentence_words) for w in range(n)]
        self.hinted_upto = -1  # script word index up to which a hint is showing
        self.said_upto = -1

    def level_of(self, sentence: int) -> int:
        return self.record.sentences[sentence].level if self.mode == MEMORISE else FULL

    def said(self, word: int) -> None:
        """She reached script word `word` (the tracker's place)."""
        self.said_upto = word
        if 0 <= word < len(self.sentence_of):
            self.record.sentences[self.sentence_of[word][0]].reached = True

    def hint(self) -> list[int]:
        """She stalled: the next few words after her place become visible; returns their script indices."""
        first = max(self.said_upto, self.hinted_upto) + 1
        words = list(range(first, min(first + HINT_WORDS, len(self.sentence_of))))
        if not words or self.mode != MEMORISE:
            return []
        counted: set[int] = set()
        for word in words:
            sentence, number = self.sentence_of[word]
            if self.record.sentences[sentence].level == FULL:
                continue  # the whole text is already there: nothing was hidden
            self.record.sentences[sentence].hinted.append(number)
            counted.add(sentence)
        for sentence in counted:
            self.record.sentences[sentence].hints += 1
        self.hinted_upto = words[-1]
        return words
