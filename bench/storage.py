"""Bytes per row of the tables that grow with trainees, on a seeded PostgreSQL database (for docs/capacity.md).

For every table holding more than a few rows: rows, `pg_total_relation_size` (heap, indexes and TOAST) and bytes
per row. The synthetic attempts carry no question snapshot, so one real attempt of the largest quiz is then
started, answered and graded through the services, and the size of its JSON columns printed beside them.

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/pelita_storage
    .venv/bin/python manage.py migrate && .venv/bin/python manage.py load_demo
    .venv/bin/python manage.py seed_synthetic --trainees 2000
    .venv/bin/python bench/storage.py             # adds one attempt for a synthetic trainee

Synthetic completed enrolments have no module completions: one per module of the course is added for them
first (INSERT ... SELECT), so that table is measured too.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the project root
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")

import django

django.setup()

from django.db import connection
from django.db.models import Count

from accounts.models import User
from assessments import services
from assessments.models import Attempt, QuizPage
from certificates.models import Certificate
from certificates.pdf import render_certificate
from certificates.pdf_cache import certificate_data
from tests.factories import correct_bank_response

TABLES_SQL = """
    SELECT c.relname, pg_total_relation_size(c.oid), pg_relation_size(c.oid)
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname = 'public' ORDER BY 2 DESC
"""
MODULE_COMPLETIONS_SQL = """
    INSERT INTO courses_modulecompletion (user_id, module_id, course_id, completed_at)
    SELECT e.user_id, m.page_ptr_id, e.course_id, e.completed_at
    FROM courses_enrollment e
    JOIN wagtailcore_page cp ON cp.id = e.course_id
    JOIN wagtailcore_page mp ON mp.path LIKE cp.path || '%%' AND mp.depth = cp.depth + 1
    JOIN courses_modulepage m ON m.page_ptr_id = mp.id
    WHERE e.completed_at IS NOT NULL
    ON CONFLICT DO NOTHING
"""


def main() -> None:
    if connection.vendor != "postgresql":
        sys.exit("bench/storage.py measures PostgreSQL: set DATABASE_URL=postgres://...")
    with connection.cursor() as cursor:
        cursor.execute(MODULE_COMPLETIONS_SQL)
        cursor.execute("VACUUM ANALYZE")
        cursor.execute(TABLES_SQL)
        tables = cursor.fetchall()
        print(f"{'table':<40} {'rows':>9} {'total KiB':>10} {'bytes/row':>10} {'heap/row':>9}")
        for name, total, heap in tables:
            cursor.execute(f'SELECT count(*) FROM "{name}"')
            rows = cursor.fetchone()[0]
            if rows >= 20:
                print(f"{name:<40} {rows:>9} {total / 1024:>10.0f} {total / rows:>10.0f} {heap / rows:>9.0f}")
        cursor.execute("SELECT pg_database_size(current_database())")
        print(f"database: {cursor.fetchone()[0] / 2**20:.1f} MiB")

    quiz = QuizPage.objects.annotate(n=Count("slots")).filter(n__gt=0).order_by("-n").first()
    user = User.objects.filter(quiz_attempts__isnull=True, is_staff=False).order_by("pk").first()
    attempt = services.attempt_start(user=user, quiz=quiz)
    answers = {str(index): correct_bank_response(entry) for index, entry in enumerate(attempt.snapshot)}
    Attempt.objects.filter(pk=attempt.pk).update(responses=answers)
    attempt = services.attempt_submit(attempt_id=attempt.pk, user=user)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_column_size(snapshot), pg_column_size(responses), pg_column_size(results), "
                       "pg_column_size(t.*) FROM assessments_attempt t WHERE id = %s", [attempt.pk])
        snapshot, responses, results, row = cursor.fetchone()
    print(f"one real attempt of '{quiz.title}' ({len(attempt.snapshot)} questions, {attempt.percent}%): row {row} "
          f"bytes stored (snapshot {snapshot}, responses {responses}, results {results}; after compression)")
    for certificate in Certificate.objects.select_related("agency").order_by("-agency__logo", "pk")[:3]:
        agency = certificate.agency
        print(f"certificate PDF: {len(render_certificate(certificate_data(certificate)))} bytes (agency logo: "
              f"{'yes' if agency.logo_id else 'no'}, signature image: {'yes' if agency.signature_id else 'no'})")


if __name__ == "__main__":
    main()
