"""Learner errors of the kinds Korean learners make, on sentences the rules were not written from, each
fixed with real English; and correct sentences on which no rule may fire (false alarms)."""

from __future__ import annotations

from app.drafting.learner_rules import check
from tests.support.learner_sets import (  # noqa: F401 - also read by tests/test_draft_checks.py
    EIGHTEENTH_CORRECT,
    EIGHTEENTH_ERRORS,
    FORM_CORRECT,
    FORM_ERRORS,
    LAST_CORRECT,
    LAST_ERRORS,
    LATE_ERRORS,
    NINETEENTH_CORRECT,
    NINETEENTH_ERRORS,
    NINTH_CORRECT,
    NINTH_ERRORS,
    SEVENTEENTH_CORRECT,
    SEVENTEENTH_ERRORS,
    SIXTEENTH_CORRECT,
    SIXTEENTH_ERRORS,
    TAUGHT_CORRECT,
    TAUGHT_ERRORS,
    TENTH_CORRECT,
    TENTH_ERRORS,
    WORD_CORRECT,
    WORD_ERRORS,
)
from tests.support.learner_sets_shapes import SHAPE_CORRECT, SHAPE_ERRORS

ERRORS = {  # sentence: (the words flagged, the first suggestion)
    "Last year my family moves to Incheon.": ("moves", "moved"),
    "Three years ago we cross the river at night.": ("cross", "crossed"),
    "When I was a child, I eat corn soup every day.": ("eat", "ate"),
    "In 2015 she leaves her village.": ("leaves", "left"),
    "Everybody are waiting for the bus.": ("are", "is"),
    "Nobody have money in my town.": ("have", "has"),
    "I was so boring in the camp.": ("boring", "bored"),
    "We are exciting about the contest.": ("exciting", "excited"),
    "I felt very confusing at first.": ("confusing", "confused"),
    "I listen music every night.": ("listen", "listen to"),
    "We waited the train for hours.": ("waited", "waited for"),
    "She arrived Seoul in March.": ("arrived", "arrived in"),
    "This book belongs my teacher.": ("belongs", "belongs to"),
    "My teacher explained us the rules.": ("explained us the rules", "explained the rules to us"),
    "He described me his hometown.": ("described me his hometown", "described his hometown to me"),
    "She says me that it is fine.": ("says me", "says to me"),
    "I felt terribly after the news.": ("terribly", "terrible"),
    "My mother looked sadly when I left.": ("sadly", "sad"),
    "We are studying English since March.": ("We are studying", "We have been studying"),
    "I know my best friend for ten years.": ("I know", "I have known"),
    "She has been work at a factory.": ("work", "working"),
    "They have been stay in China.": ("stay", "staying"),
}

# Usage errors (app/drafting/learner_rules_usage.py and the wider subjects of learner_rules_more.py). The rules
# were written from one set of 30 sentences and refined on a second; these are a third set, written after.
MORE_ERRORS = {
    "Somebody in my family have a car now.": ("have", "has"),
    "My classmates were very exciting about the trip.": ("exciting", "excited"),
    "The police officer explained us what to do.": ("explained us", "explained to us"),
    "I could not contact to my mother for a year.": ("contact to", "contact"),
    "We escaped at 2017 with my uncle.": ("at", "in"),
    "Our school starts at September.": ("at", "in"),
    "I keep to think about my hometown.": ("to think", "thinking"),
    "I went to the market for buy rice.": ("for buy", "to buy"),
    "My grandmother was very brave woman.": ("very brave woman", "a very brave woman"),
    "He is soldier in the army.": ("soldier", "a soldier"),
    "It was the a hardest time of my life.": ("the a", "the"),
    "I am understanding your feelings now.": ("am understanding", "understand"),
    "My friends is very kind to me.": ("is", "are"),
    "She told me that she don't know.": ("don't", "doesn't"),
}

