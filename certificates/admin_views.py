"""Staff screens: revoke and re-issue with a reason; trainers' sign-off of competence."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from courses.models import Enrollment
from courses.selectors import courses_for

from . import selectors, services
from .forms import ReissueForm, RevokeForm, SignoffForm
from .models import TrainerSignoff


def _require(request, perm):
    if not request.user.has_perm(perm):
        raise PermissionDenied


def certificate_action(request, pk: int, action: str):
    # Another agency's certificate does not exist for this user, whatever their role may do (404 first).
    certificate = get_object_or_404(selectors.certificates_for(request.user).select_related("agency", "course"),
                                    pk=pk)
    _require(request, "certificates.change_certificate")
    form_class = RevokeForm if action == "revoke" else ReissueForm
    initial = {"holder_name": certificate.holder_name} if action == "reissue" else None
    form = form_class(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if action == "revoke":
                services.certificate_revoke(certificate=certificate, actor=request.user,
                                            reason=form.cleaned_data["reason"])
                messages.success(request, _("Sertifikat dicabut."))
            else:
                new = services.certificate_reissue(certificate=certificate, actor=request.user,
                                                   reason=form.cleaned_data["reason"],
                                                   holder_name=form.cleaned_data["holder_name"])
                messages.success(request, _("Sertifikat baru diterbitkan: %(n)s") % {"n": new.number})
            return redirect("certificates_admin:index")
        except ValueError as exc:
            form.add_error(None, str(exc))
    return TemplateResponse(request, "certificates/admin/action.html", {
        "certificate": certificate, "form": form, "action": action,
        "events": certificate.events.select_related("actor")})


def signoff_list(request, course_id: int):
    course = get_object_or_404(courses_for(request.user), pk=course_id)
    _require(request, "certificates.add_trainersignoff")
    if request.method == "POST":
        form = SignoffForm(request.POST)
        enrollment = get_object_or_404(Enrollment, course=course, user_id=request.POST.get("user"))
        if form.is_valid():
            services.signoff_record(user=enrollment.user, course=course, trainer=request.user,
                                    note=form.cleaned_data["note"])
            messages.success(request, _("%(name)s dinyatakan kompeten.") % {"name": enrollment.user.full_name})
        return redirect("certificates_signoff", course_id=course.pk)
    signed = set(TrainerSignoff.objects.filter(course=course).values_list("user_id", flat=True))
    enrollments = Enrollment.objects.filter(course=course).select_related("user").order_by("user__full_name")
    return TemplateResponse(request, "certificates/admin/signoff.html", {
        "course": course, "rows": [(e, e.user_id in signed) for e in enrollments], "form": SignoffForm()})
