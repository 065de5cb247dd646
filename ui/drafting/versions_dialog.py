"""Saved versions of a speech, and a side-by-side comparison of any two (or a version and now)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.drafting.versions import ComparedRow, compare, word_diff
from models.records import SnapshotRow, Version, VersionKind
from ui.drafting.document import SpeechDocument
from ui.drafting.roles import role_name

NOW = -1
CHANGED_COLOURS = {"changed": "#fff4c2", "added": "#dcf5dc", "removed": "#fadcdc"}


def diff_html(old: str, new: str, side: str) -> str:
    """One side of a changed sentence, with the words that differ marked."""
    parts = []
    for op, text in word_diff(old, new):
        escaped = html.escape(text)
        if op == "same":
            parts.append(escaped)
        elif op == "removed" and side == "left":
            parts.append(f"<span style='background:#f4a6a6; text-decoration:line-through'>{escaped}</span>")
        elif op == "added" and side == "right":
            parts.append(f"<span style='background:#a6e3a6'>{escaped}</span>")
    return "".join(parts)


class VersionsDialog(QDialog):
    def __init__(self, doc: SpeechDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Versions"))
        self.resize(1000, 640)
        self.left = QComboBox(self)
        self.right = QComboBox(self)
        self.left.setAccessibleName(self.tr("Compare this version"))
        self.right.setAccessibleName(self.tr("with this version"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("English"), "english")
        self.language.addItem(self.tr("Korean"), "korean")
        save = QPushButton(self.tr("Save a version…"), self)
        save.clicked.connect(self.save_version)
        self.summary = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare"), self))
        top.addWidget(self.left, 1)
        top.addWidget(QLabel(self.tr("with"), self))
        top.addWidget(self.right, 1)
        top.addWidget(self.language)
        top.addWidget(save)
        self.table = QTableWidget(0, 3, self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.fill_choices()
        for combo in (self.left, self.right, self.language):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def fill_choices(self, select_left: int | None = None) -> None:
        versions = self.doc.store.versions(self.doc.speech_id)
        for combo in (self.left, self.right):
            combo.blockSignals(True)
            combo.clear()
            for version in versions:
                label = version.name
                # "first draft (first draft)" when she named it so: the mark only when the name lacks it.
                if version.kind is VersionKind.FIRST_DRAFT and "first draft" not in version.name.lower() \
                        and "초안" not in version.name:
                    label = self.tr("%1 (first draft)").replace("%1", version.name)
                combo.addItem(f"{label} · {version.created_at[:16].replace('T', ' ')}", version.id)
            combo.addItem(self.tr("Now"), NOW)
            combo.blockSignals(False)
        first_draft = next((v.id for v in versions if v.kind is VersionKind.FIRST_DRAFT), None)
        left = select_left if select_left is not None else first_draft if first_draft is not None else (
            versions[-1].id if versions else NOW)
        self.left.setCurrentIndex(self.left.findData(left))
        self.right.setCurrentIndex(self.right.findData(NOW))

    def _rows(self, version_id: int) -> list[SnapshotRow]:
        if version_id == NOW:
            return [SnapshotRow(s.id, s.korean, s.english) for s in self.doc.segments()]
        return self.doc.store.version(version_id).rows

    def refresh(self) -> None:
        if self.left.currentIndex() < 0 or self.right.currentIndex() < 0:
            return
        field = self.language.currentData()
        rows = compare(self._rows(self.left.currentData()), self._rows(self.right.currentData()))
        self.table.setHorizontalHeaderLabels(["#", self.left.currentText(), self.right.currentText()])
        self.table.setRowCount(len(rows))
        changed = 0
        for index, row in enumerate(rows):
            changed += row.status != "same"
            self._fill_row(index, row, field)
        self.table.resizeRowsToContents()
        self.summary.setText(self.tr("%1 of %2 sentences differ.").replace("%1", str(changed)).replace(
            "%2", str(len(rows))))

    def _fill_row(self, index: int, row: ComparedRow, field: str) -> None:
        old = getattr(row.left, field) if row.left else ""
        new = getattr(row.right, field) if row.right else ""
        status = row.status if row.status != "changed" or old != new else "same"
        number = QTableWidgetItem(str(index + 1))
        self.table.setItem(index, 0, number)
        for column, text, side in ((1, old, "left"), (2, new, "right")):
            label = QLabel(self.table)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText((diff_html(old, new, side) if status == "changed" else html.escape(text))
                          + (self._who(row, new) if side == "right" and status == "changed" else ""))
            label.setMargin(4)
            if status != "same":
                label.setStyleSheet(f"background:{CHANGED_COLOURS[status]}")
            self.table.setCellWidget(index, column, label)
        if status != "same":
            number.setBackground(QColor(CHANGED_COLOURS[status]))

    def _who(self, row: ComparedRow, new: str) -> str:
        """Who gave the new English: an alternative picked (its author) or her own typing."""
        if row.right is None or self.language.currentData() != "english":
            return ""
        try:
            alternatives = self.doc.store.alternatives(row.right.segment_id)
        except KeyError:
            return ""
        picked = next((a for a in alternatives if a.text == new), None)
        if picked is None:
            text = self.tr("typed in the editor")
        else:
            who = role_name(picked.author) if not picked.author_name else \
                f"{picked.author_name} ({role_name(picked.author)})"
            text = self.tr("an alternative by %1, picked").replace("%1", who)
        return f"<br/><small style='color:#5a6478'>✎ {html.escape(text)}</small>"

    def save_version(self) -> None:
        version = save_version(self.doc, self)
        if version is not None:
            self.fill_choices(select_left=version.id)
            self.refresh()


class SaveVersionDialog(QDialog):
    def __init__(self, suggested: str, has_first_draft: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save a version"))
        self.name = QLineEdit(suggested, self)
        self.name.setMaxLength(120)
        self.name.selectAll()
        self.first_draft = QCheckBox(self.tr("This is the first draft the student wrote alone"), self)
        self.first_draft.setChecked(not has_first_draft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Name of this version:"), self))
        layout.addWidget(self.name)
        layout.addWidget(self.first_draft)
        layout.addWidget(buttons)


def save_version(doc: SpeechDocument, parent: QWidget) -> Version | None:
    """Ask for a name and save a snapshot of the speech as it is now."""
    versions = doc.store.versions(doc.speech_id)
    has_first = any(v.kind is VersionKind.FIRST_DRAFT for v in versions)
    suggested = QCoreApplication.translate("VersionsDialog", "Version %1").replace("%1", str(len(versions) + 1))
    dialog = SaveVersionDialog(suggested, has_first, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    name = " ".join(dialog.name.text().split()) or suggested
    kind = VersionKind.FIRST_DRAFT if dialog.first_draft.isChecked() else VersionKind.NAMED
    doc.flush()
    return doc.attempt(lambda: doc.store.save_version(doc.speech_id, name, kind))
