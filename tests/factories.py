"""Factories shared by the app test folders."""
import factory
import wagtail_factories
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
