"""The attempt limit holds under concurrent requests (PostgreSQL row locks plus unique constraints)."""
import threading

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection, connections

from assessments import services
from assessments.models import Attempt
from courses.services import enrollment_create
from tests import factories


@pytest.mark.django_db(transaction=True)
def test_concurrent_starts_and_submits_respect_the_limit(trainee):
    if connection.vendor != "postgresql":
        pytest.skip("row locks are exercised on PostgreSQL (.ci/run)")
    course = factories.course_with_modules(1)
    enrollment_create(user=trainee, course=course)
    _category, questions = factories.question_bank(n=2)
    quiz = factories.quiz_page(course, questions=questions, attempts_allowed=2)
    barrier = threading.Barrier(8)
    errors = []

    def start_and_submit():
        try:
            barrier.wait()
            try:
                attempt = services.attempt_start(user=trainee, quiz=quiz)
                services.attempt_submit(attempt_id=attempt.pk, user=trainee)
            except PermissionDenied:
                pass
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=start_and_submit) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    attempts = Attempt.objects.filter(quiz=quiz, user=trainee)
    assert attempts.count() == 2
    assert all(a.status == "graded" for a in attempts)
