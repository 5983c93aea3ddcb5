"""Issued certificates, their audit trail, agencies' signing keys, number sequences and trainer sign-offs."""
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: codes are typed from paper


def new_verification_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))


class SigningKey(models.Model):
    """An agency's Ed25519 key. The public half is published; the private half signs QR payloads and badges.

    An agency has one active key and keeps its retired ones (public half only) so that certificates signed
    before a rotation still verify. The private half is stored encrypted with the key-encryption key
    (certificates/keystore.py) and erased when the key is retired.
    """

    agency = models.ForeignKey("accounts.Agency", on_delete=models.PROTECT, related_name="signing_keys")
    kid = models.CharField(max_length=64, unique=True)  # RFC 7638 thumbprint of the public key
    public_key = models.BinaryField(max_length=32)
    private_key_encrypted = models.BinaryField(editable=False, blank=True)  # Fernet token; empty once retired
    created_at = models.DateTimeField(auto_now_add=True)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("kunci tanda tangan")
        ordering = ["agency", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["agency"], condition=Q(retired_at__isnull=True),
                                    name="signing_key_one_active_per_agency"),
        ]

    def __str__(self):
        return self.kid


class CertificateSequence(models.Model):
    """Running numbers per agency, course and year (locked row: no two certificates share a number)."""

    agency = models.ForeignKey("accounts.Agency", on_delete=models.PROTECT, related_name="+")
    course_code = models.CharField(max_length=12)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["agency", "course_code", "year"],
                                               name="certificate_sequence_unique")]


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Berlaku")
        REVOKED = "revoked", _("Dicabut")
        SUPERSEDED = "superseded", _("Diganti")

    class Result(models.TextChoices):
        PASSED = "passed", _("Lulus")

    code = models.CharField(_("kode verifikasi"), max_length=16, unique=True, default=new_verification_code)
    number = models.CharField(_("nomor"), max_length=120)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates",
                             verbose_name=_("peserta"))
    course = models.ForeignKey("courses.CoursePage", on_delete=models.PROTECT, related_name="certificates",
                               verbose_name=_("kursus"))
    agency = models.ForeignKey("accounts.Agency", on_delete=models.PROTECT, related_name="certificates",
                               verbose_name=_("lembaga penerbit"))
    holder_name = models.CharField(_("nama pada sertifikat"), max_length=150)
    course_title = models.CharField(_("judul kursus"), max_length=255)
    course_code = models.CharField(_("kode kursus"), max_length=12)
    # jam pelajaran delivered (attended sessions, or planned self-paced minutes / minutes-per-JP), rounded down
    jp_hours = models.DecimalField(_("JP"), max_digits=5, decimal_places=1)
    start_date = models.DateField(_("tanggal mulai"))
    end_date = models.DateField(_("tanggal selesai"), null=True, blank=True)
    place = models.CharField(_("tempat"), max_length=100, blank=True,
                             help_text=_("Hanya untuk pelatihan tatap muka; kosong berarti belajar secara daring."))
    result = models.CharField(_("hasil"), max_length=12, choices=Result.choices, default=Result.PASSED)
    language = models.CharField(_("bahasa"), max_length=2, default="id")
    issued_on = models.DateField(_("tanggal terbit"))
    issued_at = models.DateTimeField(_("diterbitkan"), auto_now_add=True)
    expires_on = models.DateField(_("berlaku sampai"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.VALID)
    status_changed_at = models.DateTimeField(_("status diubah"), null=True, blank=True)
    status_reason = models.TextField(_("alasan"), blank=True)
    superseded_by = models.OneToOneField("self", on_delete=models.PROTECT, null=True, blank=True,
                                         related_name="supersedes", verbose_name=_("diganti dengan"))
    token = models.TextField(_("data QR bertanda tangan"), editable=False)

    class Meta:
        verbose_name = _("sertifikat")
        verbose_name_plural = _("sertifikat")
        ordering = ["-issued_at"]
        constraints = [
            # Exactly one current certificate per trainee and course, however many times issuing is tried.
            models.UniqueConstraint(fields=["user", "course"], condition=~Q(status="superseded"),
                                    name="certificate_once_per_course"),
            models.UniqueConstraint(fields=["agency", "number"], name="certificate_number_unique"),
        ]
        indexes = [models.Index(fields=["expires_on"]), models.Index(fields=["status"])]

    def __str__(self):
        return f"{self.number} · {self.holder_name}"

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("certificates:verify", args=(self.code,))


class CertificateEvent(models.Model):
    """Audit trail: who did what to a certificate, when and why."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("Diterbitkan")
        REVOKED = "revoked", _("Dicabut")
        REISSUED = "reissued", _("Diterbitkan ulang")
        SUPERSEDED = "superseded", _("Diganti")

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("tindakan"), max_length=12, choices=Action.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+", verbose_name=_("oleh"))
    reason = models.TextField(_("alasan"), blank=True)
    at = models.DateTimeField(_("waktu"), auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("riwayat sertifikat")


class TrainerSignoff(models.Model):
    """A trainer states that a trainee is competent (e.g. a mediation role-play), where a course requires it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="signoffs")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.PROTECT, related_name="+")
    trainer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    note = models.TextField(_("catatan"), blank=True)
    signed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="signoff_once")]


class BulkIssueJob(models.Model):
    """Issuing a training event's certificates in the background, with visible progress and a print pack."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Menunggu")
        RUNNING = "running", _("Sedang diproses")
        DONE = "done", _("Selesai")
        FAILED = "failed", _("Gagal")

    event = models.ForeignKey("cohorts.TrainingEvent", on_delete=models.CASCADE, related_name="bulk_jobs")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    user_ids = models.JSONField(default=list)  # the names previewed and confirmed
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    pack = models.FileField(upload_to="sertifikat/paket/", blank=True)
    archive = models.FileField(upload_to="sertifikat/paket/", blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100
