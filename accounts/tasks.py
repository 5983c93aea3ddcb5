"""Background jobs for accounts: thin wrappers around services, safe to run twice."""
from celery import shared_task

from . import services


@shared_task(bind=True, max_retries=5, default_retry_delay=60, acks_late=True)
def user_welcome_email_task(self, user_id: int) -> bool:
    try:
        return services.user_welcome_email_send(user_id=user_id)
    except OSError as exc:  # mail server unreachable: try again later (the claim is rolled back below)
        from .models import User

        User.objects.filter(pk=user_id).update(welcomed_at=None)
        raise self.retry(exc=exc) from exc


@shared_task(bind=True, max_retries=5, default_retry_delay=60, acks_late=True)
def registration_attempt_notice_task(self, user_id: int) -> bool:
    try:
        return services.registration_attempt_notice_send(user_id=user_id)
    except OSError as exc:
        raise self.retry(exc=exc) from exc
