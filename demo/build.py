"""The demo site's structure: agencies, the page tree with the starter curriculum, quizzes, review workflow, accounts.

The texts come from the data files under demo/content/ (read by `demo.reader`).
Idempotent by construction: it only creates what is missing and never overwrites what a trainer edited.
"""
import io

from django.contrib.auth.models import Permission
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

from accounts.models import Agency, OrganisationType, Region, User
from accounts.roles import STAFF, TRAINER
from assessments import services as assessment_services
from assessments.gift import parse_gift
from assessments.models import QuestionCategory, QuizPage, QuizSlot
from courses.models import AgencyApprovalTask, CourseIndexPage, CoursePage, ModulePage
from website.models import HomePage, StandardPage

from . import reader
from .images import emblem_png, signature_png

DEMO_PASSWORD = "pelita-demo-2024"
DEMO_USERS = [
    # (key, email, phone, full name, role)
    ("trainee", "peserta@pelita.test", "081200000001", "Siti Rahmawati", None),
    ("trainer", "fasilitator@pelita.test", "081200000002", "Muhammad Rizky Pratama", TRAINER),
    ("staff", "petugas@pelita.test", "081200000003", "Nur Aisyah Putri", STAFF),
    ("admin", "admin@pelita.test", None, "Admin Pelita", "superuser"),
]
AGENCIES = [
    dict(name="DP3A Kota Banjarmasin", kind=Agency.Kind.DP3A, code="DP3A-BJM", region_code="63.71",
         address="Kota Banjarmasin, Kalimantan Selatan",
         signatory_name="Contoh Penanda Tangan, S.Sos., M.AP.", signatory_nip="197001012000031001",
         signatory_position="Kepala Dinas (data demo)"),
    dict(name="DP3AKB Provinsi Kalimantan Selatan", kind=Agency.Kind.DP3AKB, code="DP3AKB-KALSEL",
         region_code="63", address="Banjarbaru, Kalimantan Selatan",
         signatory_name="Contoh Penanda Tangan Provinsi, S.H., M.H.", signatory_nip="197202022001122002",
         signatory_position="Kepala Dinas (data demo)"),
]
DEMO_VILLAGE = "63.71.04.1005"  # Sungai Miai, Banjarmasin Utara, Kota Banjarmasin
WORKFLOW_NAME = "Tinjauan materi kursus"
TASK_NAME = "Persetujuan petugas lembaga"


def _publish(page):
    page.save_revision(clean=True).publish()


def _add_child(parent, page):
    parent.add_child(instance=page)
    _publish(page)
    return page


def _demo_image(title: str, filename: str, content: bytes):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    image = Image(title=title, file=ImageFile(io.BytesIO(content), name=filename))
    image.save()
    return image


def demo_agencies() -> dict[str, Agency]:
    agencies = {}
    for data in AGENCIES:
        data = dict(data)
        region = Region.objects.get(code=data.pop("region_code"))
        agency, _ = Agency.objects.get_or_create(code=data["code"], defaults={**data, "region": region})
        if agency.logo_id is None:
            agency.logo = _demo_image(f"Logo {agency.code} (demo)", f"logo-{agency.code.lower()}.png",
                                      emblem_png(agency.code.split("-")[0]))
            agency.signature = _demo_image(f"Tanda tangan {agency.code} (demo)", f"ttd-{agency.code.lower()}.png",
                                           signature_png())
            agency.save(update_fields=["logo", "signature"])
        agencies[agency.code] = agency
    return agencies


def demo_pages() -> CourseIndexPage:
    site = reader.site()
    home = HomePage.objects.first()
    catalogue = CourseIndexPage.objects.first()
    if catalogue is None:
        fields = site["catalogue"]
        catalogue = _add_child(home, CourseIndexPage(title=fields["title"], slug=fields["slug"],
                                                     intro=fields["intro"]))
    for page in site["pages"]:
        if not StandardPage.objects.filter(slug=page["slug"]).exists():
            _add_child(home, StandardPage(title=page["title"], slug=page["slug"], body=page["body"]))
    for data in reader.course_data():
        course = CoursePage.objects.filter(code=data["code"]).first()
        if course is None:
            course = _add_child(catalogue, CoursePage(
                title=data["title"], slug=data["slug"], code=data["code"], topic=data["topic"],
                summary=data["summary"], intro=data["intro"], audience=data["audience"],
                outcomes="\n".join(data["outcomes"]), jp_hours=data["jp_hours"],
                search_description=data["summary"][:255]))
        existing = set(ModulePage.objects.child_of(course).values_list("slug", flat=True))
        for module in data["modules"]:
            if module["slug"] in existing:
                continue
            _add_child(course, ModulePage(
                title=module["title"], slug=module["slug"], summary=module.get("summary", ""),
                competency=module.get("competency", ""), jp_hours=module["jp"],
                estimated_minutes=module["minutes"], body=module["body"]))
    return catalogue


