"""Printed contest papers in the interface language: the results (how each place was reached, the
judges' ranks, times, awards) and blank paper ballots, one page per judge. HTML for Qt's rich text, then
PDF or a printer through ui/pdf.py. Display names only: nothing else about a speaker is printed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.contest.rules import ContestRules
from app.contest.tally import Place, Tally
from app.speaking import clock
from models.records import Contest, Contestant, Judge

STYLE = """
body { font-family: 'Noto Sans CJK KR', 'Noto Sans', sans-serif; font-size: 10pt; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 14pt; }
table { border-collapse: collapse; }
th, td { border: 1px solid #888; padding: 4px 6px; }
th { background: #e8e8e8; }
.small { font-size: 8.5pt; color: #444; }
"""


translate = QCoreApplication.translate


def _words() -> dict[str, str]:
    """The printed papers' fixed words, in the interface language."""
    return {
        "(a speaker for each award)": translate("ContestPrint", "(a speaker for each award)"),
        "Award votes": translate("ContestPrint", "Award votes"),
        "Awards": translate("ContestPrint", "Awards"),
        "Ballot of judge": translate("ContestPrint", "Ballot of judge"),
        "Comment": translate("ContestPrint", "Comment"),
        "Date": translate("ContestPrint", "Date"),
        "Disqualified for time": translate("ContestPrint", "Disqualified for time"),
        "Each judge: total score (rank)": translate("ContestPrint", "Each judge: total score (rank)"),
        "How the place was reached": translate("ContestPrint", "How the place was reached"),
        "Place": translate("ContestPrint", "Place"),
        "Places": translate("ContestPrint", "Places"),
        "Places decided by": translate("ContestPrint", "Places decided by"),
        "Results": translate("ContestPrint", "Results"),
        "Signature": translate("ContestPrint", "Signature"),
        "Your judge code": translate("ContestPrint",
                                     "Your judge code (to seal your ballots file; keep it to yourself)"),
        "Signed": translate("ContestPrint", "Signed"),
        "Speaker": translate("ContestPrint", "Speaker"),
        "Speech title": translate("ContestPrint", "Speech title"),
        "Time": translate("ContestPrint", "Time"),
        "Total": translate("ContestPrint", "Total"),
        "tie-breaker judge": translate("ContestPrint", "tie-breaker judge"),
    }


def method_text(method: str) -> str:
    return translate("ContestPrint", "sum of ranks (fewest wins)") if method == "rank-sum" \
        else translate("ContestPrint", "points by rank (Borda count)")


def how_text(place: Place, method: str, names: dict[str, str], breaker: str) -> str:
    """How a place was reached, in the interface language."""
    if method == "rank-sum":
        score = translate("ContestPrint", "rank sum %1").replace("%1", f"{place.score:g}")
    elif place.score == 1:
        score = translate("ContestPrint", "1 point")
    else:
        score = translate("ContestPrint", "%1 points").replace("%1", f"{place.score:g}")
    if place.rule == "score":
        return score
    others = ", ".join(names.get(c, c) for c in place.tied_with)
    if place.rule == "tie_breaker" and place.breaker_rank is not None:
        return (translate("ContestPrint", "%1, tied with %2; the tie-breaker judge (%3) ranked this speaker no. %4")
                .replace("%1", score).replace("%2", others).replace("%3", breaker)
                .replace("%4", str(place.breaker_rank)))
    if place.rule == "tie_breaker":
        return (translate("ContestPrint", "%1, tied with %2; the tie-breaker judge (%3) did not score this speaker")
                .replace("%1", score).replace("%2", others).replace("%3", breaker))
    return (translate("ContestPrint",
                      "%1, tied with %2; the tie-breaker judge did not separate them, so the place is shared")
            .replace("%1", score).replace("%2", others))


def results_html(contest: Contest, result: Tally, people: list[Contestant], judges: list[Judge]) -> str:
    w = _words()
    rules = ContestRules.from_dict(contest.rules)
    names = {p.uid: p.name for p in people}
    titles = {p.uid: p.title for p in people}
    judge_names = {j.uid: j.name for j in judges}
    breaker = judge_names.get(rules.tie_breaker_judge, "")
    parts = [f"<html><head><style>{STYLE}</style></head><body>",
             f"<h1>{escape(contest.name)}</h1><p>{escape(contest.date)} · {w['Results']}</p>",
             f"<p class='small'>{escape(w['Places decided by'])} {escape(method_text(result.method))}"
             + (f" · {escape(w['tie-breaker judge'])}: {escape(breaker)}" if breaker else "") + "</p>",
             f"<h2>{w['Places']}</h2><table width='100%'><tr><th>{w['Place']}</th><th>{w['Speaker']}</th>"
             f"<th>{w['Speech title']}</th><th>{w['How the place was reached']}</th></tr>"]
    for place in result.places:
        parts.append(f"<tr><td align='center'><b>{place.place}</b></td><td>{escape(place.name)}</td>"
                     f"<td>{escape(titles.get(place.contestant, ''))}</td>"
                     f"<td>{escape(how_text(place, result.method, names, breaker))}</td></tr>")
    parts.append("</table>")
    if result.disqualified:
        parts.append(f"<h2>{w['Disqualified for time']}</h2><ul>")
        for entry in result.disqualified:
            seconds = entry["seconds"]
            limit = (translate("ContestPrint", "%1 spoke %2, over the %3 limit") if seconds > rules.dq_over
                     else translate("ContestPrint", "%1 spoke %2, under the %3 limit"))
            limit_time = clock(rules.dq_over if seconds > rules.dq_over else rules.dq_under)
            parts.append("<li>" + escape(limit.replace("%1", entry["name"]).replace("%2", clock(seconds))
                                         .replace("%3", limit_time)) + "</li>")
        parts.append("</ul>")
    if result.awards:
        parts.append(f"<h2>{w['Awards']}</h2><ul>")
        for award, winners in result.awards.items():
            parts.append(f"<li><b>{escape(award)}</b>: {escape(' / '.join(names.get(w, w) for w in winners))}</li>")
        parts.append("</ul>")
    parts.append(f"<h2>{w['Each judge: total score (rank)']}</h2><table><tr><th>{w['Speaker']}</th>"
                 f"<th>{w['Time']}</th>")
    for judge in judges:
        label = judge.name + (" *" if judge.uid == rules.tie_breaker_judge else "")
        parts.append(f"<th>{escape(label)}</th>")
    parts.append("</tr>")
    for person in people:
        time_cell = clock(person.seconds) if person.seconds is not None else "—"
        parts.append(f"<tr><td>{person.position}. {escape(person.name)}</td><td align='center'>{time_cell}</td>")
        for judge in judges:
            total = result.judge_totals.get(judge.uid, {}).get(person.uid)
            rank = result.judge_ranks.get(judge.uid, {}).get(person.uid)
            cell = f"{total:g} ({rank})" if total is not None and rank is not None else "—"
            parts.append(f"<td align='center'>{cell}</td>")
        parts.append("</tr>")
    parts.append("</table>")
    notes = []
    if breaker:
        notes.append(translate("ContestPrint", "* the tie-breaker judge: this ballot only separates ties."))
    if result.missing_ballots:
        missing = ", ".join(f"{judge_names.get(j, j)} → {names.get(c, c)}" for j, c in result.missing_ballots)
        notes.append(translate("ContestPrint", "Missing ballots (no points from that judge): %1")
                     .replace("%1", missing))
    parts += [f"<p class='small'>{escape(n)}</p>" for n in notes]
    parts.append(f"<p><br>{w['Signed']}: ____________________ &nbsp; {w['Date']}: ____________</p></body></html>")
    return "".join(parts)


def ballots_html(contest: Contest, people: list[Contestant], judges: list[Judge],
                 codes: dict[str, str] | None = None) -> str:
    """Blank score sheets: one page per judge, speakers down, criteria across, room for a comment; with
    `codes`, each judge's code for sealing her file (her page only)."""
    w = _words()
    rubric = contest.rubric
    pages = []
    for index, judge in enumerate(judges or [None]):  # type: ignore[list-item]
        who = escape(judge.name) if judge else "____________________"
        page = ["<div style='page-break-before: always'>" if index else "<div>",
                f"<h1>{escape(contest.name)}</h1><p>{escape(contest.date)} · {w['Ballot of judge']}: <b>{who}</b></p>",
                "<table width='100%'><tr>"
                f"<th>{w['Speaker']}</th>"]
        page += [f"<th>{escape(c.get('name', c['id']))}<br><span class='small'>0–{c['max']:g}</span></th>"
                 for c in rubric]
        page.append(f"<th>{w['Total']}<br><span class='small'>{sum(c['max'] for c in rubric):g}</span></th>"
                    f"<th width='28%'>{w['Comment']}</th></tr>")
        for person in people:
            page.append(f"<tr><td height='30'>{person.position}. {escape(person.name)}</td>"
                        + "<td></td>" * (len(rubric) + 2) + "</tr>")
        page.append("</table><p class='small'>")
        page += [f"<b>{escape(c.get('name', c['id']))}</b> ({c['max']:g}): {escape(c.get('description', ''))}<br>"
                 for c in rubric]
        page.append("</p>")
        if contest.awards:
            page.append(f"<p><b>{w['Award votes']}</b> <span class='small'>{w['(a speaker for each award)']}"
                        "</span></p><table width='100%'><tr>")
            page += [f"<th>{escape(award)}</th>" for award in contest.awards]
            page.append("</tr><tr>" + "<td height='30'></td>" * len(contest.awards) + "</tr></table>")
        page.append(f"<p>{w['Signature']}: ____________________</p>")
        if judge and codes and judge.uid in codes:
            page.append(f"<p class='small'>{w['Your judge code']}: <b>{codes[judge.uid]}</b></p>")
        page.append("</div>")
        pages.append("".join(page))
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(pages)}</body></html>"
