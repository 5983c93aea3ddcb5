"""Benchmark: a quiz under a workshop's load, over HTTP (gunicorn, production settings, PostgreSQL).

A kelurahan training: 65 trainees submit a 20-question post-test within the same second, and 300 trainees
press "Mulai" on a quiz at the same moment (plus 50 who double-tap it: two starts each at once). gunicorn runs
Pelita with `website.settings.production` (as bench/pages.py does; --workers defaults to deploy/gunicorn.conf.py's
2 x cores + 1); the trainees, the course and the quiz are made in-process first, each trainee signed in with a
session of their own (a session row and a CSRF cookie, as a browser holds after signing in). Threads, one per
trainee, wait on a barrier and then send their request at once (http.client). Prints errors (anything but the
expected redirect, or no answer), grades or attempts found in the database afterwards, and latency p50/p95/max
of the requests of each burst.

Run from the project root (PostgreSQL on 127.0.0.1):

    .venv/bin/python bench/quiz_load.py              # ~1 minute once the database exists
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/other .venv/bin/python bench/quiz_load.py --port 8181

The database (default `bench_quiz`) is created when missing (migrated, demo loaded) and never dropped; every run
adds its own course, quiz and trainees.
"""
from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import secrets
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the project root

from bench.pages import ensure_database, production_env, start_gunicorn, wait_ready

QUESTIONS = 20


