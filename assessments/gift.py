r"""GIFT import, following Moodle's `qformat_gift` (question/format/gift/format.php); export is gift_export.py.

Pure standard-library code: it turns GIFT text into the plain `Question` values of `assessments.questions`.
The rules are Moodle's, so a file that imports into Moodle imports the same way here:

- questions are separated by blank lines; lines starting with `//` are comments, and `[id:...]` /
  `[tag:...]` inside those comments become the idnumber and tags;
- `::title::` names a question, `[html]` `[markdown]` `[plain]` `[moodle]` give a text's format
  (default "moodle", as in Moodle);
- `\\` `\:` `\#` `\=` `\{` `\}` `\~` escape characters and `\n` is a newline;
- the first `{ ... }` holds the answers; when text follows it, the braces become `_____` (missing word);
- the type is found the way Moodle finds it: `{}` essay, `{#...}` numerical, any `~` multiple choice,
  `=` with `->` matching, `T`/`TRUE`/`F`/`FALSE` true/false, anything else short answer.

Where Pelita differs from Moodle, it is stricter, never silently different: essays and descriptions are
reported as unsupported, questions that Moodle would import but Pelita could not grade (no 100% answer,
multiple-response weights not adding up to 100%, stray braces, bad numbers) are reported as errors.
`$CATEGORY:` may also be followed directly by a question in the same block (Moodle would swallow the
question into the category name). Answer-level format markers (`=[html]...`) are accepted and dropped:
Pelita answers are shown in the question's format.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .questions import FORMATS, Answer, Pair, ParseResult, Problem, Question

BLANK = "_____"
DEFAULT_FORMAT = "moodle"

# Escaped control characters are swapped for private-use placeholders before parsing (Moodle does the
# same with "&&058;" etc.) so that the splitting on = ~ # { } : never sees them.
_PLACEHOLDERS = {":": "\ue03a", "#": "\ue023", "=": "\ue03d", "{": "\ue07b", "}": "\ue07d", "~": "\ue07e",
                 "n": "\ue00a", "\\": "\\"}
_ESCAPE_RE = re.compile(r"\\([\\:#={}~n])")
_RESTORE = str.maketrans({v: ("\n" if k == "n" else k) for k, v in _PLACEHOLDERS.items() if k != "\\"})

# Moodle: '/^%\-*([0-9]{1,2})\.?([0-9]*)%/' (a single minus here: "--50" is not a number).
WEIGHT_RE = re.compile(r"%(-?[0-9]{1,2}\.?[0-9]*)%")
_NUMBER_RE = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_ID_RE = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f\x7f])+)\]")
_TAG_RE = re.compile(r"\[tag:((?:\\\]|[^\]<>\x00-\x1f\x7f])+)\]")
_CONTEXT_RE = re.compile(r"^\$[a-z]+\$/?")
_TOP_RE = re.compile(r"^top(?:/|$)")
_TRUEFALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}


class _Invalid(Exception):
    """A question Pelita cannot import; the message (Indonesian) goes into a Problem."""


# --------------------------------------------------------------------------------------------- import


def parse_gift(text: str, *, default_category: str = "") -> ParseResult:
    """Parse GIFT text into questions plus the problems (errors, unsupported types) found on the way."""
    result = ParseResult()
    category = default_category
    first_line_of: dict[str, int] = {}
    for comments, content in _blocks(text):
        if content and content[0][1].lstrip().startswith("$CATEGORY:"):
            path = _restore(_protect(content[0][1].lstrip()[len("$CATEGORY:"):])).strip()
            category = category_name(path) or default_category
            content = content[1:]
        if not content:
            continue
        item = _read_question(comments, content, category)
        (result.questions if isinstance(item, Question) else result.problems).append(item)
        if isinstance(item, Question) and item.idnumber:
            if item.idnumber in first_line_of:
                result.problems.append(Problem(
                    item.line, f"ID soal \"{item.idnumber}\" sudah dipakai soal di baris "
                    f"{first_line_of[item.idnumber]}; keduanya tetap diimpor", kind="warning", title=item.title))
            else:
                first_line_of[item.idnumber] = item.line
    return result


def category_name(path: str) -> str:
    """A Moodle category path without its context prefix: "$course$/top/Default for PRL/Hukum" is
    "Default for PRL/Hukum" (Moodle writes "$course$", "$system$", "$module$"... and "top" for the root)."""
    path = _CONTEXT_RE.sub("", path.strip())
    return _TOP_RE.sub("", path).strip()


def _blocks(text: str) -> Iterator[tuple[list[str], list[tuple[int, str]]]]:
    """Yield (comment lines, [(line number, line)]) for each blank-line separated block."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    comments: list[str] = []
    content: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            if content or comments:
                yield comments, content
            comments, content = [], []
        elif stripped.startswith("//"):
            comments.append(stripped)
        else:
            content.append((number, line))
    if content or comments:
        yield comments, content


