"""Contest files that cannot be forged or break the app: a schema for the whole file, a keyed seal per judge.

**The schema** (JSON Schema, checked with `jsonschema`) is applied before any value is used: types,
ranges, finite numbers, known method, a size limit and a nesting limit, then what a schema cannot say
(unique ids, a tie-breaker who is a judge, ballots that name known people and score every criterion).

**The seal.** The organiser's laptop keeps a random secret per contest (never in any file). From it each
judge gets a short code (`judge_code`), shown when judges are set up and printed on her blank ballot.
Her laptop asks for that code when she exports her ballots and seals the file with
HMAC-SHA256(key = scrypt(code, salt = contest id + judge id), message = the canonical file). The
organiser's laptop recomputes her code from its secret and checks the seal. So:
- a file changed after sealing, a file with the seal removed, and a file sealed with another judge's
  code are refused;
- a judge's file may carry only her own ballots and votes;
- a code is 50 random bits, and scrypt makes each guess cost tens of milliseconds, so guessing a code
  from a sealed file is out of reach on contest day.
It does not protect against someone who has the judge's code (share it with her only), nor against
someone with the organiser's laptop itself.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import secrets
from typing import Any

import jsonschema

from app.contest.errors import ContestFileError

MAX_FILE_BYTES = 5_000_000
MAX_DEPTH = 12
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32: no I, L, O, U to misread
_NUMBER = {"type": "number", "minimum": 0, "maximum": 100_000}
_ID = {"type": "string", "minLength": 1, "maxLength": 64}
_TEXT = {"type": "string", "maxLength": 10_000}
_PERSON_PROPERTIES: dict[str, Any] = {"id": _ID, "name": _TEXT}
_PERSON: dict[str, Any] = {"type": "object", "required": ["id"], "properties": _PERSON_PROPERTIES}

SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["format", "version", "contest", "rules", "rubric", "judges", "contestants", "ballots"],
    "properties": {
        "format": {"const": "moksori-contest"},
        "version": {"const": 1},
        "contest": {"type": "object", "required": ["id"],
                    "properties": {"id": _ID, "name": _TEXT, "date": _TEXT}},
        "rules": {
            "type": "object",
            "properties": {
                **{key: {"type": ["number", "null"], "minimum": 0, "maximum": 86_400}
                   for key in ("min_seconds", "max_seconds", "green", "amber", "red", "dq_under", "dq_over")},
                "method": {"enum": ["borda", "rank-sum"]},
                "borda_points": {"type": "array", "minItems": 1, "maxItems": 100,
                                 "items": {"type": "integer", "minimum": 0, "maximum": 1000}},
                "tie_breaker_judge": {"type": ["string", "null"], "maxLength": 64},
            },
        },
        "rubric": {"type": "array", "minItems": 1, "maxItems": 100, "items": {
            "type": "object", "required": ["id", "max"],
            "properties": {"id": _ID, "group": _TEXT, "name": _TEXT, "description": _TEXT,
                           "max": {"type": "number", "exclusiveMinimum": 0, "maximum": 1000}}}},
        "awards": {"type": "array", "maxItems": 100, "items": {"type": "string", "minLength": 1, "maxLength": 200}},
        "judges": {"type": "array", "maxItems": 1000, "items": _PERSON},
        "contestants": {"type": "array", "maxItems": 1000, "items": {
            **_PERSON, "properties": {**_PERSON_PROPERTIES, "title": _TEXT,
                                      "order": {"type": "integer", "minimum": 0, "maximum": 100_000},
                                      "seconds": {"type": ["number", "null"], "minimum": 0, "maximum": 86_400}}}},
        "ballots": {"type": "array", "maxItems": 100_000, "items": {
            "type": "object", "required": ["judge", "contestant", "scores"],
            "properties": {"judge": _ID, "contestant": _ID,
                           "version": {"type": "integer", "minimum": 1, "maximum": 100_000},
                           "scores": {"type": "object", "maxProperties": 100, "additionalProperties": _NUMBER},
                           "comment": _TEXT, "submitted_at": _TEXT, "source": _TEXT}}},
        "votes": {"type": "array", "maxItems": 100_000, "items": {
            "type": "object", "required": ["judge", "award", "contestant"],
            "properties": {"judge": _ID, "award": {"type": "string", "maxLength": 200}, "contestant": _ID}}},
        "judge": _ID,
        "exported_at": _TEXT,
        "checksum": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "seal": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
    },
}
_VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def parse(text: str) -> Any:
    """JSON text → Python, refusing oversized, too deeply nested and non-finite input (`malformed`)."""
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise ContestFileError("malformed", f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
    if _depth(text) > MAX_DEPTH:
        raise ContestFileError("malformed", "the file is nested too deeply to be a contest file")

    def refuse(constant: str) -> None:
        raise ContestFileError("malformed", f"the file holds a number that is not finite ({constant})")

    try:
        return json.loads(text, parse_constant=refuse, parse_int=_bounded_int)
    except json.JSONDecodeError as error:
        raise ContestFileError("malformed", f"not a JSON document ({error.msg}, line {error.lineno})") from None
    except RecursionError:
        raise ContestFileError("malformed", "the file is nested too deeply to be a contest file") from None


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > 15:
        raise ContestFileError("invalid", f"the number {digits[:20]}… is far out of range")
    return int(digits)


def _depth(text: str) -> int:
    """Deepest bracket nesting outside strings, counted without parsing (so a hostile file costs nothing)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def check_shape(document: Any) -> None:
    """The schema, then the cross-references a schema cannot express. Raises `ContestFileError`."""
    if not isinstance(document, dict) or document.get("format") != "moksori-contest":
        raise ContestFileError("wrong_format", "not a Moksori contest file")
    if document.get("version") != 1:
        raise ContestFileError("wrong_format", "made by another Moksori version")
    error = jsonschema.exceptions.best_match(_VALIDATOR.iter_errors(document))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "the file"
        raise ContestFileError("invalid", f"{where}: {error.message[:200]}")
    for key in ("judges", "contestants", "rubric"):
        ids = [item["id"] for item in document[key]]
        if len(ids) != len(set(ids)):
            raise ContestFileError("invalid", f"two {key} share an id")
    judges = {j["id"] for j in document["judges"]}
    breaker = document["rules"].get("tie_breaker_judge")
    if breaker and breaker not in judges:
        raise ContestFileError("invalid", f"the tie-breaker judge {breaker} is not one of the judges")
    if "judge" in document and document["judge"] not in judges:
        raise ContestFileError("invalid", f"the file's judge {document['judge']} is not one of the judges")
    numbers = [v for b in document["ballots"] for v in b["scores"].values()]
    if any(not math.isfinite(float(v)) for v in numbers):
        raise ContestFileError("invalid", "a score is not a finite number")


