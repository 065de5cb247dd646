"""The report's first lines for a learner: what went well, what to practise next (with a moment to
listen to), her figures beside her last take, and no failure shown for a take in which nothing was heard."""

from __future__ import annotations

from app.practice.coaching import coach
from app.practice.delivery import analyse
from models.records import TimeLimits
from tests.test_delivery_report import SCRIPT, heard, transcript
from ui.practice.report_view import report_html

SHORT = TimeLimits(5, 20)


def test_a_clean_take_is_praised_and_a_rough_one_gets_three_things_to_practise(qtbot) -> None:  # noqa: ANN001
    clean = analyse(transcript(heard("My name is Mina. I was born in Hyesan. We walked for thirty days.",
                                     step=0.45)), SCRIPT, SHORT)
    advice = coach(clean)
    assert [p.kind for p in advice.well][:2] == ["time_within", "accuracy"] and advice.next == []
    rough = analyse(transcript(heard("Um my name is uh Mina. Um I was born in uh Hyesan.", step=0.2,
                                     gaps={6: 3.0, 9: 2.5})), SCRIPT, SHORT)
    advice = coach(rough, previous=clean)
    kinds = [p.kind for p in advice.next]
    assert kinds[0] == "skipped_sentence" and "fillers" in kinds and len(kinds) <= 3
    fillers = next(p for p in advice.next if p.kind == "fillers")
    assert fillers.values["count"] == 4 and fillers.at == rough.fillers[0].start  # a moment to listen to
    compared = {p.kind: p.values for p in advice.compared}
    assert compared["fillers_now"] == {"now": 4, "was": 0}
    html = report_html(rough, clean)
    assert html.index("Practise next") < html.index("The details")
    assert "You skipped a whole sentence: “We walked for thirty days.”" in html
    assert 'href="play:' in html.split("The details")[0]
    assert "Beside your last take:" in html and "fillers 4 (last time 0)" in html


def test_nothing_heard_is_not_shown_as_her_failure(qtbot) -> None:  # noqa: ANN001
    silent = analyse(transcript(heard("um")), SCRIPT, SHORT)
    advice = coach(silent)
    assert advice.heard_nothing and advice.next == [] and advice.well == []
    html = report_html(silent)
    assert "Almost nothing was heard" in html and "microphone" in html
    assert "0 %" not in html and "omitted" not in html  # no struck-through script, no zero score
