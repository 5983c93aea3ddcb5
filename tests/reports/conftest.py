"""A small hand-built region with known answers: who is enrolled, completed, certified, and where.

    Kalimantan Selatan (63)
      Kota Banjarmasin (63.71)  agency A
        Banjarmasin Utara (63.71.04): Sungai Miai (.1005) u1 u6 u7, Antasan Kecil Timur (.1006) u2
        Banjarmasin Tengah (63.71.02): Kertak Baru Ilir (.1001) u3
      Kota Banjarbaru (63.72)  agency B
        Banjarbaru Selatan (63.72.01): Loktabat Selatan (.1001) u4
    Kalimantan Timur (64) > Kota Samarinda (64.71) > Samarinda Ulu (64.71.01) > Air Hitam (.1001) u5

    course c1 (issued by A): u1 completed, u2, u4 completed, u5
    course c2 (issued by B): u1, u3 completed, u7 (enrolled 2023)
    certificates: u1/c1 valid, expires in 30 days; u3/c2 valid, no expiry; u4/c1 revoked; u7/c2 expired
    event E1 (A, c1, 2 sessions): u1 present 2/2, u2 1/2, u4 1/2; pre/post: u1 40 -> 60, 80 (best 80),
      u2 60 -> none, u4 50 -> 70.   event E2 (B, c2): u4 only.
"""
import datetime as dt
from types import SimpleNamespace

import pytest
from django.utils import timezone

from accounts.models import Agency, Region
from accounts.models import OrganisationType as Org
from accounts.roles import STAFF
from assessments.models import Attempt, QuizPage
from certificates.models import Certificate
from cohorts.models import Attendance, Participant, Session, TrainingEvent
from courses.models import Enrollment
from tests import factories


def _region(code, name, parent=None):
    level = code.count(".") + 1
    region, _ = Region.objects.get_or_create(code=code, defaults=dict(
        name=name, level=level, parent=parent, full_name=name if parent is None else f"{name}, {parent.full_name}"))
    return region


def build_regions() -> dict[str, Region]:
    kalsel = _region("63", "Kalimantan Selatan")
    bjm = _region("63.71", "Kota Banjarmasin", kalsel)
    bjm_utara = _region("63.71.04", "Banjarmasin Utara", bjm)
    bjm_tengah = _region("63.71.02", "Banjarmasin Tengah", bjm)
    bjb = _region("63.72", "Kota Banjarbaru", kalsel)
    bjb_selatan = _region("63.72.01", "Banjarbaru Selatan", bjb)
    kaltim = _region("64", "Kalimantan Timur")
    smd = _region("64.71", "Kota Samarinda", kaltim)
    smd_ulu = _region("64.71.01", "Samarinda Ulu", smd)
    return {
        "63": kalsel, "63.71": bjm, "63.72": bjb, "64": kaltim,
        "miai": _region("63.71.04.1005", "Sungai Miai", bjm_utara),
        "antasan": _region("63.71.04.1006", "Antasan Kecil Timur", bjm_utara),
        "kertak": _region("63.71.02.1001", "Kertak Baru Ilir", bjm_tengah),
        "loktabat": _region("63.72.01.1001", "Loktabat Selatan", bjb_selatan),
        "air_hitam": _region("64.71.01.1001", "Air Hitam", smd_ulu),
    }


def certificate(user, course, agency, *, status=Certificate.Status.VALID, expires_on=None, number=None):
    return Certificate.objects.create(
        number=number or f"{user.pk:03d}/{course.code}/{agency.code}/2026", user=user, course=course, agency=agency,
        holder_name=user.full_name, course_title=course.title, course_code=course.code, jp_hours=course.jp_hours,
        start_date=timezone.localdate(), issued_on=timezone.localdate(), expires_on=expires_on, status=status,
        token="")


def enrol(user, course, *, completed=False, enrolled_at=None):
    enrollment = Enrollment.objects.create(user=user, course=course,
                                           completed_at=timezone.now() if completed else None)
    if enrolled_at:
        Enrollment.objects.filter(pk=enrollment.pk).update(enrolled_at=enrolled_at)
    return enrollment


