"""Quiz routes: start, take (one per screen or all), autosave, review, submit, result."""
import json

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core.ratelimit import rate_limited

from . import selectors, services
from .models import Attempt, QuizPage

MAX_BODY = 64 * 1024  # an autosave never needs more


def _attempt_url(quiz, attempt, route="attempt", request=None):
    return quiz.url + quiz.reverse_subpage(route, args=(attempt.pk,))


def quiz_start(request, *, quiz: QuizPage):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(quiz.url)
    try:
        attempt = services.attempt_start(user=request.user, quiz=quiz)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
        return redirect(quiz.url)
    return redirect(_attempt_url(quiz, attempt))


def _form_responses(post, attempt) -> dict:
    """Read q<i> (and q<i>_<j> for matching) fields of the questions on the submitted screen."""
    responses = {}
    for key in post.getlist("shown"):
        index = services.parse_index(key)
        if index is None or index >= len(attempt.snapshot):
            continue
        key = str(index)
        kind = attempt.snapshot[index]["question"]["type"]
        if kind == "multiple":
            responses[key] = post.getlist(f"q{key}")
        elif kind == "matching":
            responses[key] = {name.split("_", 1)[1]: value for name, value in post.items()
                              if name.startswith(f"q{key}_") and value}
        else:
            responses[key] = post.get(f"q{key}")
    return responses


def _warn_refused(request, attempt) -> None:
    numbers = getattr(attempt, "refused_questions", [])
    if numbers:
        messages.warning(request, _("Jawaban soal %(numbers)s tidak dikenali dan tidak disimpan. Pilih lagi "
                                    "dari pilihan yang ditampilkan.") % {"numbers": ", ".join(map(str, numbers))})


def _open_attempt(request, quiz, attempt_id):
    """The user's attempt, closed and graded first if its time ran out (so no worker is needed for that)."""
    services.attempts_close_expired(user=request.user)
    return selectors.attempt_for_user(quiz=quiz, attempt_id=attempt_id, user=request.user)


def attempt_take(request, *, quiz: QuizPage, attempt_id: int):
    attempt = _open_attempt(request, quiz, attempt_id)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        return redirect(_attempt_url(quiz, attempt, "attempt_result"))
    screen = selectors.attempt_screen(attempt=attempt)
    total = len(screen["items"])
    position = min(max(services.parse_index(request.GET.get("soal", "1")) or 1, 1), total)
    if request.method == "POST":
        try:
            saved = services.attempt_save_responses(attempt_id=attempt.pk, user=request.user,
                                                    responses=_form_responses(request.POST, attempt))
        except services.AttemptClosed as exc:
            messages.warning(request, str(exc))
            return redirect(_attempt_url(quiz, attempt, "attempt_result"))
        _warn_refused(request, saved)
        if saved.refused_questions:
            return redirect(_attempt_url(quiz, attempt) + f"?soal={position}")
        target = request.POST.get("go", "")
        if target == "review":
            return redirect(_attempt_url(quiz, attempt, "attempt_review"))
        if services.parse_index(target) is not None:
            return redirect(_attempt_url(quiz, attempt) + f"?soal={services.parse_index(target)}")
        return redirect(_attempt_url(quiz, attempt) + f"?soal={position}")
    one_per_page = quiz.layout == QuizPage.Layout.ONE_PER_PAGE
    items = [screen["items"][position - 1]] if one_per_page else screen["items"]
    return TemplateResponse(request, "assessments/attempt.html", {
        "page": quiz, "quiz": quiz, "attempt": attempt, "items": items, "all_items": screen["items"],
        "one_per_page": one_per_page, "position": position, "total": total,
        "seconds_left": screen["seconds_left"], "answered": screen["answered"],
        "save_url": _attempt_url(quiz, attempt, "attempt_save"),
    })


