"""Question banks, quizzes (Wagtail pages) and attempts with their snapshots."""
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.sanitize import clean_html, clean_rich_text_fields, clean_text
from courses.models import AgencyScopedPage

from . import questions as plain


class QuestionCategory(models.Model):
    """A named group of bank questions, usually one per course or topic; quizzes draw from it."""

    name = models.CharField(_("nama"), max_length=200, unique=True)
    course = models.ForeignKey("courses.CoursePage", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="question_categories", verbose_name=_("kursus"))
    description = models.TextField(_("keterangan"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("course"), FieldPanel("description")]

    class Meta:
        verbose_name = _("kategori soal")
        verbose_name_plural = _("kategori soal")
        ordering = ["name"]

    def __str__(self):
        return self.name


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey("assessments.Question", on_delete=models.CASCADE, related_name="tagged_items")


class Question(index.Indexed, ClusterableModel):
    """A bank question. Attempts keep a snapshot, so editing a question never changes a graded attempt."""

    class Type(models.TextChoices):
        SINGLE = "single", _("Pilihan ganda (satu jawaban)")
        MULTIPLE = "multiple", _("Pilihan ganda (beberapa jawaban, berbobot)")
        TRUEFALSE = "truefalse", _("Benar/salah")
        SHORT = "short", _("Jawaban singkat")
        NUMERICAL = "numerical", _("Angka")
        MATCHING = "matching", _("Menjodohkan")

    category = models.ForeignKey(QuestionCategory, on_delete=models.PROTECT, related_name="questions",
                                 verbose_name=_("kategori"))
    type = models.CharField(_("jenis"), max_length=12, choices=Type.choices)
    title = models.CharField(_("judul"), max_length=255)
    text = RichTextField(_("soal"), features=["bold", "italic", "ol", "ul", "link"])
    general_feedback = RichTextField(_("umpan balik umum"), blank=True, features=["bold", "italic", "link"])
    idnumber = models.CharField(_("ID soal"), max_length=100, blank=True)
    tags = ClusterTaggableManager(through=QuestionTag, blank=True, verbose_name=_("tag"))
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)

    panels = [
        FieldPanel("category"),
        FieldRowPanel([FieldPanel("type"), FieldPanel("idnumber")]),
        FieldPanel("title"),
        FieldPanel("text"),
        InlinePanel("choices", label=_("Jawaban"), heading=_("Jawaban"),
                    help_text=_("Pilihan ganda, benar/salah, jawaban singkat dan angka. Bobot 100 = benar penuh; "
                                "boleh negatif untuk pilihan ganda beberapa jawaban.")),
        InlinePanel("pairs", label=_("Pasangan"), heading=_("Pasangan (menjodohkan)"),
                    help_text=_("Kosongkan sisi kiri untuk jawaban pengecoh.")),
        FieldPanel("general_feedback"),
        FieldPanel("tags"),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("text"), index.SearchField("idnumber"),
                     index.FilterField("category_id"), index.FilterField("type"), index.FilterField("id"),
                     index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("soal")
        verbose_name_plural = _("bank soal")
        ordering = ["category", "title", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        self.text = clean_html(self.text)
        self.general_feedback = clean_html(self.general_feedback)
        self.title = clean_text(self.title)

    def to_plain(self) -> plain.Question:
        """The question as plain data (what an attempt snapshots and grading reads)."""
        choices = list(self.choices.all())
        return plain.Question(
            type=self.type, title=self.title, text=self.text, text_format="html",
            category=self.category.name if self.category_id else "",
            answers=[c.to_plain() for c in choices],
            pairs=[plain.Pair(question=p.left, answer=p.right) for p in self.pairs.all()],
            general_feedback=self.general_feedback, idnumber=self.idnumber,
            tags=sorted(t.name for t in self.tags.all()))


class AnswerChoice(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("jawaban"), max_length=1000,
                            help_text=_("Untuk benar/salah tulis 'true' atau 'false'; untuk angka boleh dikosongkan"))
    fraction = models.DecimalField(_("bobot (%)"), max_digits=6, decimal_places=2, default=0,
                                   validators=[MinValueValidator(-100), MaxValueValidator(100)])
    feedback = models.TextField(_("umpan balik"), blank=True)
    value = models.FloatField(_("nilai"), null=True, blank=True)
    tolerance = models.FloatField(_("toleransi ±"), null=True, blank=True)
    min_value = models.FloatField(_("batas bawah"), null=True, blank=True)
    max_value = models.FloatField(_("batas atas"), null=True, blank=True)

    panels = [FieldRowPanel([FieldPanel("text"), FieldPanel("fraction")]), FieldPanel("feedback"),
              FieldRowPanel([FieldPanel("value"), FieldPanel("tolerance"), FieldPanel("min_value"),
                             FieldPanel("max_value")])]

    class Meta(Orderable.Meta):
        verbose_name = _("jawaban")

    def clean(self):
        super().clean()
        self.text = clean_text(self.text)
        self.feedback = clean_text(self.feedback)

    def to_plain(self) -> plain.Answer:
        return plain.Answer(text=self.text, fraction=float(self.fraction) / 100, feedback=self.feedback,
                            value=self.value, tolerance=self.tolerance, min=self.min_value, max=self.max_value)


class MatchingPair(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="pairs")
    left = models.CharField(_("sisi kiri"), max_length=500, blank=True)
    right = models.CharField(_("sisi kanan"), max_length=500)

    panels = [FieldRowPanel([FieldPanel("left"), FieldPanel("right")])]

    class Meta(Orderable.Meta):
        verbose_name = _("pasangan")

    def clean(self):
        super().clean()
        self.left, self.right = clean_text(self.left), clean_text(self.right)


class QuizPage(AgencyScopedPage, RoutablePageMixin, Page):
    """A graded quiz attached to a course (optionally to one of its modules)."""

    class Kind(models.TextChoices):
        PRACTICE = "practice", _("Latihan")
        PRE_TEST = "pre", _("Pre-test")
        POST_TEST = "post", _("Post-test")
        FINAL = "final", _("Ujian akhir")

    class Reveal(models.TextChoices):
        IMMEDIATELY = "immediately", _("Segera setelah dikumpulkan")
        AFTER_LAST = "after_last", _("Setelah percobaan terakhir")
        AFTER_PASSING = "after_passing", _("Setelah lulus")
        NEVER = "never", _("Tidak pernah")

    class Grading(models.TextChoices):
        BEST = "best", _("Nilai terbaik")
        LAST = "last", _("Nilai terakhir")

    class Layout(models.TextChoices):
        ONE_PER_PAGE = "one", _("Satu soal per layar")
        ALL = "all", _("Semua soal dalam satu halaman")

    intro = RichTextField(_("petunjuk"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    kind = models.CharField(_("jenis"), max_length=10, choices=Kind.choices, default=Kind.PRACTICE)
    module = models.ForeignKey("courses.ModulePage", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+", verbose_name=_("modul terkait"))
    paired_pretest = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                       related_name="paired_posttests", verbose_name=_("pasangan pre-test"),
                                       help_text=_("Untuk post-test: pre-test yang dibandingkan"))
    pass_mark = models.PositiveSmallIntegerField(_("nilai lulus (%)"), default=70,
                                                 validators=[MinValueValidator(0), MaxValueValidator(100)])
    attempts_allowed = models.PositiveSmallIntegerField(_("jumlah percobaan"), default=0,
                                                        help_text=_("0 = tidak dibatasi"))
    time_limit_minutes = models.PositiveSmallIntegerField(_("batas waktu (menit)"), null=True, blank=True,
                                                          validators=[MinValueValidator(1)])
    reveal = models.CharField(_("tampilkan jawaban benar"), max_length=15, choices=Reveal.choices,
                              default=Reveal.IMMEDIATELY)
    grading = models.CharField(_("nilai yang dihitung"), max_length=5, choices=Grading.choices,
                               default=Grading.BEST)
    layout = models.CharField(_("tampilan"), max_length=5, choices=Layout.choices, default=Layout.ONE_PER_PAGE)
    shuffle_questions = models.BooleanField(_("acak urutan soal"), default=True)
    shuffle_choices = models.BooleanField(_("acak urutan pilihan"), default=True)
    required_for_completion = models.BooleanField(
        _("wajib untuk menyelesaikan kursus"), default=False,
        help_text=_("Kursus baru selesai setelah peserta lulus kuis ini"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("kind"), FieldPanel("module"), FieldPanel("paired_pretest"),
                         FieldPanel("required_for_completion")], heading=_("Jenis kuis")),
        MultiFieldPanel([FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("attempts_allowed"),
                                        FieldPanel("time_limit_minutes")]),
                         FieldRowPanel([FieldPanel("grading"), FieldPanel("reveal")]),
                         FieldRowPanel([FieldPanel("layout"), FieldPanel("shuffle_questions"),
                                        FieldPanel("shuffle_choices")])],
                        heading=_("Aturan")),
        InlinePanel("slots", label=_("Soal"), heading=_("Soal"), min_num=1,
                    help_text=_("Pilih soal tetap, atau ambil sejumlah soal acak dari satu kategori.")),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("kuis")
        verbose_name_plural = _("kuis")

    def clean(self):
        super().clean()
        clean_rich_text_fields(self)
        if self.paired_pretest_id and self.kind != self.Kind.POST_TEST:
            raise ValidationError({"paired_pretest": _("Hanya post-test yang dipasangkan dengan pre-test.")})

    @property
    def course(self):
        return self.get_parent().specific

    @property
    def needs_connection(self) -> bool:
        """Timed tests and final exams are taken online only; the others can be answered without signal."""
        return bool(self.time_limit_minutes) or self.kind == self.Kind.FINAL

    @property
    def graded_pass_fail(self) -> bool:
        """A pass mark of 0 % means the test measures (a pre/post-test), it does not pass or fail anyone."""
        return self.pass_mark > 0

    def get_context(self, request, *args, **kwargs):
        from .selectors import quiz_overview
        from .services import attempts_close_expired

        attempts_close_expired(user=request.user)  # an overdue attempt is closed on sight, worker or not
        context = super().get_context(request, *args, **kwargs)
        context.update(quiz_overview(quiz=self, user=request.user))
        return context

    @path("mulai/", name="start")
    def start_view(self, request):
        from .views import quiz_start

        return quiz_start(request, quiz=self)

    @re_path(r"^percobaan/(?P<attempt_id>\d+)/$", name="attempt")
    def attempt_view(self, request, attempt_id):
        from .views import attempt_take

        return attempt_take(request, quiz=self, attempt_id=int(attempt_id))

    @re_path(r"^percobaan/(?P<attempt_id>\d+)/luring/$", name="attempt_offline")
    def attempt_offline_view(self, request, attempt_id):
        from .views import attempt_offline

        return attempt_offline(request, quiz=self, attempt_id=int(attempt_id))

    @re_path(r"^percobaan/(?P<attempt_id>\d+)/simpan/$", name="attempt_save")
    def attempt_save_view(self, request, attempt_id):
        from .views import attempt_autosave

        return attempt_autosave(request, quiz=self, attempt_id=int(attempt_id))

    @re_path(r"^percobaan/(?P<attempt_id>\d+)/tinjau/$", name="attempt_review")
    def attempt_review_view(self, request, attempt_id):
        from .views import attempt_review

        return attempt_review(request, quiz=self, attempt_id=int(attempt_id))

    @re_path(r"^percobaan/(?P<attempt_id>\d+)/kumpulkan/$", name="attempt_submit")
    def attempt_submit_view(self, request, attempt_id):
        from .views import attempt_submit

        return attempt_submit(request, quiz=self, attempt_id=int(attempt_id))

    @re_path(r"^percobaan/(?P<attempt_id>\d+)/hasil/$", name="attempt_result")
    def attempt_result_view(self, request, attempt_id):
        from .views import attempt_result

        return attempt_result(request, quiz=self, attempt_id=int(attempt_id))


class QuizSlot(Orderable):
    """One fixed question, or `count` questions drawn at random from a category."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="slots")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                 verbose_name=_("soal tetap"))
    category = models.ForeignKey(QuestionCategory, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+", verbose_name=_("atau: ambil acak dari kategori"))
    count = models.PositiveSmallIntegerField(_("jumlah soal acak"), default=1, validators=[MinValueValidator(1)])
    mark = models.DecimalField(_("bobot nilai per soal"), max_digits=5, decimal_places=2, default=Decimal("1"),
                               validators=[MinValueValidator(Decimal("0.01"))])

    panels = [FieldPanel("question"), FieldRowPanel([FieldPanel("category"), FieldPanel("count")]),
              FieldPanel("mark")]

    class Meta(Orderable.Meta):
        verbose_name = _("soal kuis")
        constraints = [
            models.CheckConstraint(
                condition=(Q(question__isnull=False) & Q(category__isnull=True))
                | (Q(question__isnull=True) & Q(category__isnull=False)),
                name="quizslot_question_xor_category"),
        ]

    def clean(self):
        super().clean()
        if bool(self.question_id) == bool(self.category_id):
            raise ValidationError(_("Pilih satu soal tetap ATAU satu kategori untuk soal acak."))


class Attempt(models.Model):
    """One try at a quiz: the questions as drawn (snapshot), the answers as given, and the grade."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("Sedang dikerjakan")
        GRADED = "graded", _("Sudah dinilai")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    quiz = models.ForeignKey(QuizPage, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("percobaan ke-"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.IN_PROGRESS)
    started_at = models.DateTimeField(_("mulai"), auto_now_add=True)
    deadline = models.DateTimeField(_("batas waktu"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("dikumpulkan"), null=True, blank=True)
    closed_by_timeout = models.BooleanField(_("ditutup karena waktu habis"), default=False)
    seed = models.BigIntegerField()
    # [{"question_id", "mark", "question": plain.Question JSON, "choice_order": [...]}, ...]
    snapshot = models.JSONField(default=list)
    responses = models.JSONField(default=dict)  # {"<slot index>": response}
    results = models.JSONField(default=list)    # per question: {"score", "is_correct", "feedback", ...}
    score = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    percent = models.DecimalField(_("nilai (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("lulus"), null=True)

    class Meta:
        verbose_name = _("percobaan kuis")
        verbose_name_plural = _("percobaan kuis")
        ordering = ["quiz", "user", "number"]
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz", "number"], name="attempt_number_unique"),
            models.UniqueConstraint(fields=["user", "quiz"], condition=Q(status="in_progress"),
                                    name="attempt_one_open_per_quiz"),
            models.CheckConstraint(condition=Q(number__gte=1), name="attempt_number_positive"),
            models.CheckConstraint(condition=Q(status="in_progress") | Q(percent__isnull=False),
                                   name="attempt_graded_has_percent"),
        ]
        indexes = [models.Index(fields=["status", "deadline"])]

    def __str__(self):
        return f"{self.user} · {self.quiz} #{self.number}"
