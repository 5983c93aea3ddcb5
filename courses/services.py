"""Writes for enrolment and progress."""
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import CoursePage, Enrollment, ModuleCompletion, ModulePage
from .selectors import course_requirements, requirements_complete
from .signals import course_completed


def enrollment_create(*, user, course: CoursePage, source: str = Enrollment.Source.SELF) -> Enrollment:
    """Enrol `user` in `course`; enrolling twice returns the existing enrolment."""
    if source == Enrollment.Source.SELF and course.enrolment != CoursePage.Enrolment.OPEN:
        existing = Enrollment.objects.filter(user=user, course=course).first()
        if existing:
            return existing
        raise PermissionDenied(_("Kursus ini hanya untuk peserta yang diundang atau mengikuti pelatihan."))
    try:
        with transaction.atomic():
            enrollment, _created = Enrollment.objects.get_or_create(user=user, course=course,
                                                                    defaults={"source": source})
    except IntegrityError:  # two requests at once: the other one won
        enrollment = Enrollment.objects.get(user=user, course=course)
    return enrollment


def enrollments_create(*, users, course: CoursePage, source: str) -> None:
    """Enrol many people at once (a training event's participant list); existing enrolments are kept as they
    are. Only for sources that enrol on an agency's behalf, never self-enrolment in an invitation-only course."""
    if source == Enrollment.Source.SELF:
        raise ValueError("enrollments_create is for event and invitation enrolments")
    Enrollment.objects.bulk_create([Enrollment(user=user, course=course, source=source) for user in users],
                                   ignore_conflicts=True)


def module_complete(*, user, module: ModulePage) -> ModuleCompletion:
    """Mark `module` studied by an enrolled `user` (idempotent); completes the enrolment when all is done."""
    course = module.get_parent().specific
    enrollment = Enrollment.objects.filter(user=user, course=course).first()
    if enrollment is None:
        raise PermissionDenied(_("Ikuti kursus ini terlebih dahulu."))
    with transaction.atomic():
        completion, _created = ModuleCompletion.objects.get_or_create(
            user=user, module=module, defaults={"course": course})
        enrollment_refresh_completion(user=user, course=course)
    return completion


def enrollment_refresh_completion(*, user, course: CoursePage) -> Enrollment | None:
    """Mark the enrolment complete once the course's requirements are met (selectors.course_requirements)."""
    with transaction.atomic():
        enrollment = Enrollment.objects.select_for_update().filter(user=user, course=course).first()
        if enrollment is None or enrollment.completed_at is not None:
            return enrollment
        if not requirements_complete(course_requirements(course=course, users=[user])[user.pk]):
            return enrollment
        enrollment.completed_at = timezone.now()
        enrollment.save(update_fields=["completed_at"])
        transaction.on_commit(lambda: course_completed.send(
            sender=Enrollment, user=user, course=course, enrollment=enrollment))
    return enrollment
