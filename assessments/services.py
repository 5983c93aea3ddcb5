"""Writes for quizzes: start (or resume) an attempt, save answers, submit and grade, close expired attempts."""
import random
import re
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import escape, linebreaks
from django.utils.translation import gettext as _

from core.sanitize import markdown_html, plain_text
from courses.models import Enrollment
from courses.selectors import can_study_without_enrolment
from courses.services import enrollment_refresh_completion

from . import grading, layout
from .models import AnswerChoice, Attempt, MatchingPair, Question, QuestionCategory, QuizPage
from .questions import Question as PlainQuestion

GRACE = timedelta(seconds=getattr(settings, "PELITA_QUIZ_GRACE_SECONDS", 30))
MAX_TEXT = 500       # longest short/numerical answer kept


_INDEX = re.compile(r"^[0-9]{1,4}$")


def parse_index(value) -> int | None:
    """A small non-negative int from browser input ('3' or 3); anything else (incl. '²', '-1', 1e9) is None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value < 10_000 else None
    return int(value) if isinstance(value, str) and _INDEX.match(value) else None


class AttemptClosed(Exception):
    """The attempt can take no more answers (submitted, or its time ran out)."""


def _draw_questions(*, quiz: QuizPage, seed: int) -> list[dict]:
    """The questions of a new attempt, as a snapshot: fixed slots plus random draws from categories."""
    picked: list[tuple[int, Decimal]] = []
    taken: set[int] = set()
    for offset, slot in enumerate(quiz.slots.all()):
        if slot.question_id:
            ids = [slot.question_id] if slot.question_id not in taken else []
        else:
            pool = [pk for pk in Question.objects.filter(category_id=slot.category_id).order_by("pk")
                    .values_list("pk", flat=True) if pk not in taken]
            ids = grading.draw(pool, min(slot.count, len(pool)), seed + offset)
        picked += [(pk, slot.mark) for pk in ids]
        taken.update(ids)
    questions = (Question.objects.select_related("category").prefetch_related("choices", "pairs", "tags")
                 .in_bulk([pk for pk, _mark in picked]))
    if quiz.shuffle_questions:
        picked = [picked[i] for i in grading.choice_order(len(picked), seed)]
    snapshot = []
    for position, (pk, mark) in enumerate(picked):
        question = questions[pk].to_plain().to_json()
        snapshot.append({"question_id": pk, "mark": float(mark), "question": question,
                         **layout.build(question, seed=seed + 1000 + position, shuffle=quiz.shuffle_choices)})
    return snapshot


def attempt_start(*, user, quiz: QuizPage) -> Attempt:
    """Resume the user's open attempt, or start a new one within the quiz's attempt limit."""
    course = quiz.get_parent().specific
    if not (Enrollment.objects.filter(user=user, course=course).exists() or can_study_without_enrolment(user)):
        raise PermissionDenied(_("Ikuti kursus ini terlebih dahulu."))
    with transaction.atomic():
        # Serialise this user's starts: two clicks at once must not both pass the attempt limit.
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        open_attempt = Attempt.objects.filter(user=user, quiz=quiz, status=Attempt.Status.IN_PROGRESS).first()
        if open_attempt and not _expired(open_attempt):
            return open_attempt
    if open_attempt:
        attempt_submit(attempt_id=open_attempt.pk, user=user, timed_out=True)
    with transaction.atomic():
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        used = Attempt.objects.filter(user=user, quiz=quiz).count()
        if quiz.attempts_allowed and used >= quiz.attempts_allowed:
            raise PermissionDenied(_("Kesempatan mengerjakan kuis ini sudah habis."))
        seed = random.SystemRandom().randrange(1, 2**62)
        snapshot = _draw_questions(quiz=quiz, seed=seed)
        if not snapshot:
            raise PermissionDenied(_("Kuis ini belum berisi soal."))
        now = timezone.now()
        try:
            with transaction.atomic():
                return Attempt.objects.create(
                    user=user, quiz=quiz, number=used + 1, seed=seed, snapshot=snapshot,
                    deadline=now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None)
        except IntegrityError:
            # Another request created the attempt first (same number, or an open one): use that.
            existing = Attempt.objects.filter(user=user, quiz=quiz, status=Attempt.Status.IN_PROGRESS).first()
            if existing:
                return existing
            raise PermissionDenied(_("Kesempatan mengerjakan kuis ini sudah habis.")) from None


def _expired(attempt: Attempt, now=None) -> bool:
    return bool(attempt.deadline and (now or timezone.now()) > attempt.deadline + GRACE)


def clean_response(entry: dict, raw) -> tuple[object, bool]:
    """(answer in the shape grading expects, refused) for one submitted answer; junk becomes None (unanswered).

    Choice and matching answers must be this attempt's option tokens; anything else is refused.
    """
    question = entry["question"]
    kind = question.get("type")
    try:
        if layout.uses_tokens(entry):
            return layout.from_tokens(entry, raw)
        if raw in (None, ""):
            return None, False
        if kind == "truefalse":
            value = {"true": True, "false": False, True: True, False: False}.get(raw) \
                if isinstance(raw, (str, bool)) else None
            return value, value is None
        if kind in ("short", "numerical"):
            if not isinstance(raw, (str, int, float)) or isinstance(raw, bool):
                return None, True
            return str(raw)[:MAX_TEXT].strip() or None, False
    except (TypeError, ValueError, OverflowError, KeyError, IndexError):
        return None, True
    return None, True


def attempt_save_responses(*, attempt_id: int, user, responses: dict) -> Attempt:
    """Merge answers into an open attempt. After the time limit (plus grace) the attempt is closed instead.

    Answers that are not this attempt's own option values are not stored; the returned attempt lists their
    question numbers in `refused_questions` so the screen can say so.
    """
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt_id, user=user)
        if attempt.status != Attempt.Status.IN_PROGRESS:
            raise AttemptClosed(_("Percobaan ini sudah dikumpulkan."))
        if not _expired(attempt):
            refused = []
            for key, raw in (responses or {}).items():
                index = parse_index(key)
                if index is None or index >= len(attempt.snapshot):
                    continue
                value, was_refused = clean_response(attempt.snapshot[index], raw)
                if was_refused:
                    refused.append(index + 1)
                if value is None:
                    attempt.responses.pop(str(index), None)
                else:
                    attempt.responses[str(index)] = value
            attempt.save(update_fields=["responses"])
            attempt.refused_questions = sorted(refused)
            return attempt
    attempt_submit(attempt_id=attempt.pk, user=user, timed_out=True)
    raise AttemptClosed(_("Waktu habis. Jawaban yang tersimpan sudah dinilai."))


def attempt_submit(*, attempt_id: int, user=None, timed_out: bool = False) -> Attempt:
    """Grade an attempt once. A second submit (double click, retry, timeout task) changes nothing."""
    with transaction.atomic():
        filters = {"pk": attempt_id, **({"user": user} if user is not None else {})}
        attempt = Attempt.objects.select_for_update().select_related("quiz").get(**filters)
        if attempt.status == Attempt.Status.GRADED:
            return attempt
        questions = [PlainQuestion.from_json(entry["question"]) for entry in attempt.snapshot]
        responses = [_grading_response(entry["question"], attempt.responses.get(str(i)))
                     for i, entry in enumerate(attempt.snapshot)]
        result = grading.grade_attempt(questions, responses, [entry["mark"] for entry in attempt.snapshot])
        attempt.results = [{"score": r.score, "is_correct": r.is_correct, "feedback": list(r.feedback),
                            "correct_summary": r.correct_summary} for r in result.per_question]
        attempt.score = Decimal(str(round(result.score, 2)))
        attempt.max_score = Decimal(str(round(result.max_score, 2)))
        attempt.percent = Decimal(str(result.percent))
        attempt.passed = float(attempt.percent) >= attempt.quiz.pass_mark
        attempt.status = Attempt.Status.GRADED
        attempt.submitted_at = timezone.now()
        attempt.closed_by_timeout = timed_out or _expired(attempt)
        attempt.save()
        if attempt.passed:
            enrollment_refresh_completion(user=attempt.user, course=attempt.quiz.get_parent().specific)
    return attempt


def _grading_response(question: dict, stored):
    if question.get("type") == "matching" and isinstance(stored, dict):
        return {int(k): v for k, v in stored.items()}
    return stored


def attempts_close_expired(*, now=None, user=None) -> int:
    """Close and grade every attempt whose time ran out (of one user, or everyone's); running it again is a no-op.

    The periodic task, the `close_overdue_attempts` command and every screen that shows a person's quizzes
    call this, so an overdue attempt is closed even where no worker runs.
    """
    now = now or timezone.now()
    overdue = Attempt.objects.filter(status=Attempt.Status.IN_PROGRESS, deadline__lt=now - GRACE)
    if user is not None:
        if not user.is_authenticated:
            return 0
        overdue = overdue.filter(user=user)
    expired = list(overdue.values_list("pk", flat=True))
    for attempt_id in expired:
        attempt_submit(attempt_id=attempt_id, timed_out=True)
    return len(expired)


# --- question bank --------------------------------------------------------------------------------

def _fraction_percent(fraction: float) -> Decimal:
    return Decimal(str(round(max(min(fraction, 1.0), -1.0) * 100, 2)))


def question_create_from_plain(*, data: PlainQuestion, category: QuestionCategory) -> Question:
    """Store one parsed question (with its answers, pairs and tags) in the bank."""
    question = Question(category=category, type=data.type, title=(data.title or _title_from(data.text))[:255],
                        text=text_to_html(data.text, data.text_format),
                        general_feedback=text_to_html(data.general_feedback, data.text_format),
                        idnumber=data.idnumber[:100])
    question.full_clean()
    question.save()
    for order, answer in enumerate(data.answers):
        choice = AnswerChoice(question=question, sort_order=order, text=answer.text[:1000],
                              fraction=_fraction_percent(answer.fraction), feedback=answer.feedback,
                              value=answer.value, tolerance=answer.tolerance, min_value=answer.min,
                              max_value=answer.max)
        choice.full_clean(exclude=["question"])
        choice.save()
    for order, pair in enumerate(data.pairs):
        MatchingPair.objects.create(question=question, sort_order=order, left=pair.question[:500],
                                    right=pair.answer[:500])
    if data.tags:
        question.tags.add(*data.tags)
        question.save()
    return question


def text_to_html(text: str, text_format: str) -> str:
    """Question text in one of GIFT's formats as the HTML the bank stores (cleaned when the question is saved).

    Like Moodle: `[html]` is HTML, `[moodle]` (the default) is HTML whose line breaks count, `[markdown]` is
    rendered, `[plain]` is text shown as typed.
    """
    if not text:
        return ""
    if text_format == "markdown":
        return markdown_html(text)
    if text_format == "plain":
        return linebreaks(escape(text))
    if text_format == "moodle":
        return linebreaks(text) if "<p" not in text.lower() else text
    return text


def _title_from(text: str) -> str:
    words = plain_text(text).split()
    return " ".join(words[:10]) or "Soal"


def questions_import(*, questions: list[PlainQuestion], default_category: str) -> list[Question]:
    """Import parsed questions atomically: all of them, or (on any error) none."""
    created = []
    with transaction.atomic():
        categories: dict[str, QuestionCategory] = {}
        for data in questions:
            name = (data.category or default_category or "Umum").strip()[:200]
            if name not in categories:
                categories[name], _created = QuestionCategory.objects.get_or_create(name=name)
            created.append(question_create_from_plain(data=data, category=categories[name]))
    return created
