"""Finish an enrolment that a visitor started before signing in or registering; forget the kept course outlines
when the page tree changes."""
from django.contrib.auth.signals import user_logged_in
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import services
from .models import CoursePage
from .selectors import TREE_VERSION_KEY
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


def _tree_changed() -> None:
    cache.add(TREE_VERSION_KEY, 0, timeout=None)
    try:
        cache.incr(TREE_VERSION_KEY)
    except ValueError:  # evicted between add and incr
        cache.set(TREE_VERSION_KEY, 1, timeout=None)


@receiver(page_published, dispatch_uid="courses_tree_published")
@receiver(page_unpublished, dispatch_uid="courses_tree_unpublished")
@receiver(post_page_move, dispatch_uid="courses_tree_moved")
@receiver(post_save, dispatch_uid="courses_tree_saved")
@receiver(post_delete, dispatch_uid="courses_tree_deleted")
def forget_kept_outlines(sender, instance=None, **kwargs):
    """Now, and again once the transaction commits, so no request in between keeps the old outline."""
    if instance is None or isinstance(instance, Page):
        _tree_changed()
        transaction.on_commit(_tree_changed)
