"""Issue a certificate when a course is completed (or a trainer signs off), after the transaction commits."""
from courses.signals import course_completed

from .tasks import certificate_issue_on_commit


def on_course_completed(sender, user, course, **kwargs):
    certificate_issue_on_commit(user_id=user.pk, course_id=course.pk)


def on_attendance_recorded(sender, event_id, user_ids, **kwargs):
    """Attendance may have completed the rule for trainees who finished the course earlier: check again."""
    from cohorts.models import TrainingEvent
    from courses.models import Enrollment

    from .models import Certificate

    course_id = TrainingEvent.objects.filter(pk=event_id).values_list("course_id", flat=True).first()
    if course_id is None:
        return
    finished = set(Enrollment.objects.filter(course_id=course_id, user_id__in=user_ids, completed_at__isnull=False)
                   .values_list("user_id", flat=True))
    certified = set(Certificate.objects.filter(course_id=course_id, user_id__in=finished)
                    .exclude(status=Certificate.Status.SUPERSEDED).values_list("user_id", flat=True))
    for user_id in sorted(finished - certified):
        certificate_issue_on_commit(user_id=user_id, course_id=course_id)


def connect():
    from cohorts.signals import attendance_recorded


    course_completed.connect(on_course_completed, dispatch_uid="certificates.on_course_completed")
    attendance_recorded.connect(on_attendance_recorded, dispatch_uid="certificates.on_attendance_recorded")
