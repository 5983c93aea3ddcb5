"""Taking a quiz: start/resume, autosave, review, submit once, results and what is revealed when."""
import json
from datetime import timedelta

import pytest
from django.utils import timezone

from assessments import services
from assessments.models import Attempt, QuizPage
from courses.models import Enrollment, ModulePage
from courses.services import enrollment_create, module_complete
from tests import factories


@pytest.fixture
def bank(db):
    return factories.question_bank(n=6)


@pytest.fixture
def enrolled(trainee, course):
    enrollment_create(user=trainee, course=course)
    return trainee


def autosave(client, quiz, attempt, data):
    url = quiz.url + f"percobaan/{attempt.pk}/simpan/"
    return client.post(url, data=json.dumps(data), content_type="application/json")


def answer_all_correctly(client, quiz, attempt):
    data = {str(i): factories.correct_response(entry) for i, entry in enumerate(attempt.snapshot)}
    response = autosave(client, quiz, attempt, data)
    assert response.status_code == 200, response.content
    return data


def test_full_attempt_all_types_scores_100(client, enrolled, course, bank):
    category, questions = bank
    quiz = factories.quiz_page(course, questions=questions, pass_mark=70)
    client.force_login(enrolled)
    response = client.post(quiz.url + "mulai/")
    attempt = Attempt.objects.get()
    assert response["Location"].endswith(f"percobaan/{attempt.pk}/")
    answer_all_correctly(client, quiz, attempt)
    page = client.get(quiz.url + f"percobaan/{attempt.pk}/tinjau/").text
    assert "6 dari 6 soal terjawab" in page
    result = client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/", follow=True).text
    attempt.refresh_from_db()
    assert attempt.status == "graded" and float(attempt.percent) == 100.0 and attempt.passed
    assert "100%" in result and "Lulus" in result and "Tepat sekali" in result


def test_partial_and_wrong_answers_are_graded(client, enrolled, course, bank):
    _category, questions = bank
    quiz = factories.quiz_page(course, questions=questions[:2], pass_mark=70)  # single + multiple
    client.force_login(enrolled)
    client.post(quiz.url + "mulai/")
    attempt = Attempt.objects.get()
    autosave(client, quiz, attempt, {"0": 1, "1": [0, 2]})  # wrong single; 50 - 50 = 0 on multiple
    client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/")
    attempt.refresh_from_db()
    assert float(attempt.percent) == 0.0 and attempt.passed is False


def test_resume_keeps_same_attempt_and_drawn_questions(client, enrolled, course, db):
    category, _questions = factories.question_bank("Acak", n=12)
    quiz = factories.quiz_page(course, category=category, count=5, shuffle_questions=True)
    client.force_login(enrolled)
    client.post(quiz.url + "mulai/")
    attempt = Attempt.objects.get()
    drawn = [e["question_id"] for e in attempt.snapshot]
    assert len(drawn) == 5 and len(set(drawn)) == 5
    autosave(client, quiz, attempt, {"0": factories.correct_response(attempt.snapshot[0])})
    client.post(quiz.url + "mulai/")  # connection dropped, trainee reopens the quiz
    assert Attempt.objects.count() == 1
    attempt.refresh_from_db()
    assert [e["question_id"] for e in attempt.snapshot] == drawn and "0" in attempt.responses


def test_editing_a_question_never_changes_a_graded_attempt(client, enrolled, course, bank):
    _category, questions = bank
    quiz = factories.quiz_page(course, questions=questions[:1])
    client.force_login(enrolled)
    client.post(quiz.url + "mulai/")
    attempt = Attempt.objects.get()
    answer_all_correctly(client, quiz, attempt)
    client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/")
    question = questions[0]
    question.title = "Judul baru"
    question.save()
    question.choices.all().update(fraction=0)
    attempt.refresh_from_db()
    assert attempt.snapshot[0]["question"]["title"] != "Judul baru" and float(attempt.percent) == 100.0