# Judge codes and seals ----------------------------------------------------------------------------

def new_secret() -> str:
    return secrets.token_hex(32)


def judge_code(secret: str, contest_uid: str, judge_uid: str) -> str:
    """The judge's short code, e.g. "7KQ2M-X9D4P": derived from the contest's secret, so never stored."""
    digest = hmac.new(bytes.fromhex(secret), f"{contest_uid}\x00{judge_uid}".encode(), hashlib.sha256).digest()
    value = int.from_bytes(digest[:7], "big") >> 6  # 50 bits
    chars = "".join(CODE_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(10)))
    return f"{chars[:5]}-{chars[5:]}"


def normalise_code(code: str) -> str:
    """What she typed → the code: case, spaces and dashes ignored; O read as 0, I and L as 1."""
    cleaned = code.upper().translate(str.maketrans("OIL", "011"))
    cleaned = "".join(ch for ch in cleaned if ch.isalnum())
    if len(cleaned) != 10 or any(ch not in CODE_ALPHABET for ch in cleaned):
        raise ContestFileError("bad_code", "a judge's code has 10 letters and digits, like 7KQ2M-X9D4P")
    return f"{cleaned[:5]}-{cleaned[5:]}"


def _key(code: str, contest_uid: str, judge_uid: str) -> bytes:
    salt = hashlib.sha256(f"moksori-seal\x00{contest_uid}\x00{judge_uid}".encode()).digest()
    return hashlib.scrypt(normalise_code(code).encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)


def _canonical(document: dict[str, Any]) -> bytes:
    body = {k: v for k, v in document.items() if k not in ("seal", "checksum")}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def seal(document: dict[str, Any], code: str) -> dict[str, Any]:
    """A judge's export sealed with her code (the document must name her in `judge`)."""
    key = _key(code, document["contest"]["id"], document["judge"])
    return {**document, "seal": hmac.new(key, _canonical(document), hashlib.sha256).hexdigest()}


def check_judge_file(document: dict[str, Any], secret: str | None) -> str:
    """A judge's file on the organiser's laptop: sealed with her code, carrying only her ballots and votes.
    Returns the judge's id. Raises `ContestFileError` (unsealed, not_organiser, forged, not_hers)."""
    judge = document.get("judge")
    if not judge:
        raise ContestFileError("not_a_judge_file", "this is a whole contest file, not one judge's ballots")
    if "seal" not in document:
        raise ContestFileError("unsealed", "the file has no seal from the judge's code")
    if not secret:
        raise ContestFileError("not_organiser", "only the organiser's laptop can check judges' files")
    key = _key(judge_code(secret, document["contest"]["id"], judge), document["contest"]["id"], judge)
    if not hmac.compare_digest(document["seal"], hmac.new(key, _canonical(document), hashlib.sha256).hexdigest()):
        raise ContestFileError("forged", "the seal does not match: the file was changed, or sealed with "
                                         "another judge's code")
    others = {b["judge"] for b in document["ballots"]} | {v["judge"] for v in document.get("votes", [])}
    if others - {judge}:
        raise ContestFileError("not_hers", f"the file of judge {judge} carries other judges' ballots")
    return str(judge)
