"""Contest results from ballots: the tally, without Qt or a database, so anyone can re-check a result.

A contest is one JSON document (format `moksori-contest`, version 1; see docs/CONTEST_FORMAT.md):
rules, rubric, judges, contestants with their measured times, every ballot version, and award votes.

The tally, step by step (each place says how it was reached):
1. Time: a contestant under `dq_under` or over `dq_over` seconds is disqualified (no place).
2. Each judge's latest ballot version counts. Per judge, contestants are ranked by total score
   (1 = highest; equal totals share the better rank).
3. Combined: `borda` gives points by rank (`borda_points`, default 3/2/1 for ranks 1/2/3), most points
   first; `rank-sum` adds ranks, fewest first. A missing ballot gives no points (borda) or the judge's
   worst rank plus one (rank-sum).
4. The tie-breaker judge's ballot is not counted in step 3; it only breaks ties in the combined result.
   If that judge ranks the tied contestants equally (or did not score them) they share the place.
5. Category awards go to the most votes; equal votes share the award.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from app.contest.errors import ContestFileError
from app.contest.rules import ContestRules

FORMAT = "moksori-contest"
VERSION = 1


def checksum(document: dict[str, Any]) -> str:
    """SHA-256 of the document without its `checksum` and `seal` fields, in canonical JSON. Anyone can
    recompute it: it catches damage, not forgery (a judge's file is sealed: app/contest_seal.py)."""
    body = {k: v for k, v in document.items() if k not in ("checksum", "seal")}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
                          .encode("utf-8")).hexdigest()


def sealed(document: dict[str, Any]) -> dict[str, Any]:
    return {**document, "checksum": checksum(document)}


def load(text: str) -> dict[str, Any]:
    """Parse and check a contest document; raises `ContestFileError` with the reason.

    The whole file is checked (size, nesting, schema, cross-references: `app.contest_seal`) before any
    value is used, and a file without its checksum is refused like a changed one."""
    from app.contest.seal import check_shape, parse

    document = parse(text)
    check_shape(document)
    if "checksum" not in document or document["checksum"] != checksum(document):
        raise ContestFileError("tampered", "the file was changed after it was exported (or its checksum removed)")
    validate(document)
    return document


def validate(document: dict[str, Any]) -> None:
    def fail(detail: str) -> None:
        raise ContestFileError("invalid", detail)

    for key in ("contest", "rules", "rubric", "judges", "contestants", "ballots"):
        if key not in document:
            fail(f"missing “{key}”")
    criteria = {c.get("id"): c for c in document["rubric"] if isinstance(c, dict)}
    if not criteria or any(not isinstance(c.get("max"), int | float) or c["max"] <= 0 for c in criteria.values()):
        fail("the rubric needs criteria, each with a maximum above 0")
    judges = {j.get("id") for j in document["judges"]}
    contestants = {c.get("id") for c in document["contestants"]}
    for ballot in document["ballots"]:
        if ballot.get("judge") not in judges or ballot.get("contestant") not in contestants:
            fail(f"a ballot names an unknown judge or contestant ({ballot.get('judge')}, {ballot.get('contestant')})")
        scores = ballot.get("scores", {})
        if set(scores) != set(criteria):
            fail(f"ballot {ballot.get('judge')}/{ballot.get('contestant')} does not score every criterion")
        for criterion, value in scores.items():
            if not isinstance(value, int | float) or not 0 <= value <= criteria[criterion]["max"]:
                fail(f"ballot {ballot.get('judge')}/{ballot.get('contestant')}: {criterion} = {value} is out of range")
    for vote in document.get("votes", []):
        if vote.get("judge") not in judges or vote.get("contestant") not in contestants:
            fail("a vote names an unknown judge or contestant")


@dataclass(frozen=True)
class Place:
    place: int
    contestant: str
    name: str
    score: float  # borda points, or the sum of ranks
    reason: str  # in English, for the command line and the CSV
    rule: str = "score"  # score, tie_breaker (the tie-breaker judge separated a tie) or shared (it did not)
    tied_with: tuple[str, ...] = ()  # contestant ids
    breaker_rank: int | None = None


@dataclass
class Tally:
    method: str
    places: list[Place]
    disqualified: list[dict[str, Any]]
    judge_ranks: dict[str, dict[str, int]]  # judge → contestant → rank
    judge_totals: dict[str, dict[str, float]]
    missing_ballots: list[tuple[str, str]]
    awards: dict[str, list[str]]  # award → winner(s)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["missing_ballots"] = [list(pair) for pair in self.missing_ballots]
        return data


