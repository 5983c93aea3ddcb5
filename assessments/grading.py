"""Grading of quiz responses against the plain `Question` shape, plus the deterministic shuffles an attempt needs.

Pure standard-library code: the quiz views decode the browser's JSON and hand the values in here, so every
function that takes a *response* treats it as untrusted. A malformed response (wrong type, index out of range,
huge number, nested junk) is never an error: it simply earns no credit.

The semantics follow Moodle where Pelita's question bank comes from (GIFT/Aiken imports):

* single      - the chosen answer's fraction (negative fractions floor at 0).
* multiple    - sum of the chosen answers' fractions, floored at 0 and capped at 1; a repeated index counts once.
* truefalse   - the fraction of the "true" or "false" answer.
* short       - best fraction among answers matching after normalisation; `*` in an answer is a wildcard.
* numerical   - best fraction among answers whose value±tolerance or min..max contains the number;
                "3,5" is read as 3.5 (Indonesian decimal comma).
* matching    - share of the (non-distractor) pairs matched to their own answer text.

A question's *data* comes from our own bank, so an unknown question type is a programming error and raises
`ValueError`; only the response side is forgiving.
"""
from __future__ import annotations

import math
import random
import re
import unicodedata
from dataclasses import dataclass

from assessments.questions import Answer, Question

# Moodle stores fractions with 7 decimals, so three "33.33333%" choices add up to 0.9999999. Rounding the final
# score to 6 decimals lets that count as full marks without hiding any real partial credit.
SCORE_DECIMALS = 6

# Longest response text we bother to compare. Answers are short phrases; anything longer cannot match a
# sensible answer and would only cost time (the browser controls the length).
MAX_TEXT_LENGTH = 10_000

# A plain decimal number, optionally signed, with an optional exponent. Checked before float() so that
# "nan", "inf", "1_000", "0x10" and other things float() or Python accept are not taken as answers.
_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?")
_WHITESPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class GradeResult:
    """The outcome of one question: `score` is the share (0..1) of the question's mark."""

    score: float
    is_correct: bool
    feedback: list[str]
    correct_summary: str


@dataclass(frozen=True)
class AttemptGrade:
    """The outcome of a whole attempt; `score` and `max_score` are in marks, `percent` in 0..100."""

    per_question: list[GradeResult]
    score: float
    max_score: float
    percent: float


# --- public API -------------------------------------------------------------------------------------------


def grade_response(question: Question, response) -> GradeResult:
    """Grade one response; never raises for a malformed response (it scores 0)."""
    grader = _GRADERS.get(question.type)
    if grader is None:
        raise ValueError(f"unknown question type: {question.type!r}")
    score, feedback = grader(question, response)
    score = _clamp01(score)
    return GradeResult(
        score=score,
        is_correct=score == 1.0,
        feedback=[text for text in feedback if text],
        correct_summary=_SUMMARIES[question.type](question),
    )


def grade_attempt(questions: list[Question], responses: list, marks: list[float] | None = None) -> AttemptGrade:
    """Grade every question of an attempt. Missing responses count as unanswered; extra ones are ignored.

    `marks` (default 1 each) come from the quiz definition, not the browser, so a length mismatch or a
    negative mark is a programming error and raises `ValueError`.
    """
    if marks is None:
        marks = [1.0] * len(questions)
    if len(marks) != len(questions):
        raise ValueError(f"{len(marks)} marks for {len(questions)} questions")
    if any(not _is_finite_number(mark) or mark < 0 for mark in marks):
        raise ValueError("marks must be finite numbers >= 0")
    if not isinstance(responses, (list, tuple)):
        responses = []  # the whole payload is junk: every question is unanswered

    results = [
        grade_response(question, responses[i] if i < len(responses) else None)
        for i, question in enumerate(questions)
    ]
    score = round(sum(result.score * mark for result, mark in zip(results, marks)), SCORE_DECIMALS)
    max_score = float(sum(marks))
    percent = round(score / max_score * 100, 2) if max_score else 0.0
    return AttemptGrade(per_question=results, score=score, max_score=max_score, percent=percent)


def choice_order(n: int, seed: int) -> list[int]:
    """A reproducible shuffle of range(n): the same seed always gives an attempt the same order."""
    order = list(range(max(n, 0)))
    random.Random(seed).shuffle(order)
    return order


def draw(ids: list[int], k: int, seed: int) -> list[int]:
    """A reproducible draw of up to k distinct ids (all of them, shuffled, when the pool is smaller than k).

    The pool is de-duplicated and sorted first, so the draw depends only on which ids are available and not
    on the order the database happened to return them in.
    """
    pool = sorted(set(ids))
    return random.Random(seed).sample(pool, min(max(k, 0), len(pool)))


