"""Certificate jobs: thin, retried, and safe to run twice (the service and a unique constraint see to it)."""
from celery import shared_task
from django.db import DatabaseError, transaction

from . import services


@shared_task(bind=True, acks_late=True, max_retries=5, default_retry_delay=5, autoretry_for=(DatabaseError,),
             retry_backoff=True)
def certificate_issue_task(self, user_id: int, course_id: int):
    try:
        return services.certificate_issue(user_id=user_id, course_id=course_id).pk
    except services.NotEligible:
        return None  # e.g. waiting for a trainer's sign-off: the sign-off enqueues again


def certificate_issue_on_commit(*, user_id: int, course_id: int):
    """Try to issue once the current transaction commits (completion, attendance or a trainer's sign-off)."""
    transaction.on_commit(lambda: certificate_issue_task.delay(user_id, course_id))


@shared_task(acks_late=True, max_retries=3, default_retry_delay=60)
def certificate_email_task(certificate_id: int):
    return services.certificate_email_send(certificate_id=certificate_id)


@shared_task(bind=True, acks_late=True, max_retries=3, default_retry_delay=30)
def bulk_issue_task(self, job_id: int):
    from .bulk import bulk_issue_run
    from .models import BulkIssueJob

    try:
        return bulk_issue_run(job_id=job_id).pk
    except Exception as exc:
        BulkIssueJob.objects.filter(pk=job_id).update(status=BulkIssueJob.Status.FAILED, error=str(exc)[:2000])
        raise
