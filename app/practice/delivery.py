"""The delivery report of one practice run: the script against what was heard, pace, pauses, fillers.

A plain data object (`DeliveryReport`), stored with the take as JSON. `REPORT_VERSION` goes up when its
shape changes; `DeliveryReport.from_dict` reads every earlier version.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from app.practice import timeline
from app.practice.alignment import Token, align, bare, tokens
from app.practice.sounds import Evidence, SoundSwap
from app.practice.timeline import PacePoint, Pause, Span
from app.practice.transcription import Line, Transcript, Word
from models.records import TimeLimits, now_iso

REPORT_VERSION = 2  # 2: sound_swaps and sounds (the sound check); version 1 reports read as "not checked"
UNCLEAR_BELOW = 0.5  # word probability under which a word is "unclear" (misheard words measured 0.26–0.44)

# Always fillers, whatever the script says. Whisper spells them in many ways: um, umm, uhm, uh, uhh, er, erm,
# ah, eh, hmm, mm, m, h … and in Korean 음, 어, 으음.
SOUND_FILLER = re.compile(r"^(?:u+h+|u+h*m+|e+r+m*|a+h+|e+h+|h*m+|h+m*|m+h*m*|음+|어+|으+음+)$")
# Fillers only when they are not in the script at that point (i.e. the alignment calls them added words).
PHRASE_FILLERS = (("you", "know"), ("i", "mean"), ("like",), ("kind", "of"), ("sort", "of"))


@dataclass(frozen=True)
class Omission:
    word: str
    script_index: int
    sentence: int


@dataclass(frozen=True)
class Substitution:
    expected: str
    said: str
    script_index: int
    sentence: int
    start: float
    end: float


@dataclass(frozen=True)
class Insertion:
    word: str
    start: float
    end: float
    after_script_index: int  # the script word it followed (-1: before the first)


@dataclass(frozen=True)
class Filler:
    word: str
    start: float
    end: float
    after_script_index: int = -1  # the script word said just before it (-1: before the first)


@dataclass(frozen=True)
class Unclear:
    word: str
    start: float
    end: float
    probability: float
    script_index: int  # -1 when the word is not in the script


@dataclass(frozen=True)
class SentenceFigures:
    index: int
    text: str
    first_word: int  # script index of its first word
    words: int
    said_as_written: int
    accuracy: float
    start: float | None
    end: float | None
    words_per_minute: float | None


@dataclass
class DeliveryReport:
    duration_seconds: float
    speaking_seconds: float
    words_per_minute: float
    accuracy: float
    script_words: int
    said_as_written: int
    omitted: list[Omission]
    substituted: list[Substitution]
    inserted: list[Insertion]
    fillers: list[Filler]
    hesitations: list[Span]
    pauses: list[Pause]
    unclear: list[Unclear]
    sentences: list[SentenceFigures]
    pace: list[PacePoint]
    transcript: str
    words: list[Word]
    script: list[str]  # the script's words, as written (script_index points here)
    script_times: list[list[float] | None] = field(default_factory=list)  # [start, end] heard, per script word
    lines: list[Line] = field(default_factory=list)  # the transcript's phrases, for subtitles
    limits: TimeLimits = field(default_factory=TimeLimits)
    timing_verdict: str = "within"
    language: str = "en"
    model: str = ""
    created_at: str = ""
    report_version: int = REPORT_VERSION
    speech_dbfs: float | None = None  # how loud her voice was (RMS where the detector heard voice); None: unknown
    sound_swaps: list[SoundSwap] = field(default_factory=list)  # script words said with a swapped sound
    sounds: str = ""  # "checked": changed and unclear words were checked against the sounds; "": not

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["limits"] = {"min_seconds": self.limits.min_seconds, "max_seconds": self.limits.max_seconds}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DeliveryReport:
        """Read a stored report of this or any earlier version."""
        version = int(data.get("report_version", 1))
        if version > REPORT_VERSION:
            raise ValueError(f"this report was made by a newer Moksori (version {version})")

        def items(kind: type, key: str) -> list:
            names = kind.__dataclass_fields__  # type: ignore[attr-defined]
            return [kind(**{k: v for k, v in entry.items() if k in names}) for entry in data.get(key, [])]

        limits = data.get("limits") or {}
        return cls(
            duration_seconds=float(data.get("duration_seconds", 0.0)),
            speaking_seconds=float(data.get("speaking_seconds", 0.0)),
            words_per_minute=float(data.get("words_per_minute", 0.0)),
            accuracy=float(data.get("accuracy", 0.0)),
            script_words=int(data.get("script_words", 0)),
            said_as_written=int(data.get("said_as_written", 0)),
            omitted=items(Omission, "omitted"), substituted=items(Substitution, "substituted"),
            inserted=items(Insertion, "inserted"), fillers=items(Filler, "fillers"),
            hesitations=items(Span, "hesitations"), pauses=items(Pause, "pauses"), unclear=items(Unclear, "unclear"),
            sentences=items(SentenceFigures, "sentences"), pace=items(PacePoint, "pace"),
            transcript=str(data.get("transcript", "")), words=items(Word, "words"),
            script=list(data.get("script", [])),
            script_times=[list(t) if t else None for t in data.get("script_times", [])],
            lines=items(Line, "lines"),
            limits=TimeLimits(int(limits.get("min_seconds", 300)), int(limits.get("max_seconds", 420))),
            timing_verdict=str(data.get("timing_verdict", "within")),
            language=str(data.get("language", "en")), model=str(data.get("model", "")),
            created_at=str(data.get("created_at", "")), report_version=REPORT_VERSION,
            speech_dbfs=None if data.get("speech_dbfs") is None else float(data["speech_dbfs"]),
            sound_swaps=items(SoundSwap, "sound_swaps"), sounds=str(data.get("sounds", "")),
        )


class EmptyScript(ValueError):
    """The script has no words to compare with."""


def analyse(transcript: Transcript, sentences: list[str], limits: TimeLimits | None = None,
            evidence: Evidence | None = None) -> DeliveryReport:
    """Compare a transcript with the script (one string per sentence, as the speech's rows).

    With `evidence` (the sound check of the same take, `sounds.evaluate` on this report's script times), a
    script word whose sounds fit the audio counts as said however the transcript wrote it, and is never
    marked changed or unclear; words said with a swapped sound are listed in `sound_swaps`."""
    limits = limits or TimeLimits()
    language = transcript.language
    script: list[str] = []
    sentence_of: list[int] = []
    ref: list[Token] = []
    for number, sentence in enumerate(sentences):
        words = sentence.split()
        ref.extend(Token(t.text, t.first + len(script), t.last + len(script)) for t in tokens(words, language))
        script.extend(words)
        sentence_of.extend([number] * len(words))
    if not ref:
        raise EmptyScript("the script has no words")

    heard = transcript.words
    sound_filler = [all(SOUND_FILLER.match(part) for part in bare(w.word).split("-")) for w in heard]
    spoken = [i for i, is_filler in enumerate(sound_filler) if not is_filler]  # heard indices, fillers out
    hyp = [Token(t.text, spoken[t.first], spoken[t.last]) for t in tokens([heard[i].word for i in spoken], language)]

    steps = align([t.text for t in ref], [t.text for t in hyp])
    ref_kind: list[str] = ["delete"] * len(ref)
    ref_heard: list[list[int]] = [[] for _ in ref]  # heard word indices per reference token
    heard_kinds: dict[int, set[str]] = {}
    heard_after: dict[int, int] = {}  # heard word → the script word just before it
    last_script = -1
    for step in steps:
        if step.ref is not None:
            ref_kind[step.ref] = step.kind
            last_script = ref[step.ref].last
        if step.hyp is not None:
            token = hyp[step.hyp]
            for h in range(token.first, token.last + 1):
                heard_kinds.setdefault(h, set()).add(step.kind)
                heard_after.setdefault(h, last_script)
                if step.ref is not None:
                    ref_heard[step.ref].append(h)

    # Script words: said as written, left out, or changed.
    word_tokens: list[list[int]] = [[] for _ in script]
    for k, token in enumerate(ref):
        for w in range(token.first, token.last + 1):
            word_tokens[w].append(k)
    counted = [w for w in range(len(script)) if word_tokens[w]]
    correct = {w for w in counted if all(ref_kind[k] == "equal" for k in word_tokens[w])}
    omitted = [Omission(_clean(script[w]), w, sentence_of[w]) for w in counted
               if all(ref_kind[k] == "delete" for k in word_tokens[w])]
    if evidence is not None and evidence.heard_anyway:  # the transcript left it out; the sounds say it was said
        correct |= {o.script_index for o in omitted} & evidence.heard_anyway
        omitted = [o for o in omitted if o.script_index not in evidence.heard_anyway]
    if evidence is not None:
        left_out = {o.script_index for o in omitted}
        correct |= (evidence.fits | {s.script_index for s in evidence.swaps}) & set(counted) - left_out
    substituted = _substitutions(script, sentence_of, counted, correct, omitted, word_tokens, ref_heard, heard)
    script_of_heard = {h: token.first for k, token in enumerate(ref) for h in ref_heard[k]}

    # Added words, and the fillers among them (with the sounds: also a hesitation spelled as a word).
    added = [h for h in spoken if heard_kinds.get(h) == {"insert"}]
    fillers = [Filler(_clean(heard[i].word), heard[i].start, heard[i].end) for i, f in enumerate(sound_filler) if f]
    if evidence is not None and evidence.hesitations:
        fillers += [Filler(evidence.hesitations[h], heard[h].start, heard[h].end) for h in added
                    if h in evidence.hesitations]
        added = [h for h in added if h not in evidence.hesitations]
    phrase_fillers, added = _phrase_fillers(added, heard)
    fillers = sorted(fillers + phrase_fillers, key=lambda f: f.start)
    inserted = [Insertion(_clean(heard[h].word), heard[h].start, heard[h].end, heard_after.get(h, -1)) for h in added]

    script_times = _script_times(len(script), word_tokens, ref_heard, heard)
    fillers = [Filler(f.word, f.start, f.end, _word_before(f.start, script_times)) for f in fillers]
    filler_times = {(f.start, f.end) for f in fillers}
    content = [w for w in heard if (w.start, w.end) not in filler_times]
    first = heard[0].start if heard else 0.0
    last = heard[-1].end if heard else 0.0
    speaking = max(0.0, last - first)
    wpm = len(content) * 60.0 / speaking if speaking >= 1.0 else 0.0

    unclear = [Unclear(_clean(heard[h].word), heard[h].start, heard[h].end, heard[h].probability,
                       script_of_heard.get(h, -1))
               for h in spoken if heard[h].probability < UNCLEAR_BELOW]
    if evidence is not None:  # a low-confidence token alone is no evidence: the sounds decide
        fitting = evidence.fits | {s.script_index for s in evidence.swaps}
        unclear = [u for u in unclear if u.script_index < 0 or u.script_index not in fitting]
    pauses = timeline.pauses(transcript, script_of_heard, sentence_of)
    figures = _sentence_figures(sentences, script, sentence_of, counted, correct, ref, ref_heard, heard, content)

    return DeliveryReport(
        duration_seconds=round(transcript.duration, 3), speaking_seconds=round(speaking, 3),
        words_per_minute=round(wpm, 1), accuracy=round(len(correct) / len(counted), 4) if counted else 0.0,
        script_words=len(counted), said_as_written=len(correct), omitted=omitted, substituted=substituted,
        inserted=inserted, fillers=fillers, hesitations=timeline.hesitations(transcript), pauses=pauses,
        unclear=unclear, sentences=figures, pace=timeline.pace_series(content, first, last),
        transcript=transcript.text, words=list(heard),
        script=script, script_times=script_times, lines=list(transcript.lines), limits=limits,
        timing_verdict=limits.verdict(speaking), language=language,
        model=transcript.model, created_at=now_iso(),
        sound_swaps=list(evidence.swaps) if evidence is not None else [],
        sounds="checked" if evidence is not None else "",
    )


def _script_times(count: int, word_tokens: list[list[int]], ref_heard: list[list[int]],
                  heard: list[Word]) -> list[list[float] | None]:
    """When each script word was said (the heard words it was matched with), or None if it was left out."""
    times: list[list[float] | None] = []
    for w in range(count):
        said = sorted({h for k in word_tokens[w] for h in ref_heard[k]})
        times.append([heard[said[0]].start, heard[said[-1]].end] if said else None)
    return times


def _word_before(moment: float, script_times: list[list[float] | None]) -> int:
    before = [w for w, t in enumerate(script_times) if t is not None and t[0] < moment]
    return before[-1] if before else -1


def _clean(word: str) -> str:
    """A word for display: surrounding punctuation removed, case kept."""
    stripped = word.strip().strip(".,!?;:\"“”‘’()[]…")
    return stripped or word.strip()


def _substitutions(script: list[str], sentence_of: list[int], counted: list[int], correct: set[int],
                   omitted: list[Omission], word_tokens: list[list[int]], ref_heard: list[list[int]],
                   heard: list[Word]) -> list[Substitution]:
    """Changed script words; neighbours changed into the same heard words ("thirty five" → "45") are one."""
    left_out = {o.script_index for o in omitted}
    result: list[Substitution] = []
    previous: tuple[int, ...] | None = None
    for w in counted:
        if w in correct or w in left_out:
            previous = None
            continue
        said = tuple(sorted({h for k in word_tokens[w] for h in ref_heard[k]}))
        if said and said == previous:
            last = result[-1]
            result[-1] = Substitution(f"{last.expected} {_clean(script[w])}", last.said, last.script_index,
                                      last.sentence, last.start, last.end)
            continue
        words = [heard[h] for h in said]
        result.append(Substitution(
            _clean(script[w]), " ".join(_clean(x.word) for x in words), w, sentence_of[w],
            words[0].start if words else 0.0, words[-1].end if words else 0.0))
        previous = said
    return result


def _phrase_fillers(added: list[int], heard: list[Word]) -> tuple[list[Filler], list[int]]:
    """Added "like", "you know", "I mean" … are fillers; the rest stay added words."""
    fillers: list[Filler] = []
    remaining: list[int] = []
    i = 0
    while i < len(added):
        for phrase in PHRASE_FILLERS:
            run = added[i:i + len(phrase)]
            consecutive = all(b == a + 1 for a, b in zip(run, run[1:], strict=False))
            if len(run) == len(phrase) and consecutive and tuple(bare(heard[h].word) for h in run) == phrase:
                text = " ".join(_clean(heard[h].word) for h in run)
                fillers.append(Filler(text, heard[run[0]].start, heard[run[-1]].end))
                i += len(phrase)
                break
        else:
            remaining.append(added[i])
            i += 1
    return fillers, remaining


def _sentence_figures(sentences: list[str], script: list[str], sentence_of: list[int], counted: list[int],
                      correct: set[int], ref: list[Token], ref_heard: list[list[int]], heard: list[Word],
                      content: list[Word]) -> list[SentenceFigures]:
    heard_by_sentence: dict[int, list[int]] = {}
    for k, token in enumerate(ref):
        heard_by_sentence.setdefault(sentence_of[token.first], []).extend(ref_heard[k])
    figures = []
    counted_set = set(counted)
    for number, text in enumerate(sentences):
        indices = [w for w in range(len(script)) if sentence_of[w] == number]
        words = [w for w in indices if w in counted_set]
        good = sum(1 for w in words if w in correct)
        said = sorted(set(heard_by_sentence.get(number, [])))
        start = heard[said[0]].start if said else None
        end = heard[said[-1]].end if said else None
        wpm = None
        if start is not None and end is not None and end - start >= 1.5:
            inside = sum(1 for w in content if start <= (w.start + w.end) / 2 <= end)
            wpm = round(inside * 60.0 / (end - start), 1)
        figures.append(SentenceFigures(number, text, indices[0] if indices else len(script), len(words), good,
                                       round(good / len(words), 4) if words else 1.0, start, end, wpm))
    return figures
