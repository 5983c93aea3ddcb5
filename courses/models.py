"""Course catalogue, course and module pages (Wagtail), and each trainee's enrolment and progress."""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import AbstractGroupApprovalTask, Page
from wagtail.search import index

from core.blocks import LessonBlock
from core.sanitize import clean_rich_text_fields, clean_text

from .forms import CoursePageForm


class Topic(models.TextChoices):
    LAW = "law", _("Dasar hukum dan keparalegalan")
    PROTECTION_LAW = "protection_law", _("Hukum perlindungan perempuan dan anak")
    MEDIATION = "mediation", _("Mediasi")
    ADVOCACY = "advocacy", _("Advokasi dan pendampingan")
    TRAUMA = "trauma", _("Penanganan berperspektif korban dan trauma")
    CASE_MANAGEMENT = "case_management", _("Manajemen kasus")
    PREVENTION = "prevention", _("Pencegahan di desa/kelurahan")


class AgencyScopedPage:
    """Mixed into the pages that make up a course: an editor whose agencies do not include the course's issuing
    agency gets no page permission on it (no edit, lock, privacy, publish...), whatever the catalogue grants."""

    def permissions_for_user(self, user):
        from .selectors import page_in_scope  # selectors import this module

        tester = super().permissions_for_user(user)
        if not page_in_scope(user, self):
            tester.permissions = set()
        return tester


class CourseIndexPage(Page):
    """The course catalogue."""

    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("katalog kursus")

    def clean(self):
        super().clean()
        clean_rich_text_fields(self)

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalogue_courses

        context = super().get_context(request, *args, **kwargs)
        topic = request.GET.get("topik", "")
        context["topics"] = Topic.choices
        context["active_topic"] = topic if topic in Topic.values else ""
        context["courses"] = catalogue_courses(index=self, topic=context["active_topic"], user=request.user)
        return context


