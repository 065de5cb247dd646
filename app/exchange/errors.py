"""The one error of exchanging files (app/exchange): a code the interface words, and a detail for the log."""

from __future__ import annotations


class ExchangeError(Exception):
    """Codes: not_sealed, wrong_kind, too_new, damaged, locked (wrong passphrase or changed file),
    not_json, bad_content, is_page, other_speech, unknown_speech, empty_text."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
