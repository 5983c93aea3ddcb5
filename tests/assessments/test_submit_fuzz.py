"""Malformed answers (wrong types, unknown ids, huge values, missing fields) never cause a server error and
never store a partial grade."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments.models import Attempt
from courses.services import enrollment_create
from tests import factories

junk = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-10**30, max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=300),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=5), children, max_size=5),
    max_leaves=12)


@pytest.fixture
def setup(client, trainee, course):
    enrollment_create(user=trainee, course=course)
    _category, questions = factories.question_bank(n=6)
    quiz = factories.quiz_page(course, questions=questions)
    client.force_login(trainee)
    client.post(quiz.url + "mulai/")
    attempt = Attempt.objects.get()
    return client, quiz, attempt


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=st.dictionaries(st.one_of(st.text(max_size=6), st.sampled_from(["0", "1", "2", "3", "4", "5", "99"])),
                               junk, max_size=8))
def test_autosave_fuzz(setup, payload):
    client, quiz, attempt = setup
    response = client.post(quiz.url + f"percobaan/{attempt.pk}/simpan/", json.dumps(payload),
                           content_type="application/json")
    assert response.status_code in (200, 400)
    attempt.refresh_from_db()
    assert attempt.status == "in_progress" and attempt.percent is None and attempt.results == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.lists(st.tuples(st.sampled_from(["q0", "q1", "q2", "q3", "q4", "q5", "q5_0", "q5_1", "shown", "go",
                                                   "q99", "x"]),
                                 st.text(max_size=50) | st.sampled_from(["0", "1", "-1", "99", "1e9", "true"])),
                       max_size=12))
def test_form_post_fuzz(setup, fields):
    client, quiz, attempt = setup
    data = {}
    for key, value in fields:
        data.setdefault(key, []).append(value)
    response = client.post(quiz.url + f"percobaan/{attempt.pk}/", data)
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.status == "in_progress" and attempt.percent is None


@pytest.mark.parametrize("body", [b"not json", b"[1,2,3]", b'"text"', b"{" * 10, b"\xff\xfe", b"{}" + b" " * 70000])
def test_autosave_rejects_garbage_bodies(setup, body):
    client, quiz, attempt = setup
    response = client.post(quiz.url + f"percobaan/{attempt.pk}/simpan/", body, content_type="application/json")
    assert response.status_code in (200, 400)
    attempt.refresh_from_db()
    assert attempt.responses == {} and attempt.status == "in_progress"


def test_submit_after_fuzzed_answers_grades_within_bounds(setup):
    client, quiz, attempt = setup
    client.post(quiz.url + f"percobaan/{attempt.pk}/simpan/",
                json.dumps({"0": 10**40, "1": ["a", 999, -1], "2": {"x": 1}, "3": "x" * 10000, "4": "1e400",
                            "5": {"0": "bukan pilihan", "99": "129"}}), content_type="application/json")
    response = client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/")
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.status == "graded" and 0 <= float(attempt.percent) <= 100
