"""What the demo's people have done: progress, quiz attempts, a certificate and two training events.

Each step runs once: it does nothing when what it would create is already there.
"""
import datetime

from django.utils import timezone

from accounts.models import OrganisationType, Region, User
from assessments import layout
from assessments import services as assessment_services
from assessments.models import Attempt, QuizPage
from certificates.models import Certificate
from cohorts.models import Attendance, Participant, Session, TrainingEvent
from courses.models import CoursePage, Enrollment, ModulePage
from courses.services import enrollment_create, module_complete

from .build import DEMO_PASSWORD


def demo_progress(trainee):
    """The demo trainee has started the first course, so 'resume' and the progress bar show something."""
    course = CoursePage.objects.filter(code="PRL").first()
    if course is None or Enrollment.objects.filter(user=trainee, course=course).exists():
        return
    enrollment_create(user=trainee, course=course)
    for module in ModulePage.objects.child_of(course).live()[:2]:
        module_complete(user=trainee, module=module)


def demo_certificate(trainee):
    """The demo trainee finished TIC (all modules, final quiz passed), so a real certificate exists."""
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
