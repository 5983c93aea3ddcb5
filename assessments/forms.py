"""Admin forms: question import."""
from django import forms
from django.utils.translation import gettext_lazy as _

MAX_IMPORT_BYTES = 2 * 1024 * 1024


class QuestionImportForm(forms.Form):
    FORMATS = [("gift", "GIFT (Moodle)"), ("aiken", "Aiken")]

    file = forms.FileField(label=_("Berkas soal"), required=False,
                           help_text=_("Berkas teks .txt/.gift dalam format GIFT atau Aiken, paling besar 2 MB."))
    format = forms.ChoiceField(label=_("Format"), choices=FORMATS, initial="gift")
    category = forms.CharField(label=_("Kategori"), max_length=200, required=False,
                               help_text=_("Dipakai untuk soal yang tidak menyebut $CATEGORY."))
    content = forms.CharField(widget=forms.HiddenInput, required=False)
    only_valid = forms.BooleanField(label=_("Impor hanya soal yang valid"), required=False)

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload:
            if upload.size > MAX_IMPORT_BYTES:
                raise forms.ValidationError(_("Berkas terlalu besar (maksimal 2 MB)."))
            raw = upload.read()
            try:
                cleaned["content"] = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                try:
                    cleaned["content"] = raw.decode("cp1252")
                except UnicodeDecodeError:
                    raise forms.ValidationError(_("Berkas harus berupa teks UTF-8.")) from None
        if not cleaned.get("content"):
            raise forms.ValidationError(_("Pilih berkas soal untuk diunggah."))
        if len(cleaned["content"].encode()) > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("Berkas terlalu besar (maksimal 2 MB)."))
        return cleaned
