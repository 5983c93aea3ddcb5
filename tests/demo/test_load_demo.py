"""`load_demo` builds a real starter site and running it twice changes nothing."""
import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from accounts.models import Agency, User
from courses.models import CoursePage, Enrollment, ModuleCompletion, ModulePage
from demo.reader import course_data


def snapshot():
    return (Page.objects.count(), Revision.objects.count(), User.objects.count(), Agency.objects.count(),
            Enrollment.objects.count(), ModuleCompletion.objects.count())


@pytest.mark.django_db(transaction=False)
def test_load_demo_twice(client):
    call_command("load_demo")
    first = snapshot()
    call_command("load_demo")
    assert snapshot() == first

    assert set(Agency.objects.values_list("code", flat=True)) == {"DP3A-BJM", "DP3AKB-KALSEL"}
    topics = set(CoursePage.objects.live().values_list("topic", flat=True))
    assert {"law", "mediation", "advocacy", "trauma", "case_management"} <= topics
    for course in CoursePage.objects.live():
        assert ModulePage.objects.child_of(course).live().count() >= 3, course.code
    emails = set(User.objects.values_list("email", flat=True))
    assert {"peserta@pelita.test", "fasilitator@pelita.test", "petugas@pelita.test", "admin@pelita.test"} <= emails

    assert client.login(username="peserta@pelita.test", password="pelita-demo-2024")
    html = client.get("/belajar/").text
    assert "Dasar Hukum dan Keparalegalan" in html and "2 dari 5 modul selesai" in html
    module = ModulePage.objects.live().get(slug="kapan-mediasi-dilarang")
    assert client.get(module.url).status_code == 200


def test_demo_content_is_substantial_and_legally_careful():
    for course in course_data():
        assert len(course["modules"]) >= 3
        for module in course["modules"]:
            text = " ".join(str(value) for _, value in module["body"])
            assert len(text.split()) >= 350, (course["code"], module["slug"])
            kinds = {kind for kind, _ in module["body"]}
            assert "rich_text" in kinds and "key_points" in kinds, module["slug"]
            for _kind, value in module["body"]:
                if _kind == "case_study":
                    assert "fiktif" in value["body"].lower(), module["slug"]
        everything = str(course).lower()
        assert "cpla" not in everything or "bukan" in everything
    mediation = next(c for c in course_data() if c["code"] == "MED")
    assert "pasal 23" in str(mediation).lower()
