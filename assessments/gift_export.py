"""GIFT export, the way Moodle's `qformat_gift` writes it, so that `gift.parse_gift` reads it back unchanged.

Pure standard-library code.
"""
from .gift import DEFAULT_FORMAT, WEIGHT_RE, format_number
from .questions import Question

# Export: Moodle's repchar(); backslash first is implicit in a one-pass translation.
_EXPORT_ESCAPES = str.maketrans({"\\": "\\\\", "#": "\\#", "=": "\\=", "~": "\\~", "{": "\\{", "}": "\\}",
                                 ":": "\\:", "\n": "\\n", "\r": None})


def export_gift(questions: list[Question]) -> str:
    """Write questions as GIFT the way Moodle exports them, so that parse_gift() reads them back."""
    chunks = []
    category = ""
    for question in questions:
        if question.category != category:
            category = question.category
            # Only backslashes need escaping: the rest of a category line is never split.
            chunks.append("$CATEGORY: " + category.replace("\\", "\\\\") + "\n")
        chunks.append(_write_question(question))
    # End with a blank line, like between questions, so exported files can be concatenated.
    return "\n".join(chunks) + "\n" if chunks else ""


def _write_question(q: Question) -> str:
    writer = {"single": _write_multichoice, "multiple": _write_multichoice, "truefalse": _write_truefalse,
              "short": _write_short, "numerical": _write_numerical, "matching": _write_matching}[q.type]
    return _write_header(q) + writer(q, q.text_format) + "}\n"


def _write_header(q: Question) -> str:
    bits = []
    if q.idnumber:
        bits.append("[id:" + q.idnumber.replace("]", "\\]") + "]")
    bits += ["[tag:" + tag.replace("]", "\\]") + "]" for tag in q.tags]
    out = f"// {' '.join(bits)}\n" if bits else ""
    if q.title:
        out += f"::{_escape(q.title)}::"
    # The marker is also needed when the text itself starts like a marker or a comment.
    if q.text_format != DEFAULT_FORMAT or q.text.startswith(("[", "//")):
        out += f"[{q.text_format}]"
    return out + _escape(q.text)


def _write_multichoice(q: Question, fmt: str) -> str:
    out = "{\n"
    last_tilde_needed = q.type == "single" and all(a.fraction == 1.0 for a in q.answers)
    for index, answer in enumerate(q.answers):
        if q.type == "single" and answer.fraction == 1.0 and not (
                last_tilde_needed and index == len(q.answers) - 1):
            prefix = "="  # a "~" must remain somewhere, or the question would read back as short answer
        elif answer.fraction == 0 and not WEIGHT_RE.match(answer.text):
            prefix = "~"
        else:
            prefix = f"~%{_format_weight(answer.fraction)}%"
        out += f"\t{prefix}{_inner(answer.text, fmt)}"
        out += f"#{_inner(answer.feedback, fmt)}\n" if answer.feedback else "\n"
    return out + _write_general_feedback(q, fmt)


def _write_truefalse(q: Question, fmt: str) -> str:
    by_text = {a.text: a for a in q.answers}
    correct = by_text["true"].fraction == 1.0
    right, wrong = (by_text["true"], by_text["false"]) if correct else (by_text["false"], by_text["true"])
    out = "{TRUE" if correct else "{FALSE"
    if wrong.feedback:
        out += "#" + _inner(wrong.feedback, fmt)
    elif right.feedback:
        out += "#"
    if right.feedback:
        out += "#" + _inner(right.feedback, fmt)
    if q.general_feedback:
        out += "####" + _inner(q.general_feedback, fmt)
    return out


def _write_short(q: Question, fmt: str) -> str:
    out = "{\n"
    for answer in q.answers:
        out += f"\t=%{_format_weight(answer.fraction)}%{_inner(answer.text, fmt)}#{_inner(answer.feedback, fmt)}\n"
    return out + _write_general_feedback(q, fmt)


def _write_numerical(q: Question, fmt: str) -> str:
    out = "{#\n"
    for index, answer in enumerate(q.answers):
        feedback = _inner(answer.feedback, fmt)
        if answer.text == "*" and answer.fraction == 0 and index == len(q.answers) - 1:
            out += f"\t~#{feedback}\n"  # Moodle's form of "any other answer"
            continue
        if answer.min is not None and answer.max is not None:
            spec = f"{format_number(answer.min)}..{format_number(answer.max)}"
        elif answer.value is not None:
            spec = f"{format_number(answer.value)}:{format_number(answer.tolerance or 0.0)}"
        else:
            spec = _escape(answer.text)
        out += f"\t=%{_format_weight(answer.fraction)}%{spec}#{feedback}\n"
    return out + _write_general_feedback(q, fmt)


def _write_matching(q: Question, fmt: str) -> str:
    out = "{\n"
    for pair in q.pairs:
        out += f"\t={_inner(pair.question, fmt)} -> {_escape(pair.answer)}\n"
    return out + _write_general_feedback(q, fmt)


def _write_general_feedback(q: Question, fmt: str) -> str:
    return f"\t####{_inner(q.general_feedback, fmt)}\n" if q.general_feedback else ""


def _escape(text: str) -> str:
    return text.translate(_EXPORT_ESCAPES)


def _inner(text: str, fmt: str) -> str:
    """An answer/feedback text; a leading "[" gets the question's marker so it is not read as one."""
    return f"[{fmt}]{_escape(text)}" if text.startswith("[") else _escape(text)


def _format_weight(fraction: float) -> str:
    return format_number(round(fraction * 100, 5))
