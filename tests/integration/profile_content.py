"""The least content the production-profile smoke test needs, created by a process of that profile.

Run as `python -m tests.integration.profile_content` with the profile's environment (production settings):
an issuing agency, a course with two modules and a required post-test, and a trainee. Prints what the test
needs as one JSON line. (The demo loader would do too, but loading 83,762 villages takes a minute.)
"""
import json

import django


def main() -> None:
    django.setup()
    from assessments.models import QuizPage
    from courses.models import ModulePage
    from tests import factories

    agency = factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin")
    course = factories.course_with_modules(2, title="Dasar Hukum Perlindungan Anak", code="PRL", jp_hours=24)
    course.issuing_agency = agency
    course.save()
    _category, questions = factories.question_bank(n=3)  # single choice, multiple choice, true/false
    quiz = factories.quiz_page(course, questions=questions, title="Post-test PRL", slug="post-test",
                               kind=QuizPage.Kind.POST_TEST, layout=QuizPage.Layout.ALL,
                               required_for_completion=True)
    trainee = factories.UserFactory(email="peserta@contoh.test", full_name="Rahmah Hidayati",
                                    village=factories.region_chain())
    print(json.dumps({
        "course": course.get_url(), "course_id": course.pk, "quiz": quiz.get_url(),
        "modules": [module.get_url() for module in ModulePage.objects.child_of(course).order_by("path")],
        "email": trainee.email, "password": factories.PASSWORD, "user_id": trainee.pk}))


if __name__ == "__main__":
    main()
