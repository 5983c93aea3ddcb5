"""500 certificate issues on a real worker that is SIGKILLed midway and restarted: every certificate is
issued exactly once and every PDF is valid, with a QR code that decodes to its verification URL."""
import os
import signal
import subprocess
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from accounts.models import User
from certificates.models import Certificate
from certificates.pdf import render_certificate, render_many
from certificates.pdf_cache import certificate_data
from certificates.services import verification_url
from certificates.tasks import certificate_issue_task
from courses.models import Enrollment, ModuleCompletion, ModulePage
from tests import factories, tools

from .workers import finished, start_worker, stop_worker, wait_for

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(not os.environ.get("CELERY_BROKER_URL"), reason="CELERY_BROKER_URL not set (run .ci/run)"),
]
N = 500


@pytest.fixture
def eligible_trainees(transactional_db, django_db_serialized_rollback):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    agency = factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin")
    course = factories.course_with_modules(1, code="PRL", jp_hours=24)
    course.issuing_agency = agency
    course.save()
    module = ModulePage.objects.child_of(course).get()
    users = User.objects.bulk_create([User(username=f"massal{i}", full_name=f"Peserta Massal {i:03d}",
                                           email=f"massal{i}@contoh.test") for i in range(N)])
    now = timezone.now()
    Enrollment.objects.bulk_create([Enrollment(user=u, course=course, completed_at=now) for u in users])
    ModuleCompletion.objects.bulk_create([ModuleCompletion(user=u, module=module, course=course) for u in users])
    return course, users


def test_issue_500_with_worker_killed_midway(eligible_trainees, tmp_path):
    course, users = eligible_trainees
    env = {"CELERY_VISIBILITY_TIMEOUT": "5"}
    worker = start_worker(tmp_path / "worker.log", concurrency=2, **env)
    try:
        sent = [certificate_issue_task.delay(user.pk, course.pk).id for user in users]
        # duplicated messages, as retries would produce
        sent += [certificate_issue_task.delay(user.pk, course.pk).id for user in users[::5]]
        assert wait_for(lambda: Certificate.objects.count() >= N // 4, timeout=180)
        stop_worker(worker, sig=signal.SIGKILL)  # killed midway: tasks in flight are lost unacknowledged
        killed_at = Certificate.objects.count()
        assert killed_at < N
        worker = start_worker(tmp_path / "worker.log", concurrency=2, **env)
        assert wait_for(lambda: Certificate.objects.count() >= N, timeout=300), \
            (Certificate.objects.count(), (tmp_path / "worker.log").read_text()[-3000:])
        # Every message has run (a bounded wait for the event, not a sleep): stragglers must have added nothing.
        assert wait_for(lambda: finished(tmp_path / "worker.log", certificate_issue_task.name, sent), timeout=180)
    finally:
        stop_worker(worker)
    assert Certificate.objects.count() == N
    assert Certificate.objects.values("user").distinct().count() == N
    numbers = list(Certificate.objects.values_list("number", flat=True))
    assert len(set(numbers)) == N

    certificates = list(Certificate.objects.select_related("agency").order_by("number"))
    data = [certificate_data(c) for c in certificates]
    if tools.present("qpdf"):
        for index, item in enumerate(data):
            path = tmp_path / f"c{index}.pdf"
            path.write_bytes(render_certificate(item))
            assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0
            path.unlink()
    if tools.present("pdftoppm", "zbarimg"):
        expected = {verification_url(c.code) for c in certificates}
        decoded = _decode_pages(render_many(data), tmp_path / "pack", dpi=110)
        missing = sorted(expected - decoded)
        if missing:  # a page read badly at low resolution: look again, sharper, before calling it unreadable
            again = [item for item in data if item.verification_url in set(missing)]
            decoded |= _decode_pages(render_many(again), tmp_path / "again", dpi=220)
        assert expected - decoded == set(), sorted(expected - decoded)[:5]
        assert decoded - expected == set(), sorted(decoded - expected)[:5]


def _decode_pages(pdf: bytes, folder: Path, dpi: int) -> set[str]:
    folder.mkdir()
    (folder / "pack.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(folder / "pack.pdf"), str(folder / "p")], check=True)
    pages = sorted(str(p) for p in folder.glob("p*.png"))
    # QR codes only: the ornaments can look like a linear barcode to zbar.
    result = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", *pages],
                            capture_output=True, text=True)
    return {line.strip().split("?p=")[0] for line in result.stdout.splitlines() if line.strip()}
