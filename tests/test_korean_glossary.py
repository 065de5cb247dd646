"""The Korean interface keeps to its glossary (../shared/KOREAN.md, held here so the suite stands alone):
one word per concept, plain words over loanwords, no bare fallback particles, and the app's name — the
word "voice" — never the subject of a sentence."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "moksori_ko.ts"

#: avoided term -> the word to use instead (KOREAN.md's glossary and principles)
AVOID = {
    "낱말": "단어", "연사": "발표자", "전체 연설문": "연설문 전체", "연설 전체": "연설문 전체",
    "시간 제한": "제한 시간", "시간 맞음": "제한 시간 안", "미달": "최소 시간보다 짧음",
    "가장 짧은 시간": "최소 시간", "가장 긴 시간": "최대 시간", "말하기 빠르기": "말 빠르기",
    "이 기기": "이 컴퓨터", "노트북": "컴퓨터", "디스크": "저장 공간", "손상된": "망가진", "더하기": "추가",
    "저장함": "저장됨 / 저장했습니다", "저장되었습니다": "저장했습니다", "복사하기": "사본 만들기",
    "채점표": "채점 기준 / 채점지", "고름": "선택함", "표시 이름": "화면에 보일 이름", "데이터": "자료",
    "문단": "단락", "선생님으로 추가": "선생님 표현으로 추가", "커서": "글을 쓰는 자리", "프린터": "인쇄기",
    "백업": "예비 사본", "정확도": "원고대로 말한 비율",
}
#: 판 only as a saved version of a speech ("판 저장하기", "%1번째 판"): 저장본 / %1번째 제출
VERSION_판 = re.compile(r"판 (저장|비교)|번째 판|새 판|판으로")
BARE_PARTICLES = ("을(를)", "를(을)", "(으)로", "이(가)", "가(이)", "은(는)", "는(은)", "과(와)", "와(과)")
NAME_AS_SUBJECT = re.compile(r"목소리(가|는|를|의) ")


def translations() -> list[tuple[str, str]]:
    root = ElementTree.parse(CATALOGUE).getroot()
    pairs = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None:
            pairs.append((source, "".join(translation.itertext())))
    return pairs


def test_no_avoided_term_in_any_translation() -> None:
    found = [(term, source, text) for source, text in translations() for term in AVOID if term in text]
    assert found == [], "\n".join(f"{t!r} (use {AVOID[t]!r}) in: {s!r} -> {x!r}" for t, s, x in found)


def test_no_bare_particles_and_no_obscure_version_word() -> None:
    found = [(source, text) for source, text in translations()
             if any(p in text for p in BARE_PARTICLES) or VERSION_판.search(text)]
    assert found == []


def test_the_apps_name_is_not_the_subject_of_a_sentence() -> None:
    found = [(source, text) for source, text in translations() if NAME_AS_SUBJECT.search(text)]
    assert found == []


def test_the_glossary_catches_what_it_should() -> None:
    """The control: the checks above find the worst cases the review listed."""
    worst = ["목소리가 닫혔습니다", "선생님으로 추가", "✓ 고름", "판 저장하기", "“%1”을(를) 열까요?", "채점표"]
    assert all(any(t in w for t in AVOID) or any(p in w for p in BARE_PARTICLES) or VERSION_판.search(w)
               or NAME_AS_SUBJECT.search(w + " ") for w in worst)
