"""The tutor's page: resources/tutor/page.html with the sealed speech put inside it.

Everything the page needs is in that one file (styles, script, the sealed speech); its
Content-Security-Policy forbids every connection, so a tutor's browser fetches nothing anywhere.
"""

from __future__ import annotations

import json
from typing import Any

from app.paths import resources_dir

PLACEHOLDER = "/*SEALED*/"


def page_html(container: dict[str, Any]) -> str:
    template = (resources_dir() / "tutor" / "page.html").read_text(encoding="utf-8")
    # The container is ASCII JSON (base64 and names): nothing in it can close the script element.
    payload = json.dumps(container, separators=(",", ":"))
    assert "<" not in payload
    return template.replace(PLACEHOLDER, payload, 1)
