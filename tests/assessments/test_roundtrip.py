"""Property-based round trips: parse(export(questions)) gives back the same questions, with no problems.

Generated texts are realistic for GIFT (trimmed, no blank lines) and full of the characters GIFT must
escape (= ~ # { } : \\) plus Indonesian/unicode letters. Two things GIFT itself cannot express are left
out: "->" on the left side of a matching pair, and "->" anywhere in a short-answer question's answers
(Moodle would read that block as a matching question).
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from assessments.aiken import export_aiken, parse_aiken
from assessments.gift import format_number, parse_gift
from assessments.gift_export import export_gift
from assessments.questions import FORMATS, Answer, Pair, Question

ALPHABET = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \t"
            "=~#{}:\\%[]->_<>&\"'/.,?!()*$ éèñüāŋ’—中🙂")
NICE_FRACTIONS = [1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2,
                  0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0]
FULL_SETS = [[1.0], [0.5, 0.5], [0.3333333] * 3, [0.25] * 4, [0.6, 0.4], [0.75, 0.25], [0.2] * 5, [0.5, 0.3, 0.2]]


def _clean(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip()).strip()


one_line = st.text(ALPHABET, min_size=1, max_size=25).map(str.strip).filter(bool)
texts = st.text(ALPHABET + "\n", min_size=1, max_size=40).map(_clean).filter(bool)
optional_texts = st.one_of(st.just(""), texts)
fractions = st.sampled_from(NICE_FRACTIONS + [-f for f in NICE_FRACTIONS if f])
formats = st.sampled_from(FORMATS)
labels = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_ ]", min_size=1, max_size=12).map(str.strip).filter(bool)
categories = st.one_of(st.just(""), st.text("abcdefghijklmnopqrstuvwxyz ABC/$:-éñ0123456789\\", min_size=1,
                                            max_size=30).map(str.strip).filter(bool))
numbers = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@st.composite
def base(draw, kind: str) -> dict:
    return dict(type=kind, title=draw(st.one_of(st.just(""), one_line)), text=draw(texts),
                text_format=draw(formats), category=draw(categories), general_feedback=draw(optional_texts),
                idnumber=draw(st.one_of(st.just(""), labels)), tags=draw(st.lists(labels, max_size=3)))


@st.composite
def single_questions(draw) -> Question:
    answers = [Answer(draw(texts), draw(fractions), draw(optional_texts)) for _ in range(draw(st.integers(1, 5)))]
    answers.insert(draw(st.integers(0, len(answers))), Answer(draw(texts), 1.0, draw(optional_texts)))
    return Question(**draw(base("single")), answers=answers)


@st.composite
def multiple_questions(draw) -> Question:
    positive = draw(st.sampled_from(FULL_SETS))
    others = draw(st.lists(st.sampled_from([0.0, -0.5, -1.0, -0.3333333]), min_size=2 - min(len(positive), 2),
                           max_size=3))
    weights = draw(st.permutations(positive + others))
    answers = [Answer(draw(texts), w, draw(optional_texts)) for w in weights]
    return Question(**draw(base("multiple")), answers=answers)


@st.composite
def truefalse_questions(draw) -> Question:
    correct = draw(st.booleans())
    answers = [Answer("true", float(correct), draw(optional_texts)),
               Answer("false", float(not correct), draw(optional_texts))]
    return Question(**draw(base("truefalse")), answers=answers)


@st.composite
def short_questions(draw) -> Question:
    no_arrow = texts.filter(lambda t: "->" not in t)
    answers = [Answer(draw(no_arrow), draw(fractions), draw(st.one_of(st.just(""), no_arrow)))
               for _ in range(draw(st.integers(0, 3)))]
    answers.insert(draw(st.integers(0, len(answers))), Answer(draw(no_arrow), 1.0, ""))
    return Question(**draw(base("short")), answers=answers)


@st.composite
def numeric_answer(draw, fraction: float) -> Answer:
    feedback = draw(optional_texts)
    if draw(st.booleans()):
        low, high = sorted([draw(numbers), draw(numbers)])
        return Answer(f"{format_number(low)}..{format_number(high)}", fraction, feedback, min=low, max=high)
    value, tolerance = draw(numbers), draw(st.floats(min_value=0, max_value=1e6))
    return Answer(format_number(value), fraction, feedback, value=value, tolerance=tolerance)


@st.composite
def numerical_questions(draw) -> Question:
    answers = [draw(numeric_answer(draw(fractions))) for _ in range(draw(st.integers(0, 2)))]
    answers.insert(draw(st.integers(0, len(answers))), draw(numeric_answer(1.0)))
    if draw(st.booleans()):
        answers.append(Answer("*", 0.0, draw(optional_texts)))  # "any other answer"
    return Question(**draw(base("numerical")), answers=answers)


@st.composite
def matching_questions(draw) -> Question:
    left = texts.filter(lambda t: "->" not in t)
    pairs = [Pair(draw(left), draw(texts)) for _ in range(draw(st.integers(2, 5)))]
    pairs += [Pair("", draw(texts)) for _ in range(draw(st.integers(0, 2)))]
    return Question(**draw(base("matching")), pairs=draw(st.permutations(pairs)))


any_question = st.one_of(single_questions(), multiple_questions(), truefalse_questions(), short_questions(),
                         numerical_questions(), matching_questions())


def without_lines(questions: list[Question]) -> list[Question]:
    for question in questions:
        question.line = 0
    return questions


@settings(max_examples=300, deadline=None)
@given(st.lists(any_question, min_size=1, max_size=6))
def test_gift_round_trip(questions):
    text = export_gift(questions)
    result = parse_gift(text)
    assert [p for p in result.problems if p.kind != "warning"] == [], text  # repeated ids only warn
    assert without_lines(result.questions) == questions, text


@settings(max_examples=100, deadline=None)
@given(st.lists(any_question, min_size=1, max_size=4))
def test_gift_export_is_stable(questions):
    text = export_gift(questions)
    assert export_gift(parse_gift(text).questions) == text


# ---------------------------------------------------------------------------------------------- Aiken

aiken_line = st.text(ALPHABET.replace("\t", ""), min_size=2, max_size=30).map(str.strip).filter(
    lambda t: len(t) >= 2)


@st.composite
def aiken_questions(draw) -> Question:
    stem = draw(aiken_line.filter(lambda t: not (t[0].isupper() and t[0].isascii() and t[1] in ").")
                                  and not t.startswith("ANSWER:")))
    answers = [Answer(draw(aiken_line), 0.0) for _ in range(draw(st.integers(1, 7)))]
    answers.insert(draw(st.integers(0, len(answers))), Answer(draw(aiken_line), 1.0))
    return Question(type="single", text=stem, text_format="plain", category="Aiken", answers=answers)


@settings(max_examples=200, deadline=None)
@given(st.lists(aiken_questions(), min_size=1, max_size=5))
def test_aiken_round_trip(questions):
    text, problems = export_aiken(questions)
    assert problems == []
    result = parse_aiken(text, default_category="Aiken")
    assert [p for p in result.problems if p.kind != "warning"] == [], text  # repeated ids only warn
    assert without_lines(result.questions) == questions, text
