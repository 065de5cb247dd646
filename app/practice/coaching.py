"""The first lines of a practice report: what went well and the two or three things to practise next,
each with the moment in the take to listen to, and her figures beside her last take's. Pure data: the
interface words it in its language (ui/practice/report_view.py).

Nothing here blames her for what the app or the microphone did: a take in which almost nothing was
heard is `heard_nothing`, not "0 % of the script".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.practice.delivery import DeliveryReport

QUIET_DBFS = -38.0  # her voice's RMS below this is a quiet take (a clear voice near the microphone: -30 to -12)
COMFORTABLE_PACE = (100, 165)  # words a minute for a speech; slower is fine for a learner
SLOW_PACE = 80
GOOD_ACCURACY = 0.9
MANY_FILLERS = 3
LONG_PAUSES = 2


@dataclass(frozen=True)
class Point:
    """One thing to say: `kind` names the sentence, `values` fill it, `at` is a moment to play (seconds)."""

    kind: str
    values: dict[str, str | float | int] = field(default_factory=dict)
    at: float | None = None


@dataclass
class Coaching:
    heard_nothing: bool = False
    well: list[Point] = field(default_factory=list)
    next: list[Point] = field(default_factory=list)
    compared: list[Point] = field(default_factory=list)  # this take beside the last one


def coach(report: DeliveryReport, previous: DeliveryReport | None = None) -> Coaching:
    result = Coaching()
    heard = [w for w in report.words if w.word.strip()] if report.words else report.transcript.split()
    if len(heard) < 3 or report.speaking_seconds < 2:
        result.heard_nothing = True
        return result
    limits = report.limits
    seconds = report.speaking_seconds
    pace = report.words_per_minute
    # Practise next, most important first.
    if report.speech_dbfs is not None and report.speech_dbfs < QUIET_DBFS:
        result.next.append(Point("quiet", {"level": round(report.speech_dbfs)}))
    if report.timing_verdict == "under":
        result.next.append(Point("time_under", {"time": seconds, "short": limits.min_seconds - seconds,
                                                "min": limits.min_seconds}))
    elif report.timing_verdict == "over":
        result.next.append(Point("time_over", {"time": seconds, "long": seconds - limits.max_seconds,
                                               "max": limits.max_seconds}))
    skipped = _skipped_sentence(report)
    if skipped is not None:
        result.next.append(skipped)
    if report.sound_swaps:  # words said with a swapped sound: the sounds decided, not a guess
        words = ", ".join(dict.fromkeys(s.word for s in report.sound_swaps[:4]))
        result.next.append(Point("sounds", {"words": words, "count": len(report.sound_swaps)},
                                 report.sound_swaps[0].start))
    if pace > COMFORTABLE_PACE[1]:
        fastest = max(report.pace, key=lambda p: p.words_per_minute, default=None)
        result.next.append(Point("pace_fast", {"pace": round(pace)}, fastest.time if fastest else None))
    elif 0 < pace < SLOW_PACE:
        result.next.append(Point("pace_slow", {"pace": round(pace)}))
    if len(report.fillers) >= MANY_FILLERS:
        result.next.append(Point("fillers", {"count": len(report.fillers)}, report.fillers[0].start))
    if len(report.pauses) >= LONG_PAUSES:
        longest = max(report.pauses, key=lambda p: p.end - p.start)
        result.next.append(Point("pauses", {"count": len(report.pauses), "longest": longest.end - longest.start},
                                 longest.start))
    if report.unclear:
        words = ", ".join(dict.fromkeys(u.word for u in report.unclear[:3]))
        result.next.append(Point("unclear", {"words": words}, report.unclear[0].start))
    result.next = result.next[:3]
    # What went well.
    if report.timing_verdict == "within":
        result.well.append(Point("time_within", {"time": seconds, "min": limits.min_seconds,
                                                 "max": limits.max_seconds}))
    if report.accuracy >= GOOD_ACCURACY:
        result.well.append(Point("accuracy", {"percent": round(report.accuracy * 100)}))
    if COMFORTABLE_PACE[0] <= pace <= COMFORTABLE_PACE[1]:
        result.well.append(Point("pace_good", {"pace": round(pace)}))
    if not report.fillers:
        result.well.append(Point("no_fillers"))
    if previous is not None:
        _compare(report, previous, result)
        if report.accuracy - previous.accuracy >= 0.03:
            result.well.insert(0, Point("accuracy_up", {"percent": round(report.accuracy * 100),
                                                        "was": round(previous.accuracy * 100)}))
        if len(report.fillers) < len(previous.fillers):
            result.well.insert(0, Point("fillers_down", {"count": len(report.fillers),
                                                         "was": len(previous.fillers)}))
    result.well = result.well[:3]
    return result


def _skipped_sentence(report: DeliveryReport) -> Point | None:
    """The first sentence she skipped whole, or the first sentence with skipped words."""
    if not report.omitted:
        return None
    for sentence in report.sentences:
        if sentence.words and sentence.said_as_written == 0 and sentence.start is None:
            return Point("skipped_sentence", {"text": sentence.text})
    first = report.omitted[0]
    where = next((s.start for s in report.sentences if s.index == first.sentence), None)
    return Point("skipped_words", {"count": len(report.omitted), "word": first.word}, where)


def _compare(report: DeliveryReport, previous: DeliveryReport, result: Coaching) -> None:
    now, before = round(report.words_per_minute), round(previous.words_per_minute)
    if abs(now - before) >= 5:
        result.compared.append(Point("pace_calmer" if now < before else "pace_quicker", {"now": now, "was": before}))
    else:
        result.compared.append(Point("pace_same", {"now": now}))
    result.compared.append(Point("script", {"now": round(report.accuracy * 100),
                                            "was": round(previous.accuracy * 100)}))
    result.compared.append(Point("fillers_now", {"now": len(report.fillers), "was": len(previous.fillers)}))
    result.compared.append(Point("time_now", {"now": report.speaking_seconds, "was": previous.speaking_seconds}))
