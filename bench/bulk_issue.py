"""Time to issue N certificates (default 2,000) with 2 Celery worker processes on Redis + PostgreSQL, printed
beside a baseline measured in the same run: building N bare one-line ReportLab pages in this process.

Needs the services: PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/pelita_bench, created
if missing) and Redis (CELERY_BROKER_URL, default redis://127.0.0.1:6379/13).

    .venv/bin/python bench/bulk_issue.py [N]
"""
import io
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/pelita_bench")
os.environ.setdefault("CELERY_BROKER_URL", "redis://127.0.0.1:6379/13")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.test")


def ensure_database():
    import psycopg

    name = os.environ["DATABASE_URL"].rsplit("/", 1)[1]
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def baseline(n: int) -> float:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    started = time.perf_counter()
    for i in range(n):
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=landscape(A4))
        canvas.drawString(100, 100, f"Sertifikat {i}")
        canvas.showPage()
        canvas.save()
    return time.perf_counter() - started


def setup(n: int):
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from django.utils import timezone

    from accounts.models import Agency, Region, User
    from certificates.models import Certificate, CertificateEvent, CertificateSequence
    from courses.models import Enrollment, ModuleCompletion, ModulePage
    from tests import factories

    CertificateEvent.objects.all().delete()
    Certificate.objects.all().delete()
    CertificateSequence.objects.all().delete()
    ModuleCompletion.objects.filter(user__username__startswith="bench").delete()
    Enrollment.objects.filter(user__username__startswith="bench").delete()
    User.objects.filter(username__startswith="bench").delete()
    if not Region.objects.filter(code="63").exists():
        factories.region_chain()
    from courses.models import CoursePage

    agency = Agency.objects.filter(code="DP3A-BENCH").first() or factories.AgencyFactory(code="DP3A-BENCH")
    course = CoursePage.objects.filter(code="BENCH").first() or factories.course_with_modules(
        1, code="BENCH", jp_hours=24, slug="kursus-bench", title="Kursus bench")
    course.issuing_agency = agency
    course.save()
    module = ModulePage.objects.child_of(course).get()
    users = User.objects.bulk_create([User(username=f"bench{i}", full_name=f"Peserta Uji {i:04d}") for i in range(n)])
    now = timezone.now()
    Enrollment.objects.bulk_create([Enrollment(user=u, course=course, completed_at=now) for u in users])
    ModuleCompletion.objects.bulk_create([ModuleCompletion(user=u, module=module, course=course) for u in users])
    return course, users


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    ensure_database()
    course, users = setup(n)
    from certificates.models import Certificate
    from certificates.pdf_cache import certificates_pdf
    from certificates.tasks import certificate_issue_task
    from website.celery import app

    app.control.purge()  # messages left by an earlier run must not be timed with this one
    workers = [subprocess.Popen([sys.executable, "-m", "celery", "-A", "website", "worker", "--concurrency=1",
                                 "--pool=prefork", "-n", f"bench{i}@%h", "--without-gossip", "--without-mingle",
                                 "--loglevel=WARNING"], cwd=ROOT, env=os.environ.copy(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for i in range(2)]
    try:
        time.sleep(3)  # workers connect
        started = time.perf_counter()
        for user in users:
            certificate_issue_task.delay(user.pk, course.pk)
        while Certificate.objects.filter(course=course).count() < n:
            time.sleep(0.2)
        issued = time.perf_counter() - started
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
        app.control.purge()  # the "certificate ready" emails queued by the run
    started = time.perf_counter()
    certificates = list(Certificate.objects.filter(course=course).select_related("agency"))
    pack = certificates_pdf(certificates)
    packed = time.perf_counter() - started
    base = baseline(n)
    print(f"issue {n} certificates, 2 worker processes : {issued:7.2f} s  ({n / issued:6.1f}/s)")
    print(f"print pack of {n} pages (one process)      : {packed:7.2f} s  ({len(pack) / 1e6:.1f} MB)")
    print(f"baseline: {n} bare ReportLab pages         : {base:7.2f} s")
    print(f"ratio issue/baseline: {issued / base:.1f}x   pack/baseline: {packed / base:.1f}x")


if __name__ == "__main__":
    main()
