"""Tests for assessments.grading: every question type, malformed browser input, shuffles and the public view.

No database: grading is pure Python.
"""
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessments.grading import (
    AttemptGrade,
    GradeResult,
    choice_order,
    draw,
    grade_attempt,
    grade_response,
    public_view,
)
from assessments.questions import Answer, Pair, Question

# --- question builders ----------------------------------------------------------------------------------


def single():
    return Question(
        type="single",
        title="Hotline",
        text="Nomor layanan SAPA?",
        answers=[
            Answer("129", 1.0, "Benar, SAPA 129."),
            Answer("112", 0.0, "Itu nomor darurat umum."),
            Answer("110", -0.5, "Itu nomor polisi."),
        ],
    )


def multiple():
    return Question(
        type="multiple",
        text="Tanda-tanda kekerasan?",
        answers=[
            Answer("Memar", 0.5, "fb-memar"),
            Answer("Menarik diri", 0.5, "fb-menarik"),
            Answer("Nilai bagus", -1.0, "fb-nilai"),
            Answer("Ceria", -0.25, ""),
        ],
    )


def truefalse(correct=True):
    return Question(
        type="truefalse",
        text="Anak berhak atas perlindungan.",
        answers=[
            Answer("true", 1.0 if correct else 0.0, "fb-true"),
            Answer("false", 0.0 if correct else 1.0, "fb-false"),
        ],
    )


def short():
    return Question(
        type="short",
        text="Lembaga perlindungan anak?",
        answers=[
            Answer("Dinas Sosial", 0.5, "fb-half"),
            Answer("Dinas   Pemberdayaan Perempuan dan Perlindungan Anak", 1.0, "fb-full"),
            Answer("DP3A", 1.0, "fb-acronym"),
            Answer("*", 0.0, "fb-any"),
        ],
    )


def numerical():
    return Question(
        type="numerical",
        text="Usia dewasa menurut UU?",
        answers=[
            Answer("18", 1.0, "fb-exact", value=18.0, tolerance=0.0),
            Answer("17..19", 0.5, "fb-range", min=17.0, max=19.0),
        ],
    )


def matching():
    return Question(
        type="matching",
        text="Pasangkan.",
        pairs=[
            Pair("SAPA", "129"),
            Pair("Polisi", "110"),
            Pair("Darurat", "112"),
            Pair("", "911"),  # distractor
        ],
    )


ALL_BUILDERS = [single, multiple, truefalse, short, numerical, matching]


# --- single ---------------------------------------------------------------------------------------------


def test_single_correct_choice_gets_full_mark_and_its_feedback():
    result = grade_response(single(), 0)
    assert result == GradeResult(1.0, True, ["Benar, SAPA 129."], "129")


def test_single_wrong_choice_scores_zero_with_its_feedback():
    result = grade_response(single(), 1)
    assert (result.score, result.is_correct, result.feedback) == (0.0, False, ["Itu nomor darurat umum."])


def test_single_negative_fraction_floors_at_zero():
    assert grade_response(single(), 2).score == 0.0


def test_single_partial_weight():
    question = Question(type="single", answers=[Answer("a", 0.5), Answer("b", 1.0), Answer("c", 1.0)])
    assert grade_response(question, 0).score == 0.5
    assert grade_response(question, 0).correct_summary == "b; c"


def test_single_accepts_a_digit_string_index_from_a_form():
    assert grade_response(single(), "0").score == 1.0


@pytest.mark.parametrize("response", [None, -1, 3, 10**100, True, 0.0, "x", [0], {"0": 0}])
def test_single_unanswered_or_malformed_scores_zero(response):
    result = grade_response(single(), response)
    assert (result.score, result.is_correct, result.feedback) == (0.0, False, [])


# --- multiple -------------------------------------------------------------------------------------------


def test_multiple_all_correct_choices():
    result = grade_response(multiple(), [1, 0])
    assert result.score == 1.0 and result.is_correct
    assert result.feedback == ["fb-memar", "fb-menarik"]  # answer order, not click order
    assert result.correct_summary == "Memar; Menarik diri"


def test_multiple_partial_credit():
    assert grade_response(multiple(), [0]).score == 0.5


def test_multiple_negative_weights_subtract():
    assert grade_response(multiple(), [0, 1, 3]).score == 0.75