def public_view(question: Question, seed: int | None = None) -> dict:
    """What the browser may see before answers are revealed: no titles, fractions, feedback, tolerances or keys.

    For matching, the right-hand options (distractors included) are de-duplicated and sorted, then shuffled
    with `seed` when one is given. They are never listed in pair order: that order would give the key away.
    """
    view = {
        "type": question.type,
        "text": question.text,
        "text_format": question.text_format,
    }
    if question.type in ("single", "multiple", "truefalse"):
        # The position in this list is the index the response refers to.
        view["answers"] = [answer.text for answer in question.answers]
    elif question.type == "matching":
        view["left"] = [
            {"index": i, "text": pair.question} for i, pair in enumerate(question.pairs) if not _is_distractor(pair)
        ]
        options = sorted({pair.answer for pair in question.pairs}, key=lambda text: (text.casefold(), text))
        if seed is not None:
            options = [options[i] for i in choice_order(len(options), seed)]
        view["options"] = options
    return view


# --- small helpers for untrusted values -------------------------------------------------------------------


def _clamp01(value: float) -> float:
    """Round and clamp a score into [0, 1]; NaN (e.g. from a corrupt fraction) becomes 0."""
    if not _is_finite_number(value):
        return 0.0
    return round(min(max(float(value), 0.0), 1.0), SCORE_DECIMALS)


def _is_finite_number(value) -> bool:
    # bool is an int subclass, but True is not a number a quiz form would send.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large for a float
        return False


