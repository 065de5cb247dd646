"""Moksori's own decoding (PyAV's public API): every format a phone gives, damaged files, and failures.

The sound is a sentence read by the offline voice, written in each format with real encoders; the
decoded samples are compared with the original (length and shape of the loudness over time), so a
decoder that returned noise, silence or the wrong rate would fail.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from app.practice.audio import SAMPLE_RATE, AudioError, load_audio, to_16k_mono
from tests.conftest import SENTENCE
from tests.support.speech import Part, compose, write

FORMATS = [".wav", ".flac", ".mp3", ".m4a", ".ogg"]


@pytest.fixture(scope="module")
def original() -> tuple[np.ndarray, int]:
    return compose([Part(SENTENCE, 0.4)])


def envelope(samples: np.ndarray, rate: int, step: float = 0.05) -> np.ndarray:
    """Loudness per 50 ms, the same shape whatever the sample rate."""
    block = int(rate * step)
    usable = samples[: samples.size // block * block].reshape(-1, block)
    return np.sqrt(np.mean(usable.astype(np.float64) ** 2, axis=1))


@pytest.mark.parametrize("suffix", FORMATS)
def test_each_format_decodes_to_the_same_sound(suffix: str, original: tuple[np.ndarray, int], tmp_path: Path) -> None:
    samples, rate = original
    decoded = load_audio(write(tmp_path / f"take{suffix}", samples, rate))
    assert decoded.dtype == np.float32 and decoded.ndim == 1
    # Encoders add a little padding (MP3, AAC) but never change the length by more than a fraction of a second.
    assert decoded.size / SAMPLE_RATE == pytest.approx(samples.size / rate, abs=0.15)
    want, got = envelope(samples, rate), envelope(decoded, SAMPLE_RATE)
    lag = _best_lag(want, got)
    n = min(want.size, got.size - lag) if lag >= 0 else min(want.size + lag, got.size)
    a, b = (want[:n], got[lag:lag + n]) if lag >= 0 else (want[-lag:-lag + n], got[:n])
    assert np.corrcoef(a, b)[0, 1] > 0.95, suffix


def _best_lag(want: np.ndarray, got: np.ndarray) -> int:
    scores = {}
    for lag in range(-4, 5):
        if lag >= 0:
            n = min(want.size, got.size - lag)
            scores[lag] = float(np.dot(want[:n], got[lag:lag + n]))
        else:
            n = min(want.size + lag, got.size)
            scores[lag] = float(np.dot(want[-lag:-lag + n], got[:n]))
    return max(scores, key=scores.__getitem__)


def test_stereo_at_another_rate_becomes_16k_mono(original: tuple[np.ndarray, int], tmp_path: Path) -> None:
    import soundfile

    samples, rate = original
    stereo = np.stack([samples, samples * 0.5], axis=1)
    path = tmp_path / "stereo.flac"
    soundfile.write(path, stereo, 44_100)  # written as if recorded at 44.1 kHz: 2 channels, a different length
    decoded = load_audio(path)
    assert decoded.size / SAMPLE_RATE == pytest.approx(samples.size / 44_100, abs=0.01)


def test_a_take_cut_short_by_a_crash_still_gives_what_was_written(original: tuple[np.ndarray, int],
                                                                  tmp_path: Path) -> None:
    samples, rate = original
    whole = write(tmp_path / "whole.flac", samples, rate)
    cut = tmp_path / "cut.flac"
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])  # the header still claims the whole length
    notes: list[str] = []
    decoded = load_audio(cut, notes)
    assert 0.4 < decoded.size / SAMPLE_RATE / (samples.size / rate) < 0.9
    assert notes == ["truncated"]
    whole_notes: list[str] = []
    load_audio(whole, whole_notes)
    assert whole_notes == []  # a complete file is not called cut short


def test_a_file_that_is_not_audio_is_refused_as_such(tmp_path: Path) -> None:
    cases = {
        "notes.m4a": b"these are notes, not sound",
        "random.mp3": np.random.default_rng(1).integers(0, 256, 50_000, dtype=np.uint8).tobytes(),
        "page.wav": b"<html><body>hello</body></html>" * 100,
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(AudioError) as caught:
            load_audio(path)
        assert caught.value.code in ("unreadable", "empty"), name


def test_a_failure_inside_the_decoder_is_reported_and_logged_as_that(original: tuple[np.ndarray, int], tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    """The decoder's neighbour (FFmpeg's resampler) breaks, as PyAV 19 broke faster-whisper's helper."""
    import av

    samples, rate = original
    path = write(tmp_path / "take.flac", samples, rate)

    class Broken:
        def __init__(self, **_: object) -> None:
            pass

        def resample(self, frame: object) -> list:
            raise TypeError("resample() got an unexpected keyword argument")

    monkeypatch.setattr(av, "AudioResampler", Broken)
    with caplog.at_level(logging.ERROR, logger="app.practice.audio"), pytest.raises(AudioError) as caught:
        load_audio(path)
    assert caught.value.code == "decode_failed"
    assert "TypeError" in caught.value.detail
    assert any(record.exc_info for record in caplog.records), "the traceback is logged"


def test_resampling_keeps_the_length(original: tuple[np.ndarray, int]) -> None:
    samples, rate = original
    resampled = to_16k_mono(samples, rate)
    assert resampled.size == pytest.approx(samples.size * SAMPLE_RATE / rate, abs=64)


def test_samples_gathered_past_or_short_of_the_announced_length_are_all_kept() -> None:
    from app.practice.audio import _Samples

    chunks = [np.full(1000, i, dtype=np.float32) for i in range(5)]
    for expected in (0, 2500, 5000, 9000):  # says nothing, too little, exactly, too much
        gathered = _Samples(expected)
        for chunk in chunks:
            gathered.add(chunk)
        result = gathered.result()
        assert result.size == 5000 and np.array_equal(result, np.concatenate(chunks)), expected
