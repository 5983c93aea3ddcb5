"""Writes for offline study: start the attempts a saved course needs, and apply what a phone sends once, ever."""
import uuid

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404

from assessments import services as quiz_services
from assessments.models import Attempt, QuizPage
from courses import services as course_services
from courses.models import CoursePage, ModulePage

from .models import OfflineSubmission
from .selectors import quiz_works_offline


def offline_attempts_start(*, user, course: CoursePage) -> list[str]:
    """Start (or resume) an attempt at each quiz of `course` that works offline, so its questions can be saved.

    The questions are snapshotted now, on the server, as for any attempt; a quiz whose attempts are used up is
    skipped. Returns the titles of the quizzes now open.
    """
    started = []
    for quiz in QuizPage.objects.live().public().child_of(course):
        if not quiz_works_offline(quiz):
            continue
        try:
            quiz_services.attempt_start(user=user, quiz=quiz)
        except PermissionDenied:
            continue
        started.append(quiz.title)
    return started


def _id(value) -> int:
    """A row id from the phone; anything else answers 404 like an id that is not the person's."""
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).isdigit():
        raise Http404
    return int(value)


def _apply_answers(*, user, payload: dict) -> dict:
    attempt = Attempt.objects.select_related("quiz").filter(pk=_id(payload.get("attempt")), user=user).first()
    if attempt is None:  # someone else's attempt, or none: the same answer either way
        raise Http404
    responses = payload.get("responses")
    responses = responses if isinstance(responses, dict) else {}
    closed, refused = attempt.status != Attempt.Status.IN_PROGRESS, []
    if not closed:
        try:
            refused = quiz_services.attempt_save_responses(
                attempt_id=attempt.pk, user=user, responses=responses).refused_questions
        except quiz_services.AttemptClosed:
            closed = True
    if not closed and payload.get("submit"):
        quiz_services.attempt_submit(attempt_id=attempt.pk, user=user)
    attempt.refresh_from_db()
    quiz = attempt.quiz
    result = {"status": "closed" if closed else attempt.status, "title": quiz.title, "refused": refused,
              "sent": len(responses), "kept": len(attempt.responses),
              "result_url": quiz.url + quiz.reverse_subpage("attempt_result", args=(attempt.pk,))}
    if attempt.percent is not None:
        result["percent"] = float(attempt.percent)
    return result


def _apply_module(*, user, payload: dict) -> dict:
    module = ModulePage.objects.live().filter(pk=_id(payload.get("module"))).first()
    if module is None:
        raise Http404
    course_services.module_complete(user=user, module=module)
    return {"status": "done", "title": module.title}


APPLY = {OfflineSubmission.Kind.ANSWERS: _apply_answers, OfflineSubmission.Kind.MODULE: _apply_module}


def submission_apply(*, user, client_id: uuid.UUID, kind: str, payload: dict) -> dict:
    """Apply one queued item from a phone. The same client id again returns the first result and changes
    nothing (a retry after a dropped answer); someone else's client id is a 404."""
    if kind not in APPLY:
        raise Http404
    with transaction.atomic():
        try:
            with transaction.atomic():
                submission = OfflineSubmission.objects.create(client_id=client_id, user=user, kind=kind,
                                                              payload=payload)
        except IntegrityError:
            earlier = OfflineSubmission.objects.filter(client_id=client_id, user=user).first()
            if earlier is None:
                raise Http404 from None
            return {**earlier.result, "repeat": True}
        submission.result = APPLY[kind](user=user, payload=payload)
        submission.save(update_fields=["result"])
    return submission.result
