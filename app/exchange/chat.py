"""A tutor's chat message with numbered alternatives, as pasted into the alternatives box:

    1. I was born in a small town near the river. (plain)
    2) I was born in Hoeryong, a town on the Tumen. — more vivid, names the place
    3. “My hometown is Hoeryong.” note: simplest to say

becomes [(text, note), …]. Items are numbered 1, 2, 3 … in order (so a number inside a sentence,
"I was 7. Then …", does not split it); the note is a final bracket, or what follows a dash or "note:".
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"(?:(?<=\s)|^)[(\[]?(\d{1,2})[.):\]]\s+")
_QUOTES = "\"'“”‘’「」"
_NOTE_AFTER = re.compile(r"\s+(?:[—–]|-{1,2}|→|=>)\s+|\s*\b(?:note|nuance|뜻|느낌)\s*:\s*", re.IGNORECASE)


def numbered_alternatives(message: str) -> list[tuple[str, str]]:
    """The alternatives in `message`, or [] when it does not hold at least two numbered ones."""
    starts: list[tuple[int, int]] = []  # (where the item's text starts, where its number starts)
    expected = 1
    for match in _NUMBER.finditer(message):
        if int(match.group(1)) == expected:
            starts.append((match.end(), match.start()))
            expected += 1
    if len(starts) < 2:
        return []
    items = []
    for index, (text_start, _number_start) in enumerate(starts):
        end = starts[index + 1][1] if index + 1 < len(starts) else len(message)
        items.append(_split_note(" ".join(message[text_start:end].split())))
    return [item for item in items if item[0]]


def _split_note(item: str) -> tuple[str, str]:
    text, note = item, ""
    if item.endswith(")") and "(" in item:
        opening = item.rindex("(")
        if opening > 0:
            text, note = item[:opening], item[opening + 1:-1]
    else:
        found = list(_NOTE_AFTER.finditer(item))
        if found and found[-1].start() > 0:
            text, note = item[:found[-1].start()], item[found[-1].end():]
    return text.strip().strip(_QUOTES).strip(), note.strip()
