"""Exporting a speech: a printable two-column PDF (Qt's own printing) and plain text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.export import DocumentLabels, plain_text, two_column_html
from models.records import Segment, Speech


def labels() -> DocumentLabels:
    return DocumentLabels(
        korean=QCoreApplication.translate("Export", "Korean"),
        english=QCoreApplication.translate("Export", "English"),
        speaker=QCoreApplication.translate("Export", "Speaker"),
        words=QCoreApplication.translate("Export", "words"),
        limit=QCoreApplication.translate("Export", "Time limit"),
    )


def write_pdf(path: Path, speech: Speech, segments: list[Segment]) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(speech.title)
    writer.setCreator("Moksori")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    document = QTextDocument()
    document.setHtml(two_column_html(speech, segments, labels()))
    document.print_(writer)
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"nothing was written to {path}")


def write_text(path: Path, speech: Speech, segments: list[Segment]) -> None:
    path.write_text(plain_text(speech, segments, labels()), encoding="utf-8")