class CoursePage(AgencyScopedPage, RoutablePageMixin, Page):
    """A course: a code, a topic, its audience and outcomes, JP hours, and modules as child pages."""

    class Enrolment(models.TextChoices):
        OPEN = "open", _("Terbuka: siapa pun yang terdaftar dapat mengikuti")
        INVITATION = "invitation", _("Dengan undangan atau melalui pelatihan")

    code = models.CharField(
        _("kode kursus"), max_length=12,
        validators=[RegexValidator(r"^[A-Z0-9]+$", _("Gunakan huruf besar dan angka saja."))],
        help_text=_("Dipakai dalam nomor sertifikat, contoh: PRL"))
    topic = models.CharField(_("topik"), max_length=20, choices=Topic.choices)
    summary = models.TextField(_("ringkasan"), max_length=400, help_text=_("Satu atau dua kalimat untuk katalog"))
    intro = RichTextField(_("pengantar"), blank=True, features=["h3", "bold", "italic", "ol", "ul", "link"])
    audience = models.TextField(_("sasaran peserta"), blank=True)
    outcomes = models.TextField(_("capaian pembelajaran"), blank=True, help_text=_("Satu capaian per baris"))
    jp_hours = models.PositiveSmallIntegerField(  # jam pelajaran: 45-minute lesson hours
        _("jumlah JP"), validators=[MinValueValidator(1), MaxValueValidator(400)],
        help_text=_("JP kurikulum tatap muka (jam pelajaran, 45 menit). Sertifikat mencetak JP yang benar-benar "
                    "diberikan: sesi pelatihan yang dihadiri, atau menit belajar mandiri yang direncanakan (modul "
                    "dan tes berbatas waktu) dibagi 45."))
    enrolment = models.CharField(_("pendaftaran"), max_length=12, choices=Enrolment.choices,
                                 default=Enrolment.OPEN)
    # Certification rule: every requirement met (courses.selectors.course_requirements), with:
    issuing_agency = models.ForeignKey(
        "accounts.Agency", on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("lembaga penerbit sertifikat"),
        help_text=_("Kosongkan bila kursus ini tidak menerbitkan sertifikat."))
    requires_trainer_signoff = models.BooleanField(
        _("perlu persetujuan fasilitator"), default=False,
        help_text=_("Sertifikat baru terbit setelah fasilitator menyatakan peserta kompeten (mis. bermain peran)."))
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("masa berlaku sertifikat (bulan)"), null=True, blank=True, help_text=_("Kosongkan bila tidak kedaluwarsa."))
    certificate_language = models.CharField(_("bahasa sertifikat"), max_length=2, default="id",
                                            choices=[("id", "Bahasa Indonesia"), ("en", "English")])

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("code"), FieldPanel("topic"), FieldPanel("jp_hours"),
                         FieldPanel("enrolment")], heading=_("Identitas kursus")),
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("audience"),
        FieldPanel("outcomes"),
        MultiFieldPanel([FieldPanel("issuing_agency"), FieldPanel("requires_trainer_signoff"),
                         FieldPanel("certificate_validity_months"), FieldPanel("certificate_language")],
                        heading=_("Sertifikat")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.SearchField("audience"),
        index.SearchField("code"),
        index.FilterField("topic"),
    ]
    base_form_class = CoursePageForm  # issuing agency: only agencies the editor acts for
    parent_page_types = ["courses.CourseIndexPage"]
    # Quizzes are written by a higher app; naming the page type by string imports nothing.
    subpage_types = ["courses.ModulePage", "assessments.QuizPage"]

    class Meta:
        verbose_name = _("kursus")
        verbose_name_plural = _("kursus")

    def __str__(self):
        return self.title

    @property
    def outcome_list(self) -> list[str]:
        return [line.strip() for line in (self.outcomes or "").splitlines() if line.strip()]

    def clean(self):
        super().clean()
        clean_rich_text_fields(self)
        self.summary = clean_text(self.summary)
        self.audience = clean_text(self.audience)
        self.outcomes = clean_text(self.outcomes)
        if self.code:
            clash = CoursePage.objects.filter(code=self.code).exclude(translation_key=self.translation_key)
            if clash.exists():
                raise ValidationError({"code": _("Kode kursus ini sudah dipakai kursus lain.")})

    def get_context(self, request, *args, **kwargs):
        from wagtail import hooks

        from .selectors import (
            course_outline,
            course_requirements,
            course_study_jp,
            may_study,
            parent_page,
            requirements_complete,
        )

        context = super().get_context(request, *args, **kwargs)
        context.update(course_outline(course=self, user=request.user))
        enrollment = context["enrollment"]
        context["requirements"] = (course_requirements(course=self, users=[request.user])[request.user.pk]
                                   if enrollment else [])
        context["is_complete"] = bool(enrollment and enrollment.completed_at
                                      and requirements_complete(context["requirements"]))
        context["study_jp"] = course_study_jp(course=self)
        context["catalogue"] = parent_page(self)
        context["minutes_per_jp"] = settings.PELITA_MINUTES_PER_JP
        context["side_panels"] = [panel for panel in (build(request, self, context)
                                                      for build in hooks.get_hooks("pelita_course_panels")) if panel]
        if not getattr(request, "is_preview", False) and may_study(user=request.user, outline=context):
            from .booklets import course_source

            context["booklet"] = course_source(course=self, modules=context["modules"], request=request).link(
                self.get_url(request) + self.reverse_subpage("booklet"))
        return context

    @path("lanjutkan/", name="resume")
    def resume(self, request):
        from .views import course_resume

        return course_resume(request, course=self)

    @path("ikuti/", name="enrol")
    def enrol(self, request):
        from .views import course_enrol

        return course_enrol(request, course=self)

    @path("buklet/", name="booklet")
    def booklet(self, request):
        from .views import course_booklet

        return course_booklet(request, course=self)


