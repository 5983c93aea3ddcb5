"""Training events (pelatihan): a course delivered to a cohort, with sessions, participants and attendance."""
import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

CHECKIN_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_checkin_code() -> str:
    return "".join(secrets.choice(CHECKIN_ALPHABET) for _ in range(6))


class TrainingEvent(models.Model):
    course = models.ForeignKey("courses.CoursePage", on_delete=models.PROTECT, related_name="events",
                               verbose_name=_("kursus"))
    organiser = models.ForeignKey("accounts.Agency", on_delete=models.PROTECT, related_name="events",
                                  verbose_name=_("lembaga penyelenggara"))
    title = models.CharField(_("nama pelatihan"), max_length=255)
    venue = models.CharField(_("tempat"), max_length=255)
    city = models.CharField(_("kota pada sertifikat"), max_length=100, blank=True,
                            help_text=_("Contoh: Banjarmasin"))
    start_date = models.DateField(_("tanggal mulai"))
    end_date = models.DateField(_("tanggal selesai"))
    min_attendance_percent = models.PositiveSmallIntegerField(
        _("kehadiran minimal (%)"), default=80, validators=[MinValueValidator(0), MaxValueValidator(100)])
    capacity = models.PositiveIntegerField(_("kapasitas"), null=True, blank=True)
    pretest = models.ForeignKey("assessments.QuizPage", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="+", verbose_name=_("pre-test"))
    posttest = models.ForeignKey("assessments.QuizPage", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+", verbose_name=_("post-test"))
    trainers = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="training_events",
                                      verbose_name=_("fasilitator"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("pelatihan")
        verbose_name_plural = _("pelatihan")
        ordering = ["-start_date", "pk"]
        constraints = [models.CheckConstraint(condition=Q(end_date__gte=models.F("start_date")),
                                              name="event_dates_ordered")]
        indexes = [models.Index(fields=["organiser", "start_date"])]

    def __str__(self):
        return self.title


class Session(models.Model):
    event = models.ForeignKey(TrainingEvent, on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField(_("tanggal"))
    start_time = models.TimeField(_("mulai"))
    end_time = models.TimeField(_("selesai"))
    topic = models.CharField(_("topik"), max_length=255)
    trainer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="+", verbose_name=_("fasilitator"))
    checkin_code = models.CharField(_("kode hadir"), max_length=8, unique=True, default=new_checkin_code)

    class Meta:
        verbose_name = _("sesi")
        verbose_name_plural = _("sesi")
        ordering = ["date", "start_time", "pk"]
        constraints = [models.CheckConstraint(condition=Q(end_time__gt=models.F("start_time")),
                                              name="session_times_ordered")]

    def __str__(self):
        return f"{self.date} {self.start_time:%H:%M} · {self.topic}"


class Participant(models.Model):
    class Status(models.TextChoices):
        INVITED = "invited", _("Diundang")
        ACTIVE = "active", _("Aktif")
        WITHDRAWN = "withdrawn", _("Mengundurkan diri")

    event = models.ForeignKey(TrainingEvent, on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="participations")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.INVITED)
    added_at = models.DateTimeField(auto_now_add=True)
    # Set when the invitation email (set-password link) went out: a retried task sends nothing twice.
    invited_at = models.DateTimeField(_("undangan terkirim"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("peserta pelatihan")
        verbose_name_plural = _("peserta pelatihan")
        constraints = [models.UniqueConstraint(fields=["event", "user"], name="participant_once_per_event")]


class Attendance(models.Model):
    class Method(models.TextChoices):
        ROSTER = "roster", _("Daftar hadir oleh fasilitator")
        CODE = "code", _("Kode/QR oleh peserta")
        CORRECTION = "correction", _("Koreksi")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendances")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="attendances")
    present = models.BooleanField(_("hadir"), default=True)
    method = models.CharField(max_length=12, choices=Method.choices, default=Method.ROSTER)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("kehadiran")
        verbose_name_plural = _("kehadiran")
        constraints = [models.UniqueConstraint(fields=["session", "participant"], name="attendance_once")]


class AttendanceCorrection(models.Model):
    """Every change to a recorded attendance, with who changed it and why."""

    attendance = models.ForeignKey(Attendance, on_delete=models.CASCADE, related_name="corrections")
    was_present = models.BooleanField()
    now_present = models.BooleanField()
    reason = models.TextField(_("alasan"))
    corrected_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                     related_name="+")
    corrected_at = models.DateTimeField(auto_now_add=True)


class ParticipantImportJob(models.Model):
    """A large participant list imported in the background, in batches, with its progress for the page."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Menunggu")
        RUNNING = "running", _("Sedang diproses")
        DONE = "done", _("Selesai")
        FAILED = "failed", _("Gagal")

    event = models.ForeignKey(TrainingEvent, on_delete=models.CASCADE, related_name="import_jobs")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    upload = models.CharField(max_length=255)  # the stashed file's storage name (cohorts.uploads)
    filename = models.CharField(max_length=200)
    only_valid = models.BooleanField(default=False)
    site_url = models.CharField(max_length=200)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    matched = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    invited = models.PositiveIntegerField(default=0)
    without_email = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("impor peserta")

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100
