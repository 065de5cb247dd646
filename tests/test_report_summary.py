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


def test_a_silent_take_is_kept_unscored_and_a_quiet_one_is_told_so(transcriber, speech_wav, store) -> None:  # noqa: ANN001
    """Real takes through the real model: silence (a muted microphone) is not scored as 0 %; the same
    sentence at a whisper's level is scored and told it was quiet; at a normal level it is not."""
    import numpy as np
    import soundfile

    from app.practice import runs
    from app.practice.coaching import coach
    from app.practice.delivery import DeliveryReport
    from tests.conftest import SENTENCE

    speech = store.create_speech("Levels")
    store.insert_segments(speech.id, 0, [("", SENTENCE)])
    voice, rate = soundfile.read(speech_wav, dtype="float32")
    folder = store.path.parent
    results = {}
    rng = np.random.default_rng(7)
    for name, samples in (("muted", (rng.standard_normal(rate * 6) * 1e-5).astype(np.float32)),
                          ("quiet", voice * 0.02), ("normal", voice)):
        path = folder / f"{name}.wav"
        soundfile.write(path, samples, rate)
        take = store.add_take(speech.id, path.name, samples.size / rate)
        try:
            results[name] = runs.analyse_take(store, take.id, transcriber)
        except runs.AudioError as error:  # the muted one may be refused as silent before transcribing
            results[name] = error
    muted = results["muted"]
    if isinstance(muted, runs.AudioError):
        assert muted.code == "silent"
    else:
        assert muted.report["scored"] is False and muted.accuracy is None and muted.words_per_minute is None
    quiet, normal = results["quiet"], results["normal"]
    assert quiet.accuracy is not None and quiet.accuracy >= 0.8, quiet.report["transcript"]
    assert [p.kind for p in coach(DeliveryReport.from_dict(quiet.report)).next][:1] == ["quiet"]
    assert quiet.report["speech_dbfs"] < -38 < normal.report["speech_dbfs"]
    assert "quiet" not in [p.kind for p in coach(DeliveryReport.from_dict(normal.report)).next]
    assert normal.report.get("scored", True) is True and normal.accuracy >= 0.9


def test_a_take_where_nothing_was_heard_is_not_scored(store) -> None:  # noqa: ANN001
    from app.practice import runs
    from app.practice.transcription import Transcript

    speech = store.create_speech("Nothing")
    store.insert_segments(speech.id, 0, [("", "We walked for thirty days.")])
    take = store.add_take(speech.id, "takes/1/x.flac", 30.0)
    saved = runs.save_analysis(store, take.id, Transcript([], [], 30.0))
    assert saved.report["scored"] is False and saved.accuracy is None and saved.fillers is None
    assert saved.verdict is None  # no "0:00 — under the time limit"