def test_multiple_negative_total_floors_at_zero():
    result = grade_response(multiple(), [0, 2, 3])
    assert result.score == 0.0
    assert result.feedback == ["fb-memar", "fb-nilai"]  # empty feedback strings are skipped


def test_multiple_score_is_capped_at_one():
    question = Question(type="multiple", answers=[Answer("a", 1.0), Answer("b", 1.0)])
    assert grade_response(question, [0, 1]).score == 1.0


def test_multiple_repeated_index_counts_once():
    assert grade_response(multiple(), [0, 0, 0, 0]).score == 0.5


def test_multiple_thirds_add_up_to_full_marks():
    question = Question(type="multiple", answers=[Answer(t, 0.3333333) for t in "abc"])
    assert grade_response(question, [0, 1, 2]).is_correct


def test_multiple_ignores_junk_items_but_keeps_valid_ones():
    assert grade_response(multiple(), [0, "1", None, 99, -1, [2], True]).score == 1.0


@pytest.mark.parametrize("response", [None, 0, "0,1", {"0": True}, []])
def test_multiple_malformed_scores_zero(response):
    assert grade_response(multiple(), response).score == 0.0


# --- true/false -----------------------------------------------------------------------------------------


def test_truefalse_true_statement():
    assert grade_response(truefalse(True), True) == GradeResult(1.0, True, ["fb-true"], "true")
    assert grade_response(truefalse(True), False) == GradeResult(0.0, False, ["fb-false"], "true")


def test_truefalse_false_statement():
    assert grade_response(truefalse(False), False).is_correct
    assert grade_response(truefalse(False), True).score == 0.0
    assert grade_response(truefalse(False), None).correct_summary == "false"


@pytest.mark.parametrize("response", [None, 1, 0, "true", "false", [True]])
def test_truefalse_non_bool_scores_zero(response):
    assert grade_response(truefalse(True), response).score == 0.0


# --- short answer ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "dp3a",
        "  DP3A  ",
        "dinas pemberdayaan perempuan dan perlindungan anak",
        "DINAS\tPemberdayaan\n Perempuan  dan\u00a0Perlindungan Anak",
        "\uff24\uff30\uff13\uff21",  # full-width "DP3A", folded by NFKC
    ],
)
def test_short_matches_case_whitespace_and_unicode_insensitively(response):
    assert grade_response(short(), response).is_correct


def test_short_partial_credit_and_best_fraction_wins_over_wildcard():
    result = grade_response(short(), "dinas sosial")
    assert result.score == 0.5
    assert result.feedback == ["fb-half"]


def test_short_wildcard_catches_anything_else():
    result = grade_response(short(), "kantor polisi")
    assert (result.score, result.feedback) == (0.0, ["fb-any"])


def test_short_summary_lists_full_credit_answers():
    assert grade_response(short(), "").correct_summary == (
        "Dinas   Pemberdayaan Perempuan dan Perlindungan Anak; DP3A"
    )


def test_short_wildcard_inside_an_answer():
    question = Question(type="short", answers=[Answer("ko*si", 1.0), Answer("a*b*c", 0.5)])
    assert grade_response(question, "Komnas Perlindungan Anak, Polisi").score == 1.0
    assert grade_response(question, "Komnas Perlindungan Anak").score == 0.0  # must end in "si"
    assert grade_response(question, "polisi").score == 0.0  # must start with "ko"
    assert grade_response(question, "komisi").score == 1.0
    assert grade_response(question, "kosi").score == 1.0
    assert grade_response(question, "abc").score == 0.5
    assert grade_response(question, "ab").score == 0.0
    assert grade_response(question, "a" * 5000 + "c").score == 0.0


def test_short_blank_is_unanswered_even_with_wildcard():
    assert grade_response(short(), "   ").feedback == []
    assert grade_response(short(), "   ").score == 0.0


@pytest.mark.parametrize("response", [None, 129, ["dp3a"], {"a": "dp3a"}, "dp3a" + " " * 20_000])
def test_short_malformed_scores_zero(response):
    assert grade_response(short(), response).score == 0.0


# --- numerical ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("response", [18, 18.0, "18", " 18 ", "18,0", "18.", "+18", "1.8e1"])
def test_numerical_exact_value(response):
    assert grade_response(numerical(), response).is_correct


@pytest.mark.parametrize("response", ["17", "19", "18,5", "17.0001", 19])
def test_numerical_inclusive_range_gives_partial_credit(response):
    assert grade_response(numerical(), response).score == 0.5


