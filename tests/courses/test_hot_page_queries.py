"""A trainee's hot pages (course, module, quiz intro, my learning) cost the same queries at any size of course and
however many attempts there are, within the budget recorded here (measured on SQLite; bench/pages.py counts the
same pages on PostgreSQL)."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assessments.models import Attempt
from courses import services
from courses.models import ModulePage
from tests import factories

# Queries per page as measured (2026-12-01, after scoping, overdue-attempt closing and JP status landed); a rise
# means a query crept into a loop or a new per-request lookup.
BUDGET = {"course": 21, "module": 21, "quiz": 19, "my_learning": 11}


def build(trainee, n_modules):
    course = factories.course_with_modules(n_modules)
    quiz = factories.quiz_page(course, questions=factories.question_bank(n=3)[1], pass_mark=60)
    services.enrollment_create(user=trainee, course=course)
    modules = list(ModulePage.objects.child_of(course))
    for module in modules[: n_modules // 2]:
        services.module_complete(user=trainee, module=module)
    return {"course": course.url, "module": modules[-1].url, "quiz": quiz.url,
            "my_learning": reverse("courses:my_learning")}, quiz


def add_attempts(trainee, quiz, n):
    now = timezone.now()
    Attempt.objects.bulk_create(
        Attempt(user=trainee, quiz=quiz, number=i + 1, status=Attempt.Status.GRADED, seed=i, submitted_at=now,
                score=1, max_score=3, percent=33, passed=False)
        for i in range(n))


def count(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("page", sorted(BUDGET))
def test_queries_constant_from_1_to_100_modules(client, trainee, page, django_assert_max_num_queries):
    client.force_login(trainee)
    counts = []
    for n in (1, 10, 100):
        urls, _ = build(trainee, n)
        counts.append(count(client, urls[page]))
    assert counts[0] == counts[1] == counts[2], counts
    with django_assert_max_num_queries(BUDGET[page]):
        client.get(urls[page])


@pytest.mark.parametrize("page", sorted(BUDGET))
def test_queries_constant_from_0_to_1000_attempts(client, trainee, page, django_assert_max_num_queries):
    client.force_login(trainee)
    urls, quiz = build(trainee, 5)
    before = count(client, urls[page])
    add_attempts(trainee, quiz, 1000)
    after = count(client, urls[page])
    assert before == after, (before, after)
    with django_assert_max_num_queries(BUDGET[page]):
        client.get(urls[page])
