"""A misspelt ending is offered the form the learner meant first, through the real Harper checker."""

from __future__ import annotations

import pytest

from app.drafting.grammar import HarperEngine, check_lines
from app.drafting.word_forms import intended_forms, ranked

# misspelt by the spelling rules of endings → the form meant (Harper alone put the first of these wrong:
# "studded", "writhing", "cred", "combing", "hopping", "toyed", "family's", "liking", "pouting", "gooiest")
MEANT = {
    "studyed": "studied", "writting": "writing", "cryed": "cried", "comeing": "coming", "hopeing": "hoping",
    "tryed": "tried", "famillys": "families", "lieing": "lying", "puting": "putting", "goodest": "best",
    "shoped": "shopped", "writeing": "writing", "goed": "went", "childs": "children",
    "stoped": "stopped", "runing": "running", "beginned": "began", "catched": "caught", "citys": "cities",
    "biger": "bigger", "easyer": "easier", "hotest": "hottest", "makeing": "making", "droped": "dropped",
}


@pytest.fixture(scope="module")
def harper() -> HarperEngine:
    return HarperEngine()


def test_the_form_meant_comes_first(harper: HarperEngine) -> None:
    wrong = {}
    for typo, meant in MEANT.items():
        [issue] = [i for i in check_lines([f"Last year I {typo} it."], harper) if i.text == typo and
                   i.kind in ("spelling", "grammar")]
        if issue.suggestions[:1] != [meant]:
            wrong[typo] = issue.suggestions[:3]
    assert wrong == {}


def test_ordinary_typos_keep_the_checkers_order() -> None:
    assert intended_forms("leter") == () and ranked("leter", ["letter", "lever", "later"]) == ["letter", "lever",
                                                                                                 "later"]
    assert ranked("recieve", ["receive", "relieve"]) == ["receive", "relieve"]
    assert ranked("Studyed", ["Studded", "Studied"])[0] == "Studied"  # a capital kept
    assert intended_forms("mans") == ("men",)  # the first stem the lexicon knows, not "manes"
