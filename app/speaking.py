"""Speech arithmetic shown while drafting: English word counts and the estimated speaking time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from models.records import TimeLimits

DEFAULT_PACE_WPM = 120
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")


def english_words(text: str) -> int:
    """Words a speaker says: letters or digits, with contractions ("don't") as one word."""
    return len(_WORD.findall(text))


def clock(seconds: float) -> str:
    """`m:ss`, e.g. 250 -> '4:10'."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


_CLOCK = re.compile(r"^\s*(?:(\d{1,2})\s*[:'′m분]\s*)?(\d{1,4}(?:[.,]\d{1,3})?)\s*(?:s|초|\"|″)?\s*$")


def parse_clock(text: str) -> float | None:
    """A time as a stopwatch shows it: '5:40', '5:40.3', '5m40', '5분 40초', '340' (seconds), '0:59'.
    None when it is not a time, or its seconds part is 60 or more after minutes ('5:75')."""
    match = _CLOCK.match(text.replace(" ", "") if "분" in text else text)
    if not match:
        return None
    minutes = int(match.group(1)) if match.group(1) is not None else 0
    if ":" in text and not re.fullmatch(r"\d{2}(?:[.,]\d{1,3})?", match.group(2)):
        return None  # '5:4' is a time still being typed, not 5:04: a stopwatch shows two digits
    seconds = float(match.group(2).replace(",", "."))
    if match.group(1) is not None and seconds >= 60:
        return None
    return minutes * 60 + seconds


@dataclass(frozen=True)
class SpeakingEstimate:
    words: int
    pace_wpm: int
    seconds: float
    verdict: str  # 'under', 'within' or 'over' the speech's limits


def estimate(english_texts: list[str], pace_wpm: int, limits: TimeLimits) -> SpeakingEstimate:
    words = sum(english_words(text) for text in english_texts)
    pace = max(1, pace_wpm)
    seconds = words * 60.0 / pace
    return SpeakingEstimate(words, pace, seconds, limits.verdict(seconds))


AMBER_BEFORE_MAX = 60  # seconds: the amber card comes up a minute before the maximum (6:00 for 5–7 minutes)


def timing_signal(seconds: float, limits: TimeLimits) -> str:
    """The contest timer's card for `seconds` spoken: idle before the minimum, then green, amber, red.

    Green shows at the minimum (the speech may end), amber a minute before the maximum, red past it.
    """
    if seconds > limits.max_seconds:
        return "red"
    if seconds >= max(limits.min_seconds, limits.max_seconds - AMBER_BEFORE_MAX):
        return "amber" if limits.max_seconds - AMBER_BEFORE_MAX >= limits.min_seconds else "green"
    if seconds >= limits.min_seconds:
        return "green"
    return "idle"


def local_time(iso: str) -> str:
    """A stored UTC timestamp as this computer's local date and time, to the minute."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
