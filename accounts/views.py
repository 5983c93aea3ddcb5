"""Registration, sign-in/out, password reset, profile and the region search endpoint."""
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from core.ratelimit import rate_limited

from . import forms, selectors, services, shared_phone
from .widgets import region_label


@rate_limited("register", limit=20, period=3600, methods=("POST",))  # each one may email an owner
def register(request):
    if request.user.is_authenticated:
        return redirect("courses:my_learning")
    form = forms.RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        # A new account and a taken email/phone get the same answer (the owner is told by email instead).
        services.registration_submit(full_name=data["full_name"], password=data["password1"],
                                     email=data["email"], phone=data["phone"],
                                     organisation_type=data["organisation_type"], village=data["village"],
                                     sex=data["sex"])
        request.session[LOGIN_IDENTIFIER_KEY] = data["email"] or data["phone"]
        messages.success(request, _("Pendaftaran diterima. Silakan masuk dengan email atau nomor HP dan kata "
                                    "sandi yang baru Anda buat. Jika email atau nomor ini pernah didaftarkan, "
                                    "pemiliknya menerima pemberitahuan; gunakan \"Lupa kata sandi?\" bila "
                                    "perlu."))
        login_url = reverse("accounts:login")
        target = request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            login_url += "?" + urlencode({"next": target})
        return redirect(login_url)
    return render(request, "accounts/register.html", {"form": form})


LOGIN_IDENTIFIER_KEY = "accounts.login_identifier"


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = forms.LoginForm
    redirect_authenticated_user = True

    def get_initial(self):
        """Just registered: the email or phone number is filled in (the same whether or not it was new)."""
        initial = super().get_initial()
        identifier = self.request.session.pop(LOGIN_IDENTIFIER_KEY, None) if self.request.method == "GET" else None
        if identifier:
            initial["username"] = identifier
        return initial


    def form_valid(self, form):
        response = super().form_valid(form)
        if form.cleaned_data.get("shared_phone"):
            shared_phone.mark_shared(self.request)
        return response


class LogoutView(auth_views.LogoutView):
    """Sign-out; on a shared phone the answer also tells the browser to forget this person's caches, storage
    (service worker, IndexedDB) and cookies, so the next person finds nothing of them."""

    def post(self, request, *args, **kwargs):
        shared = shared_phone.is_shared(request)
        response = super().post(request, *args, **kwargs)
        if shared:
            response["Clear-Site-Data"] = shared_phone.CLEAR_SITE_DATA
        return response


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


@never_cache
@login_required
def reset_handover(request):
    """Agency staff make a one-time password link for a trainee who registered with a phone number only."""
    from .roles import STAFF, user_has_role

    if not user_has_role(request.user, STAFF):
        raise Http404
    form = forms.ResetHandoverForm(request.POST or None)
    link = person = None
    if request.method == "POST" and form.is_valid():
        person = selectors.person_for_reset_handover(staff=request.user, contact=form.cleaned_data["contact"])
        if person is None:
            form.add_error("contact", _("Tidak ada peserta dengan email atau nomor HP itu di wilayah lembaga Anda."))
        else:
            link = request.build_absolute_uri(services.password_reset_handover(staff=request.user, user=person))
    hours = settings.PASSWORD_RESET_TIMEOUT // 3600
    return render(request, "accounts/reset_handover.html",
                  {"form": form, "link": link, "person": person, "hours": hours})
