"""Benchmark: attempts graded per second by `assessments.grading.grade_attempt`.

Builds a 20-question quiz of mixed types and a set of random attempts, then times grading them (best of several
runs, so background noise on a shared machine does not count against us). Beside it, measured in the same run on
the same attempts, is a baseline: a bare loop comparing each response to a fixed answer key, i.e. the least work
any grader could do. The ratio shows what the full semantics (weights, normalisation, defensive parsing,
feedback and summaries) cost on top of that.

Run from the project root:  .venv/bin/python bench/grading.py [attempts-per-run] [runs]
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the project root, for `assessments`

from assessments.grading import grade_attempt
from assessments.questions import Answer, Pair, Question

TYPES = ["single"] * 6 + ["multiple"] * 4 + ["truefalse"] * 3 + ["short"] * 3 + ["numerical"] * 2 + ["matching"] * 2


def build_question(kind: str) -> tuple[Question, object]:
    """A question of `kind` and its full-marks response (the baseline's answer key)."""
    if kind == "single":
        answers = [Answer(f"pilihan {i}", 1.0 if i == 0 else 0.0, f"fb {i}") for i in range(4)]
        return Question(type=kind, answers=answers), 0
    if kind == "multiple":
        fractions = [0.5, 0.5, -0.5, -0.5, 0.0]
        answers = [Answer(f"pilihan {i}", f, f"fb {i}") for i, f in enumerate(fractions)]
        return Question(type=kind, answers=answers), [0, 1]
    if kind == "truefalse":
        return Question(type=kind, answers=[Answer("true", 1.0), Answer("false", 0.0)]), True
    if kind == "short":
        answers = [Answer("Dinas Sosial", 1.0), Answer("DP3A", 1.0), Answer("dinas*", 0.5), Answer("*", 0.0)]
        return Question(type=kind, answers=answers), "dinas sosial"
    if kind == "numerical":
        answers = [Answer("18", 1.0, value=18.0, tolerance=0.5), Answer("17..19", 0.5, min=17.0, max=19.0)]
        return Question(type=kind, answers=answers), "18"
    pairs = [Pair(f"kiri {i}", f"kanan {i}") for i in range(4)] + [Pair("", "pengecoh")]
    return Question(type="matching", pairs=pairs), {str(i): f"kanan {i}" for i in range(4)}


def random_response(kind: str, rng: random.Random):
    """What a learner might submit: mostly plausible answers, some wrong."""
    if kind == "single":
        return rng.randrange(4)
    if kind == "multiple":
        return rng.sample(range(5), rng.randint(0, 3))
    if kind == "truefalse":
        return rng.random() < 0.5
    if kind == "short":
        return rng.choice(["Dinas Sosial", "  dp3a ", "dinas kesehatan", "polisi"])
    if kind == "numerical":
        return rng.choice(["18", "18,4", "17", "20", "delapan belas"])
    return {str(i): f"kanan {rng.randrange(4)}" for i in range(4)}


def baseline(key: list, attempts: list[list]) -> int:
    """The trivial grader: count responses equal to the key."""
    total = 0
    for responses in attempts:
        total += sum(1 for given, expected in zip(responses, key) if given == expected)
    return total


def full(questions: list[Question], attempts: list[list]) -> float:
    total = 0.0
    for responses in attempts:
        total += grade_attempt(questions, responses).score
    return total


def best_rate(function, args, count: int, runs: int) -> float:
    """Attempts per second of the fastest of `runs` runs."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - start)
    return count / best


def main(count: int = 2000, runs: int = 7) -> None:
    rng = random.Random(2024)
    built = [build_question(kind) for kind in TYPES]
    questions, key = [q for q, _ in built], [k for _, k in built]
    attempts = [[random_response(kind, rng) for kind in TYPES] for _ in range(count)]

    full_rate = best_rate(full, (questions, attempts), count, runs)
    base_rate = best_rate(baseline, (key, attempts), count, runs)
    print(f"quiz: {len(questions)} questions ({', '.join(sorted(set(TYPES)))}); {count} attempts, best of {runs} runs")
    print(f"grade_attempt  {full_rate:>12,.0f} attempts/s  ({1e6 / full_rate:,.1f} µs per attempt)")
    print(f"baseline       {base_rate:>12,.0f} attempts/s  ({1e6 / base_rate:,.2f} µs per attempt)")
    print(f"ratio          {base_rate / full_rate:>12.1f}× slower than the bare key comparison")


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