def _read_question(comments: list[str], content: list[tuple[int, str]], category: str) -> Question | Problem:
    line = content[0][0]
    text = _protect("\n".join(raw for _, raw in content).strip())
    title, text = _split_title(text)
    try:
        question = _parse_body(text, title)
    except _Invalid as invalid:
        return Problem(line=line, message=str(invalid), kind="error", title=title)
    if isinstance(question, Problem):
        question.line = line
        return question
    question.category, question.line = category, line
    question.idnumber, question.tags = _idnumber_and_tags("\n".join(comments))
    return question


def _split_title(text: str) -> tuple[str, str]:
    if not text.startswith("::"):
        return "", text
    text = text[2:]  # Moodle drops the "::" even when the title is never closed
    end = text.find("::")
    if end < 0:
        return "", text
    return _restore(text[:end]).strip(), text[end + 2:].strip()


def _parse_body(text: str, title: str) -> Question | Problem:
    """Everything after the title: find the answer block, the stem and the question type."""
    start, finish = text.find("{"), text.find("}")
    if start < 0 and finish < 0:
        return Problem(0, "deskripsi (teks tanpa jawaban) tidak didukung Pelita; soal dilewati",
                       kind="unsupported", title=title)
    if start < 0:
        raise _Invalid("kurung kurawal } tanpa pembuka {")
    if finish < 0:
        raise _Invalid("kurung kurawal { tidak ditutup")
    if finish < start:
        raise _Invalid("kurung kurawal } muncul sebelum {")
    answers = text[start + 1:finish].strip()
    if "{" in answers or "{" in text[finish + 1:] or "}" in text[finish + 1:]:
        raise _Invalid("lebih dari satu blok jawaban { }; tulis \\{ dan \\} untuk kurung kurawal biasa")
    # Answers at the very end are removed; answers inside the text leave a blank (missing word).
    stem = text[:start] if text.endswith("}") else text[:start] + BLANK + text[finish + 1:]
    general = ""
    separator = answers.rfind("####")
    if separator >= 0:
        general, answers = answers[separator + 4:], answers[:separator].strip()
    fmt, stem = _split_format(stem, DEFAULT_FORMAT)
    general = _split_format(general, fmt)[1]
    if not answers:
        return Problem(0, "jenis soal esai tidak didukung Pelita; soal dilewati", kind="unsupported", title=title)
    if not stem:
        raise _Invalid("teks soal kosong")
    question = Question(type="", title=title, text=stem, text_format=fmt, general_feedback=general)
    _fill_answers(question, answers, fmt)
    return question


def _fill_answers(question: Question, answers: str, fmt: str) -> None:
    """Moodle's type detection order, then the type's own parser."""
    if answers.startswith("#"):
        question.type, question.answers = "numerical", _numerical(answers[1:], fmt)
    elif "~" in answers:
        question.type, question.answers = _multichoice(answers, fmt)
    elif "=" in answers and "->" in answers:
        question.type, question.pairs = "matching", _matching(answers, fmt)
    elif answers.split("#", 1)[0].strip() in _TRUEFALSE:
        question.type, question.answers = "truefalse", _truefalse(answers, fmt)
    else:
        question.type, question.answers = "short", _short(answers, fmt)


def _multichoice(answers: str, fmt: str) -> tuple[str, list[Answer]]:
    # Moodle: an "=" anywhere makes it single choice; every "=" starts a full-credit answer.
    single = "=" in answers
    result = []
    for part in _split_parts(answers.replace("=", "~="), "~"):
        if part.startswith("="):
            fraction, part = 1.0, part[1:]
        else:
            fraction, part = _take_weight(part, default=0.0)
        text, feedback = _split_feedback(part, fmt)
        if not text:
            raise _Invalid("pilihan jawaban kosong")
        result.append(Answer(text=text, fraction=fraction, feedback=feedback))
    if len(result) < 2:
        raise _Invalid("soal pilihan ganda memerlukan minimal 2 pilihan jawaban")
    if single:
        return "single", result
    total = sum(a.fraction for a in result if a.fraction > 0)
    # Moodle's question form rounds the sum to 2 decimals (so 3 × 33.33333% is accepted).
    if round(total, 2) != 1:
        raise _Invalid(f"bobot jawaban benar berjumlah {format_number(round(total * 100, 5))}%, "
                       "seharusnya 100%")
    return "multiple", result


def _matching(answers: str, fmt: str) -> list[Pair]:
    pairs = []
    for part in _split_parts(answers, "="):
        if "->" not in part:
            raise _Invalid("pasangan menjodohkan harus ditulis '=soal -> jawaban'")
        left, right = part.split("->", 1)
        answer = _restore(right).strip()
        if not answer:
            raise _Invalid("jawaban pasangan menjodohkan kosong")
        pairs.append(Pair(question=_split_format(left.strip(), fmt)[1], answer=answer))
    if sum(1 for p in pairs if p.question) < 2:
        raise _Invalid("soal menjodohkan memerlukan minimal 2 pasangan (selain jawaban pengecoh)")
    return pairs


