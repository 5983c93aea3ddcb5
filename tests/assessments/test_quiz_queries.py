"""The attempt page, autosave and submit issue the same number of queries at 5, 20 and 50 questions."""
import json
from functools import partial

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from assessments.models import Attempt, QuizPage
from courses.services import enrollment_create
from tests import factories


def count(callable_):
    with CaptureQueriesContext(connection) as ctx:
        response = callable_()
    assert response.status_code in (200, 302), response.status_code
    return len(ctx.captured_queries)


@pytest.mark.parametrize("layout", [QuizPage.Layout.ALL, QuizPage.Layout.ONE_PER_PAGE])
def test_attempt_pages_constant_queries(client, trainee, course, layout):
    enrollment_create(user=trainee, course=course)
    client.force_login(trainee)
    measured = {"take": [], "save": [], "review": [], "submit": [], "result": [], "overview": []}
    for n in (5, 20, 50):
        category, _ = factories.question_bank(f"Bank {n}", n=n)
        quiz = factories.quiz_page(course, category=category, count=n, layout=layout, slug=f"kuis-{n}-{layout}")
        # past attempts must not add queries either
        for _ in range(n // 10):
            client.post(quiz.url + "mulai/")
            done = Attempt.objects.get(quiz=quiz, status="in_progress")
            client.post(quiz.url + f"percobaan/{done.pk}/kumpulkan/")
        client.post(quiz.url + "mulai/")
        attempt = Attempt.objects.get(quiz=quiz, status="in_progress")
        base = quiz.url + f"percobaan/{attempt.pk}/"
        data = {str(i): factories.correct_response(e) for i, e in enumerate(attempt.snapshot)}
        client.get(base)  # warm caches
        measured["take"].append(count(partial(client.get, base)))
        measured["save"].append(count(partial(client.post, base + "simpan/", json.dumps(data),
                                                    content_type="application/json")))
        measured["review"].append(count(partial(client.get, base + "tinjau/")))
        measured["submit"].append(count(partial(client.post, base + "kumpulkan/")))
        measured["result"].append(count(partial(client.get, base + "hasil/")))
        measured["overview"].append(count(partial(client.get, quiz.url)))
    for name, counts in measured.items():
        assert counts[0] == counts[1] == counts[2], (name, counts)