def test_second_submit_grades_nothing_twice(client, enrolled, course, bank):
    _category, questions = bank
    quiz = factories.quiz_page(course, questions=questions[:1])
    client.force_login(enrolled)
    client.post(quiz.url + "mulai/")
    attempt = Attempt.objects.get()
    client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/")
    attempt.refresh_from_db()
    first = (attempt.submitted_at, attempt.percent)
    answer = autosave(client, quiz, attempt, {"0": factories.correct_response(attempt.snapshot[0])})
    assert answer.status_code == 409
    client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/")
    attempt.refresh_from_db()
    assert (attempt.submitted_at, attempt.percent) == first and float(attempt.percent) == 0


def test_attempt_limit(client, enrolled, course, bank):
    _category, questions = bank
    quiz = factories.quiz_page(course, questions=questions[:1], attempts_allowed=2)
    client.force_login(enrolled)
    for _ in range(2):
        client.post(quiz.url + "mulai/")
        attempt = Attempt.objects.filter(status="in_progress").get()
        client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/")
    response = client.post(quiz.url + "mulai/", follow=True)
    assert "sudah habis" in response.text
    assert Attempt.objects.count() == 2


def test_other_users_attempt_is_404(client, enrolled, course, bank, db):
    _category, questions = bank
    quiz = factories.quiz_page(course, questions=questions[:1])
    attempt = services.attempt_start(user=enrolled, quiz=quiz)
    intruder = factories.UserFactory()
    enrollment_create(user=intruder, course=course)
    client.force_login(intruder)
    for suffix in ["", "tinjau/", "hasil/"]:
        assert client.get(quiz.url + f"percobaan/{attempt.pk}/{suffix}").status_code == 404
    assert client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/").status_code == 404
    assert autosave(client, quiz, attempt, {"0": 0}).status_code == 404
    attempt.refresh_from_db()
    assert attempt.status == "in_progress" and attempt.responses == {}


def test_not_enrolled_cannot_start(client, trainee, course, bank):
    _category, questions = bank
    quiz = factories.quiz_page(course, questions=questions[:1])
    client.force_login(trainee)
    response = client.post(quiz.url + "mulai/", follow=True)
    assert "Ikuti kursus ini terlebih dahulu." in response.text and not Attempt.objects.exists()


def test_answers_after_time_limit_are_refused_and_attempt_is_graded(client, enrolled, course, bank):
    _category, questions = bank
    quiz = factories.quiz_page(course, questions=questions[:2], time_limit_minutes=10)
    client.force_login(enrolled)
    client.post(quiz.url + "mulai/")
    attempt = Attempt.objects.get()
    assert 'data-countdown="' in client.get(quiz.url + f"percobaan/{attempt.pk}/").text
    autosave(client, quiz, attempt, {"0": factories.correct_response(attempt.snapshot[0])})
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=2))
    response = autosave(client, quiz, attempt, {"1": factories.correct_response(attempt.snapshot[1])})
    assert response.status_code == 409 and response.json()["closed"]
    attempt.refresh_from_db()
    assert attempt.status == "graded" and attempt.closed_by_timeout
    assert float(attempt.percent) == 50.0  # graded as it stood: only the first answer counted


def test_answer_within_grace_is_accepted(client, enrolled, course, bank):
    _category, questions = bank
    quiz = factories.quiz_page(course, questions=questions[:1], time_limit_minutes=10)
    client.force_login(enrolled)
    client.post(quiz.url + "mulai/")
    attempt = Attempt.objects.get()
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=5))
    assert autosave(client, quiz, attempt, {"0": factories.correct_response(attempt.snapshot[0])}).status_code == 200


def test_periodic_task_closes_abandoned_attempts(enrolled, course, bank):
    from assessments.tasks import attempts_close_expired_task

    _category, questions = bank
    quiz = factories.quiz_page(course, questions=questions[:1], time_limit_minutes=5)
    attempt = services.attempt_start(user=enrolled, quiz=quiz)
    assert attempts_close_expired_task.delay().get() == 0
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(hours=1))
    assert attempts_close_expired_task.delay().get() == 1
    attempt.refresh_from_db()
    assert attempt.status == "graded" and attempt.closed_by_timeout