def _truefalse(answers: str, fmt: str) -> list[Answer]:
    # Moodle: {TRUE#feedback when answered wrongly#feedback when answered rightly}.
    bits = answers.split("#", 2) + ["", ""]
    correct = _TRUEFALSE[bits[0].strip()]
    wrong, right = _split_format(bits[1].strip(), fmt)[1], _split_format(bits[2].strip(), fmt)[1]
    return [Answer("true", 1.0 if correct else 0.0, right if correct else wrong),
            Answer("false", 0.0 if correct else 1.0, wrong if correct else right)]


def _short(answers: str, fmt: str) -> list[Answer]:
    result = []
    for part in _split_parts(answers, "="):
        fraction, part = _take_weight(part, default=1.0)
        text, feedback = _split_feedback(part, fmt)
        if not text:
            raise _Invalid("jawaban isian singkat kosong")
        result.append(Answer(text=text, fraction=fraction, feedback=feedback))
    _require_full_credit(result, "soal isian singkat")
    return result


def _numerical(answers: str, fmt: str) -> list[Answer]:
    # Moodle: everything from the first "~" on is the feedback for any other (wrong) answer.
    wrong = None
    if "~" in answers:
        answers, wrong = answers.split("~", 1)
    result = []
    for part in _split_parts(answers, "="):
        fraction, part = _take_weight(part, default=1.0)
        spec, feedback = _split_feedback(part, fmt)
        result.append(_numeric_answer(spec, fraction, feedback))
    if not result:
        raise _Invalid("soal numerik tanpa jawaban")
    if wrong is not None:
        result.append(Answer(text="*", fraction=0.0, feedback=_split_feedback(wrong, fmt)[1]))
    _require_full_credit(result, "soal numerik")
    return result


def _numeric_answer(spec: str, fraction: float, feedback: str) -> Answer:
    """`value`, `value:tolerance`, `min..max` or `*` (any other answer)."""
    if spec == "*":
        return Answer(text="*", fraction=fraction, feedback=feedback)
    if spec.find("..") > 0:
        low, high = (_number(s) for s in spec.split("..", 1))
        if low > high:
            raise _Invalid(f"rentang {spec} tidak valid: batas bawah lebih besar dari batas atas")
        text = f"{format_number(low)}..{format_number(high)}"
        return Answer(text=text, fraction=fraction, feedback=feedback, min=low, max=high)
    value_text, _, tolerance_text = spec.partition(":") if spec.find(":") > 0 else (spec, "", "0")
    value, tolerance = _number(value_text), _number(tolerance_text)
    if tolerance < 0:
        raise _Invalid(f"toleransi {tolerance_text.strip()} tidak boleh negatif")
    return Answer(text=format_number(value), fraction=fraction, feedback=feedback,
                  value=value, tolerance=tolerance)


def _number(text: str) -> float:
    text = text.strip()
    if not _NUMBER_RE.fullmatch(text):
        raise _Invalid(f"'{_restore(text)}' bukan angka")
    return float(text)


def _require_full_credit(answers: list[Answer], kind: str) -> None:
    if not any(a.fraction == 1.0 for a in answers):
        raise _Invalid(f"{kind} memerlukan minimal satu jawaban bernilai 100%")


# ------------------------------------------------------------------------------------ import helpers


def _protect(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: _PLACEHOLDERS[m.group(1)], text)


def _restore(text: str) -> str:
    return text.translate(_RESTORE)


def _split_parts(answers: str, marker: str) -> list[str]:
    """Moodle's explode(): the text before the first marker counts only when it is not blank."""
    parts = [p.strip() for p in answers.split(marker)]
    return parts[1:] if not parts[0] else parts


def _split_format(text: str, default: str) -> tuple[str, str]:
    """Leading `[html]` etc. → (format, text without it, unescaped and trimmed)."""
    if text.startswith("["):
        end = text.find("]")
        if end > 0 and text[1:end] in FORMATS:
            return text[1:end], _restore(text[end + 1:]).strip()
    return default, _restore(text).strip()


def _split_feedback(part: str, fmt: str) -> tuple[str, str]:
    text, _, feedback = part.partition("#")
    return _split_format(text.strip(), fmt)[1], _split_format(feedback.strip(), fmt)[1]


def _take_weight(part: str, *, default: float) -> tuple[float, str]:
    match = WEIGHT_RE.match(part)
    if not match:
        return default, part
    fraction = round(float(match.group(1)) / 100, 7)  # Moodle stores fractions with 7 decimals
    if not -1.0 <= fraction <= 1.0:
        raise _Invalid(f"bobot {match.group(0)} di luar rentang -100% sampai 100%")
    return fraction, part[match.end():]


def _idnumber_and_tags(comments: str) -> tuple[str, list[str]]:
    """Moodle's extract_idnumber_and_tags_from_comment(): first [id:...], every [tag:...]."""
    match = _ID_RE.search(comments)
    idnumber = match.group(1).strip().replace("\\]", "]") if match else ""
    tags = [m.group(1).strip().replace("\\]", "]") for m in _TAG_RE.finditer(comments)]
    return idnumber, [t for t in tags if t]


def format_number(value: float) -> str:
    """Shortest text that reads back as the same float ("3", not "3.0")."""
    value = float(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)
