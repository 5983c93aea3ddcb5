"""Benchmark: printable booklet PDFs (courses/booklet.py) of the demo courses, A5 and A4.

For each live course: the course booklet (every module) and its biggest module booklet, rendered ROUNDS times
(median shown), with their sizes, beside a baseline measured in the same run: a bare ReportLab A5 page with one
line of text. The first render in a process also parses the fonts (shown once, as "cold"). A booklet is rendered
once per published revision and then served from the cache, so this is what the first download (or the first
page view showing its size) costs.

    DATABASE_URL=... .venv/bin/python bench/booklet_render.py     # after manage.py load_demo
"""
from __future__ import annotations

import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")

import django

django.setup()

from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import translation
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen.canvas import Canvas

from courses import booklet, booklets, selectors
from courses.models import CoursePage, ModulePage

ROUNDS = 3


def timed(content, paper) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(ROUNDS):
        start = time.perf_counter()
        size = len(booklet.render_booklet(content, paper))
        times.append(time.perf_counter() - start)
    return statistics.median(times), size


def bare_page() -> float:
    start = time.perf_counter()
    canvas = Canvas(io.BytesIO(), pagesize=A5)
    canvas.drawString(72, 500, "Baseline page")
    canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def main() -> None:
    translation.activate("id")
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    request.user = AnonymousUser()
    cold = None
    print(f"baseline bare A5 page: {bare_page() * 1000:.1f} ms")
    for course in CoursePage.objects.live().order_by("path"):
        outline = list(ModulePage.objects.live().child_of(course).defer("body"))
        content = booklets.course_source(course=course, modules=outline, request=request).build()
        if cold is None:
            start = time.perf_counter()
            booklet.render_booklet(content, "a5")
            cold = time.perf_counter() - start
            print(f"cold first render (fonts parsed): {cold:.2f} s")
        for paper in booklets.PAPERS:
            seconds, size = timed(content, paper)
            print(f"{course.code:4} course {paper}: {len(outline)} modules, {size / 1024:.0f} KB, {seconds:.2f} s")
        biggest = max(ModulePage.objects.live().child_of(course), key=lambda m: len(m.body.raw_data))
        view = selectors.module_view(module=biggest, user=request.user)
        seconds, size = timed(booklets.module_source(module=biggest, view=view, request=request).build(), "a5")
        print(f"{course.code:4} biggest module a5 ({biggest.title[:40]}): {size / 1024:.0f} KB, {seconds:.2f} s")


if __name__ == "__main__":
    main()
