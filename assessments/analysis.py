"""Quiz statistics for trainers: classic item analysis and pre/post-test learning gain.

Pure standard-library code; the reporting views query the attempts and pass plain numbers in.

* Facility index: the mean score on a question (0 = nobody got it, 1 = everybody did).
* Discrimination index: how much better the strongest attempts did on a question than the weakest, using
  Kelley's upper and lower 27% groups ranked by attempt total. Near +1 separates strong from weak learners
  well; near 0 or negative suggests a flawed or mis-keyed question.
* Learning gain: post-test minus pre-test in percentage points, and Hake's normalised gain
  (post - pre) / (100 - pre), the share of the possible improvement actually achieved.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

# Kelley's classic group size: the top and bottom 27% of attempts, as a percentage for integer arithmetic.
GROUP_PERCENT = 27
# With fewer attempts than this in each group one lucky or unlucky learner decides the index.
MIN_GROUP_SIZE = 2


@dataclass(frozen=True)
class ItemStats:
    """Statistics of the question at `index` over `n` attempts (indices rounded to 4 decimals).

    `discrimination` is None when there are too few attempts for meaningful upper and lower groups.
    """

    index: int
    facility: float
    discrimination: float | None
    n: int


def item_analysis(rows: list[tuple[float, list[float]]]) -> list[ItemStats]:
    """Facility and discrimination per question from (attempt percent, per-question scores 0..1) rows.

    All rows must have the same number of questions (one quiz version per call); otherwise `ValueError`.
    """
    if not rows:
        return []
    width = len(rows[0][1])
    if any(len(scores) != width for _, scores in rows):
        raise ValueError("all attempts must have the same number of questions")

    lower, upper = _kelley_groups(rows)
    return [
        ItemStats(
            index=q,
            facility=round(_mean([scores[q] for _, scores in rows]), 4),
            discrimination=_discrimination(q, lower, upper),
            n=len(rows),
        )
        for q in range(width)
    ]


def learning_gain(pre: float | None, post: float | None) -> dict:
    """Absolute gain (percentage points) and Hake's normalised gain between a pre- and a post-test percent.

    Either value is None when it cannot be computed: a missing (or non-finite) score, or, for the normalised
    gain, a perfect pre-test, which leaves no room to improve.
    """
    pre, post = _percent_or_none(pre), _percent_or_none(post)
    if pre is None or post is None:
        return {"absolute": None, "normalised": None}
    absolute = round(post - pre, 2)
    normalised = round((post - pre) / (100 - pre), 4) if pre < 100 else None
    return {"absolute": absolute, "normalised": normalised}


def _kelley_groups(rows: list[tuple[float, list[float]]]) -> tuple[list[list[float]], list[list[float]]]:
    """The score lists of the bottom and top 27% of attempts by total; both empty when groups would be tiny."""
    size = len(rows) * GROUP_PERCENT // 100
    if size < MIN_GROUP_SIZE:
        return [], []
    # A stable sort: attempts tied on total keep their given (e.g. chronological) order, so results repeat.
    ranked = [scores for _, scores in sorted(rows, key=lambda row: row[0])]
    return ranked[:size], ranked[-size:]


def _discrimination(q: int, lower: list[list[float]], upper: list[list[float]]) -> float | None:
    if not lower or not upper:
        return None
    difference = _mean([s[q] for s in upper]) - _mean([s[q] for s in lower])
    return round(min(max(difference, -1.0), 1.0), 4)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def _percent_or_none(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)
