"""GIFT import/export rules (Moodle's qformat_gift), one behaviour per test. No database needed."""
from __future__ import annotations

import pytest

from assessments.gift import parse_gift
from assessments.gift_export import export_gift
from assessments.questions import Answer, Pair, Question


def one(text: str, **kwargs) -> Question:
    result = parse_gift(text, **kwargs)
    assert not result.problems, [str(p) for p in result.problems]
    (question,) = result.questions
    return question


def problem(text: str):
    result = parse_gift(text)
    assert result.questions == []
    (found,) = result.problems
    return found


# --------------------------------------------------------------------------------------------- import


def test_single_choice_with_title_feedback_and_line():
    q = one("\n// comment\n::Warna::Warna langit? {\n  =biru # benar\n  ~merah#salah\n}")
    assert (q.type, q.title, q.text, q.text_format, q.line) == ("single", "Warna", "Warna langit?", "moodle", 3)
    assert [(a.text, a.fraction, a.feedback) for a in q.answers] == [("biru", 1.0, "benar"), ("merah", 0.0, "salah")]


def test_missing_word_puts_a_blank_where_the_braces_were():
    q = one("Anak berhak atas {~hiburan =perlindungan} dari kekerasan.")
    assert q.text == "Anak berhak atas _____ dari kekerasan."
    assert q.type == "single"


def test_multiple_response_needs_positive_weights_adding_up_to_100():
    q = one("Pilih dua: {~%50%a ~%50%b ~%-100%c}")
    assert q.type == "multiple"
    assert [a.fraction for a in q.answers] == [0.5, 0.5, -1.0]
    assert one("Tiga: {~%33.33333%a ~%33.33333%b ~%33.33333%c ~d}").type == "multiple"
    bad = problem("Pilih: {~%50%a ~%20%b ~c}")
    assert bad.kind == "error" and "70%" in bad.message


def test_escapes_and_double_backslash():
    q = one(r"Tanda \= \~ \# \{ \} \: dan \\ garis\nbaru {T}")
    assert q.text == "Tanda = ~ # { } : dan \\ garis\nbaru"


def test_formats_and_general_feedback_format_marker_is_dropped():
    q = one("[html]<p>Soal</p>{=<b>a</b> ~[plain]b ####[html]<i>umpan balik</i>}")
    assert q.text_format == "html" and q.text == "<p>Soal</p>"
    assert [a.text for a in q.answers] == ["<b>a</b>", "b"]
    assert q.general_feedback == "<i>umpan balik</i>"
    assert one("[markdown]**Soal**{T}").text_format == "markdown"
    assert one("[plain]Soal{T}").text_format == "plain"
    assert one("[unknown]Soal{T}").text == "[unknown]Soal"


@pytest.mark.parametrize("mark, correct", [("T", True), ("TRUE", True), ("F", False), ("FALSE", False)])
def test_truefalse_forms(mark, correct):
    q = one(f"Bumi bulat.{{{mark}}}")
    assert q.type == "truefalse"
    assert [(a.text, a.fraction) for a in q.answers] == [("true", float(correct)), ("false", float(not correct))]


def test_truefalse_feedback_first_for_wrong_answer_second_for_right_answer():
    q = one("Bumi datar.{FALSE#Salah, bumi bulat.#Betul!}")
    true, false = q.answers
    assert (true.fraction, true.feedback) == (0.0, "Salah, bumi bulat.")
    assert (false.fraction, false.feedback) == (1.0, "Betul!")
    q = one("Bumi bulat.{TRUE#Salah.#Betul!}")
    assert [(a.text, a.feedback) for a in q.answers] == [("true", "Betul!"), ("false", "Salah.")]


def test_short_answer_with_weights():
    q = one("Ibu kota Indonesia? {=Jakarta =%50%Nusantara#hampir}")
    assert q.type == "short"
    assert [(a.text, a.fraction, a.feedback) for a in q.answers] == [("Jakarta", 1.0, ""), ("Nusantara", 0.5, "hampir")]
    assert one("Satu dalam kata? {satu}").answers == [Answer("satu", 1.0)]


def test_numerical_forms():
    q = one("Berapa? {#3:2}")
    assert (q.type, q.answers) == ("numerical", [Answer("3", 1.0, value=3.0, tolerance=2.0)])
    assert one("Berapa? {#1..5}").answers == [Answer("1..5", 1.0, min=1.0, max=5.0)]
    assert one("Berapa? {#-1}").answers == [Answer("-1", 1.0, value=-1.0, tolerance=0.0)]
    q = one("Tahun? {# =%100%1945:0#tepat =%50%1945:2#dekat ~#jauh}")
    assert [(a.text, a.fraction, a.feedback, a.tolerance) for a in q.answers] == [
        ("1945", 1.0, "tepat", 0.0), ("1945", 0.5, "dekat", 2.0), ("*", 0.0, "jauh", None)]


def test_matching_with_distractor():
    q = one("Pasangkan. {=Satu -> 1 =Dua -> 2 = -> 3}")
    assert q.type == "matching"
    assert q.pairs == [Pair("Satu", "1"), Pair("Dua", "2"), Pair("", "3")]