@pytest.mark.parametrize("response", ["16,99", "20", -18, "1.234,5", "1,2,3", "nan", "inf", "1e999", "0x12", "1_8"])
def test_numerical_outside_or_unparseable_scores_zero(response):
    assert grade_response(numerical(), response).score == 0.0


def test_numerical_tolerance_and_comma_decimal():
    question = Question(type="numerical", answers=[Answer("3.5:0.1", 1.0, value=3.5, tolerance=0.1)])
    assert grade_response(question, "3,6").is_correct
    assert grade_response(question, "3,4").is_correct
    assert grade_response(question, "3,61").score == 0.0
    assert grade_response(question, None).correct_summary == "3.5 ± 0.1"


def test_numerical_binary_rounding_does_not_reject_an_exact_answer():
    question = Question(type="numerical", answers=[Answer("0.3", 1.0, value=0.1 + 0.2, tolerance=0)])
    assert grade_response(question, "0,3").is_correct


def test_numerical_wildcard_and_text_only_answers():
    question = Question(type="numerical", answers=[Answer("42", 1.0), Answer("*", 0.0, "fb-any")])
    assert grade_response(question, "42").is_correct
    assert grade_response(question, "41").feedback == ["fb-any"]
    assert grade_response(question, "abc").feedback == []


def test_numerical_summary():
    assert grade_response(numerical(), None).correct_summary == "18"
    question = Question(type="numerical", answers=[Answer("1..2", 1.0, min=1, max=2)])
    assert grade_response(question, None).correct_summary == "1..2"


# --- matching -------------------------------------------------------------------------------------------


def test_matching_all_right_with_json_string_keys():
    result = grade_response(matching(), {"0": "129", "1": "110", "2": "112"})
    assert result.is_correct
    assert result.correct_summary == "SAPA → 129; Polisi → 110; Darurat → 112"


def test_matching_partial_credit_counts_only_real_pairs():
    result = grade_response(matching(), {0: "129", 1: "911", 2: "110"})
    assert result.score == pytest.approx(1 / 3, abs=1e-6)


def test_matching_distractor_key_earns_nothing():
    assert grade_response(matching(), {3: "911"}).score == 0.0


def test_matching_compares_normalised_text():
    assert grade_response(matching(), {0: " 129 ", 1: "110", 2: "112"}).is_correct


@pytest.mark.parametrize("response", [None, ["129", "110", "112"], {"x": "129"}, {0: 129}, {0: ["129"]}, {99: "129"}])
def test_matching_malformed_scores_zero(response):
    assert grade_response(matching(), response).score == 0.0


def test_matching_without_real_pairs_scores_zero():
    assert grade_response(Question(type="matching", pairs=[Pair("", "x")]), {0: "x"}).score == 0.0


# --- unknown type ---------------------------------------------------------------------------------------


def test_unknown_question_type_is_a_programming_error():
    with pytest.raises(ValueError):
        grade_response(Question(type="essay"), "text")


# --- malformed responses (property based) ---------------------------------------------------------------

HUGE_STRINGS = st.sampled_from(["9" * 5000, "1" * 100_000, "a " * 50_000, "3,5" * 10_000, "*" * 20_000, "\x00" * 1000])
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([10**400, -(10**400), 2**63, -1])
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=50)
    | HUGE_STRINGS
)
JUNK = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=8)
    | st.dictionaries(st.integers() | st.text(max_size=10), children, max_size=8),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(builder=st.sampled_from(ALL_BUILDERS), response=JUNK)
def test_junk_responses_never_raise_and_score_within_bounds(builder, response):
    result = grade_response(builder(), response)
    assert 0.0 <= result.score <= 1.0
    assert result.is_correct == (result.score == 1.0)
    assert all(isinstance(text, str) for text in result.feedback)


@settings(max_examples=100, deadline=None)
@given(responses=JUNK)
def test_junk_attempt_payload_never_raises(responses):
    grade = grade_attempt([builder() for builder in ALL_BUILDERS], responses)
    assert 0.0 <= grade.percent <= 100.0


# --- attempts -------------------------------------------------------------------------------------------


