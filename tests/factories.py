"""Factories shared by the app test folders."""
import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Page

from accounts.models import Agency, OrganisationType, Region, User
from courses.models import CourseIndexPage, CoursePage, ModulePage, Topic
from website.models import HomePage

PASSWORD = "sandi-uji-123"


def region_chain():
    """Kalimantan Selatan > Kota Banjarmasin > Banjarmasin Utara > Sungai Miai (real Kemendagri codes)."""
    province, _ = Region.objects.get_or_create(code="63", defaults=dict(
        name="Kalimantan Selatan", level=1, full_name="Kalimantan Selatan"))
    city, _ = Region.objects.get_or_create(code="63.71", defaults=dict(
        name="Kota Banjarmasin", level=2, parent=province, full_name="Kota Banjarmasin, Kalimantan Selatan"))
    district, _ = Region.objects.get_or_create(code="63.71.04", defaults=dict(
        name="Banjarmasin Utara", level=3, parent=city,
        full_name="Banjarmasin Utara, Kota Banjarmasin, Kalimantan Selatan"))
    village, _ = Region.objects.get_or_create(code="63.71.04.1005", defaults=dict(
        name="Sungai Miai", level=4, parent=district, full_name="Sungai Miai, Banjarmasin Utara, Kota Banjarmasin"))
    return village


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    full_name = factory.Sequence(lambda n: f"Peserta Uji {n}")
    email = factory.Sequence(lambda n: f"peserta{n}@contoh.test")
    organisation_type = OrganisationType.SATGAS_PPA
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if extracted:
            self.groups.add(*extracted)
        self.save()


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency

    name = factory.Sequence(lambda n: f"DP3A Uji {n}")
    code = factory.Sequence(lambda n: f"DP3A-U{n}")
    region = factory.LazyFunction(lambda: region_chain().parent.parent.parent)


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Katalog Kursus"
    slug = "kursus"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Kursus Uji {n}")
    slug = factory.Sequence(lambda n: f"kursus-uji-{n}")
    code = factory.Sequence(lambda n: f"K{n}")
    topic = Topic.LAW
    summary = "Ringkasan kursus uji."
    jp_hours = 12
    outcomes = "Peserta mampu menjelaskan hak korban.\nPeserta mampu merujuk kasus."


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Modul Uji {n}")
    slug = factory.Sequence(lambda n: f"modul-uji-{n}")
    summary = "Ringkasan modul."
    estimated_minutes = 20
    body = factory.LazyFunction(lambda: [("rich_text", "<p>Isi rahasia modul untuk peserta.</p>")])


def home_page() -> HomePage:
    return HomePage.objects.first()


def catalogue() -> CourseIndexPage:
    existing = CourseIndexPage.objects.first()
    return existing or CourseIndexPageFactory(parent=home_page())


def course_with_modules(n: int = 3, **kwargs) -> CoursePage:
    course = CoursePageFactory(parent=catalogue(), **kwargs)
    for _ in range(n):
        ModulePageFactory(parent=course)
    return course


def root_page():
    return Page.get_first_root_node()


# --- assessments ----------------------------------------------------------------------------------

def question_bank(category_name="Bank Uji", n=6):
    """A category holding questions of every type (cycled), answerable by `correct_response`."""
    from assessments.models import AnswerChoice, MatchingPair, Question, QuestionCategory

    category, _ = QuestionCategory.objects.get_or_create(name=category_name)
    kinds = ["single", "multiple", "truefalse", "short", "numerical", "matching"]
    questions = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        q = Question.objects.create(category=category, type=kind, title=f"Soal {kind} {i}",
                                    text=f"<p>Pertanyaan {kind} nomor {i}?</p>",
                                    general_feedback="<p>Pembahasan umum rahasia.</p>")
        choices = {
            "single": [("Jawaban benar", 100, "Tepat sekali"), ("Jawaban salah", 0, "Umpan balik salah")],
            "multiple": [("Benar A", 50, ""), ("Benar B", 50, ""), ("Salah C", -50, "")],
            "truefalse": [("true", 100, ""), ("false", 0, "")],
            "short": [("diversi", 100, ""), ("pengalihan", 50, "")],
            "numerical": [("18", 100, "")],
            "matching": [],
        }[kind]
        for order, (text, fraction, feedback) in enumerate(choices):
            AnswerChoice.objects.create(question=q, sort_order=order, text=text, fraction=fraction,
                                        feedback=feedback, value=18 if kind == "numerical" else None,
                                        tolerance=0 if kind == "numerical" else None)
        if kind == "matching":
            for order, (left, right) in enumerate([("SAPA", "129"), ("Darurat", "112"), ("", "110")]):
                MatchingPair.objects.create(question=q, sort_order=order, left=left, right=right)
        questions.append(q)
    return category, questions


