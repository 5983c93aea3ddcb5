"""Builds the demo site: agencies, roles, the page tree with the starter curriculum, review workflow, accounts.

Idempotent by construction: it only creates what is missing and never overwrites what a trainer edited.
"""
import datetime
import importlib
from pathlib import Path

from django.contrib.auth.models import Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

from accounts.models import Agency, OrganisationType, Region, User
from accounts.roles import STAFF, TRAINER, roles_ensure
from assessments import layout
from assessments import services as assessment_services
from assessments.gift import parse_gift
from assessments.models import Attempt, QuestionCategory, QuizPage, QuizSlot
from courses.models import AgencyApprovalTask, CourseIndexPage, CoursePage, Enrollment, ModulePage
from courses.services import enrollment_create, module_complete
from website.models import HomePage, StandardPage

from .courses import COURSE_MODULES
from .pages import ABOUT_BODY, PRIVACY_BODY

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
QUESTIONS_DIR = Path(__file__).resolve().parent / "questions"
DEMO_VILLAGE = "63.71.04.1005"  # Sungai Miai, Banjarmasin Utara, Kota Banjarmasin
WORKFLOW_NAME = "Tinjauan materi kursus"
TASK_NAME = "Persetujuan petugas lembaga"


def course_data():
    return [importlib.import_module(f"website.demo.courses.{name}").COURSE for name in COURSE_MODULES]


def _publish(page):
    page.save_revision(clean=True).publish()


def _add_child(parent, page):
    parent.add_child(instance=page)
    _publish(page)
    return page


def _demo_image(title: str, filename: str, content: bytes):
    from wagtail.images import get_image_model

    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    import io

    from django.core.files.images import ImageFile

    image = Image(title=title, file=ImageFile(io.BytesIO(content), name=filename))
    image.save()
    return image


def demo_agencies() -> dict[str, Agency]:
    from .images import emblem_png, signature_png

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
    home = HomePage.objects.first()
    catalogue = CourseIndexPage.objects.first()
    if catalogue is None:
        catalogue = _add_child(home, CourseIndexPage(
            title="Katalog Kursus", slug="kursus",
            intro="<p>Kursus untuk paralegal, Satgas PPA, Relawan SAPA, PATBM/TAPBM, KRPPA dan pendamping korban. "
                  "Semua materi dapat dipelajari dari ponsel.</p>"))
    pages = [("tentang", "Tentang Pelita", ABOUT_BODY), ("privasi", "Kebijakan Privasi", PRIVACY_BODY)]
    for slug, title, body in pages:
        if not StandardPage.objects.filter(slug=slug).exists():
            _add_child(home, StandardPage(title=title, slug=slug, body=body))
    for data in course_data():
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


def demo_progress(trainee):
    """The demo trainee has started the first course, so 'resume' and the progress bar show something."""
    course = CoursePage.objects.filter(code="PRL").first()
    if course is None or Enrollment.objects.filter(user=trainee, course=course).exists():
        return
    enrollment_create(user=trainee, course=course)
    for module in ModulePage.objects.child_of(course).live()[:2]:
        module_complete(user=trainee, module=module)


# Each bank file holds two separate pools: the post-test must not show questions of the final exam.
BANK_POOLS = {"prepost": "Bank soal pre-test dan post-test", "final": "Bank soal ujian akhir"}


