"""The prompter (issue 16): its rules on their own, then the studio used as a student would — the script
follows her voice through the virtual microphone, sentence by sentence, with the keyboard only; learning
by heart hides words, hints when she stalls, and the run's record is kept with the take and shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.practice import prompter as P
from app.workspace import Workspace
from models.store import SpeechStore
from tests.support import virtual_audio
from tests.support.speech import Part, compose, write

SCRIPT = ["I grew up in a small village near the river.",
          "My family was very poor, and we often had nothing to eat.",
          "My father worked in the fields from morning until night.",
          "In winter the wind was so cold that we could not sleep."]
LONG = 120_000


# The rules ------------------------------------------------------------------------------------

def test_each_level_hides_more_and_keeps_punctuation() -> None:
    assert P.shown("freedom,", P.FULL) == "freedom,"
    assert P.shown("freedom,", P.INITIALS) == "f____,"
    assert P.shown("I", P.INITIALS) == "I" and P.shown("“Go!”", P.INITIALS) == "“G_!”"
    assert P.shown("river.", P.KEY_WORDS) == "river." and P.shown("the", P.KEY_WORDS) == "·"
    assert P.shown("river.", P.NOTHING) == ""


def test_key_words_are_the_message_words_of_sentences_not_written_for_it() -> None:
    sentence = ("When I was twelve, my mother couldn't find rice, so we crossed the Tumen River at night "
                "and I'm still grateful to the strangers who hid us in Yanji.")
    keys = [w for w in sentence.split() if P.is_key_word(w)]
    assert keys == ["twelve,", "mother", "find", "rice,", "crossed", "Tumen", "River", "night", "still",
                    "grateful", "strangers", "hid", "Yanji."]
    assert P.is_key_word("mother's") and not P.is_key_word("didn’t") and not P.is_key_word("We've")


def test_a_stall_shows_the_next_words_and_counts_a_hint_for_their_sentence() -> None:
    session = P.Session(P.MEMORISE, [4, 3], [P.NOTHING, P.KEY_WORDS])
    session.said(1)
    assert session.hint() == [2, 3, 4]  # two of the first sentence, one of the second
    assert session.hint() == [5, 6]
    first, second = session.record.sentences
    assert (first.hints, first.hinted, second.hints, second.hinted) == (1, [2, 3], 2, [0, 1, 2])
    assert first.reached and not second.reached
    full = P.Session(P.MEMORISE, [3], [P.FULL])
    assert full.hint() == [0, 1, 2] and full.record.sentences[0].hints == 0  # nothing was hidden to hint
    assert P.Session(P.FOLLOW, [3], [P.FULL]).hint() == []


def test_levels_rise_without_hints_fall_with_many_and_survive_storage() -> None:
    last = P.PrompterRecord(P.MEMORISE, [P.SentenceRecord(P.FULL, 0, [], True),
                                         P.SentenceRecord(P.KEY_WORDS, 1, [3], True),
                                         P.SentenceRecord(P.KEY_WORDS, 3, [0, 1, 2], True),
                                         P.SentenceRecord(P.NOTHING, 0, [], True),
                                         P.SentenceRecord(P.INITIALS, 0, [], False)])
    stored = P.PrompterRecord.from_dict(last.to_dict())
    assert stored == last
    follow_run = P.PrompterRecord(P.FOLLOW, [P.SentenceRecord(P.FULL, 0, [], True)] * 6)
    assert P.levels_for(6, P.AUTO, [stored, follow_run]) == [
        P.INITIALS, P.KEY_WORDS, P.INITIALS, P.NOTHING, P.INITIALS, P.FULL]
    assert P.levels_for(3, P.KEY_WORDS, [stored]) == [P.KEY_WORDS] * 3
    assert P.levels_for(2, P.AUTO, []) == [P.FULL, P.FULL]


# The studio, through the virtual microphone ---------------------------------------------------

@pytest.fixture
def script_speech(store: SpeechStore):
    made = store.create_speech("River", "Mina")
    store.insert_segments(made.id, 0, [("", s) for s in SCRIPT])
    return made


@pytest.fixture(scope="module")
def sentence_wavs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("prompter-feed")
    return [write(folder / f"s{n}.wav", *compose([Part(s, 0.6)])) for n, s in enumerate(SCRIPT)]


def _studio(qtbot: QtBot, store: SpeechStore, speech_id: int):
    from ui.practice.studio import PracticeStudio

    studio = PracticeStudio(Workspace(store), speech_id)
    qtbot.addWidget(studio)
    studio.show()
    qtbot.waitExposed(studio)
    studio.activateWindow()
    qtbot.waitUntil(studio.isActiveWindow, timeout=5000)
    return studio


def _choose(qtbot: QtBot, studio, mode: int, level: int | None = None) -> None:
    """With the keyboard: Alt+S to the script choice, Down to the wanted item (Alt+H for the help level)."""
    qtbot.keyClick(studio, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert studio.prompting.mode.hasFocus()
    for _ in range(mode):
        qtbot.keyClick(studio.prompting.mode, Qt.Key.Key_Down)
    if level is not None:
        qtbot.keyClick(studio, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
        for _ in range(level):
            qtbot.keyClick(studio.prompting.level, Qt.Key.Key_Down)


def _say(qtbot: QtBot, audio, wav: Path) -> None:
    audio.play_into_microphone(wav).wait(timeout=30)
    qtbot.wait(1200)  # the tracker steps every 0.4 s and hears the last 2 s


@virtual_audio.required
def test_the_script_follows_her_voice_and_the_arrow_keys(qtbot: QtBot, audio, sentence_wavs: list[Path],
                                                         store: SpeechStore, script_speech) -> None:
    studio = _studio(qtbot, store, script_speech.id)
    qtbot.waitUntil(lambda: studio.hearing is not None, timeout=LONG)  # takes are heard in a process of their own
    _choose(qtbot, studio, 1)
    assert studio.prompting.chosen == P.FOLLOW and studio.pages.currentWidget() is studio.prompting.view
    view = studio.prompting.view
    assert "village" in view.toPlainText() and view.sentence == 0
    qtbot.keyClick(studio, Qt.Key.Key_Space)
    assert studio.recording, studio.status.text()
    qtbot.waitUntil(lambda: studio.run is not None and studio.run.recorder.seconds > 0.3, timeout=10_000)
    assert studio.run is not None and studio.run.hearing is studio.hearing
    qtbot.waitUntil(lambda: view.hasFocus(), timeout=5000)
    seen = []
    for number in (0, 1, 2):  # said in order: the highlight follows
        _say(qtbot, audio, sentence_wavs[number])
        seen.append(view.sentence_of(view.place))
    assert seen == [0, 1, 2], seen
    assert view.place >= len(" ".join(SCRIPT[:2]).split()) + 5  # most of the third sentence is marked said
    assert view.sentence in (2, 3)  # the third sentence, or the next once its last word is heard
    while view.sentence > 1:  # she goes back by hand, a sentence a key …
        before = view.sentence
        qtbot.keyClick(view, Qt.Key.Key_Up)
        assert view.sentence == before - 1
    _say(qtbot, audio, sentence_wavs[1])  # … says it again: followed from there
    assert view.sentence_of(view.place) == 1
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.sentence == 3
    _say(qtbot, audio, sentence_wavs[3])
    assert view.sentence_of(view.place) == 3
    qtbot.keyClick(studio, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: studio.run is None, timeout=LONG)
    [take] = store.takes(script_speech.id)
    assert take.report is not None and take.report["sounds"] == "checked"  # the usual delivery report
    assert take.prompter is not None and take.prompter["mode"] == P.FOLLOW
    assert all(s["reached"] for s in take.prompter["sentences"])
    assert studio.pages.currentWidget() is studio.panel
    qtbot.waitUntil(lambda: "follows your voice" in studio.panel.report.toHtml(), timeout=10_000)


@virtual_audio.required
def test_learning_by_heart_hints_after_a_stall_and_keeps_the_record(qtbot: QtBot, audio, sentence_wavs: list[Path],
                                                                    store: SpeechStore, script_speech) -> None:
    studio = _studio(qtbot, store, script_speech.id)  # started at once: heard in the window's process
    _choose(qtbot, studio, 2, level=4)  # learn by heart, nothing shown
    view = studio.prompting.view
    assert studio.prompting.chosen == P.MEMORISE and "village" not in view.toPlainText()
    qtbot.keyClick(studio, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: studio.run is not None and studio.run.recorder.seconds > 0.3, timeout=10_000)
    assert studio.run is not None and studio.run.hearing is not studio.hearing
    _say(qtbot, audio, sentence_wavs[0])
    text = view.toPlainText()
    assert "village" in text and "family" not in text  # what she said appears; the rest stays hidden
    qtbot.waitUntil(lambda: "family" in view.toPlainText(), timeout=6000)  # she stalls: a hint
    assert "often" not in view.toPlainText()  # only the next few words
    _say(qtbot, audio, sentence_wavs[1])
    qtbot.keyClick(studio, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: studio.run is None, timeout=LONG)
    [take] = store.takes(script_speech.id)
    record = P.PrompterRecord.from_dict(take.prompter or {})
    first, second = record.sentences[:2]
    assert record.mode == P.MEMORISE and first.reached and second.reached
    assert first.hints == 0 and second.hints >= 1 and 0 in second.hinted
    panel = studio.panel
    qtbot.waitUntil(lambda: "Learning it by heart" in panel.report.toHtml(), timeout=10_000)
    assert "family" in panel.report.toHtml()  # the hinted word is named
    # "rises as I improve": the next run's levels come from this one, read back from the store
    studio.prompting.level.setCurrentIndex(0)
    assert studio.prompting.session is not None
    assert [s.level for s in studio.prompting.session.record.sentences] == [
        P.next_level(s, P.FULL) for s in record.sentences]