def latest_ballots(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for ballot in document["ballots"]:
        key = (ballot["judge"], ballot["contestant"])
        if key not in latest or ballot.get("version", 1) > latest[key].get("version", 1):
            latest[key] = ballot
    return latest


def _ranks(totals: dict[str, float]) -> dict[str, int]:
    """1 for the highest total; equal totals share the better rank (competition ranking: 1, 1, 3)."""
    ordered = sorted(totals.values(), reverse=True)
    return {c: ordered.index(total) + 1 for c, total in totals.items()}


def tally(document: dict[str, Any]) -> Tally:
    rules = ContestRules.from_dict(document["rules"])
    method = rules.method
    points_by_rank = list(rules.borda_points)
    names = {c["id"]: c.get("name", c["id"]) for c in document["contestants"]}
    disqualified = []
    competing = []
    for contestant in document["contestants"]:
        seconds = contestant.get("seconds")
        if seconds is not None and (seconds < rules.dq_under or seconds > rules.dq_over):
            why = "under" if seconds < rules.dq_under else "over"
            disqualified.append({"contestant": contestant["id"], "name": names[contestant["id"]], "seconds": seconds,
                                 "reason": f"time {why} the limit"})
        else:
            competing.append(contestant["id"])
    ballots = latest_ballots(document)
    breaker_id = rules.tie_breaker_judge
    everyone = [j["id"] for j in document["judges"]]
    judges = [j for j in everyone if j != breaker_id]  # the tie-breaker's ballot only ever breaks ties
    judge_totals: dict[str, dict[str, float]] = {}
    judge_ranks: dict[str, dict[str, int]] = {}
    missing: list[tuple[str, str]] = []
    for judge in everyone:
        totals = {c: float(sum(ballots[(judge, c)]["scores"].values())) for c in competing if (judge, c) in ballots}
        missing += [(judge, c) for c in competing if (judge, c) not in ballots]
        judge_totals[judge] = totals
        judge_ranks[judge] = _ranks(totals)
    combined: dict[str, float] = {}
    for c in competing:
        if method == "rank-sum":
            combined[c] = float(sum(judge_ranks[j].get(c, len(judge_ranks[j]) + 1) for j in judges))
        else:
            combined[c] = float(sum(points_by_rank[judge_ranks[j][c] - 1]
                                    if c in judge_ranks[j] and judge_ranks[j][c] <= len(points_by_rank) else 0
                                    for j in judges))
    better_first = sorted(competing, key=lambda c: combined[c] if method == "rank-sum" else -combined[c])
    places = _places(better_first, combined, judge_ranks.get(breaker_id, {}), names, method)
    return Tally(method, places, disqualified, judge_ranks, judge_totals, missing, _awards(document))


def _places(order: list[str], combined: dict[str, float], breaker: dict[str, int], names: dict[str, str],
            method: str) -> list[Place]:
    unit = "rank sum" if method == "rank-sum" else "points"
    unranked = 10**6
    places: list[Place] = []
    i = 0
    while i < len(order):
        group = [c for c in order if combined[c] == combined[order[i]]]
        start = i + 1
        if len(group) == 1:
            c = group[0]
            places.append(Place(start, c, names[c], combined[c], f"{combined[c]:g} {unit}"))
            i += 1
            continue
        by_breaker = sorted(group, key=lambda c: breaker.get(c, unranked))
        for k, c in enumerate(by_breaker):
            rank = breaker.get(c, unranked)
            equal = [d for d in by_breaker if breaker.get(d, unranked) == rank]
            tied = tuple(d for d in group if d != c)
            others = ", ".join(names[d] for d in tied)
            known_rank = rank if rank != unranked else None
            if len(equal) == 1:
                place = start + k
                reason = (f"{combined[c]:g} {unit}, tied with {others}; the tie-breaker judge ranked "
                          f"{names[c]} {rank}" if known_rank is not None else
                          f"{combined[c]:g} {unit}, tied with {others}; the tie-breaker judge did not score "
                          f"{names[c]}")
                places.append(Place(place, c, names[c], combined[c], reason, "tie_breaker", tied, known_rank))
            else:
                place = start + by_breaker.index(equal[0])
                reason = f"{combined[c]:g} {unit}, tied with {others}; the tie-breaker judge did not separate them"
                places.append(Place(place, c, names[c], combined[c], reason, "shared", tied, known_rank))
        i += len(group)
    return places


def _awards(document: dict[str, Any]) -> dict[str, list[str]]:
    counts: dict[str, dict[str, int]] = {}
    for vote in document.get("votes", []):
        award = counts.setdefault(vote["award"], {})
        award[vote["contestant"]] = award.get(vote["contestant"], 0) + 1
    return {award: sorted(c for c, n in votes.items() if n == max(votes.values())) for award, votes in counts.items()}


def tally_csv(result: Tally) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["place", "contestant", "name", "score", "how"])
    for p in result.places:
        writer.writerow([p.place, p.contestant, p.name, f"{p.score:g}", p.reason])
    for d in result.disqualified:
        writer.writerow(["DQ", d["contestant"], d["name"], "", d["reason"]])
    for award, winners in result.awards.items():
        writer.writerow(["award", " / ".join(winners), "", "", award])
    return out.getvalue()


# The default rules as stored JSON (a new contest's); reading goes through app.contest_rules.ContestRules.
DEFAULT_RULES = ContestRules().to_dict()


def signal_at(seconds: float, rules: Mapping[str, Any] | ContestRules) -> str:
    """The timekeeper's card at `seconds` (see `ContestRules.signal_at`)."""
    return _rules(rules).signal_at(seconds)


def time_verdict(seconds: float, rules: Mapping[str, Any] | ContestRules) -> str:
    """within, under, over or disqualified (see `ContestRules.verdict`)."""
    return _rules(rules).verdict(seconds)


def _rules(rules: Mapping[str, Any] | ContestRules) -> ContestRules:
    return rules if isinstance(rules, ContestRules) else ContestRules.from_dict(rules)
