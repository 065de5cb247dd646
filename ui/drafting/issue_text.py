"""What a draft-check finding says, in the interface language. The learner rules' messages are English
and specific ("After “can”, use the base form of the verb: “make”."); in Korean each rule has its own
explanation with the fix put in, and so have the app's hints (long sentences, repeated words, sounds to
practise), an unknown word and Harper's commonest messages (matched whole, with the words they name put
back in). Other checkers' messages stay as they come."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.drafting.grammar import PRACTISE, Issue, practise_item
from ui import i18n


def _explanations() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "modal-base-verb": translate("IssueText", "After can, will, must and the like, use the verb's base form: "
                                                  "“%1”."),
        "modal-to": translate("IssueText", "After can, will, must and the like, leave out “to”."),
        "plural-after-quantity": translate("IssueText", "After many, two, several and the like, use the plural: "
                                                        "“%1”."),
        "there-is-plural": translate("IssueText", "For more than one thing, use “%1” after “there”."),
        "be-with-verb": translate("IssueText", "“be” (am, is, are) and another verb do not go together here: "
                                               "“%1”."),
        "third-person-s": translate("IssueText", "With one person or thing (he, she, my mother), the verb takes "
                                                 "-s: “%1”."),
        "past-time-tense": translate("IssueText", "A word like “yesterday” or “last year” puts the sentence in the "
                                                  "past: “%1”."),
        "everyone-singular": translate("IssueText", "Everyone, nobody and someone take a singular verb: “%1”."),
        "ing-for-feeling": translate("IssueText", "For how you feel, use the -ed form: “%1”. The -ing form "
                                                  "describes what causes the feeling."),
        "verb-preposition": translate("IssueText", "This verb needs its preposition before what follows: “%1”."),
        "to-before-person": translate("IssueText", "This verb needs “to” before the person: “%1”."),
        "adverb-after-feeling": translate("IssueText", "After feel, look or be, describe with an adjective, not "
                                                       "an -ly word: “%1”."),
        "present-perfect": translate("IssueText", "With “since” or “for”, say how long up to now (the present "
                                                  "perfect): “%1”."),
        "been-bare-verb": translate("IssueText", "After “been”, use the -ing form: “%1”."),
        "double-determiner": translate("IssueText", "Two words that do the same job (a, the, my) stand together; "
                                                    "keep one: “%1”."),
        "time-preposition": translate("IssueText", "Years and months take “in”, days of the week take “on”: "
                                                   "“%1”."),
        "verb-extra-preposition": translate("IssueText", "This verb takes its object directly, without a "
                                                         "preposition: “%1”."),
        "gerund-after-verb": translate("IssueText", "After enjoy, finish, avoid, keep and the like, use the -ing "
                                                    "form, not “to”: “%1”."),
        "for-to-purpose": translate("IssueText", "To say what something is for, use “to” with the verb, not "
                                                 "“for”: “%1”."),
        "missing-article": translate("IssueText", "One person or thing that can be counted needs “a” or “an” "
                                                  "before it: “%1”."),
        "stative-progressive": translate("IssueText", "Verbs of a state (know, believe, understand) are not used "
                                                      "with -ing: “%1”."),
        "subject-verb-agreement": translate("IssueText", "The verb must match its subject (one or more than "
                                                         "one): “%1”."),
        "superlative-the": translate("IssueText", "The best, the most …: a superlative takes “the”: “%1”."),
        "wrong-preposition": translate("IssueText", "This word takes another preposition: “%1”."),
        "much-many": translate("IssueText", "For things that can be counted, use “many”, not “much”: “%1”."),
        "each-singular": translate("IssueText", "After “each” and “every”, use one (the singular): “%1”."),
        "very-verb": translate("IssueText", "“very” does not go before a verb; say “really” or “… very much”: "
                                            "“%1”."),
        "return-back": translate("IssueText", "“return” already means going back; leave out “back”: “%1”."),
        "to-ing": translate("IssueText", "In “be used to” and “look forward to”, “to” is followed by the -ing "
                                         "form: “%1”."),
        "suggest-that": translate("IssueText", "“suggest” and “recommend” are not followed by a person and “to”; "
                                               "say: “%1”."),
        "perfect-past-time": translate("IssueText", "With a finished time (yesterday, two years ago), use the "
                                                    "past, not “have” + participle: “%1”."),
        "when-will": translate("IssueText", "After “when”, “after” or “before”, the present speaks of the "
                                            "future: “%1”."),
        "causative-to": translate("IssueText", "After make or let and a person, the verb comes without “to”: "
                                               "“%1”."),
        "want-that": translate("IssueText", "“want” is not followed by “that” and a sentence; say the person, then "
                                            "“to” and the verb: “%1”."),
        "hope-to": translate("IssueText", "“hope” is not followed by a person and “to”; say: “%1”."),
        "tell-say": translate("IssueText", "“tell” needs the person you tell; without one, use “say”: “%1”."),
        "because-of-clause": translate("IssueText", "Before a whole sentence (a subject and a verb), use “because”, "
                                                    "not “because of”: “%1”."),
        "double-conjunction": translate("IssueText", "“although” or “because” already joins the two parts; leave out "
                                                     "“but” or “so”."),
        "embedded-question": translate("IssueText", "A question inside a sentence keeps the usual order, the subject "
                                                    "before the verb: “%1”."),
        "during-for": translate("IssueText", "For how long something lasted, use “for”, not “during”: “%1”."),
        "article-plural": translate("IssueText", "“a” or “an” goes with one thing; use the singular: “%1”."),
        "the-place": translate("IssueText", "The names of cities and countries take no “the”."),
        "any-plural": translate("IssueText", "In a sentence with “not”, “any” takes the plural of a thing you can "
                                             "count: “%1”."),
        "go-to-place": translate("IssueText", "After go, come or arrive, the place needs a preposition: “%1”."),
        "article-uncounted": translate("IssueText", "English does not count this thing (news, advice, "
                                                    "information): no “a” or “an”: “%1”."),
        "time-no-preposition": translate("IssueText", "With “every”, “last” or “next”, a time takes no in, on or "
                                                      "at: “%1”."),
        "object-pronoun": translate("IssueText", "After a word like “for”, “with” or “to”, use him, her, us or "
                                                 "them: “%1”."),
        "do-base-verb": translate("IssueText", "After do, does or did, the verb takes its base form: “%1”."),
        "to-before-adverb": translate("IssueText", "“home”, “abroad” and “overseas” already say where to: no “to” "
                                                   "before them: “%1”."),
        "married-to": translate("IssueText", "One is married to a person, not with them: “%1”."),
        "base-not-ing": translate("IssueText", "After “make”/“let” and a person, or after “want to”, “like to” and "
                                               "the like, use the verb's base form: “%1”."),
        "no-passive": translate("IssueText", "This verb takes no object (happen, arrive, die), so it needs no "
                                             "“be”: “%1”."),
        "do-with-adjective": translate("IssueText", "A word like “happy” is not a verb: use “be” with it, not "
                                                    "“do”: “%1”."),
        "feeling-ed": translate("IssueText", "To say how someone feels, use the -ed form: “%1”."),
        "double-negative": translate("IssueText", "English says “not” only once in a sentence: “%1”."),
        "plural-verb": translate("IssueText", "With more than one person, the verb takes no -s: “%1”."),
        "singular-verb": translate("IssueText", "The subject is one thing, so the verb is singular: “%1”."),
        "comparative": translate("IssueText", "To compare, use -er/-est (short words) or more/most: “%1”."),
        "because-of": translate("IssueText", "Before a thing rather than a sentence, say “because of”: “%1”."),
        "very-much-place": translate("IssueText", "“very much” comes after the thing you like: “%1”."),
        "in-a-city": translate("IssueText", "With a city or a country, use “in”: “%1”."),
        "subject-twice": translate("IssueText", "The subject is already named: leave out the extra he, she or "
                                                "they."),
        "hardly-hard": translate("IssueText", "“hardly” means “almost not”; to say with effort, use “hard”: “%1”."),
        "uncounted-plural": translate("IssueText", "English does not count this (advice, information, homework): "
                                                   "no plural: “%1”."),
        "past-clause-tense": translate("IssueText", "The part with “when” (or after, before, because) tells of the "
                                                    "past, so the rest of the sentence is in the past too: “%1”."),
        "be-not-verb": translate("IssueText", "With a verb, “not” goes with do, not with be: “%1”."),
        "to-left-out": translate("IssueText", "Between want, need, hope and the like and another verb, English needs "
                                              "“to”: “%1”."),
        "word-form": translate("IssueText", "This word has another form in English: “%1”."),
        "aim-to": translate("IssueText", "A dream or a goal is something to do: use “to” before the verb: “%1”."),
        "for-person": translate("IssueText", "For the person who finds something hard or easy, use “for”: “%1”."),
        "ago-before": translate("IssueText", "Counting back from today, English says “ago”: “%1”."),
        "so-that": translate("IssueText", "“so that” tells a purpose (so that I could …); for what happened as a "
                                          "result, say “so”: “%1”."),
        "enough-after": translate("IssueText", "“enough” comes after an adjective: “%1”."),
        "adjective-for-adverb": translate("IssueText", "To say how someone does something, use an adverb (-ly): "
                                                       "“%1”."),
        "ed-for-thing": translate("IssueText", "A thing that makes people feel something takes -ing (a boring "
                                               "movie); -ed is how a person feels: “%1”."),
        "future-time-tense": translate("IssueText", "“tomorrow” and “next …” are in the future: “%1”."),
        "whole-all": translate("IssueText", "For all the people or things of a group, say “all”: “%1”."),
        "passive-participle": translate("IssueText", "After “be”, a thing that is done takes the past participle: "
                                                     "“%1”."),
        "missing-the": translate("IssueText", "A place or person both of you know takes “the”: “%1”."),
        "meal-no-article": translate("IssueText", "Meals (breakfast, lunch, dinner) take no “a”: “%1”."),
        "person-after-verb": translate("IssueText", "With give, show, teach or tell, the person comes straight "
                                                    "after the verb, without “to”: “%1”."),
        "missing-subject": translate("IssueText", "An English sentence needs a subject; for weather, time or a "
                                                  "situation, use “it”: “%1”."),
        "pronoun-repeated": translate("IssueText", "“that” or “which” already stands for the thing named before it, "
                                                   "so “it” or “them” is not said again at the end."),
        "almost-all": translate("IssueText", "“almost” does not go straight before a noun; say “almost all” or "
                                             "“most”: “%1”."),
        "most-of-the": translate("IssueText", "After “most of” or “many of” comes “the”, “my” or the like; "
                                              "or leave out “of”: “%1”."),
        "can-able": translate("IssueText", "“can” already means “be able to”: use one of them, not both."),
        "same-as": translate("IssueText", "“the same … ” is followed by “as”: “%1”."),
        "for-ago": translate("IssueText", "“for three years” is how long; “three years ago” is when. Use one: "
                                          "leave out “ago” (or “for”)."),
        "because-clause": translate("IssueText", "Before a subject and its verb, use “because” alone; “because "
                                                 "of” goes before a noun: “%1”."),
        "word-order": translate("IssueText", "In English, how much comes first: “%1”."),
        "first-time": translate("IssueText", "“This is the first time” counts up to now, so the verb takes have "
                                             "+ past participle (“It was the first time”: the past): “%1”."),
        "comma-splice": translate("IssueText", "Two sentences are joined by a comma alone: end the first with a "
                                               "full stop, or join them with “; ” or “, and”."),
        "so-adjective-that": translate("IssueText", "To say what followed from how something was, use “so … "
                                                    "that” (“too … to” with a verb): “%1”."),
        "general-no-the": translate("IssueText", "A quality or an idea in general (honesty, freedom, nature) "
                                                 "takes no “the”: “%1”."),
        "plural-in-general": translate("IssueText", "To speak of a kind of thing in general (dogs, cats), use the "
                                                    "plural: “%1”."),
        "such-a": translate("IssueText", "Before an adjective and a noun, “so” becomes “such a”: “%1”."),
        "do-make": translate("IssueText", "English does homework, exercise and housework, but makes a mistake, an "
                                          "effort or a decision: “%1”."),
        "lend-borrow": translate("IssueText", "To give something for a while is “lend”; to take it is “borrow”: "
                                              "“%1”."),
        "much-uncounted": translate("IssueText", "For things that are not counted (money, water, advice), use "
                                                 "“much” or “little”, not “many” or “few”: “%1”."),
        "date-on": translate("IssueText", "A date (a day of a month) takes “on”: “%1”."),
        "the-same": translate("IssueText", "“same” always takes “the”: “%1”."),
        "to-after-verb": translate("IssueText", "After want, decide, hope, plan, promise and the like, another verb "
                                                "takes “to”, not -ing: “%1”."),
        "place-no-the": translate("IssueText", "Going to school, to church, to bed or to work to do what is done "
                                               "there takes no “the”: leave it out."),
        "a-few": translate("IssueText", "For a small number, say “a few” (“few” alone means almost none): “%1”."),
        "who-agreement": translate("IssueText", "After “who” or “that” standing for one person, the verb takes -s "
                                                "(a friend who helps): “%1”."),
        "who-many": translate("IssueText", "After “who” or “that” standing for more than one (people who help), the "
                                           "verb takes no -s: “%1”."),
        "which-person": translate("IssueText", "For people, say “who”; “which” is for things: “%1”."),
        "relative-pronoun-extra": translate("IssueText", "“who” or “which” already stands for the person or thing "
                                                         "named before it, so “he”, “she” or “it” is not said again: "
                                                         "leave it out."),
        "what-think": translate("IssueText", "To ask for an opinion, English says “What do you think about …?”: "
                                             "“%1”."),
        "go-activity": translate("IssueText", "“go” takes an activity in -ing without “to” (go shopping, go "
                                              "swimming): “%1”."),
        "people-plural": translate("IssueText", "“people” is already plural; “peoples” means nations: “%1”."),
        "years-old": translate("IssueText", "An age says “years old” (I was ten years old): “%1”."),
        "hobby-ing": translate("IssueText", "A hobby is an activity: use the -ing form (My hobby is playing soccer): "
                                            "“%1”."),
        "one-of-a-kind": translate("IssueText", "There is only one sun, moon, sky and world: they take “the”: “%1”."),
        "play-sport": translate("IssueText", "After “play”, a sport takes no “the” (an instrument does: play the "
                                             "piano): “%1”."),
        "marry-someone": translate("IssueText", "“marry” takes the person straight after it (She married a doctor), or "
                                             "say “got married to”: “%1”."),
        "laugh-at": translate("IssueText", "Laughing at someone takes “at”: “%1”."),
        "me-and-i": translate("IssueText", "As the subject of a sentence, say “… and I” (“me” comes after a verb or a "
                                           "preposition): “%1”."),
        "remind-of": translate("IssueText", "To remind someone of something, say “of” before the thing: “%1”."),
        "irregular-past": translate("IssueText", "This verb does not take -ed: its past has its own form: “%1”."),
        "for-ing": translate("IssueText", "After “for” (thank you for, sorry for), a verb takes -ing: “%1”."),
        "worried-about": translate("IssueText", "Worried about a thing (an exam, the future) takes “about”: “%1”."),
        "perfect-participle": translate("IssueText", "After have, has or had, the verb takes its past participle "
                                                     "(have eaten, has gone), even with a word such as “ever” between: "
                                                     "“%1”."),
        "to-before-verb": translate("IssueText", "After encourage, ask, tell, allow and the like, and the person, the "
                                                 "next verb takes “to”: “%1”."),
        "there-is-uncounted": translate("IssueText", "What is not counted (food, water, money) takes “there is” or "
                                                     "“there was”: “%1”."),
        "remembered-past": translate("IssueText", "A day you remember or will never forget is in the past: “%1”."),
        "arrive-in-at": translate("IssueText", "“arrive” takes “in” before a city or a country, “at” before a "
                                               "building or a station, and nothing before home: “%1”."),
        "for-since": translate("IssueText", "A year is when something began: use “since” with it (“for” takes a "
                                            "length of time, “for five years”): “%1”."),
    }


def _sayings() -> dict[str, str]:
    """`PRACTISE` in the interface language."""
    translate = QCoreApplication.translate
    return {
        "F": translate("IssueText", "f (not p)"), "V": translate("IssueText", "v (not b)"),
        "TH": translate("IssueText", "th as in “think”"), "DH": translate("IssueText", "th as in “this”"),
        "Z": translate("IssueText", "z (not j)"), "ZH": translate("IssueText", "zh as in “vision”"),
        "R+L": translate("IssueText", "r and l in one word"), "R-": translate("IssueText", "r at the start (not l)"),
        "L-": translate("IssueText", "l at the start (not r)"),
        "-": translate("IssueText", "the final consonants %1"),
    }


def _harper_messages() -> list[tuple[re.Pattern[str], str]]:
    """Harper's commonest messages (as `grammar.plain` leaves them) → the interface language; %1, %2: the
    words the message names. harper-py is pinned, so its wording is known."""
    translate = QCoreApplication.translate
    pairs = [
        (r"The form of the verb must agree in grammatical number with the pronoun\.|Make the verb agree with its "
         r"subject\.", translate("IssueText", "The verb must agree with its subject (one or more than one).")),
        (r"Incorrect indefinite article\.", translate("IssueText", "Use “an” before a vowel sound and “a” before "
                                                                    "others.")),
        (r"Did you mean to repeat this word\?", translate("IssueText", "The same word comes twice in a row.")),
        (r"Is the second “(.+)” supposed to be “.+” or not there at all\?",
         translate("IssueText", "The same word comes twice in a row.")),
        (r"The word “(.+)” is a mass noun and should not be pluralized\.",
         translate("IssueText", "This noun is not counted, so it has no plural: “%1”.")),
        (r'Use the base form of the verb with "did"\.', translate("IssueText", "After “did”, use the verb's base "
                                                                                "form.")),
        (r"“(.+)” is redundant", translate("IssueText", "A word here is not needed: “%1”.")),
        (r"Using “(.+)” and the comparative form of the adjective together is redundant\.",
         translate("IssueText", "The adjective is already comparative (-er); this word is not needed: “%1”.")),
        (r"For a duration, use 'for' instead of 'since'\. Or for a point in time, add 'ago' at the end\.",
         translate("IssueText", "For how long, use “for”, not “since”; for a moment in time, put “ago” at the "
                                "end.")),
        (r"Use 'good at' to describe proficiency with a skill\.",
         translate("IssueText", "To say someone does something well, use “good at”.")),
        (r"If the noun is a destination, use 'at' or 'in' instead of 'to'\.",
         translate("IssueText", "For the place someone arrives, use “at” or “in”, not “to”.")),
        (r"Did you mean “(.+)”\?", translate("IssueText", "Did you mean this word? “%1”")),
        (r"Use “(.+)” rather than “(.+)” here\.", translate("IssueText", "Here, instead of “%2”, say: “%1”.")),
        (r"“(.+)” should be written as two words\.", translate("IssueText", "This is written as two words: “%1”.")),
        (r"The first-person singular subject pronoun must be capitalized\.",
         translate("IssueText", "“I” (meaning yourself) is always a capital letter.")),
        (r"Use a space after a comma\.|Don't use a space before a comma\. Use a space after a comma\.",
         translate("IssueText", "No space before a comma, one space after it.")),
        (r"You probably mean the adverb “(.+)” here\.", translate("IssueText", "The adverb fits here: “%1”.")),
    ]
    return [(re.compile(pattern), text) for pattern, text in pairs]


def _harper(issue: Issue) -> str | None:
    for pattern, text in _harper_messages():
        found = pattern.fullmatch(issue.message)
        if found:
            for number, words in enumerate(found.groups(), start=1):
                text = text.replace(f"%{number}", words)
            return text
    return None


def _hint(issue: Issue) -> str | None:
    """The app's own hint or unknown-word message in the interface language; None when it has none."""
    translate = QCoreApplication.translate
    if issue.kind == "watch-list" and issue.details:
        sayings = _sayings()
        items = ", ".join(practise_item(key, sayings) for key in issue.details if key in PRACTISE or
                          key.startswith("-"))
        return translate("IssueText", "Practise: %1.").replace("%1", items)
    if issue.kind == "long-sentence" and issue.details:
        return translate("IssueText", "%1 words: hard to say in one breath. Could it be two sentences?").replace(
            "%1", issue.details[0])
    if issue.kind == "repetition" and len(issue.details) == 2:
        return translate("IssueText", "“%1” comes %2 times in the speech; another word now and then keeps "
                                      "listeners with you.").replace("%1", issue.details[0]).replace(
            "%2", issue.details[1])
    if issue.kind == "name":
        return translate("IssueText", "“%1” looks like a Korean name the dictionary does not have. If it is one, "
                                      "add it to this speech's words.").replace("%1", issue.text)
    if issue.kind == "spelling":
        if issue.details == ["name"]:
            return translate("IssueText", "“%1” is not in the dictionary. If it is a name (a place or a person), "
                                          "add it to this speech's words; otherwise check its spelling.").replace(
                "%1", issue.text)
        return translate("IssueText", "“%1” is not in the dictionary: check its spelling.").replace("%1", issue.text)
    return None


def explain(issue: Issue) -> str:
    """The finding's explanation for the person reading it."""
    rule = issue.rule.removeprefix("learner:")
    if i18n.current() != "ko":
        return issue.message
    hint = _hint(issue)
    if hint is not None:
        return hint
    if issue.rule.startswith("harper:"):
        return _harper(issue) or issue.message
    if not issue.rule.startswith("learner:"):
        return issue.message
    text = _explanations().get(rule)
    if text is None:
        return issue.message
    return text.replace("%1", issue.suggestions[0] if issue.suggestions else "")
