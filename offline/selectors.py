"""What "save for offline" stores for one enrolled trainee: every URL with its size, and what is left out and why.

Sizes are measured, not guessed: pages are rendered for this trainee as they would be served, files are read
from storage. Only course pages, this trainee's open offline attempts, small documents and the site's own static
files are listed; the service worker (offline/sw.js) refuses anything else.
"""
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from assessments.models import Attempt, QuizPage
from courses.models import CoursePage, Enrollment, ModulePage

MAX_DOCUMENT_BYTES = 200 * 1024  # bigger documents (and every video or audio file) stay online-only
SHELL = ["vendor/bootstrap/bootstrap.min.css", "css/pelita.css", "js/pelita.js", "js/offline.js",
         "img/favicon.svg", "img/icon-192.png"]


def quiz_works_offline(quiz: QuizPage) -> bool:
    """Practice quizzes, pre-tests and post-tests without a time limit; timed tests and final exams need signal."""
    return not quiz.time_limit_minutes and quiz.kind != QuizPage.Kind.FINAL


def attempt_offline_url(quiz: QuizPage, attempt: Attempt) -> str:
    return quiz.url + quiz.reverse_subpage("attempt_offline", args=(attempt.pk,))


def static_size(path: str) -> int:
    found = finders.find(path)
    if found:
        with open(found, "rb") as handle:
            return len(handle.read())
    return staticfiles_storage.size(path)


def _rendered_size(page, request) -> int:
    return _size_of(page.serve(request))


def _size_of(response) -> int:
    if hasattr(response, "render"):
        response.render()
    return len(response.content)


def _files_of(module: ModulePage):
    """(kind, title, url, bytes) of each video, audio file and document in a module's lesson blocks."""
    for block in module.body:
        if block.block_type == "media" and block.value.get("file"):
            file = block.value["file"]
            yield "media", block.value.get("title") or file.title, file.url, file.get_file_size() or 0
        elif block.block_type == "document" and block.value.get("document"):
            document = block.value["document"]
            yield "document", document.title, document.url, document.get_file_size() or 0


def is_enrolled(*, user, course: CoursePage) -> bool:
    return user.is_authenticated and Enrollment.objects.filter(user=user, course=course).exists()


def course_offline_bundle(*, course: CoursePage, request) -> dict:
    """{"urls": [{"url", "bytes"}], "excluded": [{"title", "url", "bytes", "reason"}], "total_bytes", ...}."""
    user = request.user
    urls, excluded, to_start = [], [], []

    def add(url, size):
        if url not in {item["url"] for item in urls}:
            urls.append({"url": url, "bytes": size})

    add(course.url, _rendered_size(course, request))
    for module in ModulePage.objects.live().public().child_of(course).specific():
        add(module.url, _rendered_size(module, request))
        for kind, title, url, size in _files_of(module):
            if kind == "document" and size <= MAX_DOCUMENT_BYTES:
                add(url, size)
            else:
                excluded.append({"title": title, "url": url, "bytes": size,
                                 "reason": _("video/audio") if kind == "media" else _("dokumen besar")})
    open_attempts = {a.quiz_id: a for a in Attempt.objects.filter(user=user, status=Attempt.Status.IN_PROGRESS,
                                                                   quiz__in=Page.objects.child_of(course))}
    for quiz in QuizPage.objects.live().public().child_of(course):
        add(quiz.url, _rendered_size(quiz, request))
        if not quiz_works_offline(quiz):
            excluded.append({"title": quiz.title, "url": quiz.url, "bytes": 0,
                             "reason": _("perlu sinyal (berbatas waktu atau ujian akhir)")})
        elif quiz.pk in open_attempts:
            from assessments.views import attempt_offline

            add(attempt_offline_url(quiz, open_attempts[quiz.pk]),
                _size_of(attempt_offline(request, quiz=quiz, attempt_id=open_attempts[quiz.pk].pk)))
        else:
            to_start.append(quiz.title)
    for path in SHELL:
        add(static(path), static_size(path))
    add(reverse("offline:saved"), len(render_to_string("offline/saved.html", request=request)))
    return {"course": {"id": course.pk, "title": course.title, "url": course.url},
            "urls": urls, "excluded": excluded, "quizzes_to_start": to_start,
            "total_bytes": sum(item["bytes"] for item in urls)}


def course_panel(request, course, context):
    """The course page's "save for offline" box, for an enrolled trainee."""
    from accounts.shared_phone import is_shared

    if not request.user.is_authenticated or not context.get("enrollment"):
        return None
    return {"template": "offline/course_panel.html", "shared": is_shared(request),
            "bundle_url": reverse("offline:course_bundle", args=(course.pk,))}
