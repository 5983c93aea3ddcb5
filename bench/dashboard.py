"""Benchmark: the agency dashboard on a large synthetic population, beside raw-SQL baselines.

Times (best of N runs, so background noise on a shared machine does not count against us), for a superuser
(whole country), the staff of the province (scope "63.") and of a kabupaten/kota (scope "63.71."):

- the whole dashboard page, /laporan/, rendered in-process by Django's test client as that person (session,
  permissions, form, every query and the template), and its query count;
- the dashboard's selectors alone (`report_dashboard`);
- baseline "same numbers": hand-written PostgreSQL computing the same people counts (participants, completed
  enrolments and certified people for the headline and per kabupaten/kota, kecamatan, desa/kelurahan,
  organisation type and sex, with GROUPING SETS over a per-person pre-aggregate) and the count of
  certificates expiring within 90 days: the least work those numbers need. The events, pre/post gain and
  expiring-list tables are not in it, only in the page (so the ratio is conservative);
- baseline "one aggregate": distinct enrolled people per kabupaten/kota, the earlier yardstick.

Run from the project root, after seeding (PostgreSQL; the "same numbers" baseline needs GROUPING SETS):

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/pelita_bench
    .venv/bin/python manage.py migrate && .venv/bin/python manage.py load_demo
    .venv/bin/python manage.py seed_synthetic --trainees 100000    # ~65 s; runs ANALYZE at the end
    .venv/bin/python bench/dashboard.py [runs]

Timings on a shared machine vary by 2x between runs: compare the ratios within one run.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the project root
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")

import django

django.setup()

from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.utils import timezone

from accounts.models import Agency, User
from accounts.roles import STAFF
from courses.models import Enrollment
from reports import selectors

ONE_AGGREGATE_SQL = """
    SELECT substr(u.village_id, 1, 5) AS regency, COUNT(DISTINCT e.user_id)
    FROM courses_enrollment e JOIN accounts_user u ON u.id = e.user_id
    WHERE u.village_id LIKE %(prefix)s
    GROUP BY substr(u.village_id, 1, 5)
"""
SAME_NUMBERS_SQL = """
    WITH enrolled AS (
        SELECT user_id, COUNT(*) FILTER (WHERE completed_at IS NOT NULL) AS completed
        FROM courses_enrollment GROUP BY user_id),
    certified AS (
        SELECT DISTINCT user_id FROM certificates_certificate
        WHERE status = 'valid' AND (expires_on IS NULL OR expires_on >= %(today)s)),
    people AS (
        SELECT u.village_id, u.organisation_type, u.sex, e.completed, e.user_id IS NOT NULL AS is_enrolled,
               c.user_id IS NOT NULL AS is_certified
        FROM accounts_user u LEFT JOIN enrolled e ON e.user_id = u.id LEFT JOIN certified c ON c.user_id = u.id
        WHERE u.village_id LIKE %(prefix)s AND (e.user_id IS NOT NULL OR c.user_id IS NOT NULL))
    SELECT substr(village_id, 1, 5), substr(village_id, 1, 8), village_id, organisation_type, sex,
           COUNT(*) FILTER (WHERE is_enrolled), COALESCE(SUM(completed), 0), COUNT(*) FILTER (WHERE is_certified)
    FROM people
    GROUP BY GROUPING SETS ((), (1), (2), (3), (4), (5))
"""
EXPIRING_SQL = """
    SELECT COUNT(*) FROM certificates_certificate c JOIN accounts_user u ON u.id = c.user_id
    WHERE c.status = 'valid' AND c.expires_on BETWEEN %(today)s AND %(today)s + 90 AND u.village_id LIKE %(prefix)s
"""


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def raw(sql: str, prefix: str) -> list:
    with connection.cursor() as cursor:
        cursor.execute(sql, {"prefix": prefix + "%", "today": timezone.localdate()})
        return cursor.fetchall()


def same_numbers(prefix: str) -> list:
    return raw(SAME_NUMBERS_SQL, prefix) + raw(EXPIRING_SQL, prefix)


def signed_in(prefix: str) -> Client:
    """A client signed in as a superuser ("") or as staff of the agency of the region `prefix` names."""
    if prefix:
        agency = Agency.objects.get(region_id=prefix.rstrip("."))
        user, _ = User.objects.get_or_create(username=f"bench-staff-{agency.pk}",
                                             defaults={"agency": agency, "full_name": "Bench"})
        user.groups.add(Group.objects.get(name=STAFF))
    else:
        user, _ = User.objects.get_or_create(username="bench-superuser",
                                             defaults={"is_superuser": True, "is_staff": True, "full_name": "Bench"})
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    assert selectors.report_scope(user) == prefix
    return client


def main(runs: int = 5) -> None:
    filters = selectors.ReportFilters()
    enrollments = Enrollment.objects.count()
    print(f"database: {connection.vendor}, people: {User.objects.count()}, enrolments: {enrollments}, "
          f"runs: best of {runs}")
    if not enrollments or connection.vendor != "postgresql":
        print("Needs PostgreSQL and `manage.py seed_synthetic --trainees 100000` first.")
        return
    for label, prefix in (("superuser (all)", ""), ("province staff (63.)", "63."),
                          ("kab/kota staff (63.71.)", "63.71.")):
        client = signed_in(prefix)
        def page(client=client):
            return client.get("/laporan/")
        assert page().status_code == 200
        queries = []
        def record(execute, sql, *args, seen=queries):
            seen.append(sql)
            return execute(sql, *args)

        with connection.execute_wrapper(record):
            page()  # counted by a wrapper: the request's start empties connection.queries
        data = selectors.report_dashboard(prefix=prefix, filters=filters, expiring_limit=100)
        by_regency = {row[0]: row[5] for row in raw(SAME_NUMBERS_SQL, prefix) if row[0] and row[1] is None
                      and row[3] is None and row[4] is None and row[2] is None}
        assert by_regency == {row["key"]: row["participants"] for row in data["by_regency"] if row["key"]}, \
            "dashboard and raw SQL disagree"
        one = best_of(runs, lambda prefix=prefix: raw(ONE_AGGREGATE_SQL, prefix))
        same = best_of(runs, lambda prefix=prefix: same_numbers(prefix))
        selected = best_of(runs, lambda prefix=prefix: selectors.report_dashboard(prefix=prefix, filters=filters,
                                                                    expiring_limit=100))
        whole = best_of(runs, page)
        print(f"\n{label}:")
        print(f"  baseline, same numbers in raw SQL  {same * 1000:8.1f} ms")
        print(f"  baseline, one raw aggregate        {one * 1000:8.1f} ms")
        print(f"  report_dashboard (selectors)       {selected * 1000:8.1f} ms   x{selected / same:5.2f} same numbers")
        print(f"  whole page /laporan/               {whole * 1000:8.1f} ms   x{whole / same:5.2f} same numbers, "
              f"x{whole / one:5.2f} one aggregate, {len(queries)} queries")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
