"""GIFT import against externally written fixtures in tests/assessments/interop/gift.

- gift-pegjs/: 51 files, each with gift-pegjs's expected parse tree as JSON. Their model is mapped to ours
  (see `expected_view`); texts are compared after collapsing whitespace, because gift-pegjs joins the lines
  of a moodle-format text with spaces and writes "_____ ." where Moodle (and Pelita) keep the newline and
  write "_____.". The files where that normalisation is needed are listed in STRICT_DEVIATIONS.
- moodle/: Moodle's own fixtures with the expectations of giftformat_test.php (see the README there).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assessments.gift import category_name, parse_gift
from assessments.questions import Question

FIXTURES = Path(__file__).resolve().parent / "interop" / "gift"  # licences: interop/README.md
PEGJS = FIXTURES / "gift-pegjs"
MOODLE = FIXTURES / "moodle"
PEGJS_FILES = sorted(p.name for p in PEGJS.glob("*.gift"))

# A question appended to every corpus file, so that the category in force at the end (e.g. in
# category1.gift, which holds only a $CATEGORY line) is observable on a question.
SENTINEL = "\n\n::sentinel::Sentinel?{T}\n"

# Files whose texts differ from gift-pegjs's only in whitespace (see module docstring).
STRICT_DEVIATIONS = {
    "giftFormatPhpExamples.gift": "multi-line stem/feedback keeps its newline; '_____.' not '_____ .'",
    "multiLineFeedback1.gift": "multi-line feedback and general feedback keep their newlines",
    "numerical1.gift": "'_____.' not '_____ .' (Moodle replaces the braces only)",
    "options1.gift": "multi-line stems/feedback keep their newlines; '_____.' not '_____ .'",
    "shortAnswer1.gift": "'_____.' not '_____ .'",
    "symbolsAll.gift": "multi-line stem keeps its newline",
    "escapeAll.gift": "multi-line feedback keeps its newline",
}

def normalise(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"_____ ([.,;:!?])", r"_____\1", text)


def _text(node: dict | None) -> str:
    return node["text"] if node else ""


def _fraction(choice: dict) -> float:
    if choice.get("weight") is not None:
        return round(choice["weight"] / 100, 7)
    return 1.0 if choice["isCorrect"] else 0.0


def _numeric(spec: dict, fraction: float, feedback: str) -> dict:
    if "format" in spec:  # gift-pegjs's form of Moodle's "*" (any other answer)
        return {"text": "*", "fraction": fraction, "feedback": feedback}
    kind = spec["type"]
    if kind == "high-low":
        return {"fraction": fraction, "feedback": feedback, "min": spec["numberLow"], "max": spec["numberHigh"]}
    tolerance = spec["range"] if kind == "range" else 0
    return {"fraction": fraction, "feedback": feedback, "value": spec["number"], "tolerance": tolerance}


def _expected_answers(item: dict) -> list[dict]:
    kind = item["type"]
    if kind == "TF":
        # gift-pegjs names the first "#" text trueFeedback and the second falseFeedback; Moodle gives the
        # first to the wrong choice and the second to the right one (split_truefalse_comment).
        wrong, right = _text(item["trueFeedback"]), _text(item["falseFeedback"])
        correct = item["isTrue"]
        return [{"text": "true", "fraction": 1.0 if correct else 0.0, "feedback": right if correct else wrong},
                {"text": "false", "fraction": 0.0 if correct else 1.0, "feedback": wrong if correct else right}]
    if kind == "Numerical":
        choices = item["choices"]
        if isinstance(choices, dict):
            return [_numeric(choices, 1.0, "")]
        return [_numeric(c["text"], _fraction(c), _text(c["feedback"])) for c in choices]
    return [{"text": _text(c["text"]), "fraction": _fraction(c), "feedback": _text(c["feedback"])}
            for c in item["choices"]]


PEGJS_TYPES = {"Short": "short", "TF": "truefalse", "Numerical": "numerical", "Matching": "matching"}


def expected_view(item: dict, category: str) -> dict:
    """gift-pegjs's model → the fields Pelita's Question carries."""
    if item["type"] in ("Essay", "Description"):
        return {"unsupported": item["title"] or ""}
    if item["type"] == "MC":
        kind = "single" if any(c["isCorrect"] for c in item["choices"]) else "multiple"
    else:
        kind = PEGJS_TYPES[item["type"]]
    view = {"type": kind, "title": item["title"] or "", "text": item["stem"]["text"],
            "format": item["stem"]["format"], "category": category,
            "general_feedback": _text(item.get("globalFeedback")),
            "idnumber": item.get("id") or "", "tags": item.get("tags") or []}
    if kind == "matching":
        view["pairs"] = [(p["subquestion"]["text"], p["subanswer"]) for p in item["matchPairs"]]
    else:
        view["answers"] = _expected_answers(item)
    return view


def actual_view(question: Question) -> dict:
    view = {"type": question.type, "title": question.title, "text": question.text,
            "format": question.text_format, "category": question.category,
            "general_feedback": question.general_feedback, "idnumber": question.idnumber, "tags": question.tags}
    if question.type == "matching":
        view["pairs"] = [(p.question, p.answer) for p in question.pairs]
        return view
    answers = []
    for a in question.answers:
        entry = {"fraction": a.fraction, "feedback": a.feedback}
        if question.type != "numerical" or a.text == "*":
            entry["text"] = a.text
        for key in ("value", "tolerance", "min", "max"):
            if getattr(a, key) is not None:
                entry[key] = getattr(a, key)
        answers.append(entry)
    view["answers"] = answers
    return view


def _normalise_view(view: dict) -> dict:
    def walk(value):
        if isinstance(value, str):
            return normalise(value)
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [walk(v) for v in value]
        return value
    return walk(view)


def views_for(name: str) -> tuple[list[dict], list[dict]]:
    """(expected, actual) item views for one corpus file, in file order."""
    expected, category = [], ""
    for item in json.loads((PEGJS / name.replace(".gift", ".json")).read_text(encoding="utf-8")):
        if item["type"] == "Category":
            category = category_name(item["title"])  # Pelita drops Moodle's "$course$/top/" prefix
        else:
            expected.append(expected_view(item, category))
    expected.append({"type": "truefalse", "title": "sentinel", "text": "Sentinel?", "format": "moodle",
                     "category": category, "general_feedback": "", "idnumber": "", "tags": [],
                     "answers": [{"text": "true", "fraction": 1.0, "feedback": ""},
                                 {"text": "false", "fraction": 0.0, "feedback": ""}]})
    result = parse_gift((PEGJS / name).read_text(encoding="utf-8") + SENTINEL)
    assert not result.errors, [str(p) for p in result.errors]
    items = [(q.line, actual_view(q)) for q in result.questions]
    items += [(p.line, {"unsupported": p.title}) for p in result.unsupported]
    return expected, [view for _, view in sorted(items, key=lambda pair: pair[0])]


@pytest.mark.parametrize("name", PEGJS_FILES)
def test_pegjs_file_matches_expected_parse(name):
    expected, actual = views_for(name)
    assert [_normalise_view(v) for v in actual] == [_normalise_view(v) for v in expected]


def test_pegjs_corpus_is_complete_and_strict_deviations_are_known():
    assert len(PEGJS_FILES) == 51
    strict_mismatches = set()
    for name in PEGJS_FILES:
        expected, actual = views_for(name)
        if expected != actual:
            strict_mismatches.add(name)
    assert strict_mismatches == set(STRICT_DEVIATIONS)


# ------------------------------------------------------------------------------------ Moodle fixtures


def _moodle(name: str):
    return parse_gift((MOODLE / name).read_text(encoding="utf-8"))


def _answers(question: Question) -> list[tuple]:
    return [(a.text, a.fraction, a.feedback) for a in question.answers]


def test_moodle_questions_file_gives_eight_questions_and_the_essay_as_unsupported():
    result = _moodle("questions.gift.txt")
    assert [q.type for q in result.questions] == [
        "matching", "single", "multiple", "numerical", "short", "truefalse", "truefalse", "truefalse"]
    assert [(p.kind, p.title, p.line) for p in result.problems] == [("unsupported", "Q8", 2)]
    assert "esai" in result.problems[0].message
    match, mc, multi, numerical, short, tf, tf_t, tf_true = result.questions
    assert match.text_format == "html" and match.text == "Match the <b>activity</b> to the description."
    assert [p.answer for p in match.pairs] == ["Forum", "Choice", "Database", "Wiki", "Chat"]
    assert match.pairs[4].question == ""
    assert _answers(mc) == [("yellow", 1.0, "right; good!"), ("red", 0.0, "wrong, it's yellow"),
                            ("blue", 0.0, "wrong, it's yellow")]
    assert [a.fraction for a in multi.answers] == [0.5, -1.0, 0.5, -1.0]
    assert [(a.text, a.fraction, a.value, a.tolerance) for a in numerical.answers] == [
        ("3", 1.0, 3.0, 2.0), ("*", 0.0, None, None)]
    assert numerical.answers[1].feedback == "Completely wrong"
    # Moodle keeps the stray '";' after the braces, so the braces became a blank.
    assert numerical.text == 'What is a number from 1 to 5? _____";'
    assert _answers(short) == [("Frog", 1.0, "Good!"), ("Cat", 0.5, "What is it with Moodlers and cats?"),
                               ("*", 0.0, "Completely wrong")]
    assert tf.general_feedback == "This is, of course, a Hitchiker's Guide to the Galaxy reference."
    assert [a.fraction for a in tf.answers] == [0.0, 1.0]
    assert [a.fraction for a in tf_t.answers] == [1.0, 0.0] == [a.fraction for a in tf_true.answers]
    assert [q.line for q in result.questions] == [5, 14, 22, 31, 34, 41, 46, 49]


def test_moodle_questions_in_category():
    result = _moodle("questions_in_category.gift.txt")
    assert not result.problems
    assert [(q.type, q.title) for q in result.questions] == [
        ("matching", "Moodle activities"), ("single", "Greeting"), ("short", "Moodle user"),
        ("truefalse", "Moodle acronym")]
    assert {q.category for q in result.questions} == {"Default for New Features"}
    match, greeting, user, acronym = result.questions
    assert len(match.pairs) == 5 and match.pairs[4].question == "" and match.pairs[4].answer == "Chat"
    assert greeting.text.startswith('<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">'
                                    "Listen to this greeting:</a>")
    assert [a.fraction for a in greeting.answers] == [0.0, 1.0, 0.0, 0.0]
    assert _answers(user) == [("Moodler", 1.0, "")]
    assert '<span style="font-style: italic;">' in acronym.text
    assert [a.fraction for a in acronym.answers] == [1.0, 0.0]


def test_moodle_inline_multichoice_multi_tricky():
    (question,) = _moodle("inline_multichoice_multi_tricky.gift").questions
    assert question.type == "multiple"
    assert _answers(question) == [("yellow", 1.0, "right; good!"), ("red", -0.5, "wrong"), ("blue", -0.5, "wrong")]


def test_moodle_inline_shortanswer_general_feedback():
    (question,) = _moodle("inline_shortanswer_general_feedback.gift").questions
    assert question.type == "short"
    assert [a.text for a in question.answers] == ["Frog", "Cat", "*"]
    assert [a.fraction for a in question.answers] == [1.0, 0.5, 0.0]
    assert [a.feedback for a in question.answers] == [
        "Good!", "What is it with Moodlers and cats?", "Completely wrong"]
    assert question.general_feedback == "Here is some general feedback!"


def test_moodle_inline_truefalse():
    (question,) = _moodle("inline_truefalse.gift").questions
    true, false = question.answers
    assert (true.text, true.fraction, true.feedback) == ("true", 0.0, "42 is the Ultimate Answer.")
    assert (false.text, false.fraction, false.feedback) == ("false", 1.0, "You gave the right answer.")


@pytest.mark.parametrize("name, title, line", [
    ("inline_backslash.gift", "double backslash", 2),
    ("inline_pre_content.gift", "Q001", 1),
    ("inline_tags_idnumber.gift", "Question name", 3),
])
def test_moodle_inline_essays_are_reported_unsupported(name, title, line):
    result = _moodle(name)
    assert result.questions == [] and result.is_valid
    assert [(p.kind, p.title, p.line) for p in result.problems] == [("unsupported", title, line)]


def test_moodle_inline_backslash_pre_content_and_tags_as_gradable_questions():
    """The same inputs with an answer added: the escapes, newlines, tags and idnumber come through."""
    backslash = (MOODLE / "inline_backslash.gift").read_text().replace("C{}", "C{T}")
    assert parse_gift(backslash).questions[0].text == "A \\ B \\\\ C"
    pre = (MOODLE / "inline_pre_content.gift").read_text().replace("{}", "{T}")
    (question,) = parse_gift(pre).questions
    assert question.text_format == "html"
    assert question.text == ("<p>What would running the test method print?</p>\n<pre>\n"
                             "    public void test() {\n        method1();\n        method2();\n"
                             "        method3();\n    }\n</pre>")
    tags = (MOODLE / "inline_tags_idnumber.gift").read_text().replace("{}", "{T}")
    (question,) = parse_gift(tags).questions
    assert (question.tags, question.idnumber) == (["tag", "other-tag"], "myid")
