"""The whole speech as running text, in English and in Korean, assembled from the rows."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from app.drafting.export import paragraphs
from app.speaking import english_words
from ui.drafting.document import SpeechDocument


class ReadingView(QDialog):
    def __init__(self, doc: SpeechDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Read the whole speech"))
        self.resize(760, 640)
        self.tabs = QTabWidget(self)
        self.english = QTextBrowser(self)
        self.korean = QTextBrowser(self)
        self.tabs.addTab(self.english, self.tr("English"))
        self.tabs.addTab(self.korean, self.tr("Korean"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.refresh()
        doc.text_saved.connect(self.refresh)
        doc.rows_reset.connect(self.refresh)

    def refresh(self) -> None:
        segments = self.doc.segments()
        title = html.escape(self.doc.speech().title)
        for browser, field in ((self.english, "english"), (self.korean, "korean")):
            body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(segments, field))
            browser.setHtml(f"<h2>{title}</h2><div style='font-size:14pt; line-height:150%'>{body}</div>")
        words = sum(english_words(s.english) for s in segments)
        self.tabs.setTabText(0, self.tr("English (%1 words)").replace("%1", str(words)))
