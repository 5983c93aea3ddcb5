"""Aiken import/export (Moodle's qformat_aiken) incl. Moodle's own fixtures (tests/assessments/interop/aiken)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assessments.aiken import export_aiken, parse_aiken
from assessments.questions import Answer, Pair, Question

AIKEN = Path(__file__).resolve().parent / "interop" / "aiken" / "moodle"  # licence: interop/README.md


def fixture(name: str) -> str:
    return (AIKEN / name).read_text(encoding="utf-8")


def test_basic_question_with_both_option_styles():
    result = parse_aiken("Hak anak yang utama?\nA. Bermain\nB) Dilindungi\nANSWER: B\n", default_category="Umum")
    assert not result.problems
    (q,) = result.questions
    assert (q.type, q.text, q.text_format, q.category, q.line) == (
        "single", "Hak anak yang utama?", "plain", "Umum", 1)
    assert [(a.text, a.fraction) for a in q.answers] == [("Bermain", 0.0), ("Dilindungi", 1.0)]


@pytest.mark.parametrize("text, line, words", [
    ("Soal\nA) a\nB) b\nANSWER: C", 4, "tidak ada di antara pilihan"),
    ("Soal\nA) a\nB) b\nANSWER:", 4, "tidak ada di antara pilihan"),
    ("Soal\nA) a\nB) b\nanswer: B", 4, "belum selesai"),  # ANSWER must be uppercase
    ("Soal\nA) a\nB) b", 1, "tidak ditemukan"),
    ("Soal\nA) a\nANSWER: A", 3, "minimal 2 pilihan"),
    ("A) a\nANSWER: A", 1, "belum dimulai"),
])
def test_errors_have_indonesian_messages_and_line_numbers(text, line, words):
    result = parse_aiken(text)
    assert result.questions == []
    assert result.problems[0].line == line and result.problems[0].kind == "error"
    assert words in result.problems[0].message


def test_moodle_aiken_errors_file_gives_the_two_good_questions_and_four_errors():
    result = parse_aiken(fixture("aiken_errors.txt"))
    assert [(q.text, [a.text for a in q.answers], [a.fraction for a in q.answers]) for q in result.questions] == [
        ("A good question", ["Correct", "Incorrect"], [1.0, 0.0]),
        ("A second good question", ["Incorrect (No space)", "Correct (No space)"], [0.0, 1.0]),
    ]
    # Moodle: "...at least 2 answers on line 3", "not started on line 5", "... line 7",
    # "not completed before next question start on line 18".
    assert [(p.line, p.title) for p in result.problems] == [
        (3, "A question with too few answers"), (5, ""), (7, ""), (18, "A question started but not finished")]
    assert "minimal 2 pilihan" in result.problems[0].message
    assert all("belum dimulai" in p.message for p in result.problems[1:3])
    assert "belum selesai" in result.problems[3].message and "baris 14" in result.problems[3].message


def test_moodle_questions_file_keeps_html_in_the_stem_as_plain_text():
    result = parse_aiken(fixture("questions.aiken.txt"))
    assert not result.problems
    first, second = result.questions
    assert first.text == "The Moodle project was started by:"
    assert [a.text for a in first.answers] == ["Petr Skoda", "Martin Dougiamas", "Eloy Lafuente", "Tim Hunt"]
    assert [a.fraction for a in first.answers] == [0.0, 1.0, 0.0, 0.0]
    assert second.text == 'Moodle\'s abilities include handling user input that includes <html class="cool"> & images:'
    assert second.text_format == "plain"
    assert [(a.text, a.fraction) for a in second.answers] == [("True", 1.0), ("False", 0.0)]


def test_export_writes_only_single_choice_like_moodle():
    numbers = [Answer(t, 0.0) for t in ("One", "Two", "Three", "Four")]
    questions = [
        Question(type="short", title="sa", text="Name an amphibian", answers=[Answer("frog", 1.0)]),
        Question(type="numerical", title="num", text="What is 2+2?",
                 answers=[Answer("4", 1.0, value=4.0, tolerance=0.0)]),
        Question(type="single", title="one_of_four", text="<p>Which is the</p>\n<p>oddest number?</p>",
                 text_format="html", answers=[Answer("One", 1.0)] + numbers[1:]),
        Question(type="multiple", title="two_of_four", text="<p>Which are odd?</p>", text_format="html",
                 answers=[Answer("One", 0.5), Answer("Two", 0.0), Answer("Three", 0.5), Answer("Four", 0.0)]),
        Question(type="matching", title="m", text="Match", pairs=[Pair("a", "1"), Pair("b", "2")]),
    ]
    text, problems = export_aiken(questions)
    assert text == fixture("export_expected_one_of_four.aiken.txt")
    assert [p.title for p in problems] == ["sa", "num", "two_of_four", "m"]
    assert all("tidak dapat diekspor ke Aiken" in p.message for p in problems)


def test_export_refuses_partial_credit_and_stems_that_read_as_options():
    partial = Question(type="single", text="Soal", answers=[Answer("a", 1.0), Answer("b", 0.5)])
    option_like = Question(type="single", text="A) Soal", answers=[Answer("a", 1.0), Answer("b", 0.0)])
    text, problems = export_aiken([partial, option_like])
    assert text == "" and len(problems) == 2


def test_round_trip_of_the_fixture_questions():
    source = "Siapa pelindung anak?\nA) Keluarga\nB) Negara\nC) Semua benar\nANSWER: C\n\n"
    assert export_aiken(parse_aiken(source).questions) == (source, [])
