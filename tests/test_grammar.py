"""Checking the English draft: Harper for real, the learner rules, the LanguageTool mapping, and the hints
for saying it aloud (long sentences, repeated words, the pronunciation watch-list)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.drafting import learner_rules
from app.drafting.grammar import (
    HarperEngine,
    LanguageToolEngine,
    LanguageToolUnavailable,
    check_lines,
    hard_sounds,
    issue_from_languagetool,
    readability,
)

ROOT = Path(__file__).resolve().parent.parent

# Errors of the kind Korean learners write, each with the words that must be flagged.
LEARNER_ERRORS = [
    ("She go to school every day.", "go"),  # agreement (Harper)
    ("I have a apple.", "a"),  # article (Harper)
    ("I want to to become a nurse.", "to to"),  # repeated word (Harper)
    ("I studyed English every night.", "studyed"),  # past tense spelled wrong (Harper)
    ("She don't like rice.", "don't"),  # agreement (Harper)
    ("He can speaks English well.", "speaks"),  # modal + inflected verb
    ("She will goes to school tomorrow.", "goes"),
    ("I have many friend in Seoul.", "friend"),  # "many" + singular
    ("I made two friend at school.", "friend"),
    ("There is many people in the market.", "is"),  # "there is" + plural
    ("There was three soldiers at the river.", "was"),
    ("I am agree with my teacher.", "I am agree"),  # "be" + base verb
    ("I am believe in my future.", "I am believe"),
    ("I could not to sleep that night.", "to"),  # modal + "to"
    ("We must to study hard.", "to"),
    ("My mother cook dinner every day.", "cook"),  # noun subject without -s
    ("My father work in a factory.", "work"),
    ("Every child deserve a safe home.", "deserve"),
]
CORRECT = [
    "She goes to school every day.", "I have an apple.", "I want to become a nurse.", "I studied English every night.",
    "He can speak English well.", "She will go to school tomorrow.", "I have many friends in Seoul.",
    "I made two friends at school.", "There are many people in the market.", "There were three soldiers at the river.",
    "I agree with my teacher.", "I believe in my future.", "I could not sleep that night.", "We must study hard.",
    "My mother cooks dinner every day.", "My father works in a factory.", "Every child deserves a safe home.",
    "The can holds water.", "I can always count on my friends.", "Many people helped us.",
    "Many new friends came.", "There is always hope.", "We can sometimes see the stars.",
    "It is like a dream.", "Let my mother cook dinner.", "My mother and my father work hard.",
    "You can access the library.", "They will discuss it tomorrow.", "Two of my friends came.",
    "There is a river near my town.", "My teacher helps me.", "The will of the people is strong.",
    "We walked for thirty days, and I was afraid every single day.", "Each other matters.",
    "When I was twelve years old, my family crossed the river at night.", "I am a student.",
    # Harper offered "your tomorrow", "honest", "too" and "guy" here
    "I will reply to you tomorrow.", "I will send it to you tomorrow.", "She is the most honest person.",
    "We walked from here to there.", "Do you guys know her?",
]


@pytest.fixture(scope="module")
def harper() -> HarperEngine:
    return HarperEngine()


def flagged(engine: HarperEngine, sentence: str, with_rules: bool = True) -> set[str]:
    found = check_lines([sentence], engine) if with_rules else engine.check(sentence)
    return {i.text for i in found if i.kind in ("grammar", "spelling")}


def test_every_learner_error_is_flagged_at_the_right_words(harper: HarperEngine) -> None:
    missed = [(s, w) for s, w in LEARNER_ERRORS if w not in flagged(harper, s)]
    assert missed == []


def test_no_false_alarms_on_correct_sentences(harper: HarperEngine) -> None:
    alarms = {s: flagged(harper, s) for s in CORRECT}
    assert {s: f for s, f in alarms.items() if f} == {}


def test_the_learner_rules_are_what_lifts_harper(harper: HarperEngine) -> None:
    """Harper alone catches the first five; the targeted rules catch the rest (figures in docs)."""
    alone = sum(1 for s, w in LEARNER_ERRORS if w in flagged(harper, s, with_rules=False))
    assert 5 <= alone < len(LEARNER_ERRORS)
    # Edge cases for the rules alone (Harper itself questions these two).
    assert all(not list(learner_rules.check(s)) for s in [*CORRECT, "In May flowers bloom.", "There is news."])


def test_suggestions_fix_the_sentence(harper: HarperEngine) -> None:
    for sentence, fixed in [("He can speaks English well.", "He can speak English well."),
                            ("I have many friend in Seoul.", "I have many friends in Seoul."),
                            ("I have a apple.", "I have an apple."),
                            ("My mother cook dinner every day.", "My mother cooks dinner every day."),
                            # Harper's own "will" for "will going to" (leaving "I will the market") gives way
                            ("I will going to the market.", "I will go to the market."),
                            ("He is live in Seoul now.", "He lives in Seoul now."),
                            ("Does she likes music?", "Does she like music?")]:
        [issue] = [i for i in check_lines([sentence], harper) if i.kind == "grammar"]
        assert sentence[:issue.start] + issue.suggestions[0] + sentence[issue.end:] == fixed


def test_words_added_to_the_speech_dictionary_are_not_misspelled() -> None:
    engine = HarperEngine()
    assert "Sinpo" in {i.text for i in check_lines(["I was born in Sinpo."], engine) if i.kind == "name"}
    assert "Zwolle" in {i.text for i in check_lines(["I was born in Zwolle."], engine) if i.kind == "spelling"}
    engine.add_words(["Sinpo", "Zwolle"])
    assert [i for i in check_lines(["I was born in Sinpo.", "I was born in Zwolle."], engine)
            if i.kind in ("spelling", "name")] == []


# Importing language-tool-python imports urllib3, whose import probes for IPv6 with a local socket; the suite's
# socket guard refuses it and urllib3 carries on. Nothing is sent anywhere.
@pytest.mark.filterwarnings("ignore:A test tried to use socket.socket")
def test_a_recorded_languagetool_response_maps_to_issues() -> None:
    from language_tool_python.match import Match

    data = json.loads((ROOT / "tests" / "data" / "languagetool_response.json").read_text(encoding="utf-8"))
    text = data["matches"][0]["context"]["text"]
    issues = [issue_from_languagetool(text, Match(m, text)) for m in data["matches"]]
    assert [(i.text, i.kind, i.suggestions[0], i.rule) for i in issues] == [
        ("go", "grammar", "goes", "languagetool:HE_VERB_AGR"),
        ("a", "spelling", "an", "languagetool:EN_A_VS_AN"),
        ("to to", "grammar", "to", "languagetool:ENGLISH_WORD_REPEAT_RULE"),
        ("every day", "style", "every day", "languagetool:EVERY_DAY_STYLE"),
    ]


def test_the_public_languagetool_is_never_used() -> None:
    for address in ("https://api.languagetool.org/v2/", "http://192.168.0.10:8081", "https://example.org"):
        with pytest.raises(LanguageToolUnavailable):
            LanguageToolEngine(server_url=address)
    with pytest.raises(LanguageToolUnavailable):
        LanguageToolEngine()


@pytest.mark.skipif(not os.environ.get("MOKSORI_LANGUAGETOOL_URL"),
                    reason="no LanguageTool on this computer (set MOKSORI_LANGUAGETOOL_URL to a local server)")
def test_a_local_languagetool_finds_learner_errors() -> None:
    engine = LanguageToolEngine(server_url=os.environ["MOKSORI_LANGUAGETOOL_URL"])
    assert {i.text for i in engine.check("She go to school. I have a apple.")} >= {"go", "a"}


def test_long_sentences_repetition_readability_and_watch_list(harper: HarperEngine) -> None:
    short = " ".join(["word"] * 25) + "."
    long = " ".join(["word"] * 26) + "."
    assert [i.kind for i in check_lines([short], harper) if i.kind == "long-sentence"] == []
    [issue] = [i for i in check_lines([long], harper) if i.kind == "long-sentence"]
    assert issue.start == 0 and issue.end == len(long) and "26 words" in issue.message
    repeated = ["The river was cold.", "The river was dark.", "We crossed the river.", "The river was wide."]
    [rep] = [i for i in check_lines(repeated, harper) if i.kind == "repetition"]
    assert rep.text == "river" and "4 times" in rep.message
    assert 70 < readability(["We walked for thirty days.", "I was afraid."]) <= 121
    assert readability(["Notwithstanding considerable institutional complexity, governmental "
                        "interventions necessitate comprehensive evaluation."]) < 20
    assert "TH" in hard_sounds("thirty") and hard_sounds("river") == ["V", "R-"]
    assert hard_sounds("family") == ["F"] and hard_sounds("cat") == []
    assert hard_sounds("friends") == ["F", "-N-D-Z"] and hard_sounds("really") == ["R+L"]
    watch = {i.text: i for i in check_lines(["My family crossed the river."], harper) if i.kind == "watch-list"}
    assert {"family", "river"} <= set(watch)
    assert watch["river"].message == "Practise: v (not b), r at the start (not l)."
    assert watch["river"].details == ["V", "R-"]


def test_check_command_json_and_bad_input(tmp_path: Path) -> None:
    speech = tmp_path / "speech.txt"
    # The third line makes Harper's native code print a debug line to descriptor 1: stdout must stay JSON.
    speech.write_text("He can speaks English.\n\nThank you for listening to my story.\n"
                      "We are looking forward to hear from you.\n", encoding="utf-8")
    run = [sys.executable, "-m", "ui.shell.launcher", "check"]
    result = subprocess.run([*run, str(speech), "--json"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["engine"] == "Harper"
    [speaks] = [i for i in report["issues"] if i["kind"] == "grammar" and i["line"] == 0]
    assert (speaks["line"], speaks["start"], speaks["end"], speaks["text"], speaks["suggestions"]) == (
        0, 7, 13, "speaks", ["speak"])
    assert {i["kind"] for i in report["issues"]} <= {"grammar", "spelling", "style", "long-sentence", "repetition",
                                                     "watch-list"}
    assert all(set(i) >= {"line", "start", "end", "text", "message", "suggestions", "kind"} for i in report["issues"])
    empty = tmp_path / "empty.txt"
    empty.write_text("\n \n", encoding="utf-8")
    binary = tmp_path / "speech.bin"
    binary.write_bytes(b"\xff\xfe\x00\x00garbage")
    for path, expected in ((tmp_path / "none.txt", "no such file"), (empty, "empty"), (binary, "not")):
        bad = subprocess.run([*run, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and expected in bad.stderr, bad.stderr


def test_can_plus_verb_suggests_real_english() -> None:
    """The base form comes from a dictionary of word forms, not from cutting endings ("mak" for "makes")."""
    from app.drafting.learner_rules import check

    cases = {"makes": "make", "takes": "take", "uses": "use", "writes": "write", "rides": "ride", "closes": "close",
             "dances": "dance", "changes": "change", "hopes": "hope", "loves": "love", "studies": "study",
             "watches": "watch", "goes": "go", "has": "have", "became": "become", "forgot": "forget"}
    for form, base in cases.items():
        found = [f for f in check(f"I can {form} it.") if "base form" in f.message]
        assert found and list(found[0].suggestions) == [base], (form, found)


def test_every_modal_fix_is_the_verbs_own_base_form() -> None:
    """Over 300 common verbs, regular and irregular: "can" + a third-person or past form is flagged with
    exactly the base form (never a cut-off stem), and "can" + the base form is left alone. ("thank" is not in
    the list: "can thanks" is passed over on purpose, for "…, thanks to you".)"""
    from lemminflect import getInflection

    from app.drafting.learner_rules import check

    verbs = (Path(__file__).parent / "data" / "common_verbs.txt").read_text(encoding="utf-8").split()
    assert len(verbs) >= 300
    wrong = []
    for verb in verbs:
        if [f for f in check(f"I can {verb} it.") if f.rule == "modal-base-verb"]:
            wrong.append((verb, "flagged its base form"))
        for tag in ("VBZ", "VBD"):
            form = getInflection(verb, tag=tag)[0]
            if form == verb:  # "put", "cut": the past is the base
                continue
            found = [f for f in check(f"I can {form} it.") if f.rule == "modal-base-verb"]
            if not found or list(found[0].suggestions) != [verb]:
                wrong.append((form, [list(f.suggestions) for f in found]))
    assert wrong == []


def test_correct_english_of_either_spelling_is_left_alone(harper: HarperEngine) -> None:
    """British spellings (tutors abroad write them), a plain "very good" and "has long hair" are not mistakes;
    Harper alone marked all three (spelling, a "vocabulary enhancement", a "missing preposition")."""
    correct = ["My neighbours travelled to my favourite town.", "I realise the colour of the centre matters.",
               "She is very good at English, and it was very cold.", "She has long hair.", "He has big eyes.",
               "The sun rises in the east.", "The sun set behind the hills."]  # not "sunrises", "sunset"
    assert [(i.text, i.rule) for i in check_lines(correct, harper) if i.kind in ("grammar", "spelling", "style")] == []
    assert [i.text for i in check_lines(["I recieve a leter."], harper) if i.kind == "spelling"] == ["recieve",
                                                                                                     "leter"]


def test_korean_names_inside_a_sentence_are_not_misspellings(harper: HarperEngine) -> None:
    """A capitalised word made of romanised Korean syllables, inside a sentence, is a name to add, not a
    misspelling (Harper offered "Jayson" and "Pigeon" for "Jiyeon"); a Korean place a letter off, and English
    words misspelt with a capital, are still misspellings."""
    names = ["My name is Jiyeon, and my friend Seoyeon came with me.", "I met Minji, Hyunwoo and Sungmin there.",
             "My teacher Mrs. Choi and Dr. Kang helped us.", "My sister Eunji lives with Junho."]
    found = check_lines(names, harper)
    assert [i.text for i in found if i.kind == "spelling"] == []
    assert {i.text for i in found if i.kind == "name"} == {"Jiyeon", "Seoyeon", "Minji", "Hyunwoo", "Sungmin", "Choi",
                                                          "Kang", "Eunji", "Junho"}  # underlined with dots
    wrong = ["I live in Seol.", "We saw Pyongyan.", "We crossed the Tuman river.", "We live in Amercia.",
             "It was Wendsday.", "She is my Freind.", "I visited Busna."]
    assert [i.text for i in check_lines(wrong, harper) if i.kind == "spelling"] == [
        "Seol", "Pyongyan", "Tuman", "Amercia", "Wendsday", "Freind", "Busna"]


def test_every_do_fix_is_the_verbs_own_base_form() -> None:
    """After do/does/did the same 300 verbs: "Did you {past} it?" and "She doesn't {-s form} it." are flagged with
    exactly the base form; the base form itself is left alone."""
    from lemminflect import getInflection

    from app.drafting.learner_rules import check

    verbs = (Path(__file__).parent / "data" / "common_verbs.txt").read_text(encoding="utf-8").split()
    wrong = []
    for verb in verbs:
        for sentence in (f"Did you {verb} it?", f"She doesn't {verb} it."):
            if [f for f in check(sentence) if f.rule == "do-base-verb"]:
                wrong.append((sentence, "flagged its base form"))
        for tag, sentence in (("VBD", "Did you {} it?"), ("VBZ", "She doesn't {} it.")):
            form = getInflection(verb, tag=tag)[0]
            if form == verb:
                continue
            found = [f for f in check(sentence.format(form)) if f.rule == "do-base-verb"]
            if not found or list(found[0].suggestions) != [verb]:
                wrong.append((form, [list(f.suggestions) for f in found]))
    assert wrong == []


def test_plurals_after_a_number_are_real_english() -> None:
    """The plural comes from a table of noun forms: the pronouncing dictionary's spellings once gave "boyes",
    "manes", "keyes", "childs" and "lifes" (surnames, a horse's mane)."""
    from app.drafting.learner_rules import check

    plurals = {"boy": "boys", "key": "keys", "day": "days", "toy": "toys", "man": "men", "woman": "women",
               "child": "children", "foot": "feet", "tooth": "teeth", "mouse": "mice", "life": "lives",
               "knife": "knives", "wife": "wives", "leaf": "leaves", "city": "cities", "baby": "babies",
               "story": "stories", "box": "boxes", "church": "churches", "dish": "dishes", "potato": "potatoes",
               "hero": "heroes", "photo": "photos", "piano": "pianos", "person": "people", "brother": "brothers",
               "year": "years", "country": "countries", "journey": "journeys", "valley": "valleys",
               "monkey": "monkeys", "watch": "watches", "bus": None, "sheep": None, "fish": None}
    wrong = []
    for noun, plural in plurals.items():
        found = [f for f in check(f"We saw two {noun}.") if f.rule == "plural-after-quantity"]
        if [list(f.suggestions) for f in found] != ([[plural]] if plural else []):
            wrong.append((noun, [list(f.suggestions) for f in found]))
    assert wrong == []


def test_no_rule_reads_half_a_contraction() -> None:
    """A contraction is one word: a rule that reads "don't" as "don" offered "donned" ("Last night I don't sleep
    well"), and "won't" as "won" gave "will win". Every contraction after subjects and time words."""
    import itertools

    from app.drafting.learner_rules import check

    subjects = ["I", "She", "My mother", "They", "People", "Everyone", "It"]
    contractions = ["don't", "doesn't", "didn't", "can't", "won't", "isn't", "aren't", "wasn't", "haven't", "hasn't",
                    "couldn't", "wouldn't"]
    starts = ["", "Yesterday ", "Last year ", "When I was young, ", "Tomorrow ", "Since 2010 "]
    split = []
    for start, subject, contraction, end in itertools.product(starts, subjects, contractions, [" like it.", " happy."]):
        sentence = f"{start}{subject} {contraction}{end}"
        for f in check(sentence):
            if sentence[f.end:f.end + 1] in ("'", "’") or f.start and sentence[f.start - 1] in ("'", "’"):
                split.append((sentence, sentence[f.start:f.end], f.suggestions))
    assert split == []
