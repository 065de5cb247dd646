"""The questions the contest window asks around judges' files: her code, replacing ballots entered on this
laptop, and what an import will change. GUI thread only; each takes an `answer` that tests give."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.contest.exchange import ImportPreview

translate = QCoreApplication.translate
YES = QMessageBox.StandardButton.Yes


def ask_judge_code(parent: QWidget, name: str) -> str:
    title = translate("ContestFiles", "Export one judge's ballots")
    label = translate("ContestFiles", "%1's judge code, from the organiser (like 7KQ2M-X9D4P). It seals the "
                                      "file so that only her ballots are accepted.").replace("%1", name)
    code, ok = QInputDialog.getText(parent, title, label)
    return code if ok else ""


def confirm_replace(parent: QWidget, name: str, answer: bool | None) -> bool:
    if answer is not None:
        return answer
    title = translate("ContestFiles", "Import judges' ballots")
    text = translate("ContestFiles", "%1 already scored on this computer. Add the ballots in her file as new "
                                     "versions? Her earlier ballots are kept, and the newest version of each "
                                     "counts.").replace("%1", name)
    return QMessageBox.question(parent, title, text) == YES


def confirm_import(parent: QWidget, preview: ImportPreview, judges: dict[str, str], speakers: dict[str, str],
                   answer: bool | None) -> bool:
    """Show what the file will change before anything is written."""
    if answer is not None:
        return answer
    new = ", ".join(speakers.get(uid, uid) for uid in preview.new_ballots) or "—"
    title = translate("ContestFiles", "Import judges' ballots")
    text = translate("ContestFiles", "From %1's file: new ballots for %2 speakers (%3); %4 already here "
                                     "unchanged; %5 award votes. Import it?")
    text = (text.replace("%1", judges.get(preview.judge, preview.judge))
            .replace("%2", str(len(preview.new_ballots))).replace("%3", new)
            .replace("%4", str(preview.unchanged)).replace("%5", str(preview.votes)))
    return QMessageBox.question(parent, title, text) == YES
