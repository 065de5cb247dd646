"""Did she say each script word as expected? Checked on the audio itself, sound by sound.

Whisper writes what the script leads it to expect: "billage" comes out as "village", and a clean "poor"
can come out as "pour". So the report does not take the free transcript's word for it. A small phoneme
recogniser (`hama`, Apache-2.0, weights in its package, CPU only) turns the take into per-frame sound
probabilities; for each script word she said, its expected sounds (CMU pronouncing dictionary) are scored
against those frames, in the context of the words around it, together with:
- the same word with one sound swapped the way Korean speakers often swap it (r/l, f→p, v→b, th→s,
  th→d, z→j, the long and short i of "sheep"/"ship") — a word is marked when the swapped form explains
  the audio clearly better than the expected one ("the v sounded like b"); a v inside a word is also judged
  by the audio itself, since both recognisers hear a b there as v: a b's closure is near silence; and every
  swap is also judged against the offline voice's own reading of the word (`reference.py`), less how near every
  swap her voice comes over the whole take (`_lean`);
- what the recogniser itself heard in the word's place, and the transcript's word when it differs: how far
  the expected sounds fall short of those is the word's goodness of pronunciation. A changed or "unclear"
  word from the transcript is only reported when this says the script's word does not fit the audio.
Thresholds were set on one synthetic test set and checked on others (benchmarks/pronunciation_bench.py,
docs/PERFORMANCE.md "Pronunciation").

The recogniser itself lives in `listening.py`. `hama`'s engine ships for Linux and macOS only; elsewhere
`unavailable()` says why and the report works as before, saying the sounds were not checked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from app import pronouncing
from app.practice import ctc
from app.practice.alignment import bare
from app.practice.closure import closure_of
from app.practice.listening import FRAME_SECONDS, Frames, hear_frames, shared_listener, unavailable
from app.practice.phones import arpabet, expected_sounds, ipa, pronunciations

log = logging.getLogger(__name__)
# How much better (log-likelihood) a swapped sound must explain the audio than the expected one for the word
# to be marked: each kind's own `margin` (below). The recogniser leans toward the sounds of real English
# words (its training) and a word said with a swap is seldom one, so a consonant's swap need only explain
# the audio as well (0.0). Only th→d may come within 1.0: the voice's "mother" said "moder" scored −0.5 and
# −0.2, its clean th words at most −7.0 (one outlier at 0.8, marked at any margin). Not lower elsewhere: a
# real voice's clean words come nearer than the offline voice's — JFK's "fellow" scores −1.0 as "pellow" and
# −4.4 as "ferrow", where the offline voice's clean f and l stayed below −2.5 and −8.7. Vowels (ee/i) vary
# in length in running speech: 0.5. A v that begins a word ("very" said "berry") may come within 1.0: on 66
# such words read with b (four readings), 0.0 found 53 and −1.0 found 63, for 13 → 15 of 66 clean ones marked.
AGREED_MARGIN = 0.0  # ... at most, when the transcript also wrote the swapped word ("sink" for "think")
SHORT_WORD_MARGIN = 1.0  # ... in a short unstressed word (only its first sound is judged: "the" said "de"):
# in the sets, clean "the", "that", "was" … scored at most −1.6 (104 words), said swapped at least 1.1; the
# long clean reading's "those" 0.91. It was 2.0, which missed "the" and "this" said "de" and "dis".
FIT_MARGIN = 18.0  # log-likelihood by which what was heard may beat the expected sounds and the word still
# "fits": said right, whatever the transcript wrote (clean words measured ≤ 12.3, changed words ≥ 24)
# A v said as b inside a word ("never" said "nebber") is heard as v by the recogniser as well as by Whisper:
# its training leans toward real words. b closes the lips and v does not, so the closure is measured on the
# audio itself, between the sounds either side of the v on the recogniser's best path: its *depth*, how far
# the quietest 2–6 kHz moment falls below the word's loudest frame, and its *hush*, how far the consonant's
# mean 2–6 kHz energy stays below the word's loudest 2–6 kHz frame (a v keeps some hiss; a b's closure is
# near silence throughout). The swap is marked when its gain plus CLOSURE_WEIGHT per dB of depth beyond
# CLOSURE_DEPTH passes CLOSURE_FLOOR and the hush is at least CLOSURE_HUSH. A closure that deep is found only
# in clean audio: a noisy room's floor hides it, and then the gain alone judges, as before. Chosen on 84
# inner v words read clean and with b, plainly and varied (33 % → 67 % and 26 % → 61 % found; false marks
# per clean inner v word 2 → 5 and 3 → 7 of 84); checked on the 2:23 speech's 23, plainly and varied
# (35 % → 78 % and 30 % → 74 %; 0 → 0 and 0 → 1 false mark). Not at a word's start: a pause before the word
# is silence too (tried: 14 of 33 clean initial v words marked).
CLOSURE_DEPTH = 65.0
CLOSURE_WEIGHT = 0.4
CLOSURE_FLOOR = -4.0
CLOSURE_HUSH = 21.0
# The gain of a v said right differs from word to word far more than between her readings of one word ("every"
# scores −7 to −12.5 said right and −3.6 to −7.9 said "ebry"), so the offline voice's own reading of the sentence
# is a reference (`reference.py`): a v is marked when its gain passes the voice's gain for the same word by
# REFERENCE_MARGIN, and is not far below the v (REFERENCE_FLOOR); and never when it comes no nearer b than the
# voice's did, give or take REFERENCE_SAME (a clean "river" the voice itself says with a near-closure: −1.3 against
# its −1.5). See docs/PERFORMANCE.md ("A reference reading").
REFERENCE_MARGIN = 4.0
REFERENCE_FLOOR = -9.0
REFERENCE_SAME = 0.5
# The closure is judged against the voice's too: her v inside the word is marked when its closure is deeper than
# the voice's own by more than REFERENCE_CLOSURE dB and its gain is no more than REFERENCE_CLOSURE_GAIN below the
# voice's ("never" said "nebber": gain about the voice's, closure 10–12 dB deeper; said right, at most 7 dB). Every
# other swap is marked when its gain passes the voice's by REFERENCE_MARGIN_OTHER ("always" said "alwayj" is heard
# as z, yet comes 12–14 nearer j than the voice's). And a swap whose gain passes the voice's by REFERENCE_FIT is
# judged even when the word as a whole fits the audio poorly (FIT_MARGIN: "survived" said "surbived" is heard far
# from every form scored) — unless the transcript wrote another word there ("sad" said for "poor" comes nearer
# every swap than the voice's "poor" did, and is a changed word). Each "passes the voice's" is after her take's
# lean (`_lean`: a real voice's clean words come nearer their swaps than the offline voice's). Chosen on three
# varied renderings of the five sets and checked on six more: docs/PERFORMANCE.md ("The reference for every swap").
REFERENCE_CLOSURE = 10.0
REFERENCE_CLOSURE_GAIN = -2.0
REFERENCE_FIT = 7.0
REFERENCE_MARGIN_OTHER = 8.0  # every other swap: marked when its gain passes the voice's by this much
LEAN_QUANTILE = 25  # a real voice comes nearer every swap than the offline voice does: `_lean`
CONTEXT_WORDS = 1  # words either side scored with the word (its neighbours' sounds anchor the timing)
EDGE_SECONDS = 0.12  # audio kept either side of the context's word times
BATCH_WORDS = 150  # words scored together (memory: about 30 MB a batch)



@dataclass(frozen=True)
class SwapKind:
    key: str
    expected: str  # ARPAbet
    heard: str
    also: tuple[str, ...] = ()  # other ways the swapped sound comes out: Korean ㄷ and ㅈ are voiceless at
    # a word's start (English ears hear t and ch), and an American d between vowels is close to t
    vowel: bool = False
    margin: float = 0.0  # how much better the swapped form must explain the audio (see the note above)
    first_margin: float | None = None  # ... when the sound begins the word, if not `margin`


SWAP_KINDS = (SwapKind("r>l", "R", "L"), SwapKind("l>r", "L", "R"), SwapKind("f>p", "F", "P"),
              SwapKind("v>b", "V", "B", first_margin=-1.0), SwapKind("th>s", "TH", "S"),
              SwapKind("dh>d", "DH", "D", ("T",), margin=-1.0),
              SwapKind("z>j", "Z", "JH", ("CH",)), SwapKind("ee>i", "IY", "IH", vowel=True, margin=0.5),
              SwapKind("i>ee", "IH", "IY", vowel=True, margin=0.5))
_KIND = {k.key: k for k in SWAP_KINDS}
# Short words said without stress in running speech: their vowels are not judged ("is" said "eez" is normal).
_UNSTRESSED = frozenset({
    "a", "an", "the", "is", "it", "its", "in", "if", "into", "on", "at", "to", "of", "for", "and", "or", "but",
    "i", "you", "he", "she", "we", "they", "me", "my", "your", "his", "her", "our", "their", "us", "him", "them",
    "do", "does", "did", "have", "has", "had", "with", "as", "by", "from", "that", "this", "these", "those",
    "there", "than", "then", "so", "not", "no", "can", "will", "would", "should", "could", "be", "been", "being",
    "am", "are", "was", "were"})


@dataclass(frozen=True)
class SoundSwap:
    """A script word said with one sound swapped."""

    script_index: int
    word: str
    kind: str  # a SwapKind key: "v>b"
    said_like: str  # a real English word that sounds like what she said ("liver"), or ""
    start: float
    end: float
    strength: float  # how much better the swapped sound explains the audio (log-likelihood; below 0 when the
    # closure of a v said as b decided)


class VoiceReading(NamedTuple):
    """How a word was heard (the offline voice's reading of it is the reference for hers)."""

    gains: tuple[float, ...]  # per swap option (`swaps_of`): how much better the swapped form explains the word
    inner_depth: float | None = None  # the depth of the closure of the v inside the word (dB; `closure.closure_of`)


@dataclass
class Evidence:
    """What the sounds say about the script words she said."""

    checked: set[int]  # script indices the sounds were checked for
    fits: set[int]  # ... of which the expected sounds fit the audio (said right)
    swaps: list[SoundSwap]  # ... said with a swapped sound
    gaps: dict[int, float] = field(default_factory=dict)  # what was heard minus expected, per word
    hesitations: dict[int, str] = field(default_factory=dict)  # heard word index → "uh"/"um": an added word
    # that was a hesitation (`hesitations.fillers_among`)
    heard_anyway: set[int] = field(default_factory=set)  # script words the transcript left out whose sounds are
    # there, where they belong ("in Seoul" written "and"): said (`runs.judged_report`)
    readings: dict[int, VoiceReading] = field(default_factory=dict)  # script index → each swap's gain and the
    # closure of a v inside (what `reference.py` keeps of the offline voice's own reading)



# ----------------------------------------------------------------------------------------------- sounds


def swaps_of(word: str, phones: list[str]) -> list[tuple[str, int, list[str]]]:
    """(kind, position, swapped ARPAbet) for each sound in the word a Korean speaker might swap. Vowels only
    in a stressed syllable of a word that is not a short unstressed one."""
    out = []
    short = _short(word)
    for kind in SWAP_KINDS:
        for at, phone in enumerate(phones):
            if phone.rstrip("012") != kind.expected:
                continue
            if kind.vowel and (short or not phone.endswith("1")):
                continue
            if short and at > 0 and kind.key != "z>j":  # the v of "of" and the th of "with" weaken in
                continue  # running speech; "the" said "de" and "was" said "woj" are judged
            stress = phone[len(kind.expected):]
            for heard in (kind.heard, *kind.also):
                out.append((kind.key, at, phones[:at] + [heard + stress] + phones[at + 1:]))
    return out


@lru_cache(maxsize=1)
def _by_sound() -> dict[str, str]:
    """Sounds ("L IH V ER") → the shortest common word said so: words lemminflect knows (its lexicon of
    common English) — about 10 MB, where indexing every CMU word took 36."""
    import lemminflect

    index: dict[str, str] = {}
    for word, prons in pronouncing.dictionary().items():
        if word.isalpha() and lemminflect.getAllLemmas(word):
            for pron in prons:
                sounds = " ".join(p.rstrip("012") for p in pron)
                known = index.get(sounds)
                if known is None or (len(word), word) < (len(known), known):
                    index[sounds] = word
    return index


def warm_up() -> None:
    """Load the dictionary, the sounds-like index and the recogniser (about 2.5 s on first use). The studio
    does it when it opens: loading the dictionary holds the interpreter lock for ~200 ms, which must not
    happen while she records (the window would stall)."""
    with pronouncing.long_lived():  # the sounds-like index and lemminflect's tables live as long as the dictionary
        _by_sound()
        if unavailable() is None:
            shared_listener().symbols()


def is_warm() -> bool:
    return _by_sound.cache_info().currsize > 0


def hear(samples: np.ndarray, cancelled: Callable[[], bool] | None = None, offset: float = 0.0, lane: int = 0,
         progress: Callable[[float], None] | None = None) -> tuple[list[Frames] | None, str]:
    """A take's frames (or a part's, starting `offset` seconds in) and "checked", or None and why not
    (`listening.hear_frames`). It loads the dictionary first, on this thread, so the report's scoring finds
    it ready."""
    if unavailable() is None:
        _by_sound()
    return hear_frames(samples, cancelled, offset, lane, progress)


def sounds_like(phones: list[str]) -> str:
    """A common English word pronounced `phones` ("L IH V ER" → "liver"), or ""."""
    return _by_sound().get(" ".join(p.rstrip("012") for p in phones), "")


# ------------------------------------------------------------------------------------------- scoring

def evaluate(script: list[str], script_times: list[list[float] | None], frames: list[Frames],
             symbols: dict[str, int], blank: int, heard: dict[int, str] | None = None,
             samples: np.ndarray | None = None, reference: dict[int, VoiceReading] | None = None) -> Evidence:
    """Check every script word she said (those with times) against the take's sound frames. `heard`: the
    transcript's different word for a script word (a substitution), scored as the other explanation.
    `samples`: the take's audio (16 kHz, the frames' timeline), for the closure of a v said as b.
    `reference`: script index → the same word in the offline voice's reading (`reference.gains`)."""
    heard = heard or {}
    phones = [arpabet(w) if t else None for w, t in zip(script, script_times, strict=True)]
    expected = [expected_sounds(w) if t else None for w, t in zip(script, script_times, strict=True)]
    said = [w for w, p in enumerate(expected) if p]
    evidence = Evidence(set(), set(), [])

    def stretch(w: int) -> int | None:
        times = script_times[w]
        assert times is not None
        middle = (times[0] + times[1]) / 2
        for number, part in enumerate(frames):
            if part.start <= middle < part.end:
                return number
        return None

    where = {w: stretch(w) for w in said}
    jobs: list[tuple[np.ndarray, list[list[int]]]] = []
    plans: list[tuple[int, list[tuple[str, int, list[str]]]]] = []
    closures: list[tuple[int, int, float]] = []  # per job: where the word's sounds begin in its sequence, the
    # option number of a v inside the word (or -1), and the job's first frame in seconds
    for q, w in enumerate(said):
        part_no = where[w]
        if part_no is None:
            continue
        part = frames[part_no]
        around = [x for x in said[max(0, q - CONTEXT_WORDS):q + CONTEXT_WORDS + 1]
                  if where[x] == part_no and _adjacent(x, w, said)]
        first, last = script_times[around[0]], script_times[around[-1]]
        assert first is not None and last is not None
        a = max(0, int((first[0] - EDGE_SECONDS - part.start) / FRAME_SECONDS))
        b = min(part.log_probs.shape[0], int((last[1] + EDGE_SECONDS - part.start) / FRAME_SECONDS) + 1)
        if b - a < 3:
            continue
        own = around.index(w)
        labels = [[symbols[s] for s in expected[x] or []] for x in around]

        def with_word(middle: list[int], labels: list[list[int]] = labels, own: int = own) -> list[int]:
            return [s for i, ws in enumerate(labels) for s in (middle if i == own else ws)]

        options = swaps_of(script[w], phones[w] or [])
        times = script_times[w]
        assert times is not None
        own_a = max(0, int((times[0] - part.start) / FRAME_SECONDS))
        own_b = min(part.log_probs.shape[0], int((times[1] - part.start) / FRAME_SECONDS) + 1)
        heard_there = _greedy(part.log_probs[own_a:own_b], blank, symbols)
        other = expected_sounds(heard[w]) if heard.get(w) else None
        sequences = [with_word(labels[own]), with_word(heard_there or labels[own])]
        sequences.append(with_word([symbols[s] for s in other] if other else labels[own]))
        sequences += [with_word([symbols[s] for s in ipa(swapped)]) for _kind, _at, swapped in options]
        jobs.append((part.log_probs[a:b], sequences))
        plans.append((w, options))
        inner_v = next((n for n, (kind, at, _s) in enumerate(options) if kind == "v>b" and at > 0), -1)
        closures.append((sum(len(x) for x in labels[:own]), inner_v, part.start + a * FRAME_SECONDS))
    # Batches of words with about as many frames: a batch loops over its longest word's frames.
    order = sorted(range(len(jobs)), key=lambda n: jobs[n][0].shape[0])
    scored: list[tuple[int, list[tuple[str, int, list[str]]], np.ndarray, dict[int, tuple[float, float]]]] = []
    for start in range(0, len(order), BATCH_WORDS):
        batch = order[start:start + BATCH_WORDS]
        for n, scores in zip(batch, ctc.scores([jobs[n] for n in batch], blank), strict=True):
            w, options = plans[n]
            closure = {}
            begins, inner_v, job_start = closures[n]
            if samples is not None and inner_v >= 0:
                at = begins + options[inner_v][1]
                found = closure_of(samples, jobs[n][0], jobs[n][1][0], at, job_start, script_times[w], blank)
                if found is not None:
                    closure[inner_v] = found
            scored.append((w, options, scores, closure))
    voice = reference or {}
    lean = _lean(scored, voice)
    for w, options, scores, closure in scored:
        _judge(evidence, w, options, scores, script, script_times, heard.get(w, ""), closure, voice.get(w), lean)
    evidence.swaps.sort(key=lambda swap: swap.script_index)
    return evidence


def _judge(evidence: Evidence, w: int, options: list[tuple[str, int, list[str]]], scores: np.ndarray,
           script: list[str], script_times: list[list[float] | None], heard: str,
           closure: dict[int, tuple[float, float]] | None = None, reference: VoiceReading | None = None,
           lean: float = 0.0) -> None:
    """scores: [expected, what the recogniser heard there, the transcript's word, each swap]. `closure`:
    option number → the closure of a v inside the word (depth, hush in dB: `closure.closure_of`). `reference`:
    the offline voice's reading of the word (`reference.gains`); `lean`: how much nearer its swaps her voice comes
    than the voice's on the whole take (`_lean`)."""
    closure = closure or {}
    expected = scores[0]
    gap = float(max(scores[1], scores[2]) - expected)
    evidence.checked.add(w)
    evidence.gaps[w] = round(gap, 2)
    written = pronunciations(heard) if heard else []  # the transcript's different word, if any
    passing = []  # (gain, option) of each swap that explains the audio well enough for its kind
    first_v = next((n for n, option in enumerate(options) if option[0] == "v>b"), -1)
    inner = next(iter(closure), None)  # the v inside the word whose closure was measured
    if options:
        evidence.readings[w] = VoiceReading(tuple(round(float(scores[3 + n] - expected), 2)
                                                  for n in range(len(options))),
                                            None if inner is None else round(closure[inner][0], 2))
    voice = reference.gains if reference is not None and len(reference.gains) == len(options) else None
    for number, (kind, at, swapped) in enumerate(options):
        gain = float(scores[3 + number] - expected)
        first = _KIND[kind].first_margin
        margin = first if at == 0 and first is not None else _KIND[kind].margin
        if _short(script[w]):
            margin = SHORT_WORD_MARGIN
        agreed = any(_same_sounds(p, swapped) for p in written)  # the transcript heard the swap too
        if agreed:
            margin = min(margin, AGREED_MARGIN)
        closed = False
        if number in closure:  # a v inside the word: its closure may decide
            depth, hush = closure[number]
            closed = gain + CLOSURE_WEIGHT * (depth - CLOSURE_DEPTH) > CLOSURE_FLOOR and hush >= CLOSURE_HUSH
        passes = gain > margin or closed
        fit = FIT_MARGIN
        if voice is not None:
            nearer = gain - voice[number]  # how much nearer the swap than the voice saying the word right came
            over = nearer - lean  # ... beyond how much nearer her voice comes on every word
            if gain > REFERENCE_FLOOR and over > (REFERENCE_MARGIN if number == first_v else REFERENCE_MARGIN_OTHER):
                passes = True
            elif number == first_v and over <= REFERENCE_SAME:
                passes = False  # no nearer b than the voice saying it right ("voice" itself leans to "boice")
            if over > REFERENCE_FIT and (not heard or agreed):  # (not when the transcript wrote another word:
                fit = float("inf")  # "sad" for "poor" is nearer any swap too) judged, however the whole word fits
            if (number in closure and reference is not None and reference.inner_depth is not None
                    and closure[number][0] - reference.inner_depth > REFERENCE_CLOSURE
                    and nearer > REFERENCE_CLOSURE_GAIN):
                passes = True  # a closure far deeper than the voice's own in this word
        if passes and gap - gain <= fit:
            passing.append((gain, number))
    if passing:  # the one that explains the audio best
        gain, number = max(passing)
        kind, _at, swapped = options[number]
        times = script_times[w]
        assert times is not None
        evidence.swaps.append(SoundSwap(w, _display(script[w]), kind, sounds_like(swapped), times[0], times[1],
                                        round(gain, 2)))
        return
    if gap <= FIT_MARGIN:
        evidence.fits.add(w)


def _lean(scored: list[tuple[int, list[tuple[str, int, list[str]]], np.ndarray, dict[int, tuple[float, float]]]],
          voice: dict[int, VoiceReading]) -> float:
    """How much nearer its swaps her voice comes than the offline voice's, over the whole take: the lower quartile
    (LEAN_QUANTILE) of every swap's gain over the voice's for the same word, not below 0. The offline voice's own
    readings lean 0 (their swapped words are a minority); a real voice comes nearer on every word (JFK: "fellow"
    and "country" said right, 8–10 nearer their swaps than the voice's; lower quartile 4.9)."""
    overs = [float(scores[3 + n] - scores[0]) - reading.gains[n]
             for w, options, scores, _closure in scored
             if (reading := voice.get(w)) is not None and len(reading.gains) == len(options)
             for n in range(len(options))]
    return max(0.0, float(np.percentile(overs, LEAN_QUANTILE))) if overs else 0.0


def _short(word: str) -> bool:
    return bare(word).lower() in _UNSTRESSED


def _same_sounds(one: list[str], other: list[str]) -> bool:
    return [p.rstrip("012") for p in one] == [p.rstrip("012") for p in other]


def _greedy(log_probs: np.ndarray, blank: int, symbols: dict[str, int]) -> list[int]:
    """The symbols the recogniser itself heard in these frames (best path, repeats and blanks removed)."""
    skip = {blank, symbols.get("<wb>", -1)}
    best = log_probs.argmax(axis=1) if log_probs.size else np.zeros(0, dtype=np.int64)
    return [int(s) for k, s in enumerate(best) if s not in skip and (k == 0 or best[k - 1] != s)]


def _adjacent(x: int, w: int, said: list[int]) -> bool:
    """Context words must be the script's neighbours she said in order (no skipped word between)."""
    return abs(x - w) <= CONTEXT_WORDS


def _display(word: str) -> str:
    stripped = word.strip().strip(".,!?;:\"“”‘’()[]…")
    return stripped or word


def kind_of(key: str) -> SwapKind:
    return _KIND[key]


_LETTERS = {"R": "r", "L": "l", "F": "f", "P": "p", "V": "v", "B": "b", "TH": "th", "S": "s", "DH": "th", "D": "d",
            "Z": "z", "JH": "j", "IY": "ee", "IH": "i"}


def letters(key: str) -> tuple[str, str]:
    """The sound she should make and the one heard, as a learner writes them: ("v", "b")."""
    kind = _KIND[key]
    return _LETTERS[kind.expected], _LETTERS[kind.heard]


def describe(key: str) -> str:
    """'the v sounded like b' (English; the window words it in the interface language)."""
    sound, heard = letters(key)
    return f"the {sound} sounded like {heard}"