# Set phrases and word forms (app/drafting/learner_rules_phrases.py): rules written from a fourth set; these
# are a fifth, written after them.
PHRASE_ERRORS = {
    "My dream is to become lawyer.": ("lawyer", "a lawyer"),
    "It was most difficult decision of my life.": ("most difficult decision", "the most difficult decision"),
    "Everything depended from the weather.": ("depended from", "depended on"),
    "I was afraid from the soldiers.": ("afraid from", "afraid of"),
    "We didn't have much friends there.": ("much", "many"),
    "Every weekends I visit my grandmother.": ("weekends", "weekend"),
    "I very want to see my mother again.": ("very want", "really want"),
    "We finally returned back home.": ("returned back", "returned"),
    "I got used to eat Korean food.": ("eat", "eating"),
    "My tutor recommended me to read the news.": ("recommended me to read", "recommended that I read"),
    "I have met her two years ago.": ("have met", "met"),
    "After I will finish school, I will work.": ("will finish", "finish"),
    "He is proud on his daughter.": ("proud on", "proud of"),
    "She has lived in Seoul last year.": ("has lived", "lived"),
    "I enjoyed to meet new people.": ("to meet", "meeting"),
}

# A sixth set (2026-11-30), how clauses and verbs join; 12 of 25 were flagged (by Harper) before
# app/drafting/learner_rules_clauses.py. Those Harper flags are not listed here: these are the rules' own.
CLAUSE_ERRORS = {
    "My uncle made me to study every night.": ("made me to study", "made me study"),
    "Last year I visited the Seoul for the first time.": ("the ", ""),
    "I couldn't sleep because of I was scared.": ("because of", "because"),
    "Although I was tired, but I kept walking.": ("but", ""),
    "She asked me where was I from.": ("was I from", "I was from"),
    "I want that you listen to my story.": ("want that you listen", "want you to listen"),
    "She has a long hairs.": ("long hairs", "long hair"),
    "It was a very hard times for my family.": ("very hard times", "very hard time"),
    "She told that she missed her home.": ("told that", "said that"),
    "I hope you to understand my feelings.": ("hope you to understand", "hope you understand"),
    "I lived in China during three years.": ("during", "for"),
    "Many people was waiting at the station.": ("was", "were"),
    "I don't know what did he say.": ("did he say", "he said"),
    "Because I was tired, so I slept.": ("so", ""),
    "I came Korea in 2015.": ("came Korea", "came to Korea"),
    "I didn't have any friend in the new school.": ("friend", "friends"),
    # from the seventh set, written after the rules (19 of its 20 were flagged; this one was the miss)
    "I hope my mother to be healthy.": ("hope my mother to be", "hope my mother is"),
    "She hoped me to be a doctor.": ("hoped me to be", "hoped I would be"),
    "Nobody asked me how did I feel.": ("did I feel", "I felt"),
    "It was a really difficult years for us.": ("really difficult years", "really difficult year"),
}

# An eighth set (2026-11-30, night): of 30 new learner sentences the checker flagged 24; the six it missed
# ("My brother don't like", "a great times", "a very exciting news", "in every Sunday", "interested to learn",
# "for we") led to the rules for these, which are checked here on other sentences.
NOUN_ERRORS = {
    "Her husband don't drink at all.": ("don't", "doesn't"),
    "My teacher haven't seen my essay yet.": ("haven't", "hasn't"),
    "He gave me a useful advice.": ("a useful advice", "useful advice"),
    "I heard a terrible news this morning.": ("a terrible news", "terrible news"),
    "An useful information is on the board.": ("An useful information", "Useful information"),
    "We go to the market in every weekend.": ("in every weekend", "every weekend"),
    "I will call you on next Friday.": ("on next Friday", "next Friday"),
    "My uncle cooked noodles for they.": ("they", "them"),
    "The teacher was always kind to we.": ("we", "us"),
    "We spent a wonderful days in Jeju.": ("wonderful days", "wonderful day"),
}

