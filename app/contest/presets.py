"""Ready-made rubrics and category awards, in English and Korean (the organiser edits them freely).

A criterion is `{"id", "group", "name", "max", "description"}`; its id is what ballots score.
"""

from __future__ import annotations

from typing import Any

# (id, group, name, max, description) per language
_CLASSIC = {
    "en": [
        ("development", "Content", "Speech development", 20,
         "A clear opening, body and close; ideas that build on each other."),
        ("effectiveness", "Content", "Effectiveness", 15, "Does the speech reach its purpose and move the audience?"),
        ("value", "Content", "Speech value", 15, "An idea worth hearing, the speaker's own experience and thought."),
        ("physical", "Delivery", "Physical", 10, "Posture, gestures, eye contact, use of the stage."),
        ("voice", "Delivery", "Voice", 10, "Volume, pace, variety, clear pronunciation."),
        ("manner", "Delivery", "Manner", 10, "Confidence, sincerity, connection with the audience."),
        ("appropriateness", "Language", "Appropriateness", 10, "Words that suit the idea and the audience."),
        ("correctness", "Language", "Correctness", 10, "Grammar and word choice."),
    ],
    "ko": [
        ("development", "내용", "구성", 20, "시작, 본론, 마무리가 분명하고 생각이 차례로 이어지는가."),
        ("effectiveness", "내용", "전달 효과", 15, "연설이 목적을 이루고 청중의 마음을 움직이는가."),
        ("value", "내용", "연설의 가치", 15, "들을 만한 생각, 발표자 자신의 경험과 생각이 담겼는가."),
        ("physical", "발표", "몸짓", 10, "자세, 손짓, 눈 맞춤, 무대 활용."),
        ("voice", "발표", "목소리", 10, "크기, 빠르기, 변화, 또렷한 발음."),
        ("manner", "발표", "태도", 10, "자신감, 진정성, 청중과의 교감."),
        ("appropriateness", "언어", "알맞은 표현", 10, "생각과 청중에 맞는 단어."),
        ("correctness", "언어", "정확성", 10, "문법과 단어 선택."),
    ],
}

_LEARNERS = {
    "en": [
        ("pronunciation", "Pronunciation", "Pronunciation and voice", 10,
         "Sounds a listener understands at once; a steady, audible voice."),
        ("content", "Content", "Content", 10, "A personal story told clearly, with a message."),
        ("expression", "Expression", "Expression and fluency", 10,
         "Speaking rather than reciting: pace, pauses, eye contact, few hesitations."),
    ],
    "ko": [
        ("pronunciation", "발음", "발음과 목소리", 10, "듣는 사람이 바로 알아듣는 발음, 고르고 잘 들리는 목소리."),
        ("content", "내용", "내용", 10, "자기 이야기를 분명하게, 전하고 싶은 말과 함께."),
        ("expression", "표현", "표현과 유창성", 10, "외워 읽기보다 말하기: 빠르기, 쉼, 눈 맞춤, 적은 머뭇거림."),
    ],
}

RUBRICS = {"classic": _CLASSIC, "learners": _LEARNERS}

AWARDS = {
    "en": ["Best Story", "Best Fluency", "Best Eye Contact", "Most Inspirational", "Bravest Speech"],
    "ko": ["최고의 이야기상", "유창성상", "눈 맞춤상", "감동상", "용기상"],
}


def _language(language: str) -> str:
    return "ko" if language.startswith("ko") else "en"


def rubric(preset: str, language: str = "en") -> list[dict[str, Any]]:
    """A copy of a preset rubric (`classic`: 100 points; `learners`: 30 points) in the given language."""
    rows = RUBRICS[preset][_language(language)]
    return [{"id": i, "group": g, "name": n, "max": m, "description": d} for i, g, n, m, d in rows]


def awards(language: str = "en") -> list[str]:
    return list(AWARDS[_language(language)])


def in_language(rubric: list[dict[str, Any]], awards: list[str], language: str) -> tuple[list[dict[str, Any]],
                                                                                            list[str]]:
    """The rubric and awards with every preset name still as it came (in any language) put in `language`:
    a contest made in English shows its criteria in Korean too. Names the organiser wrote herself stay."""
    target = _language(language)
    labels: dict[tuple[str, str], tuple[str, str, str]] = {}  # (id, name in any language) -> the target's
    for table in RUBRICS.values():
        wanted = {row[0]: row for row in table[target]}
        for rows in table.values():
            for criterion_id, _group, name, _max, _description in rows:
                if criterion_id in wanted:
                    _id, new_group, new_name, _m, new_description = wanted[criterion_id]
                    labels[(criterion_id, name)] = (new_group, new_name, new_description)
    renamed = []
    for criterion in rubric:
        found = labels.get((criterion["id"], criterion["name"]))
        renamed.append({**criterion, "group": found[0], "name": found[1], "description": found[2]} if found
                       else dict(criterion))
    award_names = {name: AWARDS[target][index] for names in AWARDS.values() for index, name in enumerate(names)}
    return renamed, [award_names.get(award, award) for award in awards]
