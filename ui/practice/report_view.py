"""The delivery report on screen: the script with what happened marked on it, then the figures.

Omitted words are struck through, changed words show what was said, added words and fillers appear
where they were said, long pauses are marked in place, unclear words are highlighted with their own play
link, words said with a swapped sound say which sound. Every word said links to its moment in the
recording (`play_requested(seconds)`); "said right" asks for the offline voice (`say_requested(word)`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.practice import sounds
from app.practice.coaching import Coaching, Point, coach
from app.practice.delivery import DeliveryReport
from app.speaking import clock


def _play(seconds: float, text: str, css: str = "word") -> str:
    return f'<a class="{css}" href="play:{seconds:.2f}">{text}</a>'


STYLE = (
    "a.word { color: #1d2a44; text-decoration: none; }"
    "a.changed { color: #8a4b00; text-decoration: none; background: #fde9c8; }"
    "a.unclear { color: #1d2a44; text-decoration: none; background: #fff3a6; }"
    "a.added { color: #1a5fb4; text-decoration: none; }"
    "a.filler { color: #7d3c98; text-decoration: none; font-style: italic; }"
    "a.sound { color: #4a2a8a; text-decoration: none; background: #ece3ff; }"
    "a.playlink { color: #3d6fd8; }"
    ".advice { color: #3a4358; }"
    ".omitted { color: #b00020; text-decoration: line-through; }"
    ".pause { color: #5a6478; background: #e8eef7; }"
    ".figures { color: #5a6478; font-size: small; }"
    "h3 { margin: 6px 0 2px 0; }"
    ".well { color: #1b6e3a; } .next { color: #8a4b00; }"
    "td { padding: 2px 10px 2px 0; }"
)


class ReportView(QTextBrowser):
    play_requested = Signal(float)
    say_requested = Signal(str)  # a word to hear said right by the offline voice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportView")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.document().setDefaultStyleSheet(STYLE)

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "play":
            self.play_requested.emit(float(url.path()))
        elif url.scheme() == "say":
            self.say_requested.emit(url.path())

    def show_html(self, html: str) -> None:
        """Show what `report_html` made (on a worker: a long report takes ~30 ms to read and write out)."""
        self.setHtml(html)


def _point_text(point: Point) -> str:
    """One line of the summary, in the interface language."""
    translate = QCoreApplication.translate
    v = point.values

    def fill(text: str) -> str:
        for key, value in v.items():
            shown = clock(float(value)) if key in ("time", "min", "max", "now", "was") and point.kind in (
                "time_under", "time_over", "time_within", "time_now") else str(value)
            if key in ("short", "long"):
                shown = f"{float(value):.0f}"
            if key == "longest":
                shown = f"{float(value):.1f}"
            text = text.replace("{" + key + "}", escape(shown))
        return text

    texts = {
        "time_under": translate("Coaching", "Your time, {time}, is {short} seconds under the minimum ({min}): "
                                            "slow down a little, or add a sentence."),
        "time_over": translate("Coaching", "Your time, {time}, is {long} seconds over the maximum ({max}): "
                                           "shorten a sentence or two."),
        "time_within": translate("Coaching", "Your time, {time}, is within the limits ({min}–{max})."),
        "skipped_sentence": translate("Coaching", "You skipped a whole sentence: “{text}”"),
        "skipped_words": translate("Coaching", "{count} words of the script were not said (the first: "
                                               "“{word}”)."),
        "pace_fast": translate("Coaching", "Fast: {pace} words a minute. Take a breath at the end of each "
                                           "sentence."),
        "pace_slow": translate("Coaching", "Slow: {pace} words a minute. Reading the sentences aloud more often "
                                           "will make them flow."),
        "fillers": translate("Coaching", "{count} filler words (um, uh). Pause silently instead: a pause sounds "
                                         "calm."),
        "quiet": translate("Coaching", "This take was very quiet (your voice at {level} dB): the report may have "
                                       "missed words. Move closer to the microphone or turn its level up."),
        "pauses": translate("Coaching", "{count} long pauses; the longest {longest} seconds. Know what comes "
                                        "next in that place."),
        "unclear": translate("Coaching", "Words that were hard to make out: {words}. Say them slowly, then "
                                         "at speed."),
        "sounds": translate("Coaching", "{count} words said with a sound swapped, e.g. {words}: see “Words to "
                                        "practise” below for each sound and how to make it."),
        "accuracy": translate("Coaching", "You said {percent} % of your script as written."),
        "accuracy_up": translate("Coaching", "More of the script as written than last time: {percent} % "
                                             "(was {was} %)."),
        "pace_good": translate("Coaching", "A comfortable pace: {pace} words a minute."),
        "no_fillers": translate("Coaching", "No filler words (um, uh)."),
        "fillers_down": translate("Coaching", "Fewer filler words than last time: {count} (was {was})."),
        "pace_calmer": translate("Coaching", "pace {now}, last time {was}: calmer"),
        "pace_quicker": translate("Coaching", "pace {now}, last time {was}: quicker"),
        "pace_same": translate("Coaching", "pace {now}, about the same as last time"),
        "script": translate("Coaching", "script as written {now} % (last time {was} %)"),
        "fillers_now": translate("Coaching", "fillers {now} (last time {was})"),
        "time_now": translate("Coaching", "time {now} (last time {was})"),
    }
    text = fill(texts.get(point.kind, point.kind))
    if point.at is not None:
        text += " " + _play(point.at, escape(translate("Coaching", "▶ listen")), "playlink")
    return text


def coaching_html(coaching: Coaching) -> str:
    translate = QCoreApplication.translate
    if coaching.heard_nothing:
        return ("<h3>" + escape(translate("Coaching", "Almost nothing was heard in this take.")) + "</h3><p>"
                + escape(translate("Coaching", "Is the microphone on, and close enough? Check the microphone "
                                               "level while you speak, then record again. This take is kept, "
                                               "and it does not count in your progress.")) +
                "</p>")
    parts = []
    if coaching.well:
        parts.append("<h3 class='well'>" + escape(translate("Coaching", "What went well")) + "</h3><ul>"
                     + "".join(f"<li>{_point_text(p)}</li>" for p in coaching.well) + "</ul>")
    if coaching.next:
        parts.append("<h3 class='next'>" + escape(translate("Coaching", "Practise next")) + "</h3><ol>"
                     + "".join(f"<li>{_point_text(p)}</li>" for p in coaching.next) + "</ol>")
    if coaching.compared:
        parts.append("<p>" + escape(translate("Coaching", "Beside your last take:")) + " "
                     + " · ".join(_point_text(p) for p in coaching.compared) + "</p>")
    return "".join(parts)


def report_html(report: DeliveryReport, previous: DeliveryReport | None = None) -> str:
    """The summary in plain words first, then the details."""
    coaching = coach(report, previous)
    summary = coaching_html(coaching)
    if coaching.heard_nothing:
        return summary
    details = escape(QCoreApplication.translate("Coaching", "The details"))
    return f"{summary}<hr/><h3>{details}</h3>{_details_html(report)}"


def _details_html(report: DeliveryReport) -> str:
    translate = QCoreApplication.translate
    verdict = {
        "under": translate("ReportView", "under the time limit"),
        "over": translate("ReportView", "over the time limit"),
        "within": translate("ReportView", "within the time limit"),
    }.get(report.timing_verdict, report.timing_verdict)
    colour = {"under": "#8a6100", "over": "#b00020"}.get(report.timing_verdict, "#1b6e3a")
    limits = f"{clock(report.limits.min_seconds)}–{clock(report.limits.max_seconds)}"
    accuracy = (translate("ReportView", "%1 % — %2 of %3 words as written")
                .replace("%1", f"{report.accuracy * 100:.0f}").replace("%2", str(report.said_as_written))
                .replace("%3", str(report.script_words)))
    practise = ", ".join(_play(u.start, escape(u.word), "playlink") for u in report.unclear)
    practise = (practise + " " + escape(translate("ReportView", "(hard to make out in this take; click to "
                                                                "hear it)"))) if practise else ""
    practise = "<br/>".join(part for part in (_sounds_html(report), practise) if part) or "—"
    rows = [
        (translate("ReportView", "Speaking time"),
         f'<b style="color:{colour}">{clock(report.speaking_seconds)}</b> — {verdict} ({limits})'),
        (translate("ReportView", "Script accuracy"), accuracy),
        (translate("ReportView", "Pace"),
         translate("ReportView", "%1 words per minute").replace("%1", f"{report.words_per_minute:.0f}")),
        (translate("ReportView", "Fillers"), str(len(report.fillers))),
        (translate("ReportView", "Long pauses"), str(len(report.pauses))),
        (translate("ReportView", "Words to practise"), practise),
    ]
    figures = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
    heard = escape(translate("ReportView", "Heard"))
    return (f"<table>{figures}</table><hr/>{_script_html(report)}<hr/>"
            f"<p class='figures'>{heard}</p><p>{_heard_html(report)}</p>")


def swap_text(kind: str) -> str:
    """'the v sounded like b', in the interface language."""
    translate = QCoreApplication.translate
    sound, heard = sounds.letters(kind)
    return translate("ReportView", "the %1 sounded like %2").replace("%1", sound).replace("%2", heard)


def advice_text(kind: str) -> str:
    """How to make the sound she swapped, in the interface language."""
    translate = QCoreApplication.translate
    return {
        "r>l": translate("Sounds", "r: curl the tip of your tongue back without touching the roof of your mouth, "
                                   "lips a little rounded."),
        "l>r": translate("Sounds", "l: press the tip of your tongue on the ridge behind your upper teeth and keep "
                                   "it there while you make the sound."),
        "f>p": translate("Sounds", "f: rest your upper teeth lightly on your lower lip and blow; the lips never "
                                   "close."),
        "v>b": translate("Sounds", "v: upper teeth on your lower lip, as for f, but with your voice on: the lip "
                                   "buzzes. The lips never close."),
        "th>s": translate("Sounds", "th in “think”: put the tip of your tongue between your teeth and blow "
                                    "gently."),
        "dh>d": translate("Sounds", "th in “this”: the tip of your tongue between your teeth, with your voice "
                                    "on."),
        "z>j": translate("Sounds", "z: a buzzing s. Keep the tongue off the roof of your mouth; j presses it "
                                   "there."),
        "ee>i": translate("Sounds", "ee in “sheep”: spread your lips and make it long and tense."),
        "i>ee": translate("Sounds", "i in “ship”: short and relaxed; do not stretch it into ee."),
    }.get(kind, "")


def _sounds_html(report: DeliveryReport) -> str:
    """Words said with a swapped sound: what was heard, her word and the voice's, and how to make the sound."""
    translate = QCoreApplication.translate
    if report.sounds in ("unavailable", "failed") and report.language == "en":
        return "<span class='figures'>" + escape(
            translate("ReportView", "The sounds were not checked on this computer, so a changed or unclear word "
                                    "may be the recogniser's mistake.") if report.sounds == "unavailable" else
            translate("ReportView", "The sound check failed for this take (the log has the details); changed and "
                                    "unclear words are the recogniser's guess.")) + "</span>"
    lines = []
    yours, right = translate("ReportView", "▶ yours"), translate("ReportView", "▶ said right")
    for swap in report.sound_swaps:
        like = (" " + translate("ReportView", "(it sounded like “%1”)").replace("%1", swap.said_like)
                if swap.said_like else "")
        lines.append(f"<b>{escape(swap.word)}</b> — {escape(swap_text(swap.kind) + like)} "
                     f"{_play(swap.start, escape(yours), 'playlink')} "
                     f"<a class='playlink' href='say:{escape(swap.word)}'>{escape(right)}</a>")
    kinds = list(dict.fromkeys(s.kind for s in report.sound_swaps))
    advice = "".join(f"<br/><span class='advice'>• {escape(advice_text(k))}</span>" for k in kinds)
    return "<br/>".join(lines) + advice