class ModulePage(AgencyScopedPage, RoutablePageMixin, Page):
    """One lesson of a course, written in lesson blocks."""

    summary = models.TextField(_("ringkasan"), max_length=400, blank=True)
    competency = models.CharField(_("kompetensi yang diukur"), max_length=300, blank=True)
    jp_hours = models.DecimalField(_("JP"), max_digits=4, decimal_places=1, default=1,
                                   validators=[MinValueValidator(0)])
    estimated_minutes = models.PositiveSmallIntegerField(
        _("perkiraan waktu belajar (menit)"), default=20, validators=[MinValueValidator(1), MaxValueValidator(600)])
    body = StreamField(LessonBlock(), verbose_name=_("isi modul"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("jp_hours"), FieldPanel("estimated_minutes"), FieldPanel("competency")],
                        heading=_("Waktu dan kompetensi")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("modul")
        verbose_name_plural = _("modul")

    def clean(self):
        super().clean()
        self.summary = clean_text(self.summary)
        self.competency = clean_text(self.competency)

    def get_context(self, request, *args, **kwargs):
        from .selectors import module_view

        preview = getattr(request, "is_preview", False)
        context = super().get_context(request, *args, **kwargs)
        context.update(module_view(module=self, user=request.user, preview=preview))
        if context["may_study"] and not preview:
            from .booklets import module_source

            context["booklet"] = module_source(module=self, view=context, request=request).link(
                self.get_url(request) + self.reverse_subpage("booklet"))
        return context

    @path("selesai/", name="complete")
    def complete(self, request):
        from .views import module_complete

        return module_complete(request, module=self)

    @path("buklet/", name="booklet")
    def booklet(self, request):
        from .views import module_booklet

        return module_booklet(request, module=self)


class Enrollment(models.Model):
    """A trainee taking a course."""

    class Source(models.TextChoices):
        SELF = "self", _("Mendaftar sendiri")
        INVITATION = "invitation", _("Undangan")
        EVENT = "event", _("Pelatihan tatap muka")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments",
                             verbose_name=_("peserta"))
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="enrollments",
                               verbose_name=_("kursus"))
    source = models.CharField(_("asal pendaftaran"), max_length=12, choices=Source.choices, default=Source.SELF)
    enrolled_at = models.DateTimeField(_("tanggal mendaftar"), auto_now_add=True)
    completed_at = models.DateTimeField(_("tanggal selesai"), null=True, blank=True)

    class Meta:
        verbose_name = _("pendaftaran kursus")
        verbose_name_plural = _("pendaftaran kursus")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="enrollment_once_per_course")]
        indexes = [models.Index(fields=["course", "completed_at"])]

    def __str__(self):
        return f"{self.user} → {self.course}"


class ModuleCompletion(models.Model):
    """A trainee marked a module as studied."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_completions")
    module = models.ForeignKey(ModulePage, on_delete=models.PROTECT, related_name="completions")
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="module_completions")
    completed_at = models.DateTimeField(_("tanggal selesai"), auto_now_add=True)

    class Meta:
        verbose_name = _("modul selesai")
        verbose_name_plural = _("modul selesai")
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="module_completion_once")]
        indexes = [models.Index(fields=["user", "course"])]


class AgencyApprovalTask(AbstractGroupApprovalTask):
    """Approval by the chosen groups, each reviewer only for the courses of the agencies they act for: staff of
    one agency cannot approve (and so publish) another agency's course, nor see it waiting for review."""

    def _in_scope(self, obj, user) -> bool:
        from .selectors import page_in_scope  # selectors import this module

        return not isinstance(obj, Page) or page_in_scope(user, obj)

    def user_can_access_editor(self, obj, user):
        return self._in_scope(obj, user) and super().user_can_access_editor(obj, user)

    def locked_for_user(self, obj, user):
        return not self._in_scope(obj, user) or super().locked_for_user(obj, user)

    def user_can_lock(self, obj, user):
        return self._in_scope(obj, user) and super().user_can_lock(obj, user)

    def get_actions(self, obj, user):
        return super().get_actions(obj, user) if self._in_scope(obj, user) else []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from .selectors import pages_outside_scope

        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__object_id__in=pages_outside_scope(user))

    @classmethod
    def get_description(cls):
        return _("Anggota grup yang dipilih menyetujui halaman kursus lembaga yang mereka wakili")

    class Meta:
        verbose_name = _("persetujuan petugas lembaga")
        verbose_name_plural = _("persetujuan petugas lembaga")
