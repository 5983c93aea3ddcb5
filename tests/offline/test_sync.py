"""What a phone sends after studying offline: applied once per client id, only by the owner, CSRF-checked."""
import json
import uuid

import pytest
from django.test import Client

from assessments import services as quiz_services
from assessments.models import Attempt, QuizPage
from courses.models import ModuleCompletion, ModulePage
from courses.services import enrollment_create
from offline.models import OfflineSubmission
from tests import factories

SYNC = "/luring/kirim/"


@pytest.fixture
def setup(trainee, course):
    enrollment_create(user=trainee, course=course)
    _category, questions = factories.question_bank(n=6)
    quiz = factories.quiz_page(course, questions=questions, kind=QuizPage.Kind.POST_TEST)
    attempt = quiz_services.attempt_start(user=trainee, quiz=quiz)
    return trainee, quiz, attempt


def send(client, **item):
    return client.post(SYNC, data=json.dumps(item), content_type="application/json")


def correct_answers(attempt):
    return {str(i): factories.correct_response(entry) for i, entry in enumerate(attempt.snapshot)}


def test_same_answers_sent_twice_are_graded_once(client, setup):
    trainee, _quiz, attempt = setup
    client.force_login(trainee)
    item = {"id": str(uuid.uuid4()), "kind": "answers", "attempt": attempt.pk,
            "responses": correct_answers(attempt), "submit": True}
    first = send(client, **item).json()
    assert first["status"] == "graded" and first["percent"] == 100.0
    again = send(client, **item).json()   # the answer to the first one was lost: the phone retries
    assert again["repeat"] is True and again["percent"] == 100.0
    assert Attempt.objects.filter(user=trainee).count() == 1
    assert OfflineSubmission.objects.count() == 1


def test_same_module_sent_twice_counts_once(client, setup, course):
    trainee, _quiz, _attempt = setup
    module = ModulePage.objects.child_of(course).first()
    client.force_login(trainee)
    item = {"id": str(uuid.uuid4()), "kind": "module", "module": module.pk}
    assert send(client, **item).json()["status"] == "done"
    assert send(client, **item).json()["repeat"] is True
    assert ModuleCompletion.objects.filter(user=trainee, module=module).count() == 1


def test_only_the_owner_submits_to_an_attempt(client, setup):
    _trainee, _quiz, attempt = setup
    other = factories.UserFactory()
    client.force_login(other)
    response = send(client, id=str(uuid.uuid4()), kind="answers", attempt=attempt.pk,
                    responses=correct_answers(attempt), submit=True)
    assert response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS and attempt.responses == {}
    assert not OfflineSubmission.objects.exists()


def test_another_persons_client_id_is_not_theirs(client, setup):
    trainee, _quiz, attempt = setup
    client.force_login(trainee)
    item = {"id": str(uuid.uuid4()), "kind": "answers", "attempt": attempt.pk, "responses": {}, "submit": False}
    send(client, **item)
    other = Client()
    other.force_login(factories.UserFactory())
    assert send(other, **item).status_code == 404


def test_sync_needs_the_csrf_token_and_a_session(setup):
    trainee, _quiz, attempt = setup
    item = {"id": str(uuid.uuid4()), "kind": "answers", "attempt": attempt.pk, "responses": {}, "submit": True}
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(trainee)
    assert send(strict, **item).status_code == 403
    assert send(Client(), **item).status_code == 403
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS


def test_answers_reaching_a_closed_attempt_are_kept_and_the_trainee_told(client, setup):
    trainee, _quiz, attempt = setup
    answers = correct_answers(attempt)
    quiz_services.attempt_save_responses(attempt_id=attempt.pk, user=trainee, responses={"0": answers["0"]})
    quiz_services.attempt_submit(attempt_id=attempt.pk, user=trainee)  # closed from another device meanwhile
    client.force_login(trainee)
    result = send(client, id=str(uuid.uuid4()), kind="answers", attempt=attempt.pk, responses=answers,
                  submit=True).json()
    assert result["status"] == "closed" and result["kept"] == 1 and result["sent"] == 6
    assert OfflineSubmission.objects.get().payload["responses"] == answers  # nothing typed is lost


def test_junk_is_refused(client, setup):
    trainee, _quiz, _attempt = setup
    client.force_login(trainee)
    assert send(client, id="not-a-uuid", kind="answers").status_code == 400
    assert send(client, id=str(uuid.uuid4()), kind="other").status_code == 404
    for attempt in ("abc", None, True, [1], "1e3"):
        assert send(client, id=str(uuid.uuid4()), kind="answers", attempt=attempt).status_code == 404
    assert send(client, id=str(uuid.uuid4()), kind="module", module="x").status_code == 404
