"""Views behind the course and module pages' extra routes, and "my learning"."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail import hooks

from . import booklets, selectors, services

ENROL_AFTER_SIGN_IN = "pelita_enrol_after_sign_in"


def _next_step(user, course, outline):
    """The activity other apps want offered before the next module (a pre-test, a final exam), if any."""
    offers = (offer(user, course, outline) for offer in hooks.get_hooks("pelita_course_next_step"))
    return next((step for step in offers if step), None)


def _sign_in_then_enrol(request, course):
    """Remember the course and ask a visitor to sign in: signing in (or registering) finishes the enrolment
    (courses.signal_handlers) and lands on the course's next step."""
    request.session[ENROL_AFTER_SIGN_IN] = course.pk
    return redirect_to_login(course.get_url(request) + course.reverse_subpage("resume"))


def course_enrol(request, *, course):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return _sign_in_then_enrol(request, course)
    try:
        services.enrollment_create(user=request.user, course=course)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
        return redirect(course.get_url(request))
    messages.success(request, _("Anda terdaftar di kursus ini. Selamat belajar!"))
    return course_resume(request, course=course)


@csrf_exempt
@require_POST
def visitor_enrol(request, course_id):
    """A visitor's "Ikuti kursus ini": remember the course and ask them to sign in or register.

    It carries no CSRF token, so the course and module pages stay the same for every visitor and can be kept in
    the cache (website.page_cache); a forged post can at most enrol someone in an open course when they next
    sign in. Signed-in people enrol through the course page's own route, which checks the token.
    """
    from .models import CoursePage

    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if request.user.is_authenticated:
        return redirect(course.get_url(request))
    return _sign_in_then_enrol(request, course)


def course_resume(request, *, course):
    if not request.user.is_authenticated:
        return redirect_to_login(course.get_url(request))
    outline = selectors.course_outline(course=course, user=request.user)
    if not outline["enrollment"]:
        return redirect(course.get_url(request))
    step = _next_step(request.user, course, outline)
    target = step or outline["resume_module"]
    return redirect(target.get_url(request) if target else course.get_url(request))


def module_complete(request, *, module):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(module.get_url(request))
    try:
        services.module_complete(user=request.user, module=module)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
        return redirect(module.get_url(request))
    course = module.get_parent().specific
    outline = selectors.course_outline(course=course, user=request.user)
    if outline["resume_module"] is None:
        messages.success(request, _("Selamat! Anda telah menyelesaikan semua modul kursus ini."))
        step = _next_step(request.user, course, outline)
        if step is not None:
            messages.info(request, _("Langkah berikutnya: %(activity)s.") % {"activity": step.title})
        return redirect((step or course).get_url(request))
    messages.success(request, _("Modul ditandai selesai."))
    return redirect(outline["resume_module"].get_url(request))


@login_required
def my_learning(request):
    for settle in hooks.get_hooks("pelita_before_my_learning"):
        settle(user=request.user)
    return render(request, "courses/my_learning.html",
                  {"enrollments": selectors.my_learning(user=request.user)})


def _booklet_download(request, source):
    paper = request.GET.get("ukuran", "").lower()
    paper = paper if paper in booklets.PAPERS else booklets.PAPERS[0]
    response = HttpResponse(source.pdf(paper), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, source.download_name(paper))
    patch_cache_control(response, private=True)
    return response


def _refuse_booklet(request):
    """Whoever may not read the module's content on its page gets no booklet of it either."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise Http404


def module_booklet(request, *, module):
    view = selectors.module_view(module=module, user=request.user)
    if not view["may_study"]:
        return _refuse_booklet(request)
    return _booklet_download(request, booklets.module_source(module=module, view=view, request=request))


def course_booklet(request, *, course):
    outline = selectors.course_outline(course=course, user=request.user)
    if not selectors.may_study(user=request.user, outline=outline):
        return _refuse_booklet(request)
    return _booklet_download(request, booklets.course_source(course=course, modules=outline["modules"],
                                                             request=request))
