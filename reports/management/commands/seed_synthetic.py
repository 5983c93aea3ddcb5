"""Generate a large synthetic population of trainees in Kalimantan Selatan, for dashboards and benchmarks.

    python manage.py seed_synthetic --trainees 100000 [--seed 1]

Everything is bulk-inserted in batches, built without per-row queries: trainees spread over the province's
villages, ~3 enrolments each (about half completed), certificates for ~1 in 6 (a tenth of them expiring within
90 days), and training events with sessions, attendance and pre/post-test attempts. Running it again adds
another population (every run has its own tag in usernames, emails and certificate numbers). Synthetic data
only: never run it against a production database.
"""
import contextlib
import datetime as dt
import random
import secrets
import time

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page

from accounts.models import Agency, OrganisationType, Region, User
from assessments.models import Attempt, QuizPage
from certificates.models import Certificate
from cohorts.models import Attendance, Participant, Session, TrainingEvent
from courses.models import CourseIndexPage, CoursePage, Enrollment, Topic

BATCH = 5000
PROVINCE = "63"  # Kalimantan Selatan
# What set_unusable_password() stores, without generating and hashing a random string for every row.
UNUSABLE_PASSWORD = UNUSABLE_PASSWORD_PREFIX + "synthetic"
EVENT_SIZE = 30
TRAINEES_PER_EVENT = 2000

FIRST_NAMES = ["Siti", "Nur", "Dewi", "Rahmah", "Aisyah", "Fitri", "Rina", "Yuliana", "Ahmad", "Muhammad", "Rizky",
               "Budi", "Hendra", "Fajar", "Agus", "Wahyu", "Noor", "Mariana", "Halimah", "Syarifah", "Lestari"]
LAST_NAMES = ["Rahmawati", "Hidayat", "Saputra", "Maulida", "Fauziah", "Hasanah", "Santoso", "Pratama", "Wulandari",
              "Kurniawan", "Anshari", "Nafisah", "Rusdi", "Mahmud", "Zainab", "Hamdani", "Sari", "Utami"]
ORGANISATIONS = ([OrganisationType.PATBM] * 4 + [OrganisationType.KRPPA] * 3 + [OrganisationType.SATGAS_PPA] * 2
                 + [OrganisationType.RELAWAN_SAPA] * 2 + [OrganisationType.UPTD_PPA, OrganisationType.OBH,
                                                          OrganisationType.SCHOOL, OrganisationType.OTHER])
MINIMAL_COURSES = [("PRL", "Dasar Hukum dan Keparalegalan", Topic.LAW, 32),
                   ("MED", "Mediasi Berperspektif Korban", Topic.MEDIATION, 16),
                   ("KM", "Manajemen Kasus", Topic.CASE_MANAGEMENT, 24)]


@contextlib.contextmanager
def dates_as_given(*fields):
    """Let bulk_create keep the dates we generate in `auto_now_add` fields (it would stamp "now" otherwise)."""
    saved = [(field, field.auto_now_add) for field in fields]
    for field, _ in saved:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field, value in saved:
            field.auto_now_add = value