def test_comments_give_tags_and_idnumber():
    q = one("// [tag:  dasar] [id:  no-4  ] [tag:anak]\n// [tag:t\\]ag]\nSoal {T}")
    assert q.idnumber == "no-4"
    assert q.tags == ["dasar", "anak", "t]ag"]


def test_categories_apply_to_following_questions():
    result = parse_gift("A {T}\n\n$CATEGORY: $course$/Perlindungan Anak\n\nB {T}\n\n"
                        "$CATEGORY: Lain\nC {T}", default_category="Umum")
    assert [(q.text, q.category, q.line) for q in result.questions] == [
        ("A", "Umum", 1), ("B", "Perlindungan Anak", 5), ("C", "Lain", 8)]


def test_crlf_and_bom_are_accepted():
    q = one("\ufeff::T::Soal\r\n{\r\n=a\r\n~b\r\n}\r\n")
    assert [a.text for a in q.answers] == ["a", "b"]


# ------------------------------------------------------------------------------------------- problems


@pytest.mark.parametrize("text, words", [
    ("Soal {=a ~b", "tidak ditutup"),
    ("Soal =a ~b}", "tanpa pembuka"),
    ("Soal } a {", "sebelum"),
    ("Soal {=a ~b} lalu {=c ~d}", "lebih dari satu"),
    ("Soal {~a}", "minimal 2 pilihan"),
    ("Soal {~a ~b}", "0%"),
    ("Soal {=a ~}", "kosong"),
    ("Pasangkan {=a -> 1}", "minimal 2 pasangan"),
    ("Pasangkan {=a -> 1 =b -> 2 =c}", "soal -> jawaban"),
    ("Berapa {#abc}", "bukan angka"),
    ("Berapa {#5..1}", "batas bawah"),
    ("Berapa {#3:-1}", "negatif"),
    ("Berapa {#}", "tanpa jawaban"),
    ("Isian {=%50%a}", "100%"),
    ("Pilih {~%150%a ~b}", "rentang"),
    ("::Judul::{=a ~b}", "teks soal kosong"),
])
def test_malformed_questions_are_errors_with_indonesian_reason(text, words):
    found = problem("\n\n// komentar\n" + text)
    assert found.kind == "error" and found.line == 4
    assert words in found.message


def test_unsupported_types_are_reported_never_dropped():
    result = parse_gift("::Esai::Ceritakan. {}\n\n::Info::Bacalah teks berikut.\n\nLanjut {T}")
    assert [q.text for q in result.questions] == ["Lanjut"]
    assert result.is_valid
    assert [(p.kind, p.title, p.line) for p in result.unsupported] == [("unsupported", "Esai", 1),
                                                                        ("unsupported", "Info", 3)]
    assert "esai" in result.problems[0].message and "deskripsi" in result.problems[1].message


def test_a_bad_question_does_not_stop_the_rest():
    result = parse_gift("A {=a ~b}\n\nB {=a\n\nC {T}")
    assert [q.text for q in result.questions] == ["A", "C"]
    assert [(p.kind, p.line) for p in result.problems] == [("error", 3)]


# --------------------------------------------------------------------------------------------- export


def test_export_follows_moodle_conventions():
    questions = [
        Question(type="single", title="Q", text='<div class="frog">a\\b</div>', text_format="html",
                 answers=[Answer("yellow", 1.0, "right; good!"), Answer("red", -0.5, "wrong")]),
        Question(type="numerical", title="Q5", text="What is a number from 1 to 5?",
                 answers=[Answer("3", 1.0, value=3.0, tolerance=2.0), Answer("*", 0.0, "Completely wrong")]),
    ]
    text = export_gift(questions)
    assert '::Q::[html]<div class\\="frog">a\\\\b</div>{\n\t=yellow#right; good!\n\t~%-50%red#wrong\n}\n' in text
    assert "What is a number from 1 to 5?{#\n\t=%100%3:2#\n\t~#Completely wrong\n}\n" in text
    assert [q.text for q in parse_gift(text).questions] == [q.text for q in questions]


def test_export_writes_category_lines_only_when_the_category_changes():
    qs = [Question(type="truefalse", text=t, category=c, text_format="moodle",
                   answers=[Answer("true", 1.0), Answer("false", 0.0)])
          for t, c in [("A", "X"), ("B", "X"), ("C", "Y")]]
    text = export_gift(qs)
    assert text.count("$CATEGORY:") == 2
    assert [(q.text, q.category) for q in parse_gift(text).questions] == [("A", "X"), ("B", "X"), ("C", "Y")]


def test_export_keeps_single_choice_with_only_right_answers_a_choice_question():
    q = Question(type="single", text="Semua benar", text_format="moodle",
                 answers=[Answer("a", 1.0), Answer("b", 1.0)])
    assert one(export_gift([q])).type == "single"


def test_export_tags_idnumber_and_texts_that_look_like_markers():
    q = Question(type="single", text="//bukan komentar", text_format="moodle", idnumber="id]1", tags=["a b", "c"],
                 answers=[Answer("[html] teks", 1.0, "[plain]"), Answer("%50% bukan bobot", 0.0)])
    parsed = one(export_gift([q]))
    parsed.line = 0
    assert parsed == q
