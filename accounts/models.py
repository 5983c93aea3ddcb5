"""Users, regions (Kemendagri codes) and the agencies that run training."""
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    """An administrative region with its official Kemendagri code, e.g. 63.71.01.1001."""

    class Level(models.IntegerChoices):
        PROVINCE = 1, _("Provinsi")
        REGENCY = 2, _("Kabupaten/kota")
        DISTRICT = 3, _("Kecamatan")
        VILLAGE = 4, _("Desa/kelurahan")

    code = models.CharField(_("kode"), max_length=13, primary_key=True)
    name = models.CharField(_("nama"), max_length=120, db_index=True)
    level = models.PositiveSmallIntegerField(_("tingkat"), choices=Level.choices, db_index=True)
    parent = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="children", verbose_name=_("induk"))
    # "Sungai Miai, Banjarmasin Utara, Kota Banjarmasin, Kalimantan Selatan": shown and searched without joins.
    full_name = models.CharField(_("nama lengkap"), max_length=400)

    class Meta:
        verbose_name = _("wilayah")
        verbose_name_plural = _("wilayah")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(condition=Q(level=1, parent__isnull=True) | Q(level__gt=1, parent__isnull=False),
                                   name="region_parent_matches_level"),
        ]

    def __str__(self):
        return self.full_name or self.name

    def code_prefix(self) -> str:
        """Prefix shared by the codes of every region inside this one (for scoped queries)."""
        return self.code + "."


class Agency(models.Model):
    """A DP3A (or a variant) that runs training and issues training certificates."""

    class Kind(models.TextChoices):
        DP3A = "DP3A", "DP3A"
        DP2KBP3A = "DP2KBP3A", "DP2KBP3A"
        DP3AKB = "DP3AKB", "DP3AKB"
        DP3KB = "DP3KB", "DP3KB"
        DP3AP2KB = "DP3AP2KB", "DP3AP2KB"
        OTHER = "OTHER", _("Lainnya")

    name = models.CharField(_("nama lembaga"), max_length=200, unique=True)
    kind = models.CharField(_("jenis"), max_length=12, choices=Kind.choices, default=Kind.DP3A)
    code = models.CharField(
        _("kode lembaga"), max_length=30, unique=True,
        validators=[RegexValidator(r"^[A-Z0-9][A-Z0-9-]*$", _("Gunakan huruf besar, angka dan tanda hubung."))],
        help_text=_("Dipakai dalam nomor sertifikat, contoh: DP3A-BJM"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, verbose_name=_("wilayah"),
                               limit_choices_to={"level__in": [1, 2]},
                               help_text=_("Provinsi atau kabupaten/kota yang menjadi wilayah kerja"))
    address = models.TextField(_("alamat"), blank=True)
    logo = models.ForeignKey("wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="+", verbose_name=_("logo"))
    signatory_name = models.CharField(_("nama penanda tangan"), max_length=150, blank=True)
    signatory_nip = models.CharField(
        _("NIP penanda tangan"), max_length=30, blank=True,
        validators=[RegexValidator(r"^[0-9 ]{18,21}$", _("NIP terdiri atas 18 angka."))])
    signatory_position = models.CharField(_("jabatan penanda tangan"), max_length=200, blank=True)
    signature = models.ForeignKey("wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="+", verbose_name=_("gambar tanda tangan"))
    certificate_number_format = models.CharField(
        _("format nomor sertifikat"), max_length=120,
        default="{seq:03d}/{course}/{agency}/{month_roman}/{year}",
        help_text=_("Tersedia: {seq}, {course}, {agency}, {month}, {month_roman}, {year}. "
                    "Contoh hasil: 001/PRL/DP3A-BJM/VIII/2024"))

    class Meta:
        verbose_name = _("lembaga")
        verbose_name_plural = _("lembaga")
        ordering = ["name"]

    def __str__(self):
        return self.name


class OrganisationType(models.TextChoices):
    SATGAS_PPA = "satgas_ppa", _("Satgas PPA")
    RELAWAN_SAPA = "relawan_sapa", _("Relawan SAPA")
    PATBM = "patbm", _("PATBM/TAPBM")
    KRPPA = "krppa", _("KRPPA/kelurahan")
    UPTD_PPA = "uptd_ppa", _("UPTD PPA")
    OBH = "obh", _("Pemberi Bantuan Hukum/OBH")
    POLICE = "police", _("Kepolisian")
    SCHOOL = "school", _("Sekolah")
    OTHER = "other", _("Lainnya")


class Sex(models.TextChoices):
    """As Indonesian forms write it (L/P): child-friendly-district (KLA) reports count trained people by sex."""
    FEMALE = "P", _("Perempuan")
    MALE = "L", _("Laki-laki")


SEX_PURPOSE = _("Boleh dikosongkan. Dipakai hanya untuk menghitung jumlah orang terlatih menurut jenis kelamin "
                "dalam laporan Kabupaten/Kota Layak Anak (KLA); tidak ditampilkan kepada orang lain.")


class PelitaUserManager(UserManager):
    def get_by_natural_key(self, username):
        return self.get(**{self.model.USERNAME_FIELD: username})


class User(AbstractUser):
    """A person using Pelita. Trainees sign in with their email or phone number."""

    full_name = models.CharField(_("nama lengkap sesuai KTP"), max_length=150)
    email = models.EmailField(_("email"), blank=True, null=True, unique=True)
    phone = models.CharField(_("nomor HP"), max_length=20, blank=True, null=True, unique=True,
                             help_text=_("Format 08xxxxxxxxxx"))
    organisation_type = models.CharField(_("jenis organisasi"), max_length=20, choices=OrganisationType.choices,
                                         blank=True)
    organisation_name = models.CharField(_("nama organisasi/lembaga"), max_length=200, blank=True,
                                         help_text=_("Seperti ditulis peserta, mis. Puspaga Kota Banjarmasin"))
    sex = models.CharField(_("jenis kelamin"), max_length=1, choices=Sex.choices, blank=True,
                           help_text=SEX_PURPOSE)
    village = models.ForeignKey(Region, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                verbose_name=_("desa/kelurahan"), limit_choices_to={"level": 4})
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="members",
                               verbose_name=_("lembaga"))

    welcomed_at = models.DateTimeField(_("email sambutan terkirim"), null=True, blank=True, editable=False)

    objects = PelitaUserManager()

    class Meta:
        verbose_name = _("pengguna")
        verbose_name_plural = _("pengguna")

    def __str__(self):
        return self.full_name or self.username

    def get_full_name(self):
        return self.full_name or super().get_full_name()

    def get_short_name(self):
        # What Wagtail's emails greet a person by ("Halo ..."): the name they registered with, never a login.
        return self.full_name or super().get_short_name()

    def save(self, *args, **kwargs):
        # Unique constraints ignore NULL but not "": store a missing contact as NULL.
        self.email = (self.email or "").strip().lower() or None
        self.phone = (self.phone or "").strip() or None
        super().save(*args, **kwargs)


class PasswordResetHandover(models.Model):
    """A log line: agency staff made a one-time password-reset link for a person who has no email."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+", verbose_name=_("pengguna"))
    issued_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name="+",
                                  verbose_name=_("dibuat oleh"))
    issued_at = models.DateTimeField(_("dibuat pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("tautan atur ulang sandi")
        verbose_name_plural = _("tautan atur ulang sandi")
        ordering = ["-issued_at"]
