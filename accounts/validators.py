"""Password rules Django does not ship: no password built from the site's own name plus digits."""
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Words anyone guessing a Pelita password tries first, with a year or a number appended.
CONTEXT_WORDS = {"pelita", "sapa", "dpppa", "dp3a", "kemenpppa", "uptdppa", "satgasppa", "patbm", "krppa",
                 "password", "passw0rd", "sandi", "katasandi", "rahasia", "admin", "qwerty", "indonesia"}


class ContextWordValidator:
    """Refuse `pelita2024`, `Sandi!123` and the like: a context word with only digits and symbols around it."""

    def validate(self, password, user=None):
        letters = re.sub(r"[^a-z]", "", password.lower())
        core = re.sub(r"[^a-z0-9]", "", password.lower())
        stripped = re.sub(r"\d+$|^\d+", "", core)
        if letters in CONTEXT_WORDS or stripped in CONTEXT_WORDS:
            raise ValidationError(
                _("Kata sandi ini terlalu mudah ditebak (nama situs atau kata umum ditambah angka). "
                  "Gunakan beberapa kata yang hanya Anda ketahui."),
                code="password_context_word")

    def get_help_text(self):
        return _("Kata sandi tidak boleh berupa nama situs atau kata umum ditambah angka.")
