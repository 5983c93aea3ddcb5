"""Enrolment and progress services: idempotent, refused where they must be, and signalling completion."""
import pytest
from django.core.exceptions import PermissionDenied

from courses import selectors, services
from courses.models import CoursePage, Enrollment, ModuleCompletion, ModulePage
from courses.signals import course_completed
from tests import factories


def test_enrol_twice_keeps_one_enrollment(trainee, course):
    first = services.enrollment_create(user=trainee, course=course)
    second = services.enrollment_create(user=trainee, course=course)
    assert first.pk == second.pk
    assert Enrollment.objects.filter(user=trainee, course=course).count() == 1


def test_invitation_only_course_refuses_self_enrolment(trainee, db):
    course = factories.course_with_modules(1, enrolment=CoursePage.Enrolment.INVITATION)
    with pytest.raises(PermissionDenied):
        services.enrollment_create(user=trainee, course=course)
    assert not Enrollment.objects.exists()
    services.enrollment_create(user=trainee, course=course, source=Enrollment.Source.INVITATION)
    assert Enrollment.objects.filter(user=trainee, course=course).exists()


def test_completing_a_module_requires_enrolment(trainee, course):
    module = ModulePage.objects.child_of(course).first()
    with pytest.raises(PermissionDenied):
        services.module_complete(user=trainee, module=module)
    assert not ModuleCompletion.objects.exists()


def test_progress_resume_and_course_completion(trainee, course, django_capture_on_commit_callbacks):
    received = []
    course_completed.connect(lambda **kw: received.append(kw["course"].pk), weak=False,
                            dispatch_uid="test-progress")
    try:
        services.enrollment_create(user=trainee, course=course)
        modules = list(ModulePage.objects.child_of(course).live())
        outline = selectors.course_outline(course=course, user=trainee)
        assert outline["progress_percent"] == 0 and outline["resume_module"].pk == modules[0].pk

        with django_capture_on_commit_callbacks(execute=True):
            services.module_complete(user=trainee, module=modules[0])
            services.module_complete(user=trainee, module=modules[0])  # twice: still one completion
        assert ModuleCompletion.objects.filter(user=trainee).count() == 1
        outline = selectors.course_outline(course=course, user=trainee)
        assert outline["progress_percent"] == 33 and outline["resume_module"].pk == modules[1].pk
        assert received == []

        with django_capture_on_commit_callbacks(execute=True):
            for module in modules[1:]:
                services.module_complete(user=trainee, module=module)
        outline = selectors.course_outline(course=course, user=trainee)
        assert outline["progress_percent"] == 100 and outline["resume_module"] is None
        assert Enrollment.objects.get(user=trainee, course=course).completed_at is not None
        assert received == [course.pk]
    finally:
        course_completed.disconnect(dispatch_uid="test-progress")


def test_my_learning_counts_only_live_modules(trainee, course):
    services.enrollment_create(user=trainee, course=course)
    modules = list(ModulePage.objects.child_of(course))
    services.module_complete(user=trainee, module=modules[0])
    modules[2].unpublish()
    [entry] = selectors.my_learning(user=trainee)
    assert (entry.modules_done, entry.module_count, entry.progress_percent) == (1, 2, 50)