@pytest.fixture
def world(db, roles):
    r = build_regions()
    agency_a = Agency.objects.create(name="DP3A Kota Banjarmasin", code="DP3A-BJM", region=r["63.71"])
    agency_b = Agency.objects.create(name="DP3A Kota Banjarbaru", code="DP3A-BJB", region=r["63.72"])
    agency_p = Agency.objects.create(name="DP3AKB Kalimantan Selatan", code="DP3AKB-KALSEL", region=r["63"])
    staff_group = roles[STAFF]
    staff_a = factories.UserFactory(full_name="Petugas Banjarmasin", agency=agency_a, groups=[staff_group])
    staff_b = factories.UserFactory(full_name="Petugas Banjarbaru", agency=agency_b, groups=[staff_group])
    staff_p = factories.UserFactory(full_name="Petugas Provinsi", agency=agency_p, groups=[staff_group])
    superuser = factories.UserFactory(full_name="Admin", is_superuser=True, is_staff=True)

    c1 = factories.course_with_modules(1, code="PRL", title="Paralegal Dasar", issuing_agency=agency_a)
    c2 = factories.course_with_modules(1, code="MED", title="Mediasi", issuing_agency=agency_b)

    def person(name, village, org, **kw):
        return factories.UserFactory(full_name=name, village=village, organisation_type=org, phone=kw.get("phone"))

    u1 = person("Siti Rahmah", r["miai"], Org.SATGAS_PPA, phone="081234500001")
    u2 = person("Nur Aisyah", r["antasan"], Org.PATBM)
    u3 = person("Dewi Lestari", r["kertak"], Org.PATBM)
    u4 = person("Budi Santoso", r["loktabat"], Org.KRPPA)
    u5 = person("Rina Samarinda", r["air_hitam"], Org.OTHER)
    u6 = person("Tanpa Kursus", r["miai"], Org.PATBM)
    u7 = person("Halimah Lama", r["miai"], Org.RELAWAN_SAPA)

    enrol(u1, c1, completed=True)
    enrol(u1, c2)
    enrol(u2, c1)
    enrol(u3, c2, completed=True)
    enrol(u4, c1, completed=True)
    enrol(u5, c1)
    enrol(u7, c2, enrolled_at=timezone.make_aware(dt.datetime(2023, 6, 1, 10)))

    today = timezone.localdate()
    cert_u1 = certificate(u1, c1, agency_a, expires_on=today + dt.timedelta(days=30))
    certificate(u3, c2, agency_b)
    certificate(u4, c1, agency_a, status=Certificate.Status.REVOKED)
    certificate(u7, c2, agency_b, expires_on=today - dt.timedelta(days=1))

    pre = factories.quiz_page(c1, title="Pre-test", slug="pre", kind=QuizPage.Kind.PRE_TEST)
    post = factories.quiz_page(c1, title="Post-test", slug="post", kind=QuizPage.Kind.POST_TEST)
    e1 = TrainingEvent.objects.create(course=c1, organiser=agency_a, title="Pelatihan Paralegal Banjarmasin",
                                      venue="Aula", start_date=today, end_date=today + dt.timedelta(days=1),
                                      pretest=pre, posttest=post)
    e2 = TrainingEvent.objects.create(course=c2, organiser=agency_b, title="Pelatihan Mediasi Banjarbaru",
                                      venue="Aula", start_date=today, end_date=today)
    s1 = Session.objects.create(event=e1, date=today, start_time=dt.time(8), end_time=dt.time(12), topic="Hari 1")
    s2 = Session.objects.create(event=e1, date=today, start_time=dt.time(13), end_time=dt.time(16), topic="Hari 2")
    Session.objects.create(event=e2, date=today, start_time=dt.time(8), end_time=dt.time(12), topic="Mediasi")
    p1, p2, p4 = (Participant.objects.create(event=e1, user=u, status=Participant.Status.ACTIVE) for u in (u1, u2, u4))
    Participant.objects.create(event=e2, user=u4, status=Participant.Status.ACTIVE)
    for participant, session, present in ((p1, s1, True), (p1, s2, True), (p2, s1, True), (p2, s2, False),
                                          (p4, s1, True)):
        Attendance.objects.create(participant=participant, session=session, present=present)
    for user, quiz, number, percent in ((u1, pre, 1, 40), (u1, post, 1, 60), (u1, post, 2, 80), (u2, pre, 1, 60),
                                        (u4, pre, 1, 50), (u4, post, 1, 70)):
        Attempt.objects.create(user=user, quiz=quiz, number=number, status=Attempt.Status.GRADED, seed=1,
                               percent=percent, score=percent / 10, max_score=10, passed=percent >= 70,
                               submitted_at=timezone.now(), responses={"0": 1})
    return SimpleNamespace(**r, regions=r, agency_a=agency_a, agency_b=agency_b, agency_p=agency_p,
                           staff_a=staff_a, staff_b=staff_b, staff_p=staff_p, superuser=superuser, c1=c1, c2=c2,
                           u1=u1, u2=u2, u3=u3, u4=u4, u5=u5, u6=u6, u7=u7, e1=e1, e2=e2, cert_u1=cert_u1)
