"""The demo training events: a finished paralegal training and an upcoming one, created once."""
import datetime

from django.utils import timezone

from cohorts.models import Attendance, Participant, TrainingEvent
from cohorts.selectors import event_progress
from courses.models import ModuleCompletion
from demo import activity
from tests import factories


def test_demo_events_are_realistic_and_idempotent(db, roles):
    city = factories.region_chain().parent.parent
    for _name, _org, code, *_rest in activity.PAST_PARTICIPANTS + activity.UPCOMING_PARTICIPANTS:
        factories.village_named(code, f"Desa {code}")
    agency = factories.AgencyFactory(code="DP3A-BJM", region=city)
    trainer = factories.UserFactory()
    prl = factories.course_with_modules(3, code="PRL")
    factories.course_with_modules(2, code="MK")
    args = ({"DP3A-BJM": agency}, {"trainer": trainer})

    activity.demo_events(*args)
    snapshot = (TrainingEvent.objects.count(), Participant.objects.count(), Attendance.objects.count(),
                ModuleCompletion.objects.count())
    activity.demo_events(*args)
    assert (TrainingEvent.objects.count(), Participant.objects.count(), Attendance.objects.count(),
            ModuleCompletion.objects.count()) == snapshot

    today = timezone.localdate()
    past = TrainingEvent.objects.get(title=activity.PAST_EVENT_TITLE)
    assert past.course == prl and past.organiser == agency and past.end_date < today
    assert (past.end_date - past.start_date) == datetime.timedelta(days=2) and past.sessions.count() == 6
    progress = event_progress(past)
    assert progress["participants_total"] == 12 and progress["below_minimum"] == 2
    assert all(p.user.village.code.startswith("63.71.") for p in progress["participants"])
    assert ModuleCompletion.objects.filter(course=prl).count() == 12 * 3

    upcoming = TrainingEvent.objects.get(title=activity.UPCOMING_EVENT_TITLE)
    assert upcoming.start_date == today + datetime.timedelta(days=14) and upcoming.course.code == "MK"
    assert set(upcoming.participants.values_list("status", flat=True)) == {Participant.Status.INVITED}
    assert upcoming.participants.count() == 5 and trainer in upcoming.trainers.all()
