"""Issue a certificate when a course is completed (or a trainer signs off), after the transaction commits."""
from django.db import transaction

from courses import registry
from courses.signals import course_completed


def on_course_completed(sender, user, course, **kwargs):
    enqueue_issue(user_id=user.pk, course_id=course.pk)


def enqueue_issue(*, user_id: int, course_id: int):
    from .tasks import certificate_issue_task

    transaction.on_commit(lambda: certificate_issue_task.delay(user_id, course_id))


def connect():
    from . import selectors

    course_completed.connect(on_course_completed, dispatch_uid="certificates.on_course_completed")
    registry.course_panels.append(selectors.course_certificate_panel)
    registry.learning_annotators.append(selectors.annotate_learning)