def _as_index(value, size: int) -> int | None:
    """An index into a list of `size` items, or None. Accepts an int or a short string of digits."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 6:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value < size else None


def _fraction(answer: Answer) -> float:
    return answer.fraction if _is_finite_number(answer.fraction) else 0.0


def _normalise_text(text: str) -> str:
    """NFKC, collapse whitespace runs, strip, casefold: "  Dinas\u00a0 Sosial " == "dinas sosial"."""
    text = unicodedata.normalize("NFKC", text)
    return _WHITESPACE_RE.sub(" ", text).strip().casefold()


def _parse_number(value) -> float | None:
    """A finite float from a number or a string such as "3.5", "3,5", " -2e3 "; None otherwise.

    A single comma is a decimal separator (Indonesian style). A string with both a comma and a dot is
    ambiguous ("1.234,5" vs "1,234.5") and is rejected rather than guessed.
    """
    if isinstance(value, str):
        text = value.strip()
        if len(text) > 100:
            return None
        if "," in text:
            if "." in text or text.count(",") != 1:
                return None
            text = text.replace(",", ".")
        if not _NUMBER_RE.fullmatch(text):
            return None
        value = float(text)
    elif not _is_finite_number(value):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _wildcard_match(pattern: str, text: str) -> bool:
    """Whole-string match where `*` stands for any run of characters (Moodle short answer).

    Done with a linear scan instead of a regular expression: the browser controls `text`, and a pattern such as
    "a*b*c*d" compiled to "a.*b.*c.*d" can backtrack badly on long input.
    """
    parts = pattern.split("*")
    if len(parts) == 1:
        return pattern == text
    head, *middle, tail = parts
    if len(text) < len(head) + len(tail) or not text.startswith(head) or not text.endswith(tail):
        return False
    position, end = len(head), len(text) - len(tail)
    for part in middle:
        # Taking the leftmost occurrence of each piece is always safe when the only wildcard is `*`.
        found = text.find(part, position, end)
        if found < 0:
            return False
        position = found + len(part)
    return True


def _is_distractor(pair) -> bool:
    return not pair.question.strip()


def _best(candidates: list[Answer]) -> tuple[float, list[str]]:
    """The highest fraction among matching answers (the first on a tie) and its feedback."""
    if not candidates:
        return 0.0, []
    best = max(candidates, key=_fraction)  # max() keeps the first of equal items
    return _fraction(best), [best.feedback]


# --- graders: (question, response) -> (raw score, feedback) -------------------------------------------------


def _grade_single(question: Question, response) -> tuple[float, list[str]]:
    index = _as_index(response, len(question.answers))
    if index is None:
        return 0.0, []
    answer = question.answers[index]
    return _fraction(answer), [answer.feedback]


def _grade_multiple(question: Question, response) -> tuple[float, list[str]]:
    if not isinstance(response, (list, tuple)):
        return 0.0, []
    # A set, so that submitting [0, 0, 0] cannot collect the same positive fraction three times.
    chosen = {_as_index(item, len(question.answers)) for item in response}
    chosen.discard(None)
    answers = [question.answers[i] for i in sorted(chosen)]
    return sum(_fraction(answer) for answer in answers), [answer.feedback for answer in answers]


def _grade_truefalse(question: Question, response) -> tuple[float, list[str]]:
    if not isinstance(response, bool):
        return 0.0, []
    wanted = "true" if response else "false"
    # Look the answer up by its text rather than position, so an answer list in either order grades right.
    for answer in question.answers:
        if answer.text.strip().casefold() == wanted:
            return _fraction(answer), [answer.feedback]
    return 0.0, []


def _grade_short(question: Question, response) -> tuple[float, list[str]]:
    if not isinstance(response, str) or len(response) > MAX_TEXT_LENGTH:
        return 0.0, []
    given = _normalise_text(response)
    if not given:
        return 0.0, []  # blank is unanswered, even against a `*` answer
    matches = [answer for answer in question.answers if _wildcard_match(_normalise_text(answer.text), given)]
    return _best(matches)


def _numeric_bounds(answer: Answer) -> tuple[float, float] | None:
    """The inclusive interval an answer accepts, or None for a `*` (any number) answer."""
    if answer.min is not None and answer.max is not None:
        return min(answer.min, answer.max), max(answer.min, answer.max)
    value = answer.value if answer.value is not None else _parse_number(answer.text)
    if value is None:
        return None if answer.text.strip() == "*" else (math.nan, math.nan)
    tolerance = abs(answer.tolerance or 0.0)
    # Like Moodle (MDL-3225), widen by a hair so 0.1 + 0.2 style binary rounding does not reject "0.3".
    slack = 1e-9 * max(1.0, abs(value))
    return value - tolerance - slack, value + tolerance + slack


def _grade_numerical(question: Question, response) -> tuple[float, list[str]]:
    number = _parse_number(response)
    if number is None:
        return 0.0, []
    matches = []
    for answer in question.answers:
        bounds = _numeric_bounds(answer)
        if bounds is None or bounds[0] <= number <= bounds[1]:  # NaN bounds (unusable answer) never match
            matches.append(answer)
    return _best(matches)


def _grade_matching(question: Question, response) -> tuple[float, list[str]]:
    scored = [i for i, pair in enumerate(question.pairs) if not _is_distractor(pair)]
    if not scored or not isinstance(response, dict):
        return 0.0, []
    chosen = {}
    for key, value in response.items():
        # JSON object keys arrive as strings ("0"), Python callers may use ints.
        index = _as_index(key, len(question.pairs))
        if index is not None and isinstance(value, str) and len(value) <= MAX_TEXT_LENGTH:
            chosen[index] = _normalise_text(value)
    right = sum(1 for i in scored if chosen.get(i) == _normalise_text(question.pairs[i].answer))
    return right / len(scored), []


_GRADERS = {
    "single": _grade_single,
    "multiple": _grade_multiple,
    "truefalse": _grade_truefalse,
    "short": _grade_short,
    "numerical": _grade_numerical,
    "matching": _grade_matching,
}


# --- correct-answer summaries (shown after the quiz reveals answers) ---------------------------------------


def _full_credit_texts(question: Question) -> list[str]:
    """Texts of the answers worth the most (full marks if any answer is); none when nothing earns credit."""
    top = max((_fraction(answer) for answer in question.answers), default=0.0)
    if top <= 0:
        return []
    return [answer.text for answer in question.answers if _fraction(answer) == top]


def _summary_choices(question: Question) -> str:
    return "; ".join(_full_credit_texts(question))


def _summary_multiple(question: Question) -> str:
    return "; ".join(answer.text for answer in question.answers if _fraction(answer) > 0)


def _format_number(value: float) -> str:
    return f"{value:g}"


def _summary_numerical(question: Question) -> str:
    top = max((_fraction(answer) for answer in question.answers), default=0.0)
    parts = []
    for answer in question.answers:
        if top <= 0 or _fraction(answer) != top:
            continue
        if answer.min is not None and answer.max is not None:
            parts.append(f"{_format_number(answer.min)}..{_format_number(answer.max)}")
        elif answer.value is not None and answer.tolerance:
            parts.append(f"{_format_number(answer.value)} ± {_format_number(abs(answer.tolerance))}")
        elif answer.value is not None:
            parts.append(_format_number(answer.value))
        else:
            parts.append(answer.text)
    return "; ".join(parts)


def _summary_matching(question: Question) -> str:
    return "; ".join(f"{pair.question} → {pair.answer}" for pair in question.pairs if not _is_distractor(pair))


_SUMMARIES = {
    "single": _summary_choices,
    "multiple": _summary_multiple,
    "truefalse": _summary_choices,
    "short": _summary_choices,
    "numerical": _summary_numerical,
    "matching": _summary_matching,
}
