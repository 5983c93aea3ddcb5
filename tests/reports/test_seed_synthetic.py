"""`seed_synthetic` builds a consistent population the dashboard can read (a small run; the big one is timed
in bench/dashboard.py)."""
import pytest
from django.core.management import call_command

from accounts.models import User
from certificates.models import Certificate
from cohorts.models import Attendance, Participant, TrainingEvent
from courses.models import CoursePage, Enrollment
from reports.selectors import ReportFilters, report_dashboard
from tests import factories

pytestmark = pytest.mark.django_db


def test_small_run_without_courses_creates_what_it_needs(capsys):
    factories.region_chain()  # villages of Kalimantan Selatan exist, so load_regions is not needed
    call_command("seed_synthetic", trainees=200, seed=3)
    out = capsys.readouterr().out
    assert "200 peserta" in out
    people = User.objects.filter(username__startswith="sintetis-")
    assert people.count() == 200 and not people.first().has_usable_password()
    assert CoursePage.objects.count() == 3  # minimal courses, as none existed
    enrolments = Enrollment.objects.filter(user__in=people)
    assert 400 <= enrolments.count() <= 600
    assert 0.3 < enrolments.filter(completed_at__isnull=False).count() / enrolments.count() < 0.7
    certificates = Certificate.objects.filter(user__in=people)
    assert certificates.count() == 34  # every sixth trainee
    assert certificates.values("number").distinct().count() == 34
    assert TrainingEvent.objects.count() >= 1 and Participant.objects.count() >= 5 and Attendance.objects.exists()
    headline = report_dashboard(prefix="63.", filters=ReportFilters())["headline"]
    assert headline["participants"] == 200 and headline["completed"] == enrolments.filter(
        completed_at__isnull=False).count()

    call_command("seed_synthetic", trainees=10)  # a second run adds, never clashes
    assert User.objects.filter(username__startswith="sintetis-").count() == 210
