"""Aiken import and export, following Moodle's `qformat_aiken` and the MoodleDocs "Aiken format" rules.

An Aiken question is a one-line stem, then options `A) text` or `A. text` (one uppercase letter; Moodle
also accepts no space after the `)`), then `ANSWER: X`. Only single-choice questions exist in Aiken.

Import reads line by line, as Moodle does, and reports the same errors with their line numbers (an option
or ANSWER line before any stem, fewer than 2 options, a new stem before the previous ANSWER line). The
stem and options are kept as typed, with text_format "plain": Moodle HTML-escapes them, so markup in an
Aiken file is text, never markup. Pure standard library; no Django.
"""
from __future__ import annotations

import html
import re

from .questions import Answer, ParseResult, Problem, Question

_OPTION_RE = re.compile(r"[A-Z][).][ \t]?")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_BLOCK_END_RE = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|tr|pre|blockquote)\s*>", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]*>")
_TYPE_NAMES = {"multiple": "pilihan ganda banyak jawaban", "truefalse": "benar/salah", "short": "isian singkat",
               "numerical": "numerik", "matching": "menjodohkan"}


def parse_aiken(text: str, *, default_category: str = "") -> ParseResult:
    """Parse Aiken text into single-choice questions, reporting malformed ones as errors."""
    result = ParseResult()
    current: Question | None = None
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if len(line) < 2:  # Moodle ignores blank lines and single characters
            continue
        if _OPTION_RE.match(line) or line.startswith("ANSWER:"):
            if current is None:
                result.problems.append(Problem(number, "soal belum dimulai: baris ini tidak didahului teks soal"))
            elif line.startswith("ANSWER:"):
                _finish(current, line, number, result)
                current = None
            else:
                current.answers.append(Answer(text=line[2:].strip(), fraction=0.0))
            continue
        if current is not None:
            result.problems.append(Problem(
                number, f"soal yang dimulai di baris {current.line} belum selesai (tidak ada baris "
                        "'ANSWER: X') sebelum soal berikutnya", title=current.text))
        current = Question(type="single", text=line, text_format="plain", category=default_category, line=number)
    if current is not None:
        result.problems.append(Problem(
            current.line, "soal belum selesai: baris 'ANSWER: X' tidak ditemukan", title=current.text))
    return result


def _finish(question: Question, line: str, number: int, result: ParseResult) -> None:
    """Handle the ANSWER line: mark the right option, or report why the question is not usable."""
    if len(question.answers) < 2:
        result.problems.append(Problem(
            number, f"soal yang dimulai di baris {question.line} harus memiliki minimal 2 pilihan jawaban",
            title=question.text))
        return
    letter = line[len("ANSWER:"):].strip()[:1]
    index = _LETTERS.find(letter) if letter else -1
    if not 0 <= index < len(question.answers):
        result.problems.append(Problem(
            number, f"jawaban '{letter}' tidak ada di antara pilihan A-{_LETTERS[len(question.answers) - 1]}",
            title=question.text))
        return
    question.answers[index].fraction = 1.0
    result.questions.append(question)


def export_aiken(questions: list[Question]) -> tuple[str, list[Problem]]:
    """Write the single-choice questions as Aiken; every other question comes back as a problem."""
    chunks, problems = [], []
    for question in questions:
        reason = _not_exportable(question)
        if reason:
            problems.append(Problem(question.line, f"tidak dapat diekspor ke Aiken: {reason}", title=question.title))
            continue
        correct = next(i for i, a in enumerate(question.answers) if a.fraction == 1.0)
        options = [f"{_LETTERS[i]}) {_one_line(a.text, question.text_format)}"
                   for i, a in enumerate(question.answers)]
        stem = _one_line(question.text, question.text_format)
        chunks.append("\n".join([stem, *options, f"ANSWER: {_LETTERS[correct]}"]) + "\n\n")
    return "".join(chunks), problems


def _not_exportable(question: Question) -> str:
    if question.type != "single":
        return (f"soal {_TYPE_NAMES.get(question.type, question.type)}; Aiken hanya memuat pilihan ganda "
                "dengan satu jawaban benar")
    fractions = sorted(a.fraction for a in question.answers)
    if fractions.count(1.0) != 1 or any(f != 0.0 for f in fractions[:-1]):
        return "Aiken hanya memuat tepat satu jawaban benar (100%) tanpa nilai parsial"
    if not 2 <= len(question.answers) <= len(_LETTERS):
        return f"Aiken memerlukan 2 sampai {len(_LETTERS)} pilihan jawaban"
    stem = _one_line(question.text, question.text_format)
    if len(stem) < 2 or _OPTION_RE.match(stem) or stem.startswith("ANSWER:"):
        return "teks soal akan terbaca sebagai pilihan atau baris ANSWER (atau terlalu pendek)"
    return ""


def _one_line(text: str, text_format: str) -> str:
    """Aiken texts are single lines: HTML becomes its text, line breaks become spaces."""
    if text_format == "html":
        text = html.unescape(_TAG_RE.sub("", _BLOCK_END_RE.sub("\n", text)))
    return re.sub(r"\s*\n\s*", " ", text).strip()
