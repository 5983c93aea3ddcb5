"""Course, module, catalogue and my-learning pages issue the same number of queries at 1, 10 and 50 items."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from courses.models import ModulePage
from tests import factories


def count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def build(n_modules, trainee):
    course = factories.course_with_modules(n_modules)
    services.enrollment_create(user=trainee, course=course)
    modules = list(ModulePage.objects.child_of(course))
    for module in modules[: n_modules // 2]:
        services.module_complete(user=trainee, module=module)
    return course, modules


@pytest.mark.parametrize("page", ["course", "module", "my_learning", "catalogue"])
def test_query_count_constant_as_modules_grow(client, trainee, page):
    client.force_login(trainee)
    counts = []
    for n in (1, 10, 50):
        course, modules = build(n, trainee)
        url = {"course": course.url, "module": modules[-1].url, "my_learning": reverse("courses:my_learning"),
               "catalogue": "/kursus/"}[page]
        client.get(url)  # warm per-process caches (site root paths, content types)
        counts.append(count_queries(client, url))
    assert counts[0] == counts[1] == counts[2], counts
    assert counts[0] <= 25, counts