def demo_question_bank(course) -> dict[str, QuestionCategory]:
    """Import the course's GIFT bank once; return its pools by key (empty when the course has no bank file).

    The pre-test and the post-test draw the same 10 questions from "pre-test dan post-test" (so the gain is
    comparable); the final exam draws from "ujian akhir", which shares no question with them.
    """
    names = {key: f"{course.code} {label}" for key, label in BANK_POOLS.items()}
    if not QuestionCategory.objects.filter(name__in=names.values()).exists():
        path = QUESTIONS_DIR / f"{course.code.lower()}.gift"
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
    """Per course: a pre-test and a post-test of the same 10 questions, and a final quiz (70%) from its own pool."""
    for course in CoursePage.objects.filter(code__in=[c["code"] for c in course_data()]):
        pools = demo_question_bank(course)
        if not pools:
            continue
        intro_pre = ("<p>Pre-test ini mengukur pengetahuan awal Anda sebelum belajar. Nilainya tidak menentukan "
                     "kelulusan; kerjakan dengan jujur agar kemajuan Anda terlihat.</p>")
        pre = _demo_quiz(course, pools["prepost"], slug="pre-test", title=f"Pre-test {course.code}", count=10,
                         kind=QuizPage.Kind.PRE_TEST, intro=intro_pre, attempts_allowed=1, time_limit_minutes=15,
                         reveal=QuizPage.Reveal.NEVER, pass_mark=0)
        _demo_quiz(course, pools["prepost"], slug="post-test", title=f"Post-test {course.code}", count=10,
                   kind=QuizPage.Kind.POST_TEST, paired_pretest=pre, attempts_allowed=1, time_limit_minutes=15,
                   intro="<p>Post-test ini dibandingkan dengan pre-test untuk melihat kenaikan pemahaman Anda.</p>",
                   reveal=QuizPage.Reveal.IMMEDIATELY, pass_mark=0)
        _demo_quiz(course, pools["final"], slug="ujian-akhir", title=f"Ujian akhir {course.code}", count=15,
                   kind=QuizPage.Kind.FINAL, pass_mark=70, attempts_allowed=3, time_limit_minutes=30,
                   required_for_completion=True, reveal=QuizPage.Reveal.AFTER_LAST,
                   intro="<p>Ujian akhir: 15 soal, nilai lulus 70%, tiga kesempatan. Nilai terbaik yang dihitung.</p>")


def demo_certification_rules(agencies):
    """Every demo course is certified by DP3A Kota Banjarmasin; mediation also needs a trainer's sign-off."""
    for course in CoursePage.objects.filter(issuing_agency__isnull=True, code__in=[c["code"] for c in course_data()]):
        course.issuing_agency = agencies["DP3A-BJM"]
        course.requires_trainer_signoff = course.code == "MED"
        course.save_revision(clean=True).publish()


def demo_certificate(trainee):
    """The demo trainee finished TIC (all modules, final quiz passed), so a real certificate exists."""
    from certificates.models import Certificate

    course = CoursePage.objects.filter(code="TIC").first()
    final = QuizPage.objects.child_of(course).filter(slug="ujian-akhir").first() if course else None
    if final is None or Certificate.objects.filter(user=trainee, course=course).exists():
        return
    enrollment_create(user=trainee, course=course)
    for module in ModulePage.objects.child_of(course).live():
        module_complete(user=trainee, module=module)
    pass_quiz(trainee, final)


def pass_quiz(user, quiz, *, wrong_every: int = 0):
    """Take `quiz` as `user` with correct answers (except every `wrong_every`-th question) and submit."""
    attempt = assessment_services.attempt_start(user=user, quiz=quiz)
    responses = {}
    for index, entry in enumerate(attempt.snapshot):
        if wrong_every and index % wrong_every == wrong_every - 1:
            continue
        question = entry["question"]
        if question["type"] == "single":
            responses[str(index)] = next(i for i, a in enumerate(question["answers"]) if a["fraction"] >= 1)
        elif question["type"] == "truefalse":
            responses[str(index)] = "true" if question["answers"][0]["fraction"] >= 1 else "false"
        elif question["type"] == "multiple":
            responses[str(index)] = [i for i, a in enumerate(question["answers"]) if a["fraction"] > 0]
        elif question["type"] == "matching":
            responses[str(index)] = {str(i): p["answer"] for i, p in enumerate(question["pairs"]) if p["question"]}
        elif question["type"] in ("short", "numerical"):
            responses[str(index)] = next(a["text"] for a in question["answers"] if a["fraction"] >= 1)
    # The form speaks the attempt's option tokens, never bank positions.
    responses = {key: layout.to_tokens(attempt.snapshot[int(key)], value) for key, value in responses.items()}
    assessment_services.attempt_save_responses(attempt_id=attempt.pk, user=user, responses=responses)
    return assessment_services.attempt_submit(attempt_id=attempt.pk, user=user)


def demo_pretest(trainee):
    """The demo trainee has finished the PRL pre-test (about half right), so results show something."""
    pre = QuizPage.objects.filter(slug="pre-test", title="Pre-test PRL").first()
    if pre is None or Attempt.objects.filter(user=trainee, quiz=pre).exists():
        return
    pass_quiz(trainee, pre, wrong_every=2)  # every second question left blank: a realistic half-right pre-test