CORRECT = [
    # near the eighth set's rules
    "A news report said the border was closed.", "She gave me a little money for the bus.",
    "We had a great time at the party.", "At last, we reached the river.",
    "On every Sunday my grandmother went to church.", "My mother and my father don't speak English.",
    "The friends of my sister are kind.", "Let my brother have the last piece.", "Does my teacher have time?",
    "The gift was for them.", "Like he said, the road was long.", "We walked to an information desk.",
    "I was born last year in May.", "It was good news for all of us.", "The weather was cold every morning.",
    "Yesterday I went to the market with my mother.",
    "Last year my family moved to Incheon, and now we live near the sea.",
    "Everyone was kind to me when I arrived in Seoul.",
    "Nobody has ever asked me about my village.",
    "The movie was boring, but my friends were excited.",
    "I am interested in economics and history.",
    "I listen to music every night before I sleep.",
    "We waited for the train for hours.",
    "She arrived home late and looked tired.",
    "My teacher explained the rules to us.",
    "He told me about his hometown.",
    "She said that it was fine.",
    "I feel happy when I speak English.",
    "She sang beautifully at the concert.",
    "They worked hard and slept deeply.",
    "I have lived in Seoul since 2019.",
    "I have been studying English for three years.",
    "She has been working at a factory since last spring.",
    "The door has been open all day.",
    "We have been there twice.",
    "I will call you tomorrow.",
    "Today I want to tell you about my dream.",
    "Three years ago, I was afraid of everything.",
    "When I was young, my grandmother told me stories.",
    "My friend is friendly and very lively.",
    "Look at the lights across the river.",
    "I can speak a little Chinese.",
    "I came to Korea for a better life.",
    "I was born in 2002 and grew up in Hyesan.",
    "Every morning my father walks to work.",
    "Now I study economics, and I work on weekends.",
    "The story is exciting for the children.",
    # the third set's sentences put right, and the readings the usage rules must leave alone
    "Somebody in my family has a car now.", "The police officer explained to us what to do.",
    "I could not contact my mother for a year.", "We escaped in 2017 with my uncle.",
    "Our school starts in September.", "I keep thinking about my hometown.", "I went to the market to buy rice.",
    "My grandmother was a very brave woman.", "He is a soldier in the army.", "It was the hardest time of my life.",
    "I understand your feelings now.", "My friends are very kind to me.", "She told me that she doesn't know.",
    "I asked for help the next morning.", "Everyone I met was kind.", "He was married to a teacher.",
    "The call to prayer woke me.", "My visit to Seoul changed everything.", "She is considered to be the best.",
    "I was born on March 3, 2002.", "We met on Monday.", "One of the boys is my brother.", "Does she have a pen?",
    "Let him do it.", "The news is good.", "Every new word is a key.", "I grew up in Hyesan and moved to Incheon.",
    "My dream is to become a lawyer.", "It was the most difficult decision of my life.", "It depends on you.",
    "We didn't have many friends there.", "One of my best friends lives in Busan.", "Every weekend I visit her.",
    "I really want to see my mother again.", "We finally returned home.", "I got used to eating Korean food.",
    "We look forward to hearing from you.", "I met her two years ago.", "After I finish school, I will work.",
    "He is best known for his songs.", "She is an honest woman.", "Bamboo is used to make paper.",
    "I don't know when I will arrive.", "I have lived here since last year.", "Much of the work was hard.",
    "Each class has a teacher.", "She became the first doctor in her family.", "He used to be a teacher.",
    # the sixth set's corrections, and sentences that look like its errors
    "My uncle made me study every night.", "My father made his way to the border.", "We finally made it to Seoul.",
    "I could tell that he was tired.", "She told me that she was fine.", "Because of the war, so many people left.",
    "Although it was late, we kept walking.", "I asked her where she was from.", "I asked what was wrong.",
    "Do you know where he is?", "She asked me how old I was.", "During the three years I was there, I studied.",
    "We stayed a few days.", "I joined a sports club.", "She had a sales job.", "It was a series of mistakes.",
    "In the Seoul of my childhood, there were no lights.", "We crossed the Yalu at night.", "I went home.",
    "One of the people was kind.", "Our method of protecting your rights has two steps.", "I hope you are well.",
    "I want you to listen.", "They made us wait for hours.", "I know what the problem is.",
    "I didn't have any friends.", "Any friend of mine is welcome.", "I don't have any money.",
    "I hope to be a doctor.", "The soldiers let nobody pass.", "My aunt made it clear that we were welcome.",
    "Even though it rained, so many people came.", "We asked how far the river was.", "They took a news photo.",
    "I went to the Busan office of the company.", "I told him that I was fine.", "He told that story many times.",
    "Grandmother told that joke every winter.", "I read a news article.", "She was a nurses' aide.",
    "It was a thousand years ago.", "She took a statistics course.", "During two weeks of training, we learned a lot.",
    "The Seoul Olympics were in 1988.", "We went Christmas shopping.", "I asked myself why did I survive.",
    "Do you know what time it is?", "There were a great many people.",
]


