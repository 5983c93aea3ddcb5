"""Staff pages for a training event's certificates: preview names, issue all, watch progress, download."""
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from cohorts.models import TrainingEvent
from cohorts.selectors import managed_events

from . import bulk
from .models import BulkIssueJob


def _event_for_staff(user, event_id) -> TrainingEvent:
    """An event organised by an agency the user acts for as staff; any other id does not exist (404)."""
    event = get_object_or_404(managed_events(user).select_related("course", "organiser"), pk=event_id)
    if not user.has_perm("certificates.change_certificate"):
        raise Http404
    return event


@login_required
@require_http_methods(["GET", "POST"])
def event_certificates(request, event_id: int):
    event = _event_for_staff(request.user, event_id)
    preview = bulk.event_preview(event=event)
    if request.method == "POST" and preview["printable"]:
        job = bulk.bulk_issue_start(event=event, actor=request.user, user_ids=preview["printable"])
        return redirect("certificates:bulk_job", job_id=job.pk)
    return render(request, "certificates/bulk_preview.html", {
        "event": event, **preview, "jobs": event.bulk_jobs.all()[:5]})


@login_required
def bulk_job(request, job_id: int):
    job = get_object_or_404(BulkIssueJob.objects.select_related("event"), pk=job_id)
    _event_for_staff(request.user, job.event_id)
    return render(request, "certificates/bulk_job.html", {"job": job, "event": job.event})


@login_required
def bulk_download(request, job_id: int, kind: str):
    job = get_object_or_404(BulkIssueJob, pk=job_id, status=BulkIssueJob.Status.DONE)
    _event_for_staff(request.user, job.event_id)
    field = job.pack if kind == "pdf" else job.archive
    if not field:
        raise Http404
    return FileResponse(field.open("rb"), as_attachment=True, filename=field.name.rsplit("/", 1)[-1])
