"""Background jobs for training events: thin wrappers around services, safe to run twice."""
from celery import shared_task

from . import services


@shared_task(bind=True, max_retries=5, default_retry_delay=60, acks_late=True)
def participant_invitation_send_task(self, participant_id: int, site_url: str) -> bool:
    try:
        return services.participant_invitation_send(participant_id=participant_id, site_url=site_url)
    except OSError as exc:  # mail server unreachable: release the claim and try again later
        from .models import Participant

        Participant.objects.filter(pk=participant_id).update(invited_at=None)
        raise self.retry(exc=exc) from exc


@shared_task
def uploads_remove_stale_task() -> int:
    """Participant lists previewed but never confirmed leave the media folder once they expire."""
    from .uploads import uploads_remove_stale

    return uploads_remove_stale()
@shared_task(acks_late=True, time_limit=1800, soft_time_limit=1700)
def participants_import_job_run_task(job_id: int) -> bool:
    return services.participants_import_job_run(job_id=job_id)
