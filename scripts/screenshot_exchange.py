"""Screenshots of the tutor's page (laptop and phone widths, headless Chromium) and of the import
preview in the window (Qt, offscreen), for README. Run: .venv/bin/python scripts/screenshot_exchange.py"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.exchange import service  # noqa: E402
from models.records import Role  # noqa: E402
from models.store import SpeechStore  # noqa: E402

OUT = ROOT / "docs" / "images"
PASSPHRASE = "three green lanterns"
ROWS = [
    ("저는 함경북도 회령에서 태어났습니다.", "I was born in Hoeryong, in North Hamgyong Province."),
    ("겨울이면 강 건너 중국 쪽 불빛이 보였습니다.", "In winter we could see the lights of China across the river."),
    ("그 불빛이 저의 꿈이 되었습니다.", "Those lights became my dream."),
    ("오늘 저는 그 꿈에 대해 이야기하려고 합니다.", "Today I want to tell you about that dream."),
]


def speech(folder: Path) -> tuple[SpeechStore, int]:
    store = SpeechStore.open(folder / "moksori.sqlite3")
    made = store.create_speech("Lights across the river", "Mina")
    segments = store.insert_segments(made.id, 0, ROWS)
    store.add_alternative(segments[2].id, "Those lights turned into my dream.", "softer", Role.STUDENT)
    store.add_note(made.id, segments[0].id, Role.STUDENT, "Is Hoeryong spelled right?")
    return store, made.id


def page_shots(store: SpeechStore, speech_id: int, folder: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    page = folder / "for my tutor.html"
    page.write_text(service.tutor_page(store, speech_id, PASSPHRASE), encoding="utf-8")
    for name, width, height in (("tutor-page-laptop.png", 1280, 860), ("tutor-page-phone.png", 390, 844)):
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                         f"--window-size={width},{height}", "--force-device-scale-factor=1"):
            options.add_argument(argument)
        if width < 500:
            options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height,
                                                                                  "pixelRatio": 1}})
        driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
        try:
            driver.get(page.as_uri())
            driver.find_element(By.ID, "passphrase").send_keys(PASSPHRASE + "\n")
            box = driver.find_element(By.ID, "tutorName")
            import time

            while not box.is_displayed():
                time.sleep(0.1)
            box.send_keys("Cydney\n")
            rows = driver.find_elements(By.CSS_SELECTOR, "#rows .row")
            button = rows[1].find_element(By.CSS_SELECTOR, ".add-alternative")
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
            button.click()
            driver.find_elements(By.CSS_SELECTOR, ".alt-text")[-1].send_keys(
                "Every winter night, we watched the lights of China across the river.")
            driver.find_elements(By.CSS_SELECTOR, ".alt-note")[-1].send_keys("more vivid: a picture she can see")
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(str(OUT / name))
        finally:
            driver.quit()


def preview_shot(store: SpeechStore, speech_id: int, folder: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.workspace import Workspace
    from tests.support.exchange import suggestions_file
    from ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(Workspace(store))
    window.resize(1280, 800)
    window.show()
    path = folder / "Lights across the river - suggestions Cydney.moksori-suggestions"
    path.write_text(suggestions_file(store, speech_id, PASSPHRASE, [
        (1, "Every winter night, we watched the lights of China across the river.", "more vivid"),
        (1, "In winter, China's lights shone across the river.", "shorter, easier to say"),
        (2, "Those lights grew into my dream.", "gentler"),
        (3, "Today I want to share that dream with you.", "warmer: 'share' invites the audience"),
    ], notes=[(0, "Say Hoe-ryong slowly"), (None, "A strong opening!")]), encoding="utf-8")
    window.exchange.ask_passphrase = lambda title, intro, confirm: PASSPHRASE

    def grab_box() -> None:
        box = next(w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        box.adjustSize()
        box.grab().save(str(OUT / "tutor-suggestions-preview.png"))
        box.defaultButton().click()

    QTimer.singleShot(300, grab_box)
    window.exchange.receive(path)
    app.processEvents()
    row = store.segments(speech_id)[1]
    window.page.editor.focus_row(row.id, "english")
    window.alternatives_dock.widget().show_segment(row.id)
    window.notes_dock.widget().show_segment(row.id)
    app.processEvents()
    window.grab().save(str(OUT / "tutor-suggestions-arrived.png"))
    window.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        os.environ["MOKSORI_DATA_DIR"] = str(folder)
        store, speech_id = speech(folder)
        page_shots(store, speech_id, folder)
        preview_shot(store, speech_id, folder)
        store.close()
    print("written to", OUT)


if __name__ == "__main__":
    main()
