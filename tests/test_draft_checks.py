"""Draft checks in the editor, as a student and tutor use them: underlines appear for real learner
mistakes, a suggestion fixes the sentence (and undo brings it back), a name joins the speech's words, a
flag can be ignored for one sentence, and the whole speech is listed for walking through."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from models.store import SpeechStore
from ui.shell.main_window import MainWindow

WAIT = 30_000


def open_window(qtbot: QtBot, store: SpeechStore, english: list[str]) -> MainWindow:
    speech = store.create_speech("Draft")
    store.insert_segments(speech.id, 0, [("", text) for text in english])
    window = MainWindow(Workspace(store))
    qtbot.addWidget(window)
    window.open_speech(speech.id)
    window.show()
    return window


def cell(window: MainWindow, index: int):  # noqa: ANN201
    assert window.page is not None
    return window.page.editor.rows[index].english


def test_mistakes_are_underlined_and_a_suggestion_fixes_them(qtbot: QtBot, store: SpeechStore) -> None:
    window = open_window(qtbot, store, ["He can speaks English.", "Thank you for listening."])
    english = cell(window, 0)
    qtbot.waitUntil(lambda: [i.text for i in english.issues] == ["speaks"], timeout=WAIT)
    assert len(english.extraSelections()) == 1
    [issue] = english.issues
    assert issue.kind == "grammar" and issue.suggestions == ["speak"] and "base form" in issue.message
    assert cell(window, 1).issues == []
    english.fix_requested.emit(issue.start, issue.end, "speak")
    assert english.toPlainText() == "He can speak English."
    assert store.segments(window.doc.speech_id)[0].english == "He can speak English."
    qtbot.waitUntil(lambda: english.issues == [], timeout=WAIT)
    window.doc.undo_stack.undo()
    assert english.toPlainText() == "He can speaks English."
    qtbot.waitUntil(lambda: [i.text for i in english.issues] == ["speaks"], timeout=WAIT)


def test_typing_rechecks_only_after_a_pause(qtbot: QtBot, store: SpeechStore) -> None:
    window = open_window(qtbot, store, ["I have many friends."])
    english = cell(window, 0)
    checked: list[int] = []
    window.page.editor.checker.checked.connect(checked.append)
    qtbot.waitUntil(lambda: bool(checked), timeout=WAIT)
    checked.clear()
    english.setPlainText("I have many friend in Seoul.")  # an edit, as typing would make
    qtbot.waitUntil(lambda: [i.text for i in english.issues] == ["friend"], timeout=WAIT)
    assert len(checked) == 1


def test_names_join_the_speech_words_and_a_flag_can_be_ignored(qtbot: QtBot, store: SpeechStore) -> None:
    window = open_window(qtbot, store, ["I was born in Sinpo.", "There is many people."])
    first, second = cell(window, 0), cell(window, 1)
    qtbot.waitUntil(lambda: [i.text for i in first.issues] == ["Sinpo"], timeout=WAIT)
    assert first.issues[0].kind == "name"  # a Korean name, not an error: underlined with dots, added in a click
    first.word_added.emit("Sinpo")
    qtbot.waitUntil(lambda: first.issues == [], timeout=WAIT)
    assert store.speech_words(window.doc.speech_id) == ["Sinpo"]
    qtbot.waitUntil(lambda: [i.text for i in second.issues] == ["is"], timeout=WAIT)
    second.ignore_requested.emit("is")
    qtbot.waitUntil(lambda: second.issues == [], timeout=WAIT)


def test_the_whole_speech_is_listed_and_walked_with_the_keyboard(qtbot: QtBot, store: SpeechStore) -> None:
    window = open_window(qtbot, store, ["My family crossed the river.", "My mother cook dinner every day."])
    dialog = window.show_checks()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=WAIT)
    rows = [(dialog.tree.topLevelItem(i).text(0), dialog.tree.topLevelItem(i).text(2))
            for i in range(dialog.tree.topLevelItemCount())]
    assert ("2", "cook") in rows and ("1", "family") in rows and ("1", "river") in rows
    target = next(i for i in range(dialog.tree.topLevelItemCount()) if dialog.tree.topLevelItem(i).text(2) == "cook")
    dialog._activate(dialog.tree.topLevelItem(target))
    english = cell(window, 1)
    assert english.textCursor().selectedText() == "cook"


def test_the_list_speaks_plainly_and_its_fixes_apply(qtbot: QtBot, store: SpeechStore) -> None:
    """F8's list: no code marks, no far-fetched words for a North Korean place name, no jargon, and a
    suggestion applied from the list (two in one sentence: the second still lands on its word)."""
    window = open_window(qtbot, store, ["I was born in Samjiyon County.",
                                        "My freind recieve a leter every week."])
    dialog = window.show_checks()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=WAIT)
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert all("`" not in item.text(3) for item in items)
    [place] = [item for item in items if item.text(2) == "Samjiyon"]
    assert "looks like a Korean name" in place.text(3) and "→" not in place.text(3)
    assert place.text(1) == "name?"  # a name to add, not a mistake
    assert "Reading ease" not in dialog.summary.text() and "to follow when heard" in dialog.summary.text()
    for word in ("freind", "recieve", "leter"):
        index = next(i for i, item in enumerate(items) if item.text(2) == word)
        dialog.tree.setCurrentItem(items[index])
        assert dialog.use.isEnabled()
        dialog.use.click()
    assert cell(window, 1).toPlainText() == "My friend receive a letter every week."
    assert store.segments(window.doc.speech_id)[1].english == "My friend receive a letter every week."
    window.doc.undo_stack.undo()  # each fix is its own undoable change
    assert cell(window, 1).toPlainText() == "My friend receive a leter every week."


def test_learner_findings_are_explained_in_korean(qtbot: QtBot, store: SpeechStore) -> None:
    """Korean learners read Korean better: each learner rule has its explanation, with the fix in it."""
    from app.drafting.grammar import HarperEngine, Issue, check_lines
    from app.drafting.learner_rules import check
    from tests.support.learner_sets_shapes import SHAPE_ERRORS
    from tests.test_learner_errors import (
        CLAUSE_ERRORS,
        ERRORS,
        FORM_ERRORS,
        LAST_ERRORS,
        LATE_ERRORS,
        MORE_ERRORS,
        NINTH_ERRORS,
        NOUN_ERRORS,
        PHRASE_ERRORS,
        SEVENTEENTH_ERRORS,
        SIXTEENTH_ERRORS,
        TAUGHT_ERRORS,
        TENTH_ERRORS,
        WORD_ERRORS,
    )
    from ui import i18n
    from ui.drafting.issue_text import _explanations, explain

    rules = {f.rule for sentence in [*ERRORS, *MORE_ERRORS, *PHRASE_ERRORS, *CLAUSE_ERRORS, *NOUN_ERRORS, *NINTH_ERRORS,
                                     *TENTH_ERRORS, *FORM_ERRORS, *LATE_ERRORS, *WORD_ERRORS,
                                     *LAST_ERRORS, *SIXTEENTH_ERRORS, *SEVENTEENTH_ERRORS, *TAUGHT_ERRORS,
                                     *SHAPE_ERRORS,
                                     "I can makes it.",
                                     "I must to go.", "I have many friend.", "There is many people.", "I am agree.",
                                     "My mother cook rice."]
             for f in check(sentence)}
    assert len(rules) >= 90 and rules <= set(_explanations()), rules - set(_explanations())
    i18n.install("ko")
    try:
        issue = Issue(0, 11, 13, "go", "“Yesterday” is in the past: say “went”.", ["went"], "grammar",
                      "learner:past-time-tense")
        assert explain(issue) == "“yesterday”, “last year” 같은 말이 있으면 과거형을 씁니다: “went”."
        # Harper flags "didn't knew" too; the learner rule's finding, with its tested fix, is the one shown
        knew = [i for i in check_lines(["I didn't knew the answer."], HarperEngine()) if i.text == "knew"]
        assert [(i.rule, explain(i)) for i in knew] == [("learner:do-base-verb",
                                                         "do, does, did 뒤에는 동사원형을 씁니다: “know”.")]
        window = open_window(qtbot, store, ["Yesterday I go to school."])
        dialog = window.show_checks()
        assert dialog is not None
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=WAIT)
        texts = [dialog.tree.topLevelItem(i).text(3) for i in range(dialog.tree.topLevelItemCount())]
        assert any("과거형" in text and "went" in text for text in texts), texts
    finally:
        i18n.install("en")
    assert explain(issue) == "“Yesterday” is in the past: say “went”."  # English: the rule's own words


def test_hints_and_unknown_words_are_explained_in_korean(qtbot: QtBot) -> None:
    """The app's own hints (sounds to practise, long sentences, repeated words) and an unknown word read in
    the interface language, built from what was found, not from the English sentence."""
    from app.drafting.grammar import HarperEngine, check_lines
    from ui import i18n
    from ui.drafting.issue_text import explain

    long = " ".join(["We walked"] * 13) + "."
    lines = ["My family crossed the river.", long, "The river was cold.", "The river was dark.",
             "The river was wide.", "I recieve a leter from Pyongsanri.", "We stayed in Zwolle."]
    issues = check_lines(lines, HarperEngine())
    english = {(i.kind, i.text): explain(i) for i in issues}
    i18n.install("ko")
    try:
        korean = {(i.kind, i.text): explain(i) for i in issues}
    finally:
        i18n.install("en")
    assert english[("watch-list", "river")] == "Practise: v (not b), r at the start (not l)."
    assert korean[("watch-list", "river")] == "연습할 소리: v (b와 구별), 첫소리 r (l과 구별)."
    assert korean[("long-sentence", long)] == "26단어: 한 번에 말하기 어렵습니다. 두 문장으로 나누어 보세요."
    assert korean[("repetition", "walked")].startswith("연설문 전체에 “walked” 단어가 13번")
    assert korean[("repetition", "river")] == ("연설문 전체에 “river” 단어가 4번 나옵니다. 가끔 다른 단어로 바꾸면 "
                                               "듣는 사람이 지루해하지 않습니다.")
    assert korean[("spelling", "recieve")] == "사전에 없는 단어입니다: “recieve”. 철자를 확인하세요."
    assert korean[("spelling", "Zwolle")].startswith("사전에 없는 단어입니다: “Zwolle”. 이름(지명이나")
    assert english[("spelling", "Zwolle")].startswith("“Zwolle” is not in the dictionary. If it is a name")
    assert korean[("name", "Pyongsanri")].startswith("“Pyongsanri”: 사전에 없는 한국 이름")
    assert english[("name", "Pyongsanri")].startswith("“Pyongsanri” looks like a Korean name")
    assert not any(explain_text.isascii() for explain_text in korean.values()), korean


def test_harpers_common_messages_are_said_in_korean(qtbot: QtBot) -> None:
    """Harper's own findings on learner sentences read in Korean, with the words they name; a message not in
    the table stays as Harper wrote it."""
    from app.drafting.grammar import HarperEngine, Issue, check_lines
    from ui import i18n
    from ui.drafting.issue_text import explain

    sentences = ["I went to the the school.", "This is an test.", "The informations are here.",
                 "He is more taller than me.", "I could of done it.", "alot of people"]
    found = [i for i in check_lines(sentences, HarperEngine()) if i.rule.startswith("harper:")]
    i18n.install("ko")
    try:
        korean = {i.text: explain(i) for i in found}
        other = explain(Issue(0, 0, 1, "x", "Some message Harper may add one day.", [], "grammar", "harper:New"))
    finally:
        i18n.install("en")
    assert korean["the the"] == "같은 단어가 두 번 이어서 나옵니다.", korean
    assert korean["an"] == "모음 소리 앞에는 “an”을, 그 밖에는 “a”를 씁니다."
    assert korean["informations"] == "셀 수 없는 명사라서 복수형으로 쓰지 않습니다: “information”."
    assert korean["more taller"] == "형용사가 이미 비교급(-er)이라 이 단어는 필요 없습니다: “more”."
    assert korean["could of"] == "여기에는 “of” 대신 이렇게 씁니다: “have”."
    assert korean["alot"] == "두 단어로 띄어 씁니다: “a lot”."
    assert other == "Some message Harper may add one day."
