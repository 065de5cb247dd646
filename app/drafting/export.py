"""The speech as a document: plain text, and the HTML that the window prints to PDF.

Labels (column headings and the like) are passed in already translated, so this module stays free
of interface text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from app.speaking import clock, english_words
from models.records import Segment, Speech


@dataclass(frozen=True)
class DocumentLabels:
    korean: str = "Korean"
    english: str = "English"
    speaker: str = "Speaker"
    words: str = "words"
    limit: str = "Time limit"


def paragraphs(segments: list[Segment], field: str) -> list[str]:
    """The speech in one language as paragraphs, joining its rows ('korean' or 'english')."""
    result: list[list[str]] = []
    for segment in segments:
        text = getattr(segment, field).strip()
        if segment.starts_paragraph or not result:
            result.append([])
        if text:
            result[-1].append(text)
    return [" ".join(p) for p in result if p]


def plain_text(speech: Speech, segments: list[Segment], labels: DocumentLabels) -> str:
    words = sum(english_words(s.english) for s in segments)
    lines = [speech.title]
    if speech.speaker:
        lines.append(f"{labels.speaker}: {speech.speaker}")
    lines.append(f"{labels.limit}: {clock(speech.limits.min_seconds)}–{clock(speech.limits.max_seconds)}"
                 f" · {words} {labels.words}")
    lines.append("")
    for language, field in ((labels.english, "english"), (labels.korean, "korean")):
        lines.append(f"== {language} ==")
        lines.append("")
        for paragraph in paragraphs(segments, field):
            lines.extend([paragraph, ""])
    lines.append(f"== {labels.korean} | {labels.english} ==")
    lines.append("")
    for number, segment in enumerate(segments, start=1):
        lines.append(f"{number}. {segment.korean}")
        lines.append(f"   {segment.english}")
    return "\n".join(lines).rstrip() + "\n"


def two_column_html(speech: Speech, segments: list[Segment], labels: DocumentLabels) -> str:
    """A printable table: row number, Korean, English, one sentence per row."""
    e = html.escape
    words = sum(english_words(s.english) for s in segments)
    rows = "".join(
        f"<tr><td class='n'>{n}</td><td>{e(s.korean)}</td><td>{e(s.english)}</td></tr>"
        for n, s in enumerate(segments, start=1)
    )
    speaker = f"<p>{e(labels.speaker)}: {e(speech.speaker)}</p>" if speech.speaker else ""
    return (
        "<html><head><style>"
        "body{font-size:11pt;} h1{font-size:18pt;} td{padding:4px; vertical-align:top;}"
        "th{background:#e8eef7; padding:4px; text-align:left;} td.n{color:#777;}"
        "</style></head><body>"
        f"<h1>{e(speech.title)}</h1>{speaker}"
        f"<p>{e(labels.limit)}: {clock(speech.limits.min_seconds)}–{clock(speech.limits.max_seconds)}"
        f" · {words} {e(labels.words)}</p>"
        "<table width='100%' border='1' cellspacing='0' cellpadding='4' style='border-collapse:collapse;'>"
        f"<tr><th width='4%'>#</th><th width='48%'>{e(labels.korean)}</th>"
        f"<th width='48%'>{e(labels.english)}</th></tr>{rows}</table></body></html>"
    )
