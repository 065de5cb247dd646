"""Exporting a speech: a printable two-column PDF (Qt's own printing) and plain text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.drafting.export import DocumentLabels, plain_text, two_column_html
from models.records import Segment, Speech
from ui import pdf


def labels() -> DocumentLabels:
    return DocumentLabels(
        korean=QCoreApplication.translate("Export", "Korean"),
        english=QCoreApplication.translate("Export", "English"),
        speaker=QCoreApplication.translate("Export", "Speaker"),
        words=QCoreApplication.translate("Export", "words"),
        limit=QCoreApplication.translate("Export", "Time limit"),
    )


def write_pdf(path: Path, speech: Speech, segments: list[Segment]) -> None:
    pdf.write_pdf(two_column_html(speech, segments, labels()), path, speech.title)


def write_text(path: Path, speech: Speech, segments: list[Segment]) -> None:
    path.write_text(plain_text(speech, segments, labels()), encoding="utf-8")
