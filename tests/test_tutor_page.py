"""The tutor's page in a real headless Chromium, opened from file:// with no network: the passphrase,
her alternatives and notes, kept across a reload (encrypted in the browser), saved to a suggestions
file that `moksori receive` merges, attributed to her by name. Every request the browser made is
recorded and must be the page itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.exchange import service
from models.records import Role
from models.store import SpeechStore
from tests.support import browser

pytestmark = pytest.mark.skipif(browser.requirement() is not None, reason=str(browser.requirement()))

ROWS = [
    ("저는 함경북도 회령에서 태어났습니다.", "I was born in Hoeryong, North Hamgyong."),
    ("우리 가족은 강 건너 불빛을 보며 살았습니다.", "My family lived watching the lights across the river."),
    ("그 불빛이 저의 꿈이 되었습니다.", "Those lights became my dream."),
]
PASSPHRASE = "tumen river 2019"


@pytest.fixture
def speech(tmp_path: Path) -> tuple[SpeechStore, int]:
    store = SpeechStore.open(tmp_path / "moksori.sqlite3")
    speech = store.create_speech("Lights across the river", "Mina")
    segments = store.insert_segments(speech.id, 0, ROWS)
    store.add_alternative(segments[2].id, "Those lights turned into my dream.", "softer", Role.STUDENT)
    store.add_note(speech.id, segments[0].id, Role.STUDENT, "Is Hoeryong spelled right?")
    yield store, speech.id
    store.close()


def _type(driver, css: str, text: str, index: int = -1) -> None:
    from selenium.webdriver.common.by import By

    driver.find_elements(By.CSS_SELECTOR, css)[index].send_keys(text)


def _click(driver, element) -> None:
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def _state(driver) -> str:
    """What the page shows and keeps, for a failure's report."""
    return str(driver.execute_script(
        "const shown = (id) => !document.getElementById(id).hidden;"
        "return JSON.stringify({lock: shown('lock'), nameBox: shown('nameBox'), speech: shown('speech'),"
        " lockError: document.getElementById('lockError').textContent,"
        " status: document.getElementById('status').textContent,"
        " mine: document.querySelectorAll('.mine').length,"
        " localStorage: Object.keys(localStorage).map(k => k + ':' + localStorage.getItem(k).length)});"))


def _unlock(driver, passphrase: str) -> None:
    from selenium.webdriver.common.by import By

    box = driver.find_element(By.ID, "passphrase")
    box.clear()
    box.send_keys(passphrase)
    driver.find_element(By.ID, "unlock").click()


