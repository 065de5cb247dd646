"""Speech with known words, made by the tests themselves (the offline Piper voice, no randomness)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
import soundfile

from app.drafting.voice import synthesize


@dataclass(frozen=True)
class Part:
    text: str
    pause_after: float = 0.5
    speed: float = 1.0


def compose(parts: list[Part]) -> tuple[np.ndarray, int]:
    pieces = []
    rate = 22_050
    for part in parts:
        samples, rate = synthesize(part.text, part.speed, varied=False)
        pieces += [samples, np.zeros(int(part.pause_after * rate), dtype=np.float32)]
    return np.concatenate(pieces), rate


_CODECS = {".mp3": ("mp3", "mp3"), ".m4a": ("aac", "ipod")}


def write(path: Path, samples: np.ndarray, rate: int) -> Path:
    """Write WAV/FLAC/OGG (Vorbis) with libsndfile, MP3 and M4A (AAC) with FFmpeg's encoders (PyAV)."""
    path = Path(path)
    if path.suffix in (".wav", ".flac", ".ogg"):
        soundfile.write(path, samples, rate)
        return path
    codec, container_format = _CODECS[path.suffix]
    pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
    with av.open(str(path), "w", format=container_format) as container:
        stream = container.add_stream(codec, rate=rate)
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(pcm[None, :], format="s16", layout="mono")
        frame.rate = rate
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path


# Korean-L1 sound swaps as Piper phonemes (espeak-ng IPA): (sound in the word, what she says instead).
PIPER_SWAPS = {"v>b": ("v", "b"), "f>p": ("f", "p"), "r>l": ("ɹ", "l"), "l>r": ("l", "ɹ"), "th>s": ("θ", "s"),
               "dh>d": ("ð", "d"), "z>j": ("z", "dʒ"), "ee>i": ("iː", "ɪ"), "i>ee": ("ɪ", "iː")}


def swapped(word: str, kind: str) -> str:
    """`word` said with one sound swapped (its first such sound), as Piper's raw phoneme input `[[ … ]]`."""
    from app.drafting.voice import _voice

    sounds = "".join(_voice().phonemize(word)[0])
    expected, instead = PIPER_SWAPS[kind]
    if expected not in sounds:
        raise ValueError(f"{word!r} ({sounds}) has no {expected}")
    return "[[ " + sounds.replace(expected, instead, 1) + " ]]"


def with_swaps(sentence: str, swaps: dict[str, str]) -> str:
    """The sentence with each word in `swaps` (word → kind) said with that swap."""
    import re

    for word, kind in swaps.items():
        sentence, found = re.subn(rf"\b{re.escape(word)}\b", lambda _m, w=word, k=kind: swapped(w, k), sentence,
                                  count=1)
        if not found:
            raise ValueError(f"{word!r} is not in {sentence!r}")
    return sentence
