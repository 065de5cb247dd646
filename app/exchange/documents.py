"""The JSON documents inside sealed files, and their schemas (docs/EXCHANGE_FORMAT.md).

A document opened with the right passphrase is still checked against its schema before anything is
used: the passphrase proves who could write it, not that the program that wrote it had no bug.
"""

from __future__ import annotations

from typing import Any

import jsonschema

TEXT = {"type": "string", "maxLength": 20_000}
UID = {"type": "string", "pattern": "^[0-9a-f]{32}$"}
STAMP = {"type": "string", "maxLength": 40}
NAME = {"type": "string", "maxLength": 200}

SUGGESTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["type", "version", "speech_uid", "page_id", "tutor", "saved_at", "alternatives", "notes"],
    "properties": {
        "type": {"const": "moksori-suggestions"},
        "version": {"const": 1},
        "speech_uid": UID,
        "page_id": UID,
        "tutor": NAME,
        "saved_at": STAMP,
        "alternatives": {"type": "array", "maxItems": 5000, "items": {
            "type": "object",
            "required": ["uid", "row", "row_english", "text", "note", "created_at"],
            "properties": {"uid": UID, "row": UID, "row_english": TEXT, "text": {**TEXT, "minLength": 1},
                           "note": TEXT, "created_at": STAMP, "rewording": {"type": "boolean"}}}},
        "notes": {"type": "array", "maxItems": 5000, "items": {
            "type": "object",
            "required": ["uid", "row", "text", "created_at"],
            "properties": {"uid": UID, "row": {"anyOf": [UID, {"type": "null"}]},
                           "row_english": TEXT, "text": {**TEXT, "minLength": 1}, "created_at": STAMP}}},
    },
}

_ROW = {"type": "object", "required": ["uid", "korean", "english", "paragraph", "edited_at", "deleted"],
        "properties": {"uid": UID, "korean": TEXT, "english": TEXT, "paragraph": {"type": "boolean"},
                       "edited_at": STAMP, "deleted": {"type": "boolean"}}}
_AUTHOR = {"enum": ["student", "tutor"]}

BUNDLE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["type", "version", "speech", "rows", "alternatives", "notes", "versions", "history", "words"],
    "properties": {
        "type": {"const": "moksori-speech"},
        "version": {"const": 1},
        "speech": {"type": "object",
                   "required": ["uid", "title", "speaker", "min_seconds", "max_seconds", "created_at", "updated_at"],
                   "properties": {"uid": UID, "title": NAME, "speaker": NAME,
                                  "min_seconds": {"type": "integer", "minimum": 0, "maximum": 36000},
                                  "max_seconds": {"type": "integer", "minimum": 0, "maximum": 36000},
                                  "created_at": STAMP, "updated_at": STAMP}},
        "rows": {"type": "array", "maxItems": 5000, "items": _ROW},
        "alternatives": {"type": "array", "items": {
            "type": "object",
            "required": ["uid", "row", "text", "note", "author", "author_name", "origin", "chosen", "created_at",
                         "deleted"],
            "properties": {"uid": UID, "row": UID, "text": TEXT, "note": TEXT, "author": _AUTHOR,
                           "author_name": NAME, "origin": {"enum": ["", "changed", "moved", "conflict"]},
                           "chosen": {"type": "boolean"}, "created_at": STAMP, "deleted": {"type": "boolean"}}}},
        "notes": {"type": "array", "items": {
            "type": "object",
            "required": ["uid", "row", "author", "author_name", "text", "resolved", "created_at", "deleted"],
            "properties": {"uid": UID, "row": {"anyOf": [UID, {"type": "null"}]}, "author": _AUTHOR,
                           "author_name": NAME, "text": TEXT, "resolved": {"type": "boolean"},
                           "created_at": STAMP, "deleted": {"type": "boolean"}}}},
        "versions": {"type": "array", "items": {
            "type": "object", "required": ["uid", "name", "kind", "created_at", "title", "rows"],
            "properties": {"uid": UID, "name": NAME, "kind": {"enum": ["named", "first_draft"]},
                           "created_at": STAMP, "title": NAME,
                           "rows": {"type": "array", "items": {
                               "type": "object", "required": ["row", "korean", "english"],
                               "properties": {"row": {"type": "string"}, "korean": TEXT, "english": TEXT}}}}}},
        "history": {"type": "array", "items": {
            "type": "object", "required": ["uid", "row", "english", "replaced_at", "replaced_by"],
            "properties": {"uid": UID, "row": UID, "english": TEXT, "replaced_at": STAMP, "replaced_by": _AUTHOR}}},
        "words": {"type": "array", "items": NAME},
        "takes": {"type": "array", "maxItems": 500, "items": {
            "type": "object",
            "required": ["sha256", "title", "source", "recorded_at", "seconds", "report", "suffix", "audio"],
            "properties": {"sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}, "title": NAME,
                           "source": {"enum": ["recorded", "imported", "recovered"]}, "recorded_at": STAMP,
                           "seconds": {"type": "number", "minimum": 0, "maximum": 36000},
                           "report": {"anyOf": [{"type": "object"}, {"type": "null"}]},
                           "suffix": {"enum": [".flac", ".wav", ".mp3", ".m4a", ".ogg", ".opus", ".webm"]},
                           "audio": {"type": "string"}}}},
    },
}


def problem(document: Any, schema: dict[str, Any]) -> str | None:
    """The first way `document` breaks `schema` (a short English line for the log), or None."""
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(document))
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path) or "top"
    return f"{where}: {error.message[:200]}"


def bundle_problem(document: Any) -> str | None:
    """Beyond the schema: every alternative, note and history entry names a row the bundle has."""
    found = problem(document, BUNDLE_SCHEMA)
    if found:
        return found
    rows = {row["uid"] for row in document["rows"]}
    if len(rows) != len(document["rows"]):
        return "rows: a row appears twice"
    for part in ("alternatives", "history"):
        if any(item["row"] not in rows for item in document[part]):
            return f"{part}: names a row the bundle does not have"
    if any(note["row"] is not None and note["row"] not in rows for note in document["notes"]):
        return "notes: names a row the bundle does not have"
    return None
