"""A tutor's suggestions file written the way her page writes it (the page itself is tested in Chromium)."""

from __future__ import annotations

import secrets

from app.exchange import sealing
from models.records import now_iso
from models.store import SpeechStore


def suggestions_file(store: SpeechStore, speech_id: int, passphrase: str, items: list[tuple[int, str, str]],
                     notes: list[tuple[int | None, str]] = (), tutor: str = "Cydney") -> str:
    """Alternatives (row index, text, note) and notes (row index or None, text) for the rows as they are now."""
    segments = store.segments(speech_id)
    document = {
        "type": "moksori-suggestions", "version": 1, "speech_uid": store.speech(speech_id).uid,
        "page_id": secrets.token_hex(16), "tutor": tutor, "saved_at": now_iso(),
        "alternatives": [{"uid": secrets.token_hex(16), "row": segments[i].uid, "row_english": segments[i].english,
                          "text": text, "note": note, "created_at": now_iso()} for i, text, note in items],
        "notes": [{"uid": secrets.token_hex(16), "row": segments[i].uid if i is not None else None,
                   "row_english": segments[i].english if i is not None else "", "text": text,
                   "created_at": now_iso()} for i, text in notes],
    }
    return sealing.seal_text(document, passphrase, "suggestions")
