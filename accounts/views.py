"""Registration, sign-in/out, password reset, profile and the region search endpoint."""
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from . import forms, selectors, services
from .widgets import region_label


def register(request):
    if request.user.is_authenticated:
        return redirect("courses:my_learning")
    form = forms.RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user = services.user_register(full_name=data["full_name"], password=data["password1"],
                                      email=data["email"], phone=data["phone"],
                                      organisation_type=data["organisation_type"], village=data["village"])
        login(request, user, backend="accounts.backends.EmailOrPhoneBackend")
        messages.success(request, _("Selamat datang di Pelita, %(name)s!") % {"name": user.full_name})
        target = request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            return redirect(target)
        return redirect("/")
    return render(request, "accounts/register.html", {"form": form})


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = forms.LoginForm
    redirect_authenticated_user = True


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    form_class = forms.PelitaPasswordResetForm
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


@login_required
def profile(request):
    form = forms.ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Profil disimpan."))
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


@require_GET
@cache_control(max_age=3600, public=True)
def region_search(request):
    try:
        level = int(request.GET.get("level", "") or 0) or None
    except ValueError:
        level = None
    regions = selectors.regions_search(query=request.GET.get("q", "")[:100], level=level)
    return JsonResponse({"results": [{"code": r.code, "label": region_label(r)} for r in regions]})
