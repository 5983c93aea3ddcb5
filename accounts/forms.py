"""Registration, sign-in and profile forms."""
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from . import shared_phone
from .models import SEX_PURPOSE, OrganisationType, Region, Sex, User
from .phone import is_valid_phone, normalize_phone
from .selectors import region_from_label
from .widgets import RegionSearchInput, region_label


class RegionField(forms.CharField):
    """Typed text resolved to one Region; lists the candidates when several match."""

    def __init__(self, *, level=Region.Level.VILLAGE, **kwargs):
        self.level = level
        kwargs.setdefault("widget", RegionSearchInput(level=level))
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        region, candidates = region_from_label(label=value, level=self.level)
        if region is None:
            if candidates:
                names = "; ".join(region_label(c) for c in candidates[:5])
                raise forms.ValidationError(
                    _("Ada beberapa wilayah yang cocok. Ketik lebih lengkap atau salin salah satu: %(names)s"),
                    params={"names": names})
            raise forms.ValidationError(_("Desa/kelurahan tidak ditemukan. Periksa ejaannya."))
        return region


def _submit_helper(label):
    helper = FormHelper()
    helper.add_input(Submit("submit", label, css_class="btn-primary"))
    return helper


class RegistrationForm(forms.ModelForm):
    full_name = forms.CharField(label=_("Nama lengkap sesuai KTP"), max_length=150,
                                help_text=_("Nama ini akan tercetak di sertifikat Anda."))
    email = forms.EmailField(label=_("Email"), required=False)
    phone = forms.CharField(label=_("Nomor HP"), required=False, max_length=20,
                            help_text=_("Isi email atau nomor HP (boleh keduanya)."))
    organisation_type = forms.ChoiceField(label=_("Jenis organisasi"), choices=OrganisationType.choices)
    sex = forms.ChoiceField(label=_("Jenis kelamin (tidak wajib)"), required=False,
                            choices=[("", _("Tidak ingin menyebutkan")), *Sex.choices], help_text=SEX_PURPOSE)
    village = RegionField(label=_("Desa/kelurahan"),
                          help_text=_("Ketik nama desa/kelurahan Anda, lalu pilih dari daftar."))
    password1 = forms.CharField(
        label=_("Kata sandi"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Minimal 10 karakter, jangan hanya angka, jangan sama dengan nama, email atau nomor HP."))
    password2 = forms.CharField(label=_("Ulangi kata sandi"), strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    class Meta:
        model = User
        fields = ["full_name", "email", "phone", "organisation_type", "sex", "village"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _submit_helper(_("Daftar"))

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Tulis nama lengkap Anda."))
        return name

    # Whether an email or phone number already has an account is never shown here (the view answers the
    # same way and the owner gets an email): the registration page must not reveal who uses Pelita.
    def clean_email(self):
        email = (self.cleaned_data.get("email") or "").strip().lower()
        return email or None

    def validate_unique(self):
        """Not here: `services.registration_submit` handles a taken email or phone without saying so."""

    def clean_phone(self):
        raw = self.cleaned_data.get("phone") or ""
        if not raw.strip():
            return None
        phone = normalize_phone(raw)
        if not is_valid_phone(phone):
            raise forms.ValidationError(_("Nomor HP tidak valid. Contoh: 081234567890."))
        return phone

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("phone") and not self.has_error("email") \
                and not self.has_error("phone"):
            self.add_error("email", _("Isi email atau nomor HP agar Anda dapat masuk."))
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("Kedua kata sandi tidak sama."))
        elif p1:
            probe = User(full_name=cleaned.get("full_name", ""), email=cleaned.get("email"),
                         phone=cleaned.get("phone"))
            try:
                password_validation.validate_password(p1, probe)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class LoginForm(AuthenticationForm):
    username = forms.CharField(label=_("Email atau nomor HP"), max_length=254,
                               widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}))
    error_messages = {
        "invalid_login": _("Email/nomor HP atau kata sandi salah."),
        "inactive": _("Akun ini tidak aktif."),
    }

    shared_phone = forms.BooleanField(
        label=_("Ponsel bersama"), required=False,
        help_text=_("Centang bila ponsel ini dipakai orang lain juga: tidak ada yang disimpan untuk dibaca tanpa "
                    "sinyal, dan saat Anda keluar (atau %(minutes)s menit tidak dipakai) semua data Anda di ponsel "
                    "ini dihapus."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Kata sandi")
        self.fields["shared_phone"].help_text %= {"minutes": max(shared_phone.idle_seconds() // 60, 1)}
        self.helper = _submit_helper(_("Masuk"))


class PelitaPasswordResetForm(PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Email")
        self.helper = _submit_helper(_("Kirim tautan"))

    def get_users(self, email):
        return (u for u in User._default_manager.filter(email__iexact=email, is_active=True) if u.has_usable_password())


class ProfileForm(forms.ModelForm):
    village = RegionField(label=_("Desa/kelurahan"))

    class Meta:
        model = User
        fields = ["full_name", "organisation_type", "sex", "village"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.village_id:
            self.initial["village"] = region_label(self.instance.village)
        self.helper = _submit_helper(_("Simpan"))


class ResetHandoverForm(forms.Form):
    contact = forms.CharField(label=_("Email atau nomor HP peserta"), max_length=254)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _submit_helper(_("Buat tautan sekali pakai"))


class AdminLoginForm(WagtailLoginForm):
    """Wagtail's admin sign-in, with the password field labelled in Indonesian (Wagtail leaves it unlabelled)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Kata sandi")
