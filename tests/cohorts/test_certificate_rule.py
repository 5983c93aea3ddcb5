"""The certificate rule includes workshop attendance when the course was taken in a training event."""
from wagtail import hooks

from cohorts import services
from cohorts.models import Participant
from cohorts.selectors import attendance_requirements
from courses.services import enrollment_create
from tests import factories


def attendance_missing(user, course) -> list[str]:
    return [r.label for r in attendance_requirements(course, [user.pk]).get(user.pk, []) if not r.met]


def test_registered_in_the_course_requirements_for_the_certificate_only(world):
    assert attendance_requirements in hooks.get_hooks("pelita_course_requirements")
    event = world["events"]["a"]
    [requirement] = attendance_requirements(event.course, [event.people[0].user_id])[event.people[0].user_id]
    assert requirement.for_certificate and not requirement.met  # completion of the course does not wait for it


def test_below_minimum_lists_the_attendance(world):
    event = world["events"]["a"]
    for _ in range(3):  # five sessions in all
        factories.SessionFactory(event=event)
    sessions = list(event.sessions.all())
    first, second = event.people
    for session in sessions[:3]:
        services.attendance_roster_save(session=session, present_ids=[first.pk, second.pk], recorded_by=None)
    services.attendance_roster_save(session=sessions[3], present_ids=[first.pk], recorded_by=None)
    services.attendance_roster_save(session=sessions[4], present_ids=[first.pk], recorded_by=None)
    assert attendance_missing(first.user, event.course) == []  # 5 of 5
    missing = attendance_missing(second.user, event.course)  # 3 of 5
    assert len(missing) == 1 and missing[0].startswith("Kehadiran 60% dari minimal 80%")
    event.min_attendance_percent = 60
    event.save()
    assert attendance_missing(second.user, event.course) == []


def test_exactly_the_minimum_passes_and_rounding_never_flatters(world):
    event = world["events"]["a"]
    for _ in range(8):  # ten sessions
        factories.SessionFactory(event=event)
    sessions = list(event.sessions.all())
    first, second = event.people
    for session in sessions[:8]:
        services.attendance_roster_save(session=session, present_ids=[first.pk], recorded_by=None)
    assert attendance_missing(first.user, event.course) == []  # 8 of 10 = 80%
    event.min_attendance_percent = 81
    event.save()
    assert attendance_missing(first.user, event.course)[0].startswith("Kehadiran 80% dari minimal 81%")


def test_not_in_an_event_or_withdrawn_means_nothing_missing(world, trainee):
    event = world["events"]["a"]
    assert attendance_missing(trainee, event.course) == []
    withdrawn = event.people[0]
    withdrawn.status = Participant.Status.WITHDRAWN
    withdrawn.save()
    assert attendance_missing(withdrawn.user, event.course) == []
    assert attendance_missing(event.people[1].user, event.course)  # 0 of 2 sessions


def test_certificate_rule_reports_attendance(world):
    from certificates.services import certificate_missing

    course = world["course"]
    course.issuing_agency = world["agency_a"]
    course.save()
    participant = world["events"]["a"].people[0]
    enrollment_create(user=participant.user, course=course, source="event")
    assert any(m.startswith("Kehadiran 0% dari minimal 80%") for m in certificate_missing(user=participant.user,
                                                                                     course=course))
