"""Screenshots of the lock's screens in English and Korean — choosing a passphrase, the recovery key, the
unlock box — as README shows them. Run: .venv/bin/python scripts/screenshot_lock.py (offscreen)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = ROOT / "docs" / "images"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from app.vault.crypto import new_recovery_key
    from app.vault.keyring import Keyring
    from tests.support.locked import FAST
    from ui import i18n
    from ui.shell import application
    from ui.shell.lock_dialogs import NewPassphraseDialog, RecoveryKeyDialog, UnlockDialog

    app = QApplication.instance() or QApplication([])
    application._style(app)
    folder = Path(tempfile.mkdtemp())
    Keyring.create(folder, "the right one", FAST)
    for language in ("en", "ko"):
        i18n.install(language)
        suffix = "" if language == "en" else "-ko"
        chosen = NewPassphraseDialog()
        chosen.first.setText("봄날 river 3 stones")
        chosen.second.setText("봄날 river 3 stones")
        shown = RecoveryKeyDialog(new_recovery_key())
        unlock = UnlockDialog(folder)
        unlock.field.setText("not the right one")
        unlock.try_unlock()
        for name, dialog in (("lock-choose", chosen), ("lock-recovery-key", shown), ("lock-unlock", unlock)):
            dialog.resize(560, dialog.sizeHint().height())
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(OUT / f"{name}{suffix}.png"))
            dialog.close()
    print("written to", OUT)


if __name__ == "__main__":
    main()
