"""A contest's rules as one typed, validated record: time limits, signal cards, disqualification, method.

Contests keep their rules as JSON (the database, the contest file); every reader goes through
`ContestRules.from_dict`, which fills what an older file lacks with the defaults (Toastmasters timing:
5–7 minutes, cards at 5, 6 and 7, disqualified under 4:30 or over 7:30; Borda 3/2/1), so no caller merges
dictionaries by hand. `problem()` says, as a code, what makes a set of rules unusable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

METHODS = ("borda", "rank-sum")


@dataclass(frozen=True)
class ContestRules:
    min_seconds: float = 300
    max_seconds: float = 420
    green: float = 300
    amber: float = 360
    red: float = 420
    dq_under: float = 270
    dq_over: float = 450
    method: str = "borda"
    borda_points: tuple[float, ...] = (3, 2, 1)
    tie_breaker_judge: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> ContestRules:
        """Rules from stored JSON; a missing, null or mistyped value takes its default."""
        data = data or {}
        values: dict[str, Any] = {}
        for field in fields(cls):
            value = data.get(field.name)
            if field.name == "borda_points":
                if isinstance(value, list | tuple) and value and all(_is_number(p) for p in value):
                    values[field.name] = tuple(value)
            elif field.name in ("method", "tie_breaker_judge"):
                if isinstance(value, str):
                    values[field.name] = value
            elif _is_number(value):
                values[field.name] = value
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["borda_points"] = list(self.borda_points)
        return data

    def with_(self, **changes: Any) -> ContestRules:
        return replace(self, **changes)

    def problem(self) -> str:
        """'' when the rules make sense; else min_max, signals, dq, method or points."""
        if self.min_seconds > self.max_seconds:
            return "min_max"
        if not self.green <= self.amber <= self.red:
            return "signals"
        if self.dq_under > self.min_seconds or self.dq_over < self.max_seconds:
            return "dq"
        if self.method not in METHODS:
            return "method"
        points = list(self.borda_points)
        if not points or sorted(points, reverse=True) != points or any(p < 0 for p in points):
            return "points"
        return ""

    def signal_at(self, seconds: float) -> str:
        """The timekeeper's card: idle, then green, amber and red at the contest's signal times."""
        if seconds >= self.red:
            return "red"
        if seconds >= self.amber:
            return "amber"
        if seconds >= self.green:
            return "green"
        return "idle"

    def verdict(self, seconds: float) -> str:
        """within, under or over the limits, or disqualified (outside the disqualification margins)."""
        if seconds < self.dq_under or seconds > self.dq_over:
            return "disqualified"
        if seconds < self.min_seconds:
            return "under"
        if seconds > self.max_seconds:
            return "over"
        return "within"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