def _missed(errors: dict[str, tuple[str, str]]) -> list[tuple[str, list]]:
    """The sentences whose error is not flagged on the expected words with the expected first fix."""
    missed = []
    for sentence, (words, suggestion) in errors.items():
        found = [f for f in check(sentence) if sentence[f.start:f.end] == words]
        if not found or found[0].suggestions[0] != suggestion:
            missed.append((sentence, [(sentence[f.start:f.end], f.suggestions) for f in check(sentence)]))
    return missed


def test_unseen_learner_errors_are_flagged_with_real_english() -> None:
    missed = _missed(ERRORS)
    assert len(missed) <= len(ERRORS) // 10, missed  # at least 90 % of these kinds flagged, with the right fix


def test_usage_errors_written_after_the_rules_are_flagged_with_real_english() -> None:
    errors = {**MORE_ERRORS, **PHRASE_ERRORS, **CLAUSE_ERRORS, **NOUN_ERRORS, **NINTH_ERRORS, **TENTH_ERRORS,
              **FORM_ERRORS, **LATE_ERRORS, **WORD_ERRORS,
              **LAST_ERRORS, **SIXTEENTH_ERRORS,
              **SEVENTEENTH_ERRORS, **TAUGHT_ERRORS,
              **EIGHTEENTH_ERRORS, **NINETEENTH_ERRORS,
              **SHAPE_ERRORS}
    missed = _missed(errors)
    assert len(missed) <= len(errors) // 10, missed


def test_the_usage_rules_stay_silent_on_the_benchmark_speeches() -> None:
    """Every sentence of the benchmark speeches is correct English: no learner rule may fire on one."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    text = (root / "benchmarks" / "speech_text.txt").read_text(encoding="utf-8")
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if s]
    assert len(sentences) > 20
    alarms = [(s, [(s[f.start:f.end], f.rule) for f in check(s)]) for s in sentences if list(check(s))]
    assert alarms == []


def test_no_false_alarms_on_correct_sentences() -> None:
    alarms = [(s, found) for s in CORRECT + NINTH_CORRECT + TENTH_CORRECT + FORM_CORRECT + WORD_CORRECT
              + LAST_CORRECT + SIXTEENTH_CORRECT
              + SEVENTEENTH_CORRECT + TAUGHT_CORRECT
              + EIGHTEENTH_CORRECT + NINETEENTH_CORRECT
              + SHAPE_CORRECT
              if (found := [(s[f.start:f.end], f.rule) for f in check(s)])]
    assert alarms == []


def test_a_role_after_be_is_not_taken_for_a_passive() -> None:
    """"I want to be nurse" lacks "a"; "be nursed" is English, and the wrong fix."""
    offered = [s for f in check("I want to be nurse someday.") for s in f.suggestions]
    assert offered == ["a nurse"], offered
    assert not [f for f in check("She will be judge at the contest.") if "be judged" in f.suggestions]
    assert [f.suggestions for f in check("The house will be build next year.")] == [("be built",)]
