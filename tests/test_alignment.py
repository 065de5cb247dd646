"""Lining up heard words with the script: what a reading tutor would count as the same or different."""

from __future__ import annotations

from app.practice.alignment import align, normalise, tokens


def kinds(script: str, heard: str) -> list[tuple[str, str | None, str | None]]:
    ref, hyp = normalise(script), normalise(heard)
    return [(s.kind, ref[s.ref] if s.ref is not None else None, hyp[s.hyp] if s.hyp is not None else None)
            for s in align(ref, hyp)]


def test_numbers_contractions_and_spelling_are_not_mistakes() -> None:
    pairs = [
        ("We walked for thirty days.", "we walked for 30 days"),
        ("I was twenty-five years old", "I was 25 years old"),
        ("I don't know what I'm doing", "I do not know what I am doing"),
        ("My favourite colour", "my favorite color"),
        ("It cannot wait", "it can't wait"),
        ("In nineteen sixty one", "in 1961"),
    ]
    for script, heard in pairs:
        assert all(kind == "equal" for kind, _, _ in kinds(script, heard)), (script, heard)


def test_a_skipped_word_next_to_an_added_one_is_reported_as_both() -> None:
    # Plain edit distance would call this two changed words (b→x is right, d e → e f is not).
    assert kinds("a b c d e", "a x c e f") == [
        ("equal", "a", "a"), ("substitute", "b", "x"), ("equal", "c", "c"),
        ("delete", "d", None), ("equal", "e", "e"), ("insert", None, "f")]


def test_changed_words_pair_in_order() -> None:
    assert kinds("today I study English in Seoul", "today I study English and soul") == [
        ("equal", "today", "today"), ("equal", "i", "i"), ("equal", "study", "study"),
        ("equal", "english", "english"), ("substitute", "in", "and"), ("substitute", "seoul", "soul")]


def test_tokens_point_back_at_the_original_words() -> None:
    words = ["We", "walked", "for", "thirty", "five", "days,", "and", "I", "don't", "know."]
    result = [(t.text, t.first, t.last) for t in tokens(words)]
    assert result == [("we", 0, 0), ("walked", 1, 1), ("for", 2, 2), ("35", 3, 4), ("days", 5, 5),
                      ("and", 6, 6), ("i", 7, 7), ("do", 8, 8), ("not", 8, 8), ("know", 9, 9)]


def test_korean_is_compared_word_by_word_without_english_rules() -> None:
    assert normalise("저는 혜산에서 태어났어요.", "ko") == ["저는", "혜산에서", "태어났어요"]


def test_a_skipped_sentence_stays_in_one_piece() -> None:
    script = "every single day today i study english and i want to become a nurse i believe that"
    heard = "every single day i believe that"
    steps = kinds(script, heard)
    deleted = [ref for kind, ref, _ in steps if kind == "delete"]
    assert deleted == ["today", "i", "study", "english", "and", "i", "want", "to", "become", "a", "nurse"]