# --- training events (cohorts) ---------------------------------------------------------------------

PAST_EVENT_TITLE = "Pelatihan Paralegal Komunitas Kota Banjarmasin"
UPCOMING_EVENT_TITLE = "Pelatihan Manajemen Kasus bagi Pendamping Korban"
# Fictional people: (full name, organisation type, village code under 63.71, sessions attended of 6).
PAST_PARTICIPANTS = [
    ("Siti Aminah", OrganisationType.PATBM, "63.71.04.1005", 6),
    ("Muhammad Fauzan Noor", OrganisationType.SATGAS_PPA, "63.71.04.1004", 6),
    ("Nurul Hidayah", OrganisationType.KRPPA, "63.71.04.1001", 6),
    ("Rahmat Hidayatullah", OrganisationType.RELAWAN_SAPA, "63.71.02.1004", 5),
    ("Fitriani Rahmah", OrganisationType.PATBM, "63.71.03.1007", 6),
    ("Ahmad Syarifuddin", OrganisationType.OBH, "63.71.05.1005", 6),
    ("Dewi Kartika Sari", OrganisationType.KRPPA, "63.71.01.1002", 5),
    ("Hj. Masnah", OrganisationType.PATBM, "63.71.04.1006", 6),
    ("Yusuf Maulana", OrganisationType.SATGAS_PPA, "63.71.02.1001", 6),
    ("Rina Marlina", OrganisationType.RELAWAN_SAPA, "63.71.05.1009", 6),
    ("Akhmad Riduan", OrganisationType.PATBM, "63.71.03.1003", 4),  # 66%: below the 80% minimum
    ("Normalasari", OrganisationType.KRPPA, "63.71.01.1009", 3),  # 50%: below the 80% minimum
]
UPCOMING_PARTICIPANTS = [
    ("Lailatul Fitri", OrganisationType.UPTD_PPA, "63.71.05.1003"),
    ("Bayu Anggara", OrganisationType.UPTD_PPA, "63.71.02.1002"),
    ("Siti Jubaidah", OrganisationType.SATGAS_PPA, "63.71.04.1009"),
    ("Hendra Gunawan", OrganisationType.POLICE, "63.71.03.1005"),
    ("Mariatul Kiptiah", OrganisationType.KRPPA, "63.71.01.1010"),
]
DAILY_SESSIONS = [(datetime.time(8, 0), datetime.time(12, 0)), (datetime.time(13, 0), datetime.time(16, 0))]
PRL_TOPICS = ["Dasar hukum perlindungan perempuan dan anak", "Peran dan etika paralegal komunitas",
              "Mengenali tanda kekerasan", "Prosedur pelaporan dan rujukan", "Mediasi: kapan dilarang",
              "Praktik pendampingan dan rencana tindak lanjut"]
MK_TOPICS = ["Alur manajemen kasus", "Asesmen kebutuhan korban", "Rencana intervensi",
             "Koordinasi layanan rujukan", "Pencatatan kasus dan kerahasiaan", "Terminasi dan evaluasi"]


def _demo_person(index: int, full_name: str, organisation_type, village_code: str, *, prefix: str,
                 password: str | None) -> User:
    email = f"{prefix}{index:02d}@pelita.test"
    user = User.objects.filter(email=email).first()
    if user is None:
        village = Region.objects.filter(code=village_code, level=4).first()
        series = 1 if prefix == "pelatihan" else 2  # 081200001001... and 081200002001...
        user = User(username=f"{prefix}{index:02d}", email=email, phone=f"08120000{series}{index:03d}",
                    full_name=full_name, organisation_type=organisation_type, village=village)
        if password:
            user.set_password(password)
        else:  # invited, has not chosen a password yet
            user.set_unusable_password()
        user.save()
    return user


