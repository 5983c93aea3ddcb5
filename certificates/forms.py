"""Admin forms for revoking, re-issuing and signing off."""
from django import forms
from django.utils.translation import gettext_lazy as _


class RevokeForm(forms.Form):
    reason = forms.CharField(label=_("Alasan pencabutan"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)


class ReissueForm(forms.Form):
    holder_name = forms.CharField(label=_("Nama sesuai KTP"), max_length=150)
    reason = forms.CharField(label=_("Alasan penerbitan ulang"), widget=forms.Textarea(attrs={"rows": 3}),
                             max_length=2000)


class SignoffForm(forms.Form):
    note = forms.CharField(label=_("Catatan penilaian"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
                           max_length=2000)
