"""The sound check on speeches with known sound swaps, and its false alarms on clean readings.

Run:  .venv/bin/python benchmarks/pronunciation_bench.py [--set tuning|check|extra|holdout|fresh|all] [--varied]
      [--long]
Each set is a short speech read twice by the offline voice: once cleanly, once with about two dozen words
said with a Korean-L1 sound swap (Piper's raw phonemes, one sound changed: "village" said [[bˈɪlɪdʒ]]).
A third reading changes ten words for other words, to show that real changes are still reported.
Both go through the whole-file path (`runs.transcribe_and_hear`, as an imported
recording), then `runs.judged_report` with the take's audio (as the app: the closure of a v said as b).
Prints, per set: swaps pointed at (by kind), what the report marks
on the clean reading (sound swaps, changed words, unclear words) per 100 words — with the transcript-only
report of the same take beside it — changed words still reported, and the time each part took.
`--varied` reads with the voice's natural variation (noise on), so renderings differ from run to run.

The thresholds in app/practice/sounds.py were chosen on the "tuning" set alone; "check" was written after.
The real recording in ../shared/data (JFK, 22 words) is read for false alarms when it is there.
`--long` instead reads benchmarks/speech_text.txt once (2:23): marks per 100 words on a long
clean reading, and the real-time factor of the whole file (transcription with the sound check beside it).
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ["HF_HUB_OFFLINE"] = "1"

TUNING = (
    ["I grew up in a small village near the river.",
     "My family was very poor, and we often had nothing to eat.",
     "My father worked in the fields from morning until night.",
     "In winter the wind was so cold that we could not sleep.",
     "I still remember the voice of my grandmother singing to me.",
     "She told me that I should never give up on my dreams.",
     "When I was fifteen, I crossed the border with my mother.",
     "We walked for three days and drank water from the streams.",
     "Now I live in Seoul and study English every evening.",
     "I think that freedom is the most precious thing in life.",
     "Thank you for listening to my story today."],
    {0: {"village": "v>b", "river": "r>l"}, 1: {"family": "f>p", "very": "v>b"},
     2: {"father": "f>p", "fields": "ee>i"}, 3: {"winter": "i>ee", "sleep": "ee>i", "was": "z>j"},
     4: {"voice": "v>b", "remember": "r>l", "singing": "i>ee"}, 5: {"told": "l>r", "never": "v>b"},
     6: {"fifteen": "f>p", "crossed": "r>l"}, 7: {"three": "th>s", "drank": "r>l"},
     8: {"live": "l>r", "Seoul": "l>r"}, 9: {"think": "th>s", "the": "dh>d", "freedom": "r>l"},
     10: {"listening": "l>r"}},
    {"small": "big", "poor": "sad", "cold": "wet", "voice": "face", "never": "not", "mother": "sister",
     "evening": "morning", "precious": "special", "story": "speech", "river": "lake"},
)
CHECK = (
    ["Every morning my little brother and I walked to school through the forest.",
     "The road was long, and in the rainy season it turned into thick mud.",
     "Our teacher gave us free lunch, which was often the only food we had.",
     "I loved music, and I dreamed of playing the violin on a big stage.",
     "One evening my father said that we had to leave our home forever.",
     "We ran through the fields while the soldiers were sleeping.",
     "Life in a new country was hard, but people were kind to us.",
     "I learned to read English with a volunteer who visited every Thursday.",
     "Today I believe that every voice deserves to be heard.",
     "Thank you very much for this chance to share my journey."],
    {0: {"little": "l>r", "brother": "r>l", "forest": "f>p"}, 1: {"road": "r>l", "rainy": "r>l", "thick": "th>s"},
     2: {"free": "f>p", "lunch": "l>r", "food": "f>p"}, 3: {"loved": "v>b", "music": "z>j", "big": "i>ee"},
     4: {"leave": "ee>i", "forever": "f>p", "father": "dh>d"}, 5: {"ran": "r>l", "sleeping": "ee>i"},
     6: {"Life": "l>r", "people": "ee>i"}, 7: {"volunteer": "v>b", "Thursday": "th>s", "visited": "i>ee"},
     8: {"believe": "v>b", "voice": "v>b", "deserves": "z>j"}, 9: {"this": "dh>d", "very": "v>b"}},
    {"little": "baby", "school": "church", "long": "short", "free": "hot", "music": "dancing", "home": "town",
     "hard": "strange", "kind": "nice", "believe": "hope", "journey": "story"},
)
# Written later (2026-11-30), with more v, th and z words; the margins were then chosen on all four.
EXTRA = (
    ['Every weekend we visited the village market with my brother.',
     'The river was wide, and the weather there was always rough.',
     'My mother gave me seven dollars for the journey over the mountains.',
     'Those days were the hardest of my whole life, but I survived.',
     'I was afraid of the police, so I never said my real name.',
     'These days I believe I have a voice, and others listen to it.',
     'My favourite subject is physics, because it explains how things move.',
     'Last November I received a prize for my essay about freedom.'],
    {0: {'visited': 'v>b', 'village': 'v>b', 'with': 'dh>d'},
     1: {'river': 'v>b', 'weather': 'dh>d', 'always': 'z>j'},
     2: {'mother': 'dh>d', 'gave': 'v>b', 'seven': 'v>b', 'dollars': 'z>j', 'over': 'v>b'},
     3: {'Those': 'dh>d', 'days': 'z>j', 'survived': 'v>b'},
     4: {'afraid': 'f>p', 'police': 'l>r', 'never': 'v>b'},
     5: {'These': 'dh>d', 'believe': 'v>b', 'voice': 'v>b', 'others': 'dh>d', 'listen': 'l>r'},
     6: {'favourite': 'f>p', 'physics': 'z>j', 'because': 'z>j', 'move': 'v>b'},
     7: {'November': 'v>b', 'received': 'v>b', 'prize': 'z>j', 'freedom': 'r>l'}},
    {'weekend': 'morning', 'market': 'school', 'wide': 'deep', 'seven': 'ten', 'hardest': 'longest',
     'police': 'soldiers', 'favourite': 'best', 'essay': 'poem'},
)
HOLDOUT = (
    ['On Sunday evenings my grandfather told us stories about the war.',
     'He had a deep voice, and his eyes were always kind.',
     'Twelve of us lived together in a very small house.',
     'Whenever it rained, the roof leaked and the water came in.',
     'Nevertheless, we were thankful for every meal we shared.',
     'I have never forgotten the smell of the rice my mother cooked.',
     'Now I dream of becoming a lawyer who defends the weak.',
     'Please remember that every refugee has a name and a reason.'],
    {0: {'evenings': 'v>b', 'grandfather': 'dh>d', 'stories': 'z>j'},
     1: {'voice': 'v>b', 'eyes': 'z>j', 'deep': 'ee>i'},
     2: {'Twelve': 'v>b', 'lived': 'v>b', 'together': 'dh>d', 'very': 'v>b'},
     3: {'Whenever': 'v>b', 'rained': 'r>l', 'roof': 'f>p', 'leaked': 'ee>i'},
     4: {'Nevertheless': 'v>b', 'thankful': 'th>s', 'every': 'v>b', 'shared': 'r>l'},
     5: {'forgotten': 'f>p', 'smell': 'l>r', 'rice': 'r>l', 'mother': 'dh>d'},
     6: {'dream': 'r>l', 'lawyer': 'l>r', 'defends': 'z>j', 'weak': 'ee>i'},
     7: {'remember': 'r>l', 'refugee': 'f>p', 'has': 'z>j', 'reason': 'z>j'}},
    {'Sunday': 'winter', 'deep': 'low', 'small': 'cold', 'roof': 'door', 'meal': 'day',
     'rice': 'soup', 'lawyer': 'doctor', 'reason': 'story'},
)
# Written 2026-11-30 (evening) after the per-kind margins were chosen on the four sets above, and not used to
# choose them: shaped like the test speech (about 20 swaps of r→l, f→p, v→b, th→s and z→j).
FRESH = (
    ["Before the war, my uncle raised goats on a farm in the hills.",
     "Every spring we planted corn and beans beside the road.",
     "I was seven when I first saw a television.",
     "My teacher said that reading opens a thousand doors.",
     "We had very little, but we shared everything with our neighbours.",
     "The journey to the south took four months.",
     "Last year I gave a speech in front of three hundred people.",
     "Now I want to serve my community as a nurse.",
     "Thank you for your time and your kindness.",
     "Trust is earned slowly, so please be patient with me."],
    {0: {"raised": "r>l", "farm": "f>p", "hills": "z>j"}, 1: {"spring": "r>l", "beans": "z>j"},
     2: {"seven": "v>b", "first": "f>p", "television": "v>b"},
     3: {"reading": "r>l", "thousand": "th>s", "doors": "z>j"},
     4: {"very": "v>b", "everything": "th>s"}, 5: {"south": "th>s", "four": "f>p"},
     6: {"gave": "v>b", "front": "f>p", "three": "th>s"}, 7: {"serve": "v>b"}, 8: {"Thank": "th>s"},
     9: {"Trust": "r>l", "please": "z>j"}},
    {"goats": "sheep", "corn": "rice", "thousand": "hundred", "south": "north", "months": "weeks",
     "speech": "song", "nurse": "doctor", "kindness": "patience", "slowly": "quickly", "community": "country"},
)
SETS = {"tuning": TUNING, "check": CHECK, "extra": EXTRA, "holdout": HOLDOUT, "fresh": FRESH}


def render(sentences: list[str], varied: bool):  # -> np.ndarray (16 kHz)
    import numpy as np

    from app.drafting.voice import synthesize
    from app.practice.audio import to_16k_mono

    pieces, rate = [], 22_050
    for sentence in sentences:
        samples, rate = synthesize(sentence, 1.0, varied=varied)
        pieces += [samples, np.zeros(int(0.6 * rate), dtype=np.float32)]
    return to_16k_mono(np.concatenate(pieces), rate).astype(np.float32)


def judge(transcriber, samples, sentences):  # noqa: ANN001, ANN201
    from app.practice import reference
    from app.practice.delivery import analyse
    from app.practice.runs import judged_report, transcribe_and_hear

    began = time.perf_counter()
    readings = reference.warm_in_background(sentences)  # as runs.analyse_take: the voice's reference readings
    transcript, frames, state = transcribe_and_hear(samples, transcriber)  # as the app: parts on lanes
    readings.join()
    heard = time.perf_counter()
    report = judged_report(transcript, sentences, None, frames, state, samples)
    done = time.perf_counter()
    plain = analyse(transcript, sentences)
    times = {"transcribe and hear": heard - began, "judge": done - heard, "whole": done - began,
             "audio": samples.size / 16_000}
    return report, plain, times


def marks(report) -> list[str]:  # noqa: ANN001
    return ([f"sound {s.word} ({s.kind}, {s.strength})" for s in report.sound_swaps]
            + [f"changed {s.expected}->{s.said}" for s in report.substituted]
            + [f"unclear {u.word}" for u in report.unclear])


def run_set(name: str, transcriber, varied: bool) -> dict:  # noqa: ANN001
    from tests.support.speech import with_swaps

    sentences, swaps, changes = SETS[name]
    swapped_text = [with_swaps(s, swaps.get(i, {})) for i, s in enumerate(sentences)]
    changed_text = []
    for sentence in sentences:
        for old, new in changes.items():
            sentence = re.sub(rf"\b{old}\b", new, sentence)
        changed_text.append(sentence)
    result: dict = {}
    clean, plain, times = judge(transcriber, render(sentences, varied), sentences)
    words = clean.script_words
    result["clean marks"] = marks(clean)
    result["clean marks, transcript only"] = marks(plain)
    result["words"] = words
    report, _plain, swap_times = judge(transcriber, render(swapped_text, varied), sentences)
    expected = {(i, w) for i, kinds in swaps.items() for w in kinds}
    sentence_of = {}
    for figure in report.sentences:
        for w in range(figure.first_word, figure.first_word + figure.words):
            sentence_of[w] = figure.index
    found = {(sentence_of[s.script_index], s.word) for s in report.sound_swaps}
    by_kind: dict[str, list[int]] = {}
    for (i, word), kind in ((k, swaps[k[0]][k[1]]) for k in expected):
        by_kind.setdefault(kind, [0, 0])
        by_kind[kind][1] += 1
        by_kind[kind][0] += (i, word) in found
    result["swaps found"] = f"{len(expected & found)} of {len(expected)}"
    result["missed"] = sorted(w for _i, w in expected - found)
    result["by kind"] = {k: f"{a}/{b}" for k, (a, b) in sorted(by_kind.items())}
    result["other marks on the swapped take"] = [m for m in marks(report)
                                                 if not any(f" {w} (" in m for _i, w in expected)]
    changed, _plain, _t = judge(transcriber, render(changed_text, varied), sentences)
    kept = {s.expected.lower() for s in changed.substituted}
    result["changed words reported"] = f"{sum(old.lower() in kept for old in changes)} of {len(changes)}"
    result["times (clean take)"] = {k: round(v, 2) for k, v in times.items()}
    result["rtf (clean, swapped)"] = (round(times["whole"] / times["audio"], 3),
                                      round(swap_times["whole"] / swap_times["audio"], 3))
    return result


def real_recording(transcriber) -> dict | None:  # noqa: ANN001
    from app.practice.audio import load_audio

    path = ROOT.parent / "shared" / "data" / "jfk.flac"
    if not path.exists():
        return None
    text = ["And so my fellow Americans, ask not what your country can do for you, ask what you can do for "
            "your country."]
    report, plain, _times = judge(transcriber, load_audio(path), text)
    return {"words": report.script_words, "marks": marks(report), "transcript only": marks(plain)}


def long_clean(transcriber, varied: bool) -> dict:  # noqa: ANN001
    """benchmarks/speech_text.txt read once (2:23, 473 words): the marks on a long clean take,
    and the whole file's time with the sound check beside the transcription."""
    lines = [line.strip() for line in (ROOT / "benchmarks" / "speech_text.txt").read_text().splitlines()
             if line.strip()]
    report, plain, times = judge(transcriber, render(lines, varied), lines)
    per100 = 100 / max(1, report.script_words)
    return {"words": report.script_words, "marks": marks(report),
            "marks per 100 words (sound check / transcript only)": (round(len(marks(report)) * per100, 2),
                                                                    round(len(marks(plain)) * per100, 2)),
            "accuracy (sound check / transcript only)": (report.accuracy, plain.accuracy),
            "fillers invented": [f.word for f in report.fillers],
            "times": {k: round(v, 2) for k, v in times.items()}, "rtf": round(times["whole"] / times["audio"], 3)}


def main() -> None:
    from app.practice.transcription import Transcriber, all_threads

    arguments = sys.argv[1:]
    varied = "--varied" in arguments
    wanted = arguments[arguments.index("--set") + 1] if "--set" in arguments else "all"
    threads = int(arguments[arguments.index("--threads") + 1]) if "--threads" in arguments else all_threads()
    transcriber = Transcriber("base", threads=threads)
    transcriber.load()
    if "--long" in arguments:
        for key, value in long_clean(transcriber, varied).items():
            print(f"  {key}: {value}")
        return
    for name in (SETS if wanted == "all" else [wanted]):
        print(f"== {name} set{' (varied voice)' if varied else ''}")
        for key, value in run_set(name, transcriber, varied).items():
            print(f"  {key}: {value}")
    jfk = real_recording(transcriber)
    if jfk:
        print(f"== real recording (JFK): {jfk}")


if __name__ == "__main__":
    main()
