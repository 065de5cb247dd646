"""Qt rich text (HTML) on paper: one way to make a PDF or print, for the speech export and contest papers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument


def print_html(html: str, device: QPagedPaintDevice, landscape: bool = False) -> None:
    """A4 on a PDF writer or a printer. Qt's rich-text printing adds 2 cm margins and page numbers."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    document.setHtml(html)
    document.print_(device)


def write_pdf(html: str, path: Path, title: str, landscape: bool = False) -> None:
    """Write to a temporary name, then rename: a half-written PDF never replaces a good one (OSError if
    nothing could be written)."""
    staging = path.with_name(f".{path.name}.partial")
    writer = QPdfWriter(str(staging))
    writer.setTitle(title)
    writer.setCreator("Moksori")
    writer.setResolution(300)
    print_html(html, writer, landscape)
    del writer  # finishes the file
    if not staging.exists() or staging.stat().st_size == 0:
        staging.unlink(missing_ok=True)
        raise OSError(f"nothing could be written to {path}")
    staging.replace(path)
