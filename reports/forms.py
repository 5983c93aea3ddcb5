"""The dashboard's filter form (GET) and the forms behind personal-data requests."""
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .selectors import ReportFilters


class ReportFilterForm(forms.Form):
    dari = forms.DateField(label=_("Dari tanggal"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    sampai = forms.DateField(label=_("Sampai tanggal"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    kursus = forms.TypedChoiceField(label=_("Kursus"), required=False, coerce=int, empty_value=None)
    lembaga = forms.TypedChoiceField(label=_("Lembaga"), required=False, coerce=int, empty_value=None,
                                     help_text=_("Penerbit sertifikat atau penyelenggara pelatihan"))
    wilayah = forms.ChoiceField(label=_("Wilayah"), required=False)

    def __init__(self, data=None, *, options: dict, regions: list[tuple[str, str]]):
        super().__init__(data)
        everything = [("", _("Semua"))]
        self.fields["kursus"].choices = everything + options["courses"]
        self.fields["lembaga"].choices = everything + options["agencies"]
        self.fields["wilayah"].choices = [("", _("Seluruh wilayah saya"))] + regions
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select" if isinstance(field, forms.ChoiceField) else "form-control"

    def clean(self):
        data = super().clean()
        if data.get("dari") and data.get("sampai") and data["dari"] > data["sampai"]:
            raise ValidationError(_("Tanggal awal harus sebelum tanggal akhir."))
        return data

    def filters(self) -> ReportFilters:
        """The filters to apply: none when the form is invalid (the page says so)."""
        if not self.is_valid():
            return ReportFilters()
        data = self.cleaned_data
        return ReportFilters(date_from=data.get("dari"), date_to=data.get("sampai"), course_id=data.get("kursus"),
                             agency_id=data.get("lembaga"), region=data.get("wilayah") or "")


class DeletionRequestForm(forms.Form):
    alasan = forms.CharField(label=_("Alasan (tidak wajib)"), required=False, max_length=1000,
                             widget=forms.Textarea(attrs={"rows": 2}))


class AnonymiseForm(forms.Form):
    confirm = forms.BooleanField(label=_("Saya mengerti: email, nomor HP, wilayah dan akun masuk orang ini dihapus "
                                         "permanen. Sertifikatnya tetap dapat diverifikasi dengan nama."))
