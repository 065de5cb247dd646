"""The one error a contest or ballot file is refused with (every module of contest day raises it)."""

from __future__ import annotations


class ContestFileError(ValueError):
    """A contest or ballot file that must not be used. `code` (malformed, wrong_format, tampered, invalid,
    unsealed, forged, not_hers, …) is what the window turns into a message; `detail` is for the command line."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail
