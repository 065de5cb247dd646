"""The prompter's tracker follows a reading by its sounds: a skipped sentence, a repeated one, a jump back,
and a place moved by hand. Real speech (the offline voice), the real phoneme recogniser; streamed in 0.4 s
steps as the studio would. No timing is asserted (benchmarks/follow_bench.py measures it)."""

from __future__ import annotations

import numpy as np

from app.practice.follow import Follower
from tests.support.speech import Part, compose

SCRIPT = ["I grew up in a small village near the river.",
          "My family was very poor, and we often had nothing to eat.",
          "My father worked in the fields from morning until night.",
          "In winter the wind was so cold that we could not sleep.",
          "I still remember the voice of my grandmother singing to me."]


def _follow(order: list[int]) -> tuple[list[tuple[float, int]], list[tuple[float, float, int]]]:
    from app.practice.audio import to_16k_mono

    spans, pieces, at = [], [], 0.0
    for number in order:
        samples, rate = compose([Part(SCRIPT[number], 0.5)])
        voice = to_16k_mono(samples, rate).astype(np.float32)
        pieces.append(voice)
        spans.append((at, at + voice.size / 16_000 - 0.5, number))
        at += voice.size / 16_000
    audio = np.concatenate(pieces)
    follower = Follower(SCRIPT)
    followed = []
    step = int(0.4 * 16_000)
    for end in range(step, audio.size + 1, step):
        follower.feed(audio[end - step:end])
        follower.step()
        followed.append((end / 16_000, follower.place.sentence))
    return followed, spans


def _right(followed: list[tuple[float, int]], spans: list[tuple[float, float, int]]) -> float:
    inside = [(s, number) for start, end, number in spans for t, s in followed if start + 1.0 <= t <= end]
    return sum(s == number for s, number in inside) / len(inside)


def test_a_skipped_sentence_and_a_jump_back_are_followed() -> None:
    followed, spans = _follow([0, 2, 3, 2, 4])  # skips 1, goes back a sentence, then skips 3
    assert _right(followed, spans) >= 0.9, followed
    for start, end, number in spans:  # every sentence is reached while she is saying it
        assert any(start <= t <= end + 0.5 and s == number for t, s in followed), (number, followed)


def _say(follower: Follower, sentence: str) -> None:
    from app.practice.audio import to_16k_mono

    samples, rate = compose([Part(sentence, 0.3)])
    voice = to_16k_mono(samples, rate).astype(np.float32)
    for end in range(6400, voice.size + 1, 6400):  # 0.4 s steps
        follower.feed(voice[end - 6400:end])
        follower.step()


def test_silence_holds_the_place_and_a_move_by_hand_is_followed_from_there() -> None:
    follower = Follower(SCRIPT)
    _say(follower, SCRIPT[1])
    assert follower.place.sentence == 1
    for _ in range(8):  # three seconds of silence
        follower.feed(np.zeros(6400, dtype=np.float32))
        follower.step()
    assert follower.place.sentence == 1
    follower.move_to(3)
    assert follower.place.sentence in (2, 3)  # just before sentence 3's first sound
    _say(follower, SCRIPT[3])
    assert follower.place.sentence == 3