@rate_limited("quiz-autosave", limit=120, period=60, per_user=True)  # a person clicks; a script hammers
def attempt_autosave(request, *, quiz: QuizPage, attempt_id: int):
    """Answers saved as the trainee goes (JSON body {"<index>": answer}); a dropped connection loses nothing."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    attempt = selectors.attempt_for_user(quiz=quiz, attempt_id=attempt_id, user=request.user)
    if len(request.body) > MAX_BODY:
        return JsonResponse({"ok": False, "error": _("Jawaban terlalu panjang.")}, status=400)
    try:
        data = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return JsonResponse({"ok": False, "error": _("Data jawaban tidak valid.")}, status=400)
    if not isinstance(data, dict):
        return JsonResponse({"ok": False, "error": _("Data jawaban tidak valid.")}, status=400)
    try:
        attempt = services.attempt_save_responses(attempt_id=attempt.pk, user=request.user, responses=data)
    except services.AttemptClosed as exc:
        return JsonResponse({"ok": False, "closed": True, "error": str(exc),
                             "result_url": _attempt_url(quiz, attempt, "attempt_result")}, status=409)
    if attempt.refused_questions:
        return JsonResponse({"ok": False, "refused": attempt.refused_questions, "answered": len(attempt.responses),
                             "error": _("Jawaban soal %(numbers)s tidak dikenali dan tidak disimpan.")
                             % {"numbers": ", ".join(map(str, attempt.refused_questions))}}, status=400)
    return JsonResponse({"ok": True, "answered": len(attempt.responses)})


def attempt_offline(request, *, quiz: QuizPage, attempt_id: int):
    """Every question of an untimed attempt on one page, for a phone to keep: offline.js stores the answers and
    sends them when there is signal; without JavaScript the form submits like the review page's."""
    attempt = _open_attempt(request, quiz, attempt_id)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        return redirect(_attempt_url(quiz, attempt, "attempt_result"))
    if quiz.needs_connection:
        return redirect(_attempt_url(quiz, attempt))
    screen = selectors.attempt_screen(attempt=attempt)
    return TemplateResponse(request, "assessments/attempt_offline.html", {
        "page": quiz, "quiz": quiz, "attempt": attempt, "items": screen["items"], "total": len(screen["items"]),
        "submit_url": _attempt_url(quiz, attempt, "attempt_submit"),
    })


def attempt_review(request, *, quiz: QuizPage, attempt_id: int):
    attempt = _open_attempt(request, quiz, attempt_id)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        return redirect(_attempt_url(quiz, attempt, "attempt_result"))
    screen = selectors.attempt_screen(attempt=attempt)
    return TemplateResponse(request, "assessments/attempt_review.html", {
        "page": quiz, "quiz": quiz, "attempt": attempt, "items": screen["items"],
        "answered": screen["answered"], "seconds_left": screen["seconds_left"],
        "attempt_url": _attempt_url(quiz, attempt), "submit_url": _attempt_url(quiz, attempt, "attempt_submit"),
    })


def attempt_submit(request, *, quiz: QuizPage, attempt_id: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    attempt = selectors.attempt_for_user(quiz=quiz, attempt_id=attempt_id, user=request.user)
    if attempt.status == Attempt.Status.IN_PROGRESS and request.POST.getlist("shown"):
        try:
            saved = services.attempt_save_responses(attempt_id=attempt.pk, user=request.user,
                                                    responses=_form_responses(request.POST, attempt))
        except services.AttemptClosed:
            saved = None
        if saved is not None and saved.refused_questions:
            # Not graded yet: the trainee answers those questions again from the options shown.
            _warn_refused(request, saved)
            return redirect(_attempt_url(quiz, attempt) + f"?soal={saved.refused_questions[0]}")
    services.attempt_submit(attempt_id=attempt.pk, user=request.user)
    return redirect(_attempt_url(quiz, attempt, "attempt_result"))


def attempt_result(request, *, quiz: QuizPage, attempt_id: int):
    attempt = _open_attempt(request, quiz, attempt_id)
    if attempt.status == Attempt.Status.IN_PROGRESS:
        return redirect(_attempt_url(quiz, attempt))
    attempts = list(Attempt.objects.filter(quiz=quiz, user=request.user))
    reveal = selectors.may_reveal(quiz, attempts)
    return TemplateResponse(request, "assessments/attempt_result.html", {
        "page": quiz, "quiz": quiz, "attempt": attempt, "reveal": reveal,
        "items": selectors.attempt_review_items(attempt=attempt, reveal=reveal),
        "counted": selectors.counted_attempt(attempts, quiz), "course": quiz.get_parent().specific,
    })