def test_the_tutor_works_in_her_browser_and_the_student_receives_it(speech, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    store, speech_id = speech
    page = tmp_path / "for my tutor.html"
    page.write_text(service.tutor_page(store, speech_id, PASSPHRASE), encoding="utf-8")
    html = page.read_text(encoding="utf-8")
    for korean, english in ROWS:  # nothing of the speech in the clear
        assert korean not in html and english not in html
        assert "Hoeryong" not in html and "Lights across" not in html and "Mina" not in html

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    with browser.chromium(downloads) as driver:
        driver.get(page.as_uri())
        _unlock(driver, "tumen river 2018")
        browser.wait_for(lambda: "does not open" in driver.find_element(By.ID, "lockError").text, what="refusal")
        assert not driver.find_element(By.ID, "speech").is_displayed()

        _unlock(driver, PASSPHRASE)
        name = browser.wait_for(lambda: driver.find_element(By.ID, "tutorName").is_displayed()
                                and driver.find_element(By.ID, "tutorName"), what="the name box")
        name.send_keys("Cydney\n")
        rows = browser.wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#rows .row"), what="the rows")
        assert len(rows) == 3
        assert rows[0].find_element(By.CSS_SELECTOR, ".ko").text == ROWS[0][0]
        assert rows[1].find_element(By.CSS_SELECTOR, ".en").text == ROWS[1][1]
        assert "Those lights turned into my dream." in rows[2].text  # her own alternative, shown
        assert "Is Hoeryong spelled right?" in rows[0].text

        def row(index: int):
            return driver.find_elements(By.CSS_SELECTOR, "#rows .row")[index]

        _click(driver, row(1).find_element(By.CSS_SELECTOR, ".add-alternative"))
        _type(driver, ".alt-text", "Every night my family watched the lights across the river.")
        _type(driver, ".alt-note", "more vivid: a picture of every night")
        _click(driver, row(1).find_element(By.CSS_SELECTOR, ".add-alternative"))
        _type(driver, ".alt-text", "We grew up looking at the lights on the other side.")
        _type(driver, ".alt-note", "plainer, easier to say")
        _click(driver, row(2).find_element(By.CSS_SELECTOR, ".reword"))
        reword = driver.find_elements(By.CSS_SELECTOR, ".alt-text")[-1]
        assert reword.get_attribute("value") == ROWS[2][1]  # starts from her sentence
        reword.send_keys(" And they still are.")
        _click(driver, row(0).find_element(By.CSS_SELECTOR, ".add-note"))
        _type(driver, ".note-text", "Say Hoe-ryong slowly: the judges will not know it.")
        _click(driver, driver.find_element(By.ID, "addSpeechNote"))
        _type(driver, ".note-text", "A strong opening. Pause after the first sentence.")
        # "kept" only once the sealed copy is in storage ("keeping…" until then: refreshing sooner lost the last note)
        browser.wait_for(lambda: driver.find_element(By.ID, "status").text ==
                         "3 alternatives, 2 notes, kept in this browser")

        # Kept in the browser twice (IndexedDB, and localStorage as the fallback), encrypted: nothing she typed
        # is readable in either.
        def stored() -> str:
            return driver.execute_script(
                "return Object.keys(localStorage).filter(k => k.startsWith('moksori-draft:'))"
                ".map(k => localStorage.getItem(k)).join('')")

        def in_database() -> str:
            return str(driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "const request = indexedDB.open('moksori', 1);"
                "request.onsuccess = () => { const all = request.result.transaction('drafts')"
                ".objectStore('drafts').getAll(); all.onsuccess = () => { request.result.close();"
                " done(all.result.join('')); }; };"
                "request.onerror = () => done('');"))
        for copy in (stored, in_database):
            browser.wait_for(lambda read=copy: "vivid" not in read()
                             and '"kind":"suggestions"' in read().replace(" ", ""), what="the draft in storage")
            browser.wait_for(lambda read=copy: json.loads(read())["data"] and len(read()) > 900, what="the whole draft")
            for text in ("vivid", "Cydney", "lights", "Hoe-ryong", "opening"):
                assert text not in copy()

        driver.refresh()
        # A copy that no longer opens (a write cut short, storage damaged) gives way to the other, even when newer;
        # damaged here while the page is locked, so that nothing she does overwrites it before it is read.
        # (Chromium sometimes shows a reopened file page nothing of localStorage: then there is nothing to damage.)
        driver.execute_script(
            "const key = Object.keys(localStorage).find(k => k.startsWith('moksori-draft:'));"
            "if (key) { const copy = JSON.parse(localStorage.getItem(key));"
            " copy.data = 'AAAA' + copy.data.slice(4); copy.kept_at = 9e15;"
            " localStorage.setItem(key, JSON.stringify(copy)); }")
        _unlock(driver, PASSPHRASE)
        browser.wait_for(lambda: len(driver.find_elements(By.CSS_SELECTOR, ".mine")) == 5, what="her work back",
                         seen=lambda: _state(driver))
        values = [e.get_attribute("value") for e in driver.find_elements(By.CSS_SELECTOR, ".mine textarea")]
        assert "Every night my family watched the lights across the river." in values
        assert not driver.find_element(By.ID, "nameBox").is_displayed()  # her name was kept too

        driver.find_element(By.ID, "save").click()
        saved = browser.wait_for(lambda: [p for p in downloads.iterdir() if p.suffix == ".moksori-suggestions"],
                                 what="the suggestions file")
        browser.wait_for(lambda: "Downloaded" in driver.find_element(By.ID, "status").text, what="the saved message")
        urls = browser.requested_urls(driver)
        assert urls, "the performance log recorded nothing"
        assert all(url == page.as_uri() or url.startswith("blob:file://") for url in urls), urls

    suggestions = saved[0]
    assert "Cydney" in suggestions.name
    raw = suggestions.read_text(encoding="utf-8")
    assert "vivid" not in raw and "Cydney" not in raw  # sealed like the page

    store.close()
    env = {"MOKSORI_DATA_DIR": str(tmp_path / "cli"), "MOKSORI_PASSPHRASE": PASSPHRASE}
    cli_store = SpeechStore.open(tmp_path / "cli" / "moksori.sqlite3")
    cli_store.close()
    source = SpeechStore.open(tmp_path / "moksori.sqlite3")
    bundle_file = tmp_path / "speech.moksori"
    bundle_file.write_text(service.bundle(source, speech_id, PASSPHRASE), encoding="utf-8")
    source.close()
    run = _cli(["receive", str(bundle_file)], env)  # the same speech in the command line's folder
    assert run.returncode == 0, run.stderr

    run = _cli(["receive", str(suggestions), "--json"], env)
    assert run.returncode == 0, run.stderr
    arrival = json.loads(run.stdout)
    assert arrival["summary"] == "Cydney: 3 alternatives on 2 sentences, 2 notes"
    assert (arrival["alternatives"], arrival["sentences"], arrival["notes"]) == (3, 2, 2)

    again = _cli(["receive", str(suggestions), "--json"], env)
    assert again.returncode == 0 and json.loads(again.stdout)["alternatives"] == 0
    assert json.loads(again.stdout)["already"] == 5

    wrong = _cli(["receive", str(suggestions)], {**env, "MOKSORI_PASSPHRASE": "tumen river"})
    assert wrong.returncode == 1 and "passphrase is wrong" in wrong.stderr

    check = SpeechStore.open(tmp_path / "cli" / "moksori.sqlite3")
    [received_id] = [s.id for s in check.speeches()]
    segments = check.segments(received_id)
    assert [(s.korean, s.english) for s in segments] == ROWS  # her text untouched
    tutors = [a for s in segments for a in check.alternatives(s.id) if a.author is Role.TUTOR]
    assert {a.author_name for a in tutors} == {"Cydney"} and len(tutors) == 3
    assert {a.text for a in check.alternatives(segments[1].id)} == {
        "Every night my family watched the lights across the river.",
        "We grew up looking at the lights on the other side."}
    assert "more vivid: a picture of every night" in {a.note for a in tutors}
    assert not any(a.chosen for a in tutors)
    notes = {(n.segment_id, n.text, n.author_name) for n in check.notes(received_id) if n.author is Role.TUTOR}
    assert notes == {(segments[0].id, "Say Hoe-ryong slowly: the judges will not know it.", "Cydney"),
                     (None, "A strong opening. Pause after the first sentence.", "Cydney")}
    check.close()


def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([sys.executable, "-m", "ui.shell.launcher", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120)


def test_the_request_log_would_show_a_page_that_reached_out(tmp_path: Path) -> None:
    """The control for the test above: a page with one outside stylesheet is caught by the same log."""
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><link rel="stylesheet" href="http://192.0.2.7/fonts.css"><p>hi</p>',
                    encoding="utf-8")
    with browser.chromium(tmp_path) as driver:
        driver.get(page.as_uri())
        urls = browser.wait_for(lambda: browser.requested_urls(driver), what="the log")
    assert "http://192.0.2.7/fonts.css" in urls