def test_grade_attempt_default_marks():
    questions = [single(), multiple(), truefalse(), short(), numerical(), matching()]
    responses = [0, [0], True, "dinas sosial", "18", {"0": "129"}]
    grade = grade_attempt(questions, responses)
    assert isinstance(grade, AttemptGrade)
    assert [r.score for r in grade.per_question] == [1.0, 0.5, 1.0, 0.5, 1.0, pytest.approx(1 / 3, abs=1e-6)]
    assert grade.max_score == 6.0
    assert grade.score == pytest.approx(4 + 1 / 3, abs=1e-6)
    assert grade.percent == 72.22


def test_grade_attempt_weighted_marks_and_missing_responses():
    grade = grade_attempt([single(), multiple(), truefalse()], [0, [0]], marks=[2, 4, 4])
    assert grade.score == 4.0  # 2*1 + 4*0.5 + 4*0 (truefalse unanswered)
    assert grade.max_score == 10.0
    assert grade.percent == 40.0


def test_grade_attempt_non_list_payload_counts_as_unanswered():
    assert grade_attempt([single()], {"0": 0}).score == 0.0


def test_grade_attempt_empty_quiz():
    assert grade_attempt([], []) == AttemptGrade([], 0.0, 0.0, 0.0)


@pytest.mark.parametrize("marks", [[1], [1, -1], [1, math.nan]])
def test_grade_attempt_rejects_bad_marks(marks):
    with pytest.raises(ValueError):
        grade_attempt([single(), single()], [0, 0], marks=marks)


# --- shuffles -------------------------------------------------------------------------------------------


def test_choice_order_is_a_reproducible_permutation():
    assert choice_order(10, seed=7) == choice_order(10, seed=7)
    assert sorted(choice_order(10, seed=7)) == list(range(10))
    assert len({tuple(choice_order(10, seed=s)) for s in range(20)}) > 1
    assert choice_order(0, seed=1) == []


def test_draw_is_reproducible_distinct_and_independent_of_pool_order():
    ids = list(range(100, 150))
    picked = draw(ids, 10, seed=3)
    assert len(picked) == len(set(picked)) == 10
    assert set(picked) <= set(ids)
    assert draw(list(reversed(ids)), 10, seed=3) == picked
    assert draw(ids, 10, seed=4) != picked


def test_draw_with_small_pool_or_duplicates():
    assert sorted(draw([5, 5, 6], 10, seed=1)) == [5, 6]
    assert draw([1, 2], 0, seed=1) == []


# --- public view ----------------------------------------------------------------------------------------


def distinctive(question: Question) -> Question:
    """Give every answer a unique feedback and an odd fraction, so a leak would be easy to spot."""
    for i, answer in enumerate(question.answers):
        answer.feedback = f"RAHASIA-FEEDBACK-{i}"
        answer.fraction = [0.777, -0.333, 0.1111, 0.4444][i % 4]
    question.general_feedback = "RAHASIA-GENERAL"
    return question


@pytest.mark.parametrize("builder", ALL_BUILDERS)
def test_public_view_does_not_leak_grading_data(builder):
    question = distinctive(builder())
    view = public_view(question)
    blob = json.dumps(view)
    assert "RAHASIA" not in blob
    for fraction in ("0.777", "0.333", "0.1111", "0.4444", "fraction", "feedback", "tolerance"):
        assert fraction not in blob
    assert set(view) <= {"type", "text", "text_format", "answers", "left", "options"}
    assert view["type"] == question.type and view["text"] == question.text


def test_public_view_numerical_hides_value_and_tolerance():
    question = Question(type="numerical", text="Berapa?", answers=[Answer("41.5:0.25", 1, value=41.5, tolerance=0.25)])
    view = public_view(question)
    assert view == {"type": "numerical", "text": "Berapa?", "text_format": "html"}


def test_public_view_choices_keep_indexes():
    assert public_view(single())["answers"] == ["129", "112", "110"]
    assert public_view(truefalse())["answers"] == ["true", "false"]


def test_public_view_matching_options_include_distractors_and_hide_order():
    view = public_view(matching())
    assert view["left"] == [
        {"index": 0, "text": "SAPA"},
        {"index": 1, "text": "Polisi"},
        {"index": 2, "text": "Darurat"},
    ]
    assert view["options"] == ["110", "112", "129", "911"]  # sorted, not in pair order
    shuffled = public_view(matching(), seed=5)["options"]
    assert sorted(shuffled) == view["options"]
    assert public_view(matching(), seed=5)["options"] == shuffled
