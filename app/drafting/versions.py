"""Comparing two states of a speech (two saved versions, or a version and now) row by row.

Rows are matched by their segment ids, which survive every edit of a row's text; a split row shows
as a changed row plus an added one. Only the standard library's difflib is needed here.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from models.records import SnapshotRow

Status = Literal["same", "changed", "added", "removed"]
_TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class ComparedRow:
    left: SnapshotRow | None
    right: SnapshotRow | None
    status: Status


def compare(left: list[SnapshotRow], right: list[SnapshotRow]) -> list[ComparedRow]:
    matcher = difflib.SequenceMatcher(a=[r.segment_id for r in left], b=[r.segment_id for r in right],
                                      autojunk=False)
    rows: list[ComparedRow] = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        olds, news = left[a0:a1], right[b0:b1]
        if op == "equal":
            for old, new in zip(olds, news, strict=True):
                same = (old.korean, old.english) == (new.korean, new.english)
                rows.append(ComparedRow(old, new, "same" if same else "changed"))
            continue
        paired = min(len(olds), len(news)) if op == "replace" else 0
        rows.extend(ComparedRow(olds[i], news[i], "changed") for i in range(paired))
        rows.extend(ComparedRow(old, None, "removed") for old in olds[paired:])
        rows.extend(ComparedRow(None, new, "added") for new in news[paired:])
    return rows


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) pieces turning `old` into `new`; op is 'same', 'removed' or 'added'."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    pieces: list[tuple[str, str]] = []
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(("same", "".join(a[a0:a1])))
            continue
        if a1 > a0:
            pieces.append(("removed", "".join(a[a0:a1])))
        if b1 > b0:
            pieces.append(("added", "".join(b[b0:b1])))
    return pieces
