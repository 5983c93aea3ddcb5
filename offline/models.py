"""What a phone sent after studying without signal, kept under the id the phone gave it so a retry does nothing."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OfflineSubmission(models.Model):
    """One queued item (answers to an attempt, or a module marked done) as received, with what came of it.

    The payload is kept even when the attempt was closed before it arrived: nothing a trainee typed is lost.
    """

    class Kind(models.TextChoices):
        ANSWERS = "answers", _("Jawaban kuis")
        MODULE = "module", _("Modul selesai")

    client_id = models.UUIDField(_("id dari ponsel"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("jenis"), max_length=10, choices=Kind.choices)
    payload = models.JSONField(default=dict)
    result = models.JSONField(default=dict)
    received_at = models.DateTimeField(_("diterima"), auto_now_add=True)

    class Meta:
        verbose_name = _("kiriman tanpa sinyal")
        verbose_name_plural = _("kiriman tanpa sinyal")
        constraints = [models.UniqueConstraint(fields=["client_id"], name="offline_submission_once")]