def _script_html(report: DeliveryReport) -> str:
    translate = QCoreApplication.translate
    omitted = {o.script_index for o in report.omitted}
    changed = {s.script_index: s for s in report.substituted}
    unclear = {u.script_index for u in report.unclear if u.script_index >= 0}
    swapped = {s.script_index: s for s in report.sound_swaps}
    after: dict[int, list[str]] = {}
    for i in report.inserted:
        after.setdefault(i.after_script_index, []).append(_play(i.start, "+" + escape(i.word), "added"))
    for f in report.fillers:
        after.setdefault(f.after_script_index, []).append(_play(f.start, "(" + escape(f.word) + ")", "filler"))
    before: dict[int, list[str]] = {}
    for p in report.pauses:
        if p.script_index >= 0:
            before.setdefault(p.script_index, []).append(
                f"<span class='pause'>‖ {p.end - p.start:.1f}s</span>")
    paragraphs = []
    for sentence in report.sentences:
        pieces = list(after.get(-1, [])) if sentence.index == 0 else []
        for w in range(sentence.first_word, sentence.first_word + _span(report, sentence.index)):
            pieces.extend(before.get(w, []))
            word = escape(report.script[w])
            times = report.script_times[w] if w < len(report.script_times) else None
            if w in omitted:
                pieces.append(f"<span class='omitted'>{word}</span>")
            elif w in changed:
                said = escape(changed[w].said)
                pieces.append(_play(changed[w].start, f"{word} <small>→ “{said}”</small>", "changed"))
            elif w in swapped and times is not None:
                sound = escape(swap_text(swapped[w].kind))
                pieces.append(_play(times[0], f"{word} <small>({sound})</small>", "sound"))
            elif times is not None:
                pieces.append(_play(times[0], word, "unclear" if w in unclear else "word"))
            else:
                pieces.append(word)
            pieces.extend(after.get(w, []))
        wpm = translate("ReportView", "wpm")
        pace = f" · {sentence.words_per_minute:.0f} {wpm}" if sentence.words_per_minute else ""
        paragraphs.append(f"<p>{' '.join(pieces)} <span class='figures'>"
                          f"[{sentence.accuracy * 100:.0f}%{pace}]</span></p>")
    return "".join(paragraphs)


def _span(report: DeliveryReport, index: int) -> int:
    """How many script words sentence `index` has (words of all sentences are numbered in one list)."""
    start = report.sentences[index].first_word
    end = report.sentences[index + 1].first_word if index + 1 < len(report.sentences) else len(report.script)
    return end - start


def _heard_html(report: DeliveryReport) -> str:
    """The transcript; the words the report calls unclear are highlighted (once the sounds were checked, a
    low-confidence word the sounds confirmed is not)."""
    unclear = {(u.start, u.end) for u in report.unclear}
    return " ".join(_play(w.start, escape(w.word), "unclear" if (w.start, w.end) in unclear else "word")
                    for w in report.words)