@pytest.mark.parametrize("reveal, attempts_allowed, expect_first, expect_after_last", [
    (QuizPage.Reveal.IMMEDIATELY, 2, True, True),
    (QuizPage.Reveal.AFTER_LAST, 2, False, True),
    (QuizPage.Reveal.NEVER, 2, False, False),
    (QuizPage.Reveal.AFTER_PASSING, 2, False, False),
])
def test_reveal_policy(client, enrolled, course, bank, reveal, attempts_allowed, expect_first, expect_after_last):
    _category, questions = bank
    quiz = factories.quiz_page(course, questions=questions[:1], reveal=reveal, attempts_allowed=attempts_allowed)
    client.force_login(enrolled)
    for expected in (expect_first, expect_after_last):
        client.post(quiz.url + "mulai/")
        attempt = Attempt.objects.get(status="in_progress")
        autosave(client, quiz, attempt, {"0": 1})  # the wrong choice
        html = client.post(quiz.url + f"percobaan/{attempt.pk}/kumpulkan/", follow=True).text
        assert ("Jawaban benar:" in html) is expected
        assert ("Pembahasan umum rahasia." in html) is expected


def test_answers_never_reach_the_browser_while_taking(client, enrolled, course, bank):
    _category, questions = bank
    quiz = factories.quiz_page(course, questions=questions, layout=QuizPage.Layout.ALL)
    client.force_login(enrolled)
    client.post(quiz.url + "mulai/")
    attempt = Attempt.objects.get()
    html = client.get(quiz.url + f"percobaan/{attempt.pk}/").text
    for secret in ["Tepat sekali", "Umpan balik salah", "Pembahasan umum rahasia", "fraction", "diversi",
                   "pengalihan"]:
        assert secret not in html
    assert "Jawaban benar" in html and "SAPA" in html  # choices and matching items are shown


def test_required_final_counts_toward_completion(client, enrolled, course, bank):
    _category, questions = bank
    final = factories.quiz_page(course, questions=questions[:1], kind=QuizPage.Kind.FINAL,
                                required_for_completion=True, pass_mark=70)
    for module in ModulePage.objects.child_of(course):
        module_complete(user=enrolled, module=module)
    enrollment = Enrollment.objects.get(user=enrolled, course=course)
    assert enrollment.completed_at is None
    client.force_login(enrolled)
    assert "Wajib lulus" in client.get(course.url).text
    client.post(final.url + "mulai/")
    attempt = Attempt.objects.get()
    answer_all_correctly(client, final, attempt)
    client.post(final.url + f"percobaan/{attempt.pk}/kumpulkan/")
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None
    assert "Kursus selesai" in client.get(course.url).text


def test_best_or_last_attempt_counts(enrolled, course, bank):
    from assessments.selectors import counted_attempt

    _category, questions = bank
    quiz = factories.quiz_page(course, questions=questions[:1], grading=QuizPage.Grading.LAST)
    good = services.attempt_start(user=enrolled, quiz=quiz)
    services.attempt_save_responses(attempt_id=good.pk, user=enrolled, responses={"0": 0})
    services.attempt_submit(attempt_id=good.pk, user=enrolled)
    bad = services.attempt_start(user=enrolled, quiz=quiz)
    services.attempt_submit(attempt_id=bad.pk, user=enrolled)
    attempts = list(Attempt.objects.filter(quiz=quiz))
    assert counted_attempt(attempts, quiz).pk == bad.pk
    quiz.grading = QuizPage.Grading.BEST
    assert counted_attempt(attempts, quiz).pk == good.pk


def test_quiz_attached_to_a_module_is_linked_from_it(client, enrolled, course, bank):
    _category, questions = bank
    module = ModulePage.objects.child_of(course).first()
    quiz = factories.quiz_page(course, questions=questions[:1], title="Latihan modul satu", module=module)
    client.force_login(enrolled)
    html = client.get(module.url).text
    assert "Latihan modul satu" in html and quiz.url in html
    other = ModulePage.objects.child_of(course).last()
    assert "Latihan modul satu" not in client.get(other.url).text
