"""Finish an enrolment that a visitor started before signing in or registering."""
from django.contrib.auth.signals import user_logged_in
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver

from . import services
from .models import CoursePage
from .views import ENROL_AFTER_SIGN_IN


@receiver(user_logged_in, dispatch_uid="courses_enrol_after_sign_in")
def enrol_after_sign_in(sender, request, user, **kwargs):
    course_id = request.session.pop(ENROL_AFTER_SIGN_IN, None) if request is not None else None
    course = CoursePage.objects.live().filter(pk=course_id).first() if course_id else None
    if course is None:
        return
    try:
        services.enrollment_create(user=user, course=course)
    except PermissionDenied:
        pass  # an invitation-only course: the course page explains how to join

