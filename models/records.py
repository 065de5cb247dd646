"""Domain records of a speech being drafted: plain dataclasses, no persistence and no Qt.

The store (`models.store`) reads and writes these; the UI shows them. Times are ISO-8601 UTC strings
so that they survive a round trip through SQLite and JSON unchanged.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime


def now_iso() -> str:
    """The current time as an ISO-8601 UTC string with microseconds (sortable as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Role(enum.StrEnum):
    """Who is at the keyboard: what the student wrote and what her tutor suggested stay apart."""

    STUDENT = "student"
    TUTOR = "tutor"


class VersionKind(enum.StrEnum):
    NAMED = "named"
    #: The speech as the student wrote it alone, kept to compare "before" and "after".
    FIRST_DRAFT = "first_draft"


@dataclass(frozen=True)
class TimeLimits:
    """A speech's contest time limits in seconds (Toastmasters default: 5 to 7 minutes)."""

    min_seconds: int = 300
    max_seconds: int = 420

    def verdict(self, seconds: float) -> str:
        """'under', 'within' or 'over' the limits."""
        if seconds < self.min_seconds:
            return "under"
        if seconds > self.max_seconds:
            return "over"
        return "within"


@dataclass
class Speech:
    id: int
    title: str
    speaker: str
    limits: TimeLimits
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    uid: str = ""  # the same on every computer the speech travels to


@dataclass
class Segment:
    """One sentence of the speech: the Korean the student means and the English she will say."""

    id: int
    speech_id: int
    position: int
    korean: str
    english: str
    starts_paragraph: bool = False
    uid: str = ""


@dataclass
class Alternative:
    """An English phrasing offered for a segment, with a note on its nuance."""

    id: int
    segment_id: int
    text: str
    note: str
    author: Role
    chosen: bool
    created_at: str
    uid: str = ""
    author_name: str = ""  # the tutor's name, when it came from her suggestions file
    #: "" written here; "changed": written for an earlier wording of the row; "moved": its row was
    #: deleted or merged, so it landed on the closest one; "conflict": the other computer's text for
    #: this row, kept when both computers changed it.
    origin: str = ""


@dataclass
class Note:
    """A remark on the whole speech (segment_id None) or on one segment."""

    id: int
    speech_id: int
    segment_id: int | None
    author: Role
    text: str
    resolved: bool
    created_at: str
    uid: str = ""
    author_name: str = ""


@dataclass
class HistoryEntry:
    """An English text a segment had before it was replaced (by picking an alternative)."""

    id: int
    segment_id: int
    english: str
    replaced_at: str
    replaced_by: Role


@dataclass(frozen=True)
class SnapshotRow:
    segment_id: int
    korean: str
    english: str


@dataclass
class Version:
    """A named snapshot of the whole speech."""

    id: int
    speech_id: int
    name: str
    kind: VersionKind
    created_at: str
    title: str
    rows: list[SnapshotRow] = field(default_factory=list)


@dataclass
class Take:
    """One practice run. `audio` is relative to the data folder; `report` is the delivery report's dict."""

    id: int
    speech_id: int
    title: str
    audio: str
    source: str  # recorded, imported or recovered
    recorded_at: str
    seconds: float
    report: dict | None = None
    accuracy: float | None = None
    words_per_minute: float | None = None
    fillers: int | None = None
    verdict: str | None = None
    deleted_at: str | None = None
    prompter: dict | None = None  # recorded with the prompter: app.practice.memorise.PrompterRecord's dict


@dataclass
class Contest:
    """A contest day. `uid` names it in contest files; `rules` and `rubric` are as in app/contest.py."""

    id: int
    uid: str
    name: str
    date: str
    rules: dict
    rubric: list[dict]
    awards: list[str]
    created_at: str


@dataclass
class Judge:
    id: int
    contest_id: int
    uid: str
    name: str
    position: int


@dataclass
class Contestant:
    id: int
    contest_id: int
    uid: str
    name: str  # a display name or pseudonym
    title: str
    position: int  # speaking order, from 1
    speech_id: int | None = None  # a speech on this device, for the judges' script view
    seconds: float | None = None  # the timekeeper's measured time
    timed_at: str | None = None


@dataclass
class Ballot:
    """One version of one judge's ballot for one contestant. Never changed once stored."""

    id: int
    contest_id: int
    judge: str  # the judge's uid
    contestant: str  # the contestant's uid
    version: int
    scores: dict[str, float]
    comment: str
    submitted_at: str
    source: str  # window, paper or imported

    @property
    def total(self) -> float:
        return float(sum(self.scores.values()))