def _demo_event(*, course, agency, trainer, title, start, topics, **fields):
    from cohorts.models import Session, TrainingEvent

    event = TrainingEvent.objects.create(course=course, organiser=agency, title=title, start_date=start,
                                         end_date=start + datetime.timedelta(days=2), created_by=None, **fields)
    event.trainers.add(trainer)
    pretest = QuizPage.objects.child_of(course).filter(slug="pre-test").first()
    posttest = QuizPage.objects.child_of(course).filter(slug="post-test").first()
    if pretest or posttest:
        event.pretest, event.posttest = pretest, posttest
        event.save(update_fields=["pretest", "posttest"])
    sessions = []
    for day in range(3):
        for (begin, end), topic in zip(DAILY_SESSIONS, topics[day * 2:day * 2 + 2]):
            sessions.append(Session.objects.create(event=event, date=start + datetime.timedelta(days=day),
                                                   start_time=begin, end_time=end, topic=topic, trainer=trainer))
    return event, sessions


def demo_events(agencies, users):
    """A finished paralegal training (12 people, two below the attendance minimum) and an upcoming one."""
    from django.utils import timezone

    from cohorts.models import Attendance, Participant, TrainingEvent

    agency, trainer = agencies["DP3A-BJM"], users["trainer"]
    today = timezone.localdate()
    prl = CoursePage.objects.filter(code="PRL").first()
    if prl and not TrainingEvent.objects.filter(title=PAST_EVENT_TITLE, organiser=agency).exists():
        event, sessions = _demo_event(course=prl, agency=agency, trainer=trainer, title=PAST_EVENT_TITLE,
                                      start=today - datetime.timedelta(days=30), topics=PRL_TOPICS,
                                      venue="Hotel contoh, Jl. Lambung Mangkurat, Banjarmasin", city="Banjarmasin",
                                      capacity=30)
        modules = list(ModulePage.objects.child_of(prl).live())
        for index, (name, organisation_type, village, attended) in enumerate(PAST_PARTICIPANTS, start=1):
            user = _demo_person(index, name, organisation_type, village, prefix="pelatihan", password=DEMO_PASSWORD)
            enrollment_create(user=user, course=prl, source=Enrollment.Source.EVENT)
            participant = Participant.objects.create(event=event, user=user, status=Participant.Status.ACTIVE)
            # Who missed which sessions varies, so the roster PDFs differ.
            absent = {(index + k) % len(sessions) for k in range(len(sessions) - attended)}
            Attendance.objects.bulk_create([
                Attendance(session=session, participant=participant, present=i not in absent,
                           method=Attendance.Method.ROSTER, recorded_by=trainer)
                for i, session in enumerate(sessions)])
            for module in modules:
                module_complete(user=user, module=module)
            # Pre-test before, post-test and final after: the dashboards show a gain, and those who attended
            # enough get their certificate (with the event's dates and city) when they pass the final.
            quizzes = {q.slug: q for q in QuizPage.objects.child_of(prl)}
            if "pre-test" in quizzes:
                pass_quiz(user, quizzes["pre-test"], wrong_every=2)
            if "post-test" in quizzes:
                pass_quiz(user, quizzes["post-test"], wrong_every=6)
            if "ujian-akhir" in quizzes:
                pass_quiz(user, quizzes["ujian-akhir"], wrong_every=7)
    mk = CoursePage.objects.filter(code="MK").first()
    if mk and not TrainingEvent.objects.filter(title=UPCOMING_EVENT_TITLE, organiser=agency).exists():
        event, _sessions = _demo_event(course=mk, agency=agency, trainer=trainer, title=UPCOMING_EVENT_TITLE,
                                       start=today + datetime.timedelta(days=14), topics=MK_TOPICS,
                                       venue="Aula DP3A Kota Banjarmasin", city="Banjarmasin", capacity=25)
        for index, (name, organisation_type, village) in enumerate(UPCOMING_PARTICIPANTS, start=1):
            user = _demo_person(index, name, organisation_type, village, prefix="undangan", password=None)
            enrollment_create(user=user, course=mk, source=Enrollment.Source.EVENT)
            Participant.objects.create(event=event, user=user, status=Participant.Status.INVITED)


@transaction.atomic
def load_demo() -> dict:
    groups = roles_ensure()
    agencies = demo_agencies()
    catalogue = demo_pages()
    demo_assessments()
    demo_workflow_and_permissions(catalogue, groups)
    users = demo_users(agencies, groups)
    demo_certification_rules(agencies)
    demo_progress(users["trainee"])
    demo_pretest(users["trainee"])
    demo_certificate(users["trainee"])
    demo_events(agencies, users)
    return {"users": users, "agencies": agencies, "catalogue": catalogue}
