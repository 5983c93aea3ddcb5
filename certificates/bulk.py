"""Bulk issuing for a training event: preview who qualifies, then issue all and build the print pack + ZIP."""
import io
import zipfile

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from cohorts.models import Participant, TrainingEvent

from . import services
from .models import BulkIssueJob, Certificate


def event_preview(*, event: TrainingEvent) -> dict:
    """Each participant with either 'qualifies' or what is still missing (nothing is written)."""
    participants = list(Participant.objects.filter(event=event).exclude(status=Participant.Status.WITHDRAWN)
                        .select_related("user").order_by("user__full_name"))
    issued = set(Certificate.objects.filter(course=event.course, user__in=[p.user_id for p in participants])
                 .exclude(status=Certificate.Status.SUPERSEDED).values_list("user_id", flat=True))
    missing = services.certificates_missing(course=event.course,
                                            users=[p.user_id for p in participants if p.user_id not in issued])
    rows = [{"participant": p, "issued": p.user_id in issued, "missing": missing.get(p.user_id, [])}
            for p in participants]
    qualifying = [r["participant"].user_id for r in rows if not r["issued"] and not r["missing"]]
    # The print pack holds every current certificate of the event, old and new.
    printable = [r["participant"].user_id for r in rows if r["issued"] or not r["missing"]]
    return {"rows": rows, "qualifying": qualifying, "printable": printable}


def bulk_issue_start(*, event: TrainingEvent, actor, user_ids: list[int]) -> BulkIssueJob:
    job = BulkIssueJob.objects.create(event=event, created_by=actor, user_ids=sorted(set(user_ids)),
                                      total=len(set(user_ids)))
    from .tasks import bulk_issue_task

    transaction.on_commit(lambda: bulk_issue_task.delay(job.pk))
    return job


def bulk_issue_run(*, job_id: int) -> BulkIssueJob:
    """Issue (idempotently) for every confirmed participant, then write one merged PDF and a ZIP."""
    from .pdf_cache import certificate_pdf, certificates_pdf

    job = BulkIssueJob.objects.select_related("event__course").get(pk=job_id)
    if job.status == BulkIssueJob.Status.DONE:
        return job
    BulkIssueJob.objects.filter(pk=job.pk).update(status=BulkIssueJob.Status.RUNNING, done=0)
    event = job.event
    certificates = []
    for count, user_id in enumerate(job.user_ids, start=1):
        try:
            certificates.append(services.certificate_issue(user_id=user_id, course_id=event.course_id))
        except services.NotEligible:
            pass  # qualified at preview, no longer (e.g. a correction): skipped, listed on the job page
        BulkIssueJob.objects.filter(pk=job.pk).update(done=count)
    certificates.sort(key=lambda c: c.holder_name)
    slug = slugify(event.title)[:50] or "pelatihan"
    pack = certificates_pdf(certificates, title=event.title) if certificates else b""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for certificate in certificates:
            bundle.writestr(f"{certificate.number.replace('/', '-')}-{slugify(certificate.holder_name)}.pdf",
                            certificate_pdf(certificate))
    job.refresh_from_db()
    job.pack.save(f"{slug}-{job.pk}.pdf", ContentFile(pack), save=False)
    job.archive.save(f"{slug}-{job.pk}.zip", ContentFile(archive.getvalue()), save=False)
    job.status = BulkIssueJob.Status.DONE
    job.finished_at = timezone.now()
    job.save()
    return job