def correct_response(entry: dict):
    """The right answer for a snapshot entry, in the shape the autosave endpoint accepts (the attempt's tokens)."""
    from assessments import layout

    return layout.to_tokens(entry, correct_bank_response(entry))


def correct_bank_response(entry: dict):
    """The right answer in bank terms (answer positions), as an attempt stores it."""
    q = entry["question"]
    kind = q["type"]
    if kind == "single":
        return next(i for i, a in enumerate(q["answers"]) if a["fraction"] == 1)
    if kind == "multiple":
        return [i for i, a in enumerate(q["answers"]) if a["fraction"] > 0]
    if kind == "truefalse":
        return "true" if q["answers"][0]["fraction"] == 1 else "false"
    if kind == "short":
        return "  DIVERSI "
    if kind == "numerical":
        return "18"
    if kind == "matching":
        return {str(i): p["answer"] for i, p in enumerate(q["pairs"]) if p["question"]}


def quiz_page(course, *, questions=(), category=None, count=0, **kwargs):
    from assessments.models import QuizPage, QuizSlot

    defaults = dict(title=kwargs.pop("title", "Kuis Uji"),
                    slug=kwargs.pop("slug", f"kuis-{course.pk}-{QuizPage.objects.count()}"),
                    shuffle_questions=False, shuffle_choices=False)
    quiz = QuizPage(**{**defaults, **kwargs})
    course.add_child(instance=quiz)
    for order, question in enumerate(questions):
        QuizSlot.objects.create(quiz=quiz, sort_order=order, question=question)
    if category is not None:
        QuizSlot.objects.create(quiz=quiz, sort_order=len(questions), category=category, count=count)
    return quiz


# --- cohorts (training events) --------------------------------------------------------------------
def village_named(code: str, name: str):
    """A village under an existing district chain (creating the kecamatan if needed), for import tests."""
    district_code = code.rsplit(".", 1)[0]
    city_code = district_code.rsplit(".", 1)[0]
    city = Region.objects.get(code=city_code)
    district, _ = Region.objects.get_or_create(code=district_code, defaults=dict(
        name=f"Kecamatan {district_code}", level=3, parent=city,
        full_name=f"Kecamatan {district_code}, {city.name}"))
    village, _ = Region.objects.get_or_create(code=code, defaults=dict(
        name=name, level=4, parent=district, full_name=f"{name}, {district.name}, {city.name}"))
    return village


def second_city():
    """Kota Banjarbaru (63.72), a second kabupaten/kota in the same province."""
    province = region_chain().parent.parent.parent
    city, _ = Region.objects.get_or_create(code="63.72", defaults=dict(
        name="Kota Banjarbaru", level=2, parent=province, full_name="Kota Banjarbaru, Kalimantan Selatan"))
    return city


class TrainingEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "cohorts.TrainingEvent"

    course = factory.LazyFunction(lambda: course_with_modules(2))
    organiser = factory.SubFactory(AgencyFactory)
    title = factory.Sequence(lambda n: f"Pelatihan Uji {n}")
    venue = "Aula Uji"
    city = "Banjarmasin"
    start_date = factory.LazyFunction(timezone.localdate)
    end_date = factory.LazyAttribute(lambda o: o.start_date + datetime.timedelta(days=2))


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "cohorts.Session"

    event = factory.SubFactory(TrainingEventFactory)
    date = factory.LazyAttribute(lambda o: o.event.start_date)
    start_time = datetime.time(8, 0)
    end_time = datetime.time(12, 0)
    topic = factory.Sequence(lambda n: f"Topik sesi {n}")


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "cohorts.Participant"

    event = factory.SubFactory(TrainingEventFactory)
    user = factory.SubFactory(UserFactory, village=factory.LazyFunction(region_chain))
