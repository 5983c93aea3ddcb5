"""Reports only read other apps' data; the one thing they store is a trainee's request to delete their data.

UU 27/2022 gives a person the right to ask for deletion. The request is kept here (not in `accounts`, whose
models this app must not change) so staff of the person's region can act on it and the trail remains.
"""
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class DeletionRequest(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Menunggu")
        DONE = "done", _("Selesai (data dianonimkan)")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="deletion_requests",
                             verbose_name=_("pengguna"))
    reason = models.TextField(_("alasan"), blank=True, max_length=1000)
    requested_at = models.DateTimeField(_("diminta"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.OPEN)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("ditangani oleh"))
    handled_at = models.DateTimeField(_("ditangani"), null=True, blank=True)

    class Meta:
        verbose_name = _("permintaan penghapusan data")
        verbose_name_plural = _("permintaan penghapusan data")
        ordering = ["-requested_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["user"], condition=Q(status="open"),
                                               name="deletion_request_one_open")]

    def __str__(self):
        return f"{self.user_id} · {self.get_status_display()}"
