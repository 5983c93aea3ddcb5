"""Benchmark: the agency dashboard's selectors on a large synthetic population, beside a raw-SQL baseline.

Times every selector behind /laporan/ (best of N runs, so background noise on a shared machine does not count
against us) for a superuser (whole country) and for the staff of a kabupaten/kota (scope "63.71."). Beside them,
measured in the same run on the same tables, is a baseline: one hand-written SQL aggregate, distinct enrolled
people per kabupaten/kota, about the least work any breakdown could do. Ratios show what the full dashboard
(four breakdowns, three counts each, events, gain, expiring list) costs on top of that.

Run from the project root, after seeding (SQLite, the default dev database, or any DATABASE_URL):

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python manage.py migrate
    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python manage.py load_demo
    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python manage.py seed_synthetic --trainees 100000
    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python bench/dashboard.py [runs]

    # PostgreSQL: the same four commands with DATABASE_URL=postgres://postgres@127.0.0.1:5432/pelita_bench
    # (seed_synthetic runs ANALYZE there at the end; without fresh statistics the planner guesses badly).
    # Timings on a shared machine vary by 2x between runs: compare the ratios within one run.
"""
from __future__ import annotations

import os
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the project root
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")

import django

django.setup()

from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrollment
from reports import selectors

BASELINE_SQL = """
    SELECT substr(u.village_id, 1, 5) AS regency, COUNT(DISTINCT e.user_id)
    FROM courses_enrollment e JOIN accounts_user u ON u.id = e.user_id
    WHERE u.village_id LIKE %s
    GROUP BY substr(u.village_id, 1, 5)
"""


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def baseline(prefix: str):
    with connection.cursor() as cursor:
        cursor.execute(BASELINE_SQL, [prefix + "%"])
        return cursor.fetchall()


def main(runs: int = 5) -> None:
    filters = selectors.ReportFilters()
    enrollments = Enrollment.objects.count()
    print(f"database: {connection.vendor}, enrolments: {enrollments}, runs: best of {runs}")
    if not enrollments:
        print("No enrolments: run `manage.py seed_synthetic --trainees 100000` first.")
        return
    parts = {
        "headline": selectors.report_headline,
        "by_regency": selectors.breakdown_by_regency,
        "by_district": selectors.breakdown_by_district,
        "by_village": selectors.breakdown_by_village,
        "by_organisation": selectors.breakdown_by_organisation_type,
        "events": selectors.event_progress,
        "gain": selectors.event_gain,
        "expiring": lambda **kw: selectors.certificates_expiring(**kw, limit=100),
    }
    for label, prefix in (("superuser (all)", ""), ("kab/kota staff (63.71.)", "63.71.")):
        base = best_of(runs, partial(baseline, prefix))
        base_rows = baseline(prefix)
        regency = selectors.breakdown_by_regency(prefix=prefix, filters=filters)
        counted = {row["key"]: row["participants"] for row in regency if row["key"] and row["participants"]}
        assert counted == {key: n for key, n in base_rows if key}, "breakdown and baseline disagree"
        print(f"\n{label}: baseline (1 raw SQL aggregate, {len(base_rows)} groups) {base * 1000:8.1f} ms")
        for name, selector in parts.items():
            took = best_of(runs, partial(selector, prefix=prefix, filters=filters))
            print(f"  {name:16} {took * 1000:8.1f} ms   x{took / base:5.2f} baseline")
        whole = best_of(runs, partial(selectors.report_dashboard, prefix=prefix, filters=filters, expiring_limit=100))
        with CaptureQueriesContext(connection) as queries:
            selectors.report_dashboard(prefix=prefix, filters=filters, expiring_limit=100)
        print(f"  {'whole dashboard':16} {whole * 1000:8.1f} ms   x{whole / base:5.2f} baseline, "
              f"{len(queries)} queries")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
