"""A contest day worked out by hand, shared by the store and window tests.

Learners' rubric (pronunciation, content, expression; 10 points each), Borda 3/2/1, five judges: Mina,
Daniel, Sora and Peter count (Sora and Peter score on their own laptops), Grace is the tie-breaker.
Eight contestants; Hana spoke 7:45 (465 s), over the 7:30 limit, so she is disqualified.

Totals (out of 30) → each counting judge's top three get 3/2/1 points:
            Yuna Minji Jiho Seoyeon Hana  Eunji Taeyang Somin
  Mina       28   27    25   20     29DQ  22    19      18     → Yuna 3, Minji 2, Jiho 1
  Daniel     27   28    24   25     26    21    20      19     → Minji 3, Yuna 2, Seoyeon 1
  Sora       29   26    27   21     25    22    20      23     → Yuna 3, Jiho 2, Minji 1
  Peter      22   29    21   28     27    20    19      23     → Minji 3, Seoyeon 2, Somin 1
  Grace      24   25    21   23     22    20    19      18     (tie-breaker only)
Points: Minji 9, Yuna 8, Jiho 3, Seoyeon 3, Somin 1, Eunji 0, Taeyang 0.
Places: 1 Minji, 2 Yuna, then Jiho and Seoyeon tie on 3 — Grace ranks Seoyeon (23) above Jiho (21), so
Seoyeon is 3rd and Jiho 4th; 5 Somin; Eunji and Taeyang tie on 0 — Grace ranks Eunji (20) above
Taeyang (19): Eunji 6th, Taeyang 7th. Hana: disqualified (over time).
Best Story: Mina, Daniel and Sora vote Jiho, Peter votes Yuna → Jiho.
"""

from __future__ import annotations

JUDGES = ["Mina", "Daniel", "Sora", "Peter", "Grace"]
TIE_BREAKER = "Grace"
ON_OWN_LAPTOPS = ["Sora", "Peter"]
CONTESTANTS = [("Yuna", "The river at night", 402), ("Minji", "My grandmother's kitchen", 388),
               ("Jiho", "Learning to ask", 351), ("Seoyeon", "A second first day", 415),
               ("Hana", "Letters I could not send", 465), ("Eunji", "Market voices", 330),
               ("Taeyang", "The bicycle", 312), ("Somin", "Small brave things", 399)]
TOTALS = {
    "Mina": [28, 27, 25, 20, 29, 22, 19, 18],
    "Daniel": [27, 28, 24, 25, 26, 21, 20, 19],
    "Sora": [29, 26, 27, 21, 25, 22, 20, 23],
    "Peter": [22, 29, 21, 28, 27, 20, 19, 23],
    "Grace": [24, 25, 21, 23, 22, 20, 19, 18],
}
BEST_STORY = {"Mina": "Jiho", "Daniel": "Jiho", "Sora": "Jiho", "Peter": "Yuna"}
EXPECTED_PLACES = [(1, "Minji", 9), (2, "Yuna", 8), (3, "Seoyeon", 3), (4, "Jiho", 3), (5, "Somin", 1),
                   (6, "Eunji", 0), (7, "Taeyang", 0)]


def split(total: int) -> dict[str, int]:
    """Learners'-rubric scores adding up to `total`."""
    first = min(10, total)
    second = min(10, total - first)
    return {"pronunciation": first, "content": second, "expression": total - first - second}
