"""Forms of the training pages: event, session, participant upload, roster, check-in code."""
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from accounts.roles import TRAINER
from courses.models import CoursePage

from .models import Session, TrainingEvent
from .spreadsheet_files import MAX_BYTES, file_too_large_message


def _helper(label: str) -> FormHelper:
    helper = FormHelper()
    helper.add_input(Submit("submit", label, css_class="btn-primary"))
    return helper


def trainers_queryset():
    return get_user_model().objects.filter(groups__name=TRAINER, is_active=True).order_by("full_name").distinct()


class TrainerChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.full_name or obj.username


class EventForm(forms.ModelForm):
    trainers = TrainerChoiceField(label=_("Fasilitator"), queryset=trainers_queryset(), required=False,
                                  widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = TrainingEvent
        fields = ["course", "organiser", "title", "venue", "city", "start_date", "end_date",
                  "min_attendance_percent", "capacity", "pretest", "posttest", "trainers"]
        widgets = {"start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.live().order_by("title")
        self.fields["organiser"].queryset = agencies
        self.fields["organiser"].empty_label = None
        self.fields["trainers"].queryset = trainers_queryset()
        # The quiz model is reached through the field, so this app does not import `assessments`.
        quizzes = self.fields["pretest"].queryset.model.objects.live().order_by("title")
        if self.instance.pk:
            quizzes = quizzes.child_of(self.instance.course)
        self.fields["pretest"].queryset = quizzes
        self.fields["posttest"].queryset = quizzes
        for field in ("pretest", "posttest"):
            self.fields[field].help_text = _("Kuis di dalam kursus yang dipilih (boleh kosong).")
        self.helper = _helper(_("Simpan pelatihan"))

    def clean(self):
        cleaned = super().clean()
        course = cleaned.get("course")
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("Tanggal selesai tidak boleh sebelum tanggal mulai."))
        for field in ("pretest", "posttest"):
            quiz = cleaned.get(field)
            if quiz and course:
                parent = quiz.get_parent()
                if parent is None or parent.pk != course.pk:
                    self.add_error(field, _("Pilih kuis yang berada di dalam kursus %(course)s.")
                                   % {"course": course})
        return cleaned


class SessionForm(forms.ModelForm):
    class Meta:
        model = Session
        fields = ["date", "start_time", "end_time", "topic", "trainer"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                   "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["trainer"].queryset = trainers_queryset()
        self.fields["trainer"].label_from_instance = lambda u: u.full_name or u.username
        self.helper = _helper(_("Simpan sesi"))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("Jam selesai harus setelah jam mulai."))
        return cleaned


class ParticipantUploadForm(forms.Form):
    file = forms.FileField(label=_("Berkas peserta (.xlsx atau .csv)"), help_text=_(
        "Kolom: nama, no_hp, email, jenis_organisasi, kode_desa (atau nama desa/kelurahan). Maksimal 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(_("Periksa berkas"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        # Refused by its declared size, before a byte of it is read or parsed.
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(file_too_large_message(upload.size))
        return upload


class ImportConfirmForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    only_valid = forms.BooleanField(label=_("Impor hanya baris yang benar (baris bermasalah dilewati)"),
                                    required=False)


class RosterForm(forms.Form):
    """One checkbox per participant, and the reason when an earlier recording changes."""

    reason = forms.CharField(label=_("Alasan perubahan (wajib jika mengubah catatan sebelumnya)"), required=False,
                             max_length=500, widget=forms.TextInput)

    def __init__(self, *args, participants, **kwargs):
        super().__init__(*args, **kwargs)
        self.participants = participants
        for participant in participants:
            attendance = participant.attendance
            self.fields[f"p{participant.pk}"] = forms.BooleanField(
                label=participant.user.full_name, required=False,
                initial=attendance.present if attendance else False)

    def present_ids(self) -> set[int]:
        return {p.pk for p in self.participants if self.cleaned_data.get(f"p{p.pk}")}

    def rows(self):
        for participant in self.participants:
            yield participant, self[f"p{participant.pk}"]


class CheckinCodeForm(forms.Form):
    code = forms.CharField(label=_("Kode hadir (6 huruf/angka)"), max_length=12, widget=forms.TextInput(
        attrs={"autocomplete": "off", "autocapitalize": "characters", "inputmode": "text", "class": "text-uppercase"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(_("Catat kehadiran saya"))
