"""Admin listings that used to answer 500: the question bank (tag filter) and the certificate register."""
from django.urls import reverse

from tests import factories


def test_question_bank_lists_and_filters_by_tag(client, trainer):
    _category, questions = factories.question_bank(n=3)
    questions[0].tags.add("kdrt")
    questions[0].save()
    client.force_login(trainer)
    url = reverse("wagtailsnippets_assessments_question:list")
    listing = client.get(url)
    assert listing.status_code == 200
    assert all(q.title in listing.text for q in questions)
    assert 'value="kdrt"' in listing.text  # the tag is offered as a filter
    filtered = client.get(url, {"tag": "kdrt"})
    assert filtered.status_code == 200
    assert questions[0].title in filtered.text and questions[1].title not in filtered.text
    searched = client.get(url, {"tag": "kdrt", "q": "Soal"})
    assert searched.status_code == 200 and questions[0].title in searched.text


def test_certificate_register_lists_with_actions(client, staff, trainee, django_capture_on_commit_callbacks):
    from certificates.models import Certificate
    from courses.models import ModulePage
    from courses.services import enrollment_create, module_complete

    village = factories.region_chain()
    agency = factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin", region=village.parent.parent)
    course = factories.course_with_modules(1, code="PRL", jp_hours=24)
    course.issuing_agency = agency
    course.save()
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_create(user=trainee, course=course)
        for module in ModulePage.objects.child_of(course):
            module_complete(user=trainee, module=module)
    certificate = Certificate.objects.get(user=trainee, course=course)
    staff.agency = agency
    staff.save()
    client.force_login(staff)
    listing = client.get(reverse("certificates_admin:index"))
    assert listing.status_code == 200
    assert certificate.number in listing.text
    assert reverse("certificates_admin:revoke", args=(certificate.pk,)) in listing.text