def post(port: int, path: str, trainee: dict, body: str = "") -> tuple[int, str, float]:
    """(status, Location, seconds) of one POST as `trainee`; status 0 when the server did not answer."""
    started = time.perf_counter()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("POST", path, body=body, headers={
            "Host": "127.0.0.1", "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"sessionid={trainee['session']}; csrftoken={trainee['csrf']}", "X-CSRFToken": trainee["csrf"]})
        response = conn.getresponse()
        response.read()
        conn.close()
        return response.status, response.getheader("Location") or "", time.perf_counter() - started
    except OSError:
        return 0, "", time.perf_counter() - started


def burst(requests: list[tuple]) -> list[tuple[int, str, float]]:
    """Send every (port, path, trainee, body) at the same moment, one thread each."""
    barrier = threading.Barrier(len(requests))
    results: list = [None] * len(requests)

    def send(i, args):
        barrier.wait()
        results[i] = post(*args)

    threads = [threading.Thread(target=send, args=(i, args)) for i, args in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def percentile(values: list[float], percent: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(percent / 100 * len(ordered)) - 1))]


def prepare(run: str, trainees: int):
    """A live course with a 20-question post-test and `trainees` enrolled trainees with sessions."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils.module_loading import import_string

    from accounts.models import User
    from assessments.models import QuizPage
    from courses.models import Enrollment
    from tests import factories

    course = factories.course_with_modules(1, code=f"B{run[:6].upper()}", title=f"Kursus beban {run}",
                                           slug=f"kursus-beban-{run}")
    _category, questions = factories.question_bank(f"Bank beban {run}", n=QUESTIONS)
    quiz = factories.quiz_page(course, questions=questions, title="Post-test", slug=f"post-test-{run}",
                               kind=QuizPage.Kind.POST_TEST, attempts_allowed=1)
    users = User.objects.bulk_create([User(username=f"beban-{run}-{i}", email=f"beban-{run}-{i}@contoh.test",
                                           full_name=f"Peserta Beban {i}", password="!bench")
                                      for i in range(trainees)])
    Enrollment.objects.bulk_create([Enrollment(user=user, course=course) for user in users])
    store = import_string(settings.SESSION_ENGINE + ".SessionStore")
    backend = next(path for path in settings.AUTHENTICATION_BACKENDS if hasattr(import_string(path), "get_user"))
    people = []
    for user in users:
        session = store()
        session.update({SESSION_KEY: str(user.pk), BACKEND_SESSION_KEY: backend,
                        HASH_SESSION_KEY: user.get_session_auth_hash()})
        session.save()
        people.append({"user": user, "session": session.session_key, "csrf": secrets.token_hex(16)})
    return quiz, people


def answers(attempt) -> str:
    """The form a trainee sends on "Kirim": every question shown, each answered correctly."""
    from tests.factories import correct_response

    fields = []
    for index, entry in enumerate(attempt.snapshot):
        fields.append(("shown", str(index)))
        response = correct_response(entry)
        if isinstance(response, dict):
            fields += [(f"q{index}_{left}", right) for left, right in response.items()]
        elif isinstance(response, list):
            fields += [(f"q{index}", value) for value in response]
        else:
            shown = "true" if response is True else "false" if response is False else str(response)
            fields.append((f"q{index}", shown))
    return urllib.parse.urlencode(fields)


def report(label: str, results: list, expected_status: int, outcome: str, goal: str) -> None:
    errors = sum(1 for status, _location, _took in results if status != expected_status)
    times = [took * 1000 for _status, _location, took in results]
    print(f"{label:34} {len(results):4} requests, {errors} errors, {outcome}; p50 {percentile(times, 50):6.0f} ms, "
          f"p95 {percentile(times, 95):6.0f} ms, max {max(times):6.0f} ms   ({goal})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8181)
    parser.add_argument("--workers", type=int, default=multiprocessing.cpu_count() * 2 + 1)
    parser.add_argument("--submits", type=int, default=65)
    parser.add_argument("--starts", type=int, default=300)
    parser.add_argument("--double-taps", type=int, default=50)
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_quiz")
    env = production_env(database_url)
    ensure_database(database_url, env, fresh=False)
    os.environ.update(env)
    import django

    django.setup()
    import logging

    logging.disable(logging.INFO)  # the in-process preparation's task and page log lines
    from assessments.models import Attempt

    run = secrets.token_hex(4)
    quiz, people = prepare(run, args.submits + args.starts + args.double_taps)
    submitters = people[:args.submits]
    starters = people[args.submits:args.submits + args.starts]
    tappers = people[args.submits + args.starts:]
    start_path = quiz.url + quiz.reverse_subpage("start")
    log = open(Path(tempfile.gettempdir()) / f"bench-quiz-{run}.log", "w")
    server = start_gunicorn("website.wsgi:application", args.port, env, log, workers=args.workers)
    server_args = f"{args.workers} sync workers"
    try:
        wait_ready(args.port, time.monotonic() + 60)
        print(f"gunicorn, {server_args}, production settings, PostgreSQL; quiz of {QUESTIONS} questions; run {run}")
        # The submitters open their post-test beforehand (one at a time), and answer it in their heads.
        for person in submitters:
            status, location, _took = post(args.port, start_path, person)
            assert status == 302 and "/percobaan/" in location, (status, location)
        attempts = {a.user_id: a for a in Attempt.objects.filter(quiz=quiz, user__in=[p["user"] for p in submitters])}
        submits = [(args.port, quiz.url + quiz.reverse_subpage("attempt_submit", args=(attempts[p["user"].pk].pk,)),
                    p, answers(attempts[p["user"].pk])) for p in submitters]
        results = burst(submits)
        graded = Attempt.objects.filter(quiz=quiz, user__in=[p["user"] for p in submitters],
                                        status=Attempt.Status.GRADED, percent=100).count()
        report(f"{args.submits} submit a post-test at once", results, 302, f"{graded} graded (100%)",
               "goal: 0 errors, 65 grades, p95 <= 250 ms")

        results = burst([(args.port, start_path, p, "") for p in starters])
        per_person = Attempt.objects.filter(quiz=quiz, user__in=[p["user"] for p in starters]).values_list(
            "user_id", flat=True)
        counts = {p["user"].pk: 0 for p in starters}
        for user_id in per_person:
            counts[user_id] += 1
        one_each = sum(1 for n in counts.values() if n == 1)
        report(f"{args.starts} start a quiz at once", results, 302, f"{one_each} with exactly one attempt",
               "goal: 0 errors, one attempt each")

        results = burst([(args.port, start_path, p, "") for p in tappers for _tap in (1, 2)])
        per_person = list(Attempt.objects.filter(quiz=quiz, user__in=[p["user"] for p in tappers]).values_list(
            "user_id", flat=True))
        one_each = sum(1 for p in tappers if per_person.count(p["user"].pk) == 1)
        report(f"{args.double_taps} double-tap start", results, 302, f"{one_each} with exactly one attempt",
               "goal: 0 errors, one attempt each")
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
        log.close()


if __name__ == "__main__":
    main()