class Command(BaseCommand):
    help = "Membuat data peserta sintetis dalam jumlah besar di Kalimantan Selatan (untuk dasbor dan benchmark)."

    def add_arguments(self, parser):
        parser.add_argument("--trainees", type=int, default=1000, help="Jumlah peserta sintetis (default 1000).")
        parser.add_argument("--seed", type=int, default=None, help="Benih acak, agar hasilnya dapat diulang.")

    def handle(self, *args, trainees: int, seed=None, **options):
        if trainees < 1:
            raise CommandError("--trainees harus 1 atau lebih.")
        started = time.monotonic()
        self.rng = random.Random(seed)
        # Unique per run whatever the seed: two runs in the same second must never share usernames or emails.
        self.run = timezone.now().strftime("%y%m%d%H%M%S") + secrets.token_hex(2)
        self.today = timezone.localdate()
        self.now = timezone.now()
        villages = self._villages()
        courses = self._courses()
        agency_for = self._agencies(courses)
        self.counts = dict.fromkeys(["trainees", "enrollments", "completed", "certificates", "expiring", "events",
                                     "sessions", "participants", "attendance", "attempts"], 0)
        self.sequence = 0
        pool: dict[tuple[str, int], list[int]] = {}  # (kabupaten/kota, course) -> some enrolled trainees, for events
        with dates_as_given(Enrollment._meta.get_field("enrolled_at")):
            for first in range(0, trainees, BATCH):
                with transaction.atomic():
                    self._batch(first, min(BATCH, trainees - first), villages, courses, agency_for, pool)
        with transaction.atomic():
            self._events(trainees, courses, agency_for, pool)
        if connection.vendor == "postgresql":
            # Fresh planner statistics: until autovacuum gets to it, PostgreSQL plans the dashboard's
            # aggregates as if these tables were still empty.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        elapsed = time.monotonic() - started
        c = self.counts
        self.stdout.write(self.style.SUCCESS(
            f"Data sintetis '{self.run}' dibuat dalam {elapsed:.1f} detik: {c['trainees']} peserta di "
            f"{len(villages)} desa/kelurahan, {c['enrollments']} pendaftaran ({c['completed']} selesai), "
            f"{c['certificates']} sertifikat ({c['expiring']} berakhir dalam 90 hari), {c['events']} pelatihan "
            f"({c['sessions']} sesi, {c['participants']} peserta, {c['attendance']} kehadiran, "
            f"{c['attempts']} percobaan pre/post-test)."))

    # --- what the population needs -------------------------------------------------------------------

    def _villages(self) -> list[str]:
        villages = list(Region.objects.filter(level=4, code__startswith=PROVINCE + ".").values_list("code", flat=True))
        if not villages:
            call_command("load_regions", stdout=self.stdout)
            villages = list(Region.objects.filter(level=4, code__startswith=PROVINCE + ".")
                            .values_list("code", flat=True))
        if not villages:
            raise CommandError("Tidak ada desa/kelurahan Kalimantan Selatan (kode 63.*).")
        return villages

    def _courses(self) -> list[CoursePage]:
        courses = list(CoursePage.objects.order_by("pk"))
        if courses:
            return courses
        # The home page (website.HomePage) found through the catalogue's allowed parent, not imported from above.
        home = Page.objects.type(*CourseIndexPage.allowed_parent_page_models()).first()
        if home is None:
            raise CommandError("Belum ada halaman beranda: jalankan `manage.py load_demo` lebih dulu.")
        catalogue = CourseIndexPage.objects.first() or home.add_child(
            instance=CourseIndexPage(title="Katalog Kursus", slug="kursus"))
        for code, title, topic, jp in MINIMAL_COURSES:
            catalogue.add_child(instance=CoursePage(title=title, slug=code.lower(), code=code, topic=topic, jp_hours=jp,
                                                    summary=f"Kursus {title} (data sintetis)."))
        self.stdout.write(f"{len(MINIMAL_COURSES)} kursus minimal dibuat.")
        return list(CoursePage.objects.order_by("pk"))

    def _agencies(self, courses) -> dict[int, Agency]:
        """The issuing agency of each course; a synthetic province agency where a course has none."""
        fallback = Agency.objects.filter(region_id=PROVINCE).first() or Agency.objects.filter(
            region__code__startswith=PROVINCE + ".").first()
        if fallback is None:
            fallback, _ = Agency.objects.get_or_create(code="DP3A-SINTETIS", defaults=dict(
                name="DP3A Sintetis Kalimantan Selatan", region_id=PROVINCE))
        issuing = [c.issuing_agency_id for c in courses if c.issuing_agency_id]
        agencies = {a.pk: a for a in Agency.objects.filter(pk__in=issuing)}
        return {c.pk: agencies.get(c.issuing_agency_id, fallback) for c in courses}

    # --- trainees, enrolments, certificates ------------------------------------------------------------

    def _batch(self, first, size, villages, courses, agency_for, pool):
        rng = self.rng
        users = [User(username=f"sintetis-{self.run}-{first + i}", password=UNUSABLE_PASSWORD,
                      full_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                      email=f"sintetis.{self.run}.{first + i}@contoh.test",
                      organisation_type=rng.choice(ORGANISATIONS), village_id=rng.choice(villages),
                      date_joined=self.now - dt.timedelta(days=rng.randrange(760)))
                 for i in range(size)]
        User.objects.bulk_create(users, batch_size=BATCH)
        enrollments, certificates = [], []
        for index, user in enumerate(users, start=first):
            taken = rng.sample(courses, k=min(len(courses), rng.choice((2, 3, 3, 4))))
            certify = index % 6 == 0
            for position, course in enumerate(taken):
                enrolled_at = self.now - dt.timedelta(days=rng.randrange(730), minutes=rng.randrange(1440))
                completed_at = None
                if (certify and position == 0) or rng.random() < 0.45:
                    completed_at = min(enrolled_at + dt.timedelta(days=rng.randrange(1, 60)), self.now)
                enrollments.append(Enrollment(user=user, course=course, enrolled_at=enrolled_at,
                                              completed_at=completed_at, source=Enrollment.Source.SELF))
                key = (user.village_id[:5], course.pk)
                if len(pool.setdefault(key, [])) < EVENT_SIZE * 4:
                    pool[key].append(user.pk)
                if certify and position == 0:
                    certificates.append(self._certificate(user, course, agency_for[course.pk], enrolled_at,
                                                          completed_at))
        Enrollment.objects.bulk_create(enrollments, batch_size=BATCH)
        Certificate.objects.bulk_create(certificates, batch_size=BATCH)
        self.counts["trainees"] += len(users)
        self.counts["enrollments"] += len(enrollments)
        self.counts["completed"] += sum(1 for e in enrollments if e.completed_at)
        self.counts["certificates"] += len(certificates)

    def _certificate(self, user, course, agency, enrolled_at, completed_at) -> Certificate:
        rng = self.rng
        self.sequence += 1
        issued_on = timezone.localdate(completed_at)
        roll = rng.random()
        if roll < 0.10:
            expires_on = self.today + dt.timedelta(days=rng.randrange(1, 90))
            self.counts["expiring"] += 1
        elif roll < 0.15:
            expires_on = self.today - dt.timedelta(days=rng.randrange(1, 200))
        elif roll < 0.60:
            expires_on = self.today + dt.timedelta(days=rng.randrange(120, 1100))
        else:
            expires_on = None
        return Certificate(
            number=f"{self.sequence:06d}/{course.code}/SIN-{self.run}/{issued_on.year}", user=user, course=course,
            agency=agency, holder_name=user.full_name, course_title=course.title, course_code=course.code,
            jp_hours=course.jp_hours, start_date=timezone.localdate(enrolled_at), issued_on=issued_on,
            expires_on=expires_on, place="", token="")  # synthetic: not signed; online study has no place

    # --- training events ------------------------------------------------------------------------------

    def _events(self, trainees, courses, agency_for, pool):
        rng = self.rng
        quizzes = {}
        for quiz in QuizPage.objects.filter(kind__in=[QuizPage.Kind.PRE_TEST, QuizPage.Kind.POST_TEST]).only(
                "pk", "path", "depth", "kind", "pass_mark"):
            parent_path = quiz.path[:-QuizPage.steplen]
            quizzes.setdefault(parent_path, {})[quiz.kind] = quiz
        keys = sorted(key for key, people in pool.items() if len(people) >= 5)
        rng.shuffle(keys)
        course_by_pk = {c.pk: c for c in courses}
        events = []
        for number, (regency, course_pk) in enumerate(keys[:max(1, trainees // TRAINEES_PER_EVENT)], start=1):
            course = course_by_pk[course_pk]
            start = self.today - dt.timedelta(days=rng.randrange(20, 400))
            tests = quizzes.get(course.path, {})
            events.append((TrainingEvent(
                course=course, organiser=agency_for[course_pk], title=f"Pelatihan {course.title} {regency} #{number}",
                venue="Aula Kantor DP3A", city="Banjarmasin", start_date=start, end_date=start + dt.timedelta(days=2),
                pretest=tests.get(QuizPage.Kind.PRE_TEST), posttest=tests.get(QuizPage.Kind.POST_TEST)),
                rng.sample(pool[(regency, course_pk)], k=min(EVENT_SIZE, len(pool[(regency, course_pk)])))))
        TrainingEvent.objects.bulk_create([event for event, _people in events], batch_size=BATCH)
        sessions = [Session(event=event, date=event.start_date + dt.timedelta(days=day), start_time=dt.time(8),
                            end_time=dt.time(15, 30), topic=f"Hari {day + 1}")
                    for event, _people in events for day in range(3)]
        Session.objects.bulk_create(sessions, batch_size=BATCH)
        participants = [Participant(event=event, user_id=user_id, status=Participant.Status.ACTIVE)
                        for event, people in events for user_id in people]
        Participant.objects.bulk_create(participants, batch_size=BATCH)
        sessions_of: dict[int, list[Session]] = {}
        for session in sessions:
            sessions_of.setdefault(session.event_id, []).append(session)
        attendance = [Attendance(session=session, participant=participant, present=rng.random() < 0.85)
                      for participant in participants for session in sessions_of[participant.event_id]]
        Attendance.objects.bulk_create(attendance, batch_size=BATCH)
        attempts = []
        event_by_pk = {event.pk: event for event, _people in events}
        for participant in participants:
            event = event_by_pk[participant.event_id]
            if not (event.pretest and event.posttest):
                continue
            pre = max(0.0, min(100.0, rng.gauss(55, 15)))
            post = max(0.0, min(100.0, pre + rng.gauss(18, 10)))
            for quiz, percent, day in ((event.pretest, pre, 0), (event.posttest, post, 2)):
                submitted = timezone.make_aware(dt.datetime.combine(event.start_date + dt.timedelta(days=day),
                                                                    dt.time(9)))
                attempts.append(Attempt(user_id=participant.user_id, quiz=quiz, number=1,
                                        status=Attempt.Status.GRADED, seed=rng.randrange(2**31), submitted_at=submitted,
                                        score=round(percent / 10, 2), max_score=10, percent=round(percent, 2),
                                        passed=percent >= quiz.pass_mark))
        Attempt.objects.bulk_create(attempts, batch_size=BATCH)
        self.counts.update(events=len(events), sessions=len(sessions), participants=len(participants),
                           attendance=len(attendance), attempts=len(attempts))
