"""Exporting a speech: a printable two-column PDF (Qt's own printing) and plain text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.drafting.export import DocumentLabels, plain_text, two_column_html
from models.records import Segment, Speech
from ui import pdf
from ui.messages import error_text


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


def save_as(parent: QWidget, caption: str, suffix: str, pattern: str,
            writer: Callable[[Path, Speech, list[Segment]], None], speech: Speech,
            segments: list[Segment]) -> Path | None:
    """Ask where, then write; a failure is said in a message box. The path written, or None."""
    suggested = str(Path.home() / f"{speech.title or 'speech'}.{suffix}")
    chosen, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, pattern)
    if not chosen:
        return None
    try:
        writer(Path(chosen), speech, segments)
    except OSError as error:
        QMessageBox.warning(parent, caption, error_text(error))
        return None
    return Path(chosen)


def print_speech(parent: QWidget, speech: Speech, segments: list[Segment]) -> str | None:
    """Print on a printer chosen in Qt's dialog; the reason when there is none to print on."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

    if not QPrinterInfo.availablePrinters():
        return QCoreApplication.translate("Export", "No printer is set up on this computer. Export as PDF "
                                                    "(Ctrl+Shift+P) instead, and print that file elsewhere.")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec():
        pdf.print_html(two_column_html(speech, segments, labels()), printer)
    return None
