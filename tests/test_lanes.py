"""A whole recording on every core: the cuts fall in pauses, progress adds up, a failing lane stops the others.

The recogniser itself on two lanes is tested in test_transcription.py; these are the parts without a model.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest

from app.practice.lanes import SAMPLE_RATE, Meter, run_lanes, split_at_pauses


def speech_with_pauses(seconds: float, pauses: list[float]) -> np.ndarray:
    """Noise standing in for voice, silent for 0.4 s at each of `pauses` (seconds)."""
    rng = np.random.default_rng(7)
    samples = (rng.standard_normal(int(seconds * SAMPLE_RATE)) * 0.2).astype(np.float32)
    for at in pauses:
        samples[int(at * SAMPLE_RATE):int((at + 0.4) * SAMPLE_RATE)] = 0.0
    return samples


def test_parts_are_cut_in_the_pause_nearest_an_even_split() -> None:
    samples = speech_with_pauses(100.0, [30.0, 43.0, 62.0])
    parts = split_at_pauses(samples, 2)
    assert len(parts) == 2 and parts[0][0] == 0 and parts[-1][1] == samples.size
    cut = parts[0][1]
    assert parts[1][0] == cut and 43.0 <= cut / SAMPLE_RATE <= 43.4  # the pause within 10 s of 50 s
    three = split_at_pauses(samples, 3)
    assert [round(a / SAMPLE_RATE) for a, _b in three[1:]] == [30, 62]  # searched within 100 / 3 / 4 s


def test_a_short_recording_stays_one_part() -> None:
    assert split_at_pauses(speech_with_pauses(35.0, [17.0]), 2) == [(0, 35 * SAMPLE_RATE)]
    assert len(split_at_pauses(speech_with_pauses(45.0, [22.0]), 4)) == 2  # no part under 20 s
    assert split_at_pauses(np.zeros(0, dtype=np.float32), 2) == [(0, 0)]


def test_progress_is_one_figure_weighted_by_each_part_and_never_goes_back() -> None:
    seen: list[float] = []
    meter = Meter(seen.append, [300, 100])
    first, second = meter.lane(0, 0.6), meter.lane(1, 0.6)
    first(0.5)  # 0.3 of lane 0's work
    assert seen[-1] == pytest.approx(0.3 * 300 / 400)
    second(1.0)
    first(0.2)  # a late, smaller report does not move it back
    assert seen == sorted(seen)
    meter.lane(0, 0.4, 0.6)(1.0)
    meter.lane(1, 0.4, 0.6)(1.0)
    assert seen[-1] == 0.99  # the caller says 1.0 when everything is in


def test_results_come_back_in_order_and_the_lanes_run_at_once() -> None:
    both_running = threading.Barrier(2, timeout=5)

    def job(value: int):
        def run(_stop) -> int:
            both_running.wait()  # would time out if the lanes ran one after the other
            return value
        return run

    assert run_lanes([job(1), job(2)]) == [1, 2]


def test_the_first_failure_stops_the_other_lane_and_is_raised() -> None:
    stopped = threading.Event()

    def failing(_stop) -> int:
        raise ValueError("the recogniser broke")

    def patient(stop) -> int:
        for _poll in range(1000):  # a lane polls its stop() between pieces of work
            if stop():
                stopped.set()
                break
            threading.Event().wait(0.01)
        raise RuntimeError("stopped")  # what a lane does when told to stop: its own error is not the story

    with pytest.raises(ValueError, match="broke"):
        run_lanes([patient, failing])
    assert stopped.is_set()


def test_cancel_reaches_every_lane() -> None:
    cancel = threading.Event()
    seen: list[bool] = []

    def lane(stop) -> None:
        cancel.set()
        seen.append(stop())

    run_lanes([lane, lane], cancel.is_set)
    assert seen == [True, True]
