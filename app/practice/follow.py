"""Where she is in her script while she speaks, from the sounds she makes: the prompter's tracker (issue 16).

Whisper needs ~1–2 s per live step (it pads every window to 30 s), too slow to follow a voice; the sound
check's phoneme recogniser hears 2 s of audio in ~0.15 s. Every step, the last `WINDOW` seconds are heard and
the last sounds are matched (edit distance on phoneme lists, rapidfuzz) against the script's expected sounds
around the current place: forward by preference, up to about a sentence back, never far ahead, so a
look-alike sentence later in the script does not capture it. Too few sounds (a pause) or a poor match
(fillers, talk off the script) leave the place where it is; `move_to` puts it where she moved it by hand and
following resumes from there. No Qt; measured in benchmarks/follow_bench.py.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from app.practice import listening, sounds
from app.practice.audio import SAMPLE_RATE

WINDOW = 2.0  # seconds heard at each step
HEARD = 14  # the last sounds matched
MIN_HEARD = 5  # fewer than this (silence, a short "uh"): hold still
BEHIND = 60  # sounds she may have gone back (about a sentence)
AHEAD = 90  # sounds she may have skipped forward
ACCEPT = 0.45  # similarity (0–1, after the distance penalty) needed to move
DISTANCE_COST = 0.0005  # per sound between a candidate place and the current one: near places win ties
BACK_COST = 0.05  # going back costs a little more than going on
NEAR = 20  # sounds ahead that count as going on (the next few words)
MIN_HEARD_FAR = 10  # going back, or further on, needs more sounds: "My fa…" begins "My family" and "My
# father", "I did not…" sounds like "…is not a weakness" three sentences on
HOP = 0.4  # seconds between steps while she records
PAUSE_FRAMES = 20  # 0.4 s with no sound: what she says after it is matched alone (a new start)


@dataclass(frozen=True)
class Place:
    sentence: int  # -1 before she starts
    word: int  # index of the last word said, in the script's words (-1 before she starts)


class Follower:
    def __init__(self, sentences: list[str], listener: listening.Listener | None = None) -> None:
        self.listener = listener or listening.shared_listener()
        self.symbols = self.listener.symbols()
        self.blank = self.listener.blank()
        self._names = {i: s for s, i in self.symbols.items()}
        self.phones: list[str] = []
        self.word_of: list[int] = []  # per sound: its word
        self.sentence_of_word: list[int] = []
        for number, sentence in enumerate(sentences):
            for word in sentence.split():
                self.sentence_of_word.append(number)
                for phone in sounds.expected_sounds(word) or []:  # names too ("Hyesan": espeak-ng's guess)
                    self.phones.append(phone)
                    self.word_of.append(len(self.sentence_of_word) - 1)
        self.first_phone_of_word = {w: i for i, w in reversed(list(enumerate(self.word_of)))}
        self.at = 0  # sounds said so far (an index just past the last one matched)
        self._audio = np.zeros(0, dtype=np.float32)

    @property
    def place(self) -> Place:
        if self.at == 0:
            return Place(-1, -1)
        word = self.word_of[self.at - 1]
        return Place(self.sentence_of_word[word], word)

    def feed(self, samples: np.ndarray) -> None:
        """Audio as it arrives (16 kHz mono); only the last `WINDOW` seconds are kept."""
        joined = np.concatenate([self._audio, np.asarray(samples, dtype=np.float32).reshape(-1)])
        self._audio = joined[-int(WINDOW * SAMPLE_RATE):]

    def move_to(self, sentence: int) -> None:
        """She moved the place by hand (arrow keys): follow on from the start of that sentence."""
        words = [w for w, s in enumerate(self.sentence_of_word) if s == sentence]
        firsts = [self.first_phone_of_word[w] for w in words if w in self.first_phone_of_word]
        self.at = firsts[0] if firsts else self.at
        self._audio = np.zeros(0, dtype=np.float32)  # what she said before belongs to the old place

    def step(self) -> bool:
        """Hear the last seconds and move the place if they match the script; True when it moved."""
        if self._audio.size < SAMPLE_RATE // 2 or not self.phones:
            return False
        heard = self._heard(self.listener.run(self._audio, 0.0).log_probs)
        if len(heard) < MIN_HEARD:
            return False
        best = self._best_end(heard)
        if best is None or best == self.at:
            return False
        self.at = best
        return True

    def _heard(self, log_probs: np.ndarray) -> list[str]:
        """The last sounds heard; only those after the last pause, when there was one: after a pause she
        often starts a sentence again or another one, and the sounds before it would pull the match back
        to where she stopped."""
        best = log_probs.argmax(axis=1)
        out: list[str] = []
        quiet = 0
        for k, symbol in enumerate(best):
            name = self._names[int(symbol)]
            if symbol == self.blank or name == "<wb>":
                quiet += 1
                continue
            if quiet >= PAUSE_FRAMES:
                out = []
            quiet = 0
            if k == 0 or best[k - 1] != symbol:
                out.append(name)
        return out[-HEARD:]

    def _best_end(self, heard: list[str]) -> int | None:
        from rapidfuzz.distance import Levenshtein

        first = max(len(heard) // 2, self.at - BEHIND)
        last = min(len(self.phones), self.at + AHEAD)
        scored = []
        if len(heard) < MIN_HEARD_FAR:
            first, last = max(first, self.at - 3), min(last, self.at + NEAR)
        for end in range(first, last + 1):
            expected = self.phones[max(0, end - len(heard)):end]
            similarity = Levenshtein.normalized_similarity(heard, expected)
            penalty = DISTANCE_COST * abs(end - self.at) + (BACK_COST if end < self.at else 0.0)
            scored.append((similarity - penalty, end))
        if not scored:
            return None
        score, end = max(scored)
        return end if score > ACCEPT else None


class Tracking:
    """The follower on its own thread, one step every `HOP` seconds while she records.

    It has its own recogniser instance, so the sound check's 8-second pieces never hold it up; the
    recogniser's native code releases the interpreter lock, so the window stays responsive. `feed` is
    called from the recorder's thread and only queues the audio. `on_place` is called on this thread.
    """

    def __init__(self, sentences: list[str], on_place: Callable[[Place], None],
                 listener: listening.Listener | None = None) -> None:
        self.follower = Follower(sentences, listener or listening.Listener())
        self.on_place = on_place
        self.step_seconds: list[float] = []  # each step's cost (benchmarks)
        self.error: Exception | None = None
        self._pending: list[np.ndarray] = []
        self._moved: int | None = None
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="prompter", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def feed(self, samples: np.ndarray) -> None:
        with self._lock:
            self._pending.append(np.asarray(samples, dtype=np.float32).reshape(-1))

    def move_to(self, sentence: int) -> None:
        """She moved the place by hand; applied before the next step."""
        with self._lock:
            self._moved = sentence
            self._pending = []

    def _run(self) -> None:
        try:
            self.follower.listener.symbols()  # load before the first step
            while not self._stopped.wait(HOP):
                with self._lock:
                    pending, self._pending = self._pending, []
                    moved, self._moved = self._moved, None
                if moved is not None:
                    self.follower.move_to(moved)
                if pending:
                    self.follower.feed(np.concatenate(pending))
                began = time.perf_counter()
                moved_on = self.follower.step()
                self.step_seconds.append(time.perf_counter() - began)
                if moved_on:
                    self.on_place(self.follower.place)
        except Exception as error:  # noqa: BLE001 - the take goes on without the prompter; the studio says so
            self.error = error