def demo_workflow_and_permissions(catalogue, groups):
    """Trainers draft and submit; staff (and admins) approve and publish."""
    perms = {p.codename: p for p in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=["add_page", "change_page", "publish_page"])}
    for group_name, codenames in [(TRAINER, ["add_page", "change_page"]),
                                  (STAFF, ["add_page", "change_page", "publish_page"])]:
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(group=groups[group_name], page=catalogue,
                                                      permission=perms[codename])
    task = AgencyApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:  # reviewers approve only their own agencies' courses
        task = AgencyApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([groups[STAFF]])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    # An older demo used a plain group task, which let any agency's staff approve any course: retire it.
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.get_or_create(page=catalogue, defaults={"workflow": workflow})


def demo_users(agencies, groups) -> dict[str, User]:
    village = Region.objects.get(code=DEMO_VILLAGE)
    users = {}
    for key, email, phone, full_name, role in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(username=key if role == "superuser" else email.split("@")[0], email=email, phone=phone,
                        full_name=full_name, village=village,
                        organisation_type=OrganisationType.SATGAS_PPA if role is None else "",
                        agency=agencies["DP3A-BJM"] if role in (TRAINER, STAFF) else None,
                        is_staff=role == "superuser", is_superuser=role == "superuser")
            user.set_password(DEMO_PASSWORD)
            user.save()
            if role in groups:
                user.groups.add(groups[role])
        users[key] = user
    return users


# Each bank file holds two separate pools: the post-test must not show questions of the final exam.
BANK_POOLS = {"prepost": "Bank soal pre-test dan post-test", "final": "Bank soal ujian akhir"}


def demo_question_bank(course) -> dict[str, QuestionCategory]:
    """Import the course's GIFT bank once; return its pools by key (empty when the course has no bank file).

    The pre-test and the post-test draw the same 10 questions from "pre-test dan post-test" (so the gain is
    comparable); the final exam draws from "ujian akhir", which shares no question with them.
    """
    names = {key: f"{course.code} {label}" for key, label in BANK_POOLS.items()}
    if not QuestionCategory.objects.filter(name__in=names.values()).exists():
        path = reader.bank_path(course.code)
        if not path.exists():
            return {}
        result = parse_gift(path.read_text(encoding="utf-8"), default_category=names["final"])
        if not result.is_valid:
            raise ValueError(f"{path.name}: " + "; ".join(str(p) for p in result.errors))
        found = {q.category for q in result.questions}
        if found != set(names.values()):
            raise ValueError(f"{path.name}: kategori harus tepat {sorted(names.values())}, ditemukan {sorted(found)}")
        assessment_services.questions_import(questions=result.questions, default_category=names["final"])
    categories = {key: QuestionCategory.objects.get(name=name) for key, name in names.items()}
    for category in categories.values():
        if category.course_id is None:
            category.course = course
            category.save(update_fields=["course"])
    return categories


def _demo_quiz(course, category, *, slug, title, count, **fields):
    quiz = QuizPage.objects.child_of(course).filter(slug=slug).first()
    if quiz is not None:
        return quiz
    quiz = QuizPage(title=title, slug=slug, **fields)
    quiz.slots = [QuizSlot(category=category, count=count)]
    return _add_child(course, quiz)


def demo_assessments():
    """Per course, the quizzes its course.yaml lists, each drawing from one pool of the course's question bank.

    The demo courses have a pre-test and a post-test of the same 10 questions and a final quiz from its own pool.
    """
    quizzes = {data["code"]: data.get("quizzes") or [] for data in reader.course_data()}
    for course in CoursePage.objects.filter(code__in=quizzes):
        pools = demo_question_bank(course)
        if not pools:
            continue
        made = {}
        for fields in quizzes[course.code]:
            fields = dict(fields)
            pool, paired = fields.pop("pool"), fields.pop("paired_pretest", None)
            if paired:
                fields["paired_pretest"] = made[paired]
            made[fields["slug"]] = _demo_quiz(course, pools[pool], **fields)


def demo_certification_rules(agencies):
    """Every demo course is certified by DP3A Kota Banjarmasin; mediation also needs a trainer's sign-off."""
    codes = [data["code"] for data in reader.course_data()]
    for course in CoursePage.objects.filter(issuing_agency__isnull=True, code__in=codes):
        course.issuing_agency = agencies["DP3A-BJM"]
        course.requires_trainer_signoff = course.code == "MED"
        course.save_revision(clean=True).publish()
