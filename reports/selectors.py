"""Agency dashboards and participant records: every number is aggregated in the database, scoped to a region.

A staff user's scope is a Kemendagri code prefix ("63.71." for a kabupaten/kota agency, "63." for a province,
"" for a superuser); a person is in scope when their village code starts with it. Every selector here runs a
fixed number of queries, however many people, enrolments or certificates there are.
"""
import datetime as dt
from dataclasses import dataclass

from django.db.models import (
    Avg,
    Case,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Substr
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Agency, Region, User
from accounts.roles import STAFF
from accounts.selectors import acting_roles, region_in_scope, region_prefix_for
from assessments.models import Attempt, QuizPage
from certificates.models import Certificate
from cohorts.models import Attendance, Participant, Session, TrainingEvent
from courses.models import CoursePage, Enrollment, ModuleCompletion

from .models import DeletionRequest

EXPIRY_WINDOW_DAYS = 90
REGENCY_CODE_LENGTH = 5    # "63.71"
DISTRICT_CODE_LENGTH = 8   # "63.71.04"
VILLAGE_CODE_LENGTH = 13   # "63.71.04.1005"


@dataclass(frozen=True)
class ReportFilters:
    """What the dashboard form narrows by. The period applies to enrolment dates, certificate issue dates and
    event dates; course and agency (the course's issuing agency, the certificate's issuer, the event's
    organiser) apply everywhere; region narrows the staff scope to a region inside it."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    course_id: int | None = None
    agency_id: int | None = None
    region: str = ""


# --- who may see what -------------------------------------------------------------------------------

def report_scope(user) -> str | None:
    """The village-code prefix `user` may report on: "" for a superuser, the agency's region for staff of an
    agency (group "Petugas lembaga" and an agency set), None for everyone else."""
    if user.is_authenticated and user.is_active and user.is_superuser:
        return ""
    if STAFF not in acting_roles(user):
        return None
    return region_prefix_for(user)


def narrowed_prefix(prefix: str, region_code: str) -> str:
    """The prefix for a region chosen in the filter form, if it lies inside the scope; else the scope itself."""
    if region_code and prefix is not None and region_in_scope(region_code, prefix):
        return region_code + "."
    return prefix


def region_choices(prefix: str, selected: str = "") -> list[tuple[str, str]]:
    """Regions to narrow the scope to, for the filter form (one query): one level below the scope (two for an
    agency, whose list stays short), and the region already chosen, e.g. by a drill-down link."""
    depth = prefix.count(".")
    wanted = Q(level__in=[depth + 1] if not prefix else [depth + 1, depth + 2])
    if selected and region_in_scope(selected, prefix):
        wanted |= Q(code=selected)
    regions = Region.objects.filter(wanted, level__lte=3)
    if prefix:
        regions = regions.filter(code__startswith=prefix)
    return [(code, ("— " if level > depth + 1 else "") + name)
            for code, name, level in regions.order_by("code").values_list("code", "name", "level")]


def region_label(prefix: str) -> str:
    """What a scope is called on screen: "Kota Banjarmasin, Kalimantan Selatan", or everywhere."""
    if not prefix:
        return _("Seluruh Indonesia")
    return Region.objects.filter(code=prefix.rstrip(".")).values_list("full_name", flat=True).first() or prefix


def filter_options() -> dict:
    courses = CoursePage.objects.order_by("title").values_list("pk", "title", "code")
    agencies = Agency.objects.order_by("name").values_list("pk", "name")
    return {"courses": [(pk, f"{title} ({code})") for pk, title, code in courses], "agencies": list(agencies)}


# --- building blocks ----------------------------------------------------------------------------------

def _people(prefix: str):
    users = User.objects.all()
    return users.filter(village__code__startswith=prefix) if prefix else users


def _day_start(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def _enrolment_q(f: ReportFilters, rel: str = "") -> Q:
    """Enrolments that count under the filters; `rel` is the path from the queried model to Enrollment."""
    q = Q(**{f"{rel}pk__isnull": False})
    if f.date_from:
        q &= Q(**{f"{rel}enrolled_at__gte": _day_start(f.date_from)})
    if f.date_to:
        q &= Q(**{f"{rel}enrolled_at__lt": _day_start(f.date_to + dt.timedelta(days=1))})
    if f.course_id:
        q &= Q(**{f"{rel}course_id": f.course_id})
    if f.agency_id:
        q &= Q(**{f"{rel}course__issuing_agency_id": f.agency_id})
    return q


def _certified_q(f: ReportFilters, rel: str = "") -> Q:
    """Certificates that make a person "certified": valid, not expired, issued within the filters."""
    q = Q(**{f"{rel}status": Certificate.Status.VALID}) & (
        Q(**{f"{rel}expires_on__isnull": True}) | Q(**{f"{rel}expires_on__gte": timezone.localdate()}))
    if f.date_from:
        q &= Q(**{f"{rel}issued_on__gte": f.date_from})
    if f.date_to:
        q &= Q(**{f"{rel}issued_on__lte": f.date_to})
    if f.course_id:
        q &= Q(**{f"{rel}course_id": f.course_id})
    if f.agency_id:
        q &= Q(**{f"{rel}agency_id": f.agency_id})
    return q


def _enrolments(prefix: str, f: ReportFilters):
    enrolments = Enrollment.objects.filter(_enrolment_q(f))
    # "user IN (people in scope)" lets the database start from the village-code index, then each person's
    # enrolments; a join filtered on the code would scan every enrolment first.
    return enrolments.filter(user__in=_people(prefix).values("pk")) if prefix else enrolments


def _certificates(prefix: str, f: ReportFilters):
    certificates = Certificate.objects.filter(_certified_q(f))
    return certificates.filter(user__in=_people(prefix).values("pk")) if prefix else certificates


def _enrolment_counts() -> dict:
    return {"participants": Count("user", distinct=True),
            "completed": Count("pk", filter=Q(completed_at__isnull=False))}


def _grouped_counts(prefix: str, f: ReportFilters, key) -> list[dict]:
    """Participants, completed and certified per group (`key` builds the group expression from a path to the
    user): two grouped queries, enrolments and certificates, each a single pass, merged by group.

    One query joining people to both their enrolments and certificates would multiply the rows and need
    COUNT(DISTINCT) on all three; this is 2-3x faster over a province (see bench/dashboard.py)."""
    enrolled = _enrolments(prefix, f).values(key=key("user__")).annotate(**_enrolment_counts()).order_by()
    certified = (_certificates(prefix, f).values(key=key("user__")).annotate(certified=Count("user", distinct=True))
                 .order_by())
    groups = {row["key"]: {**row, "certified": 0} for row in enrolled}
    for row in certified:
        groups.setdefault(row["key"], {"key": row["key"], "participants": 0, "completed": 0})["certified"] = \
            row["certified"]
    return [groups[key] for key in sorted(groups, key=lambda k: (k is None, k or ""))]


def _count(queryset, group: str):
    """A correlated COUNT(*) subquery (0 when nothing matches)."""
    counted = queryset.order_by().values(group).annotate(n=Count("pk")).values("n")[:1]
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _expiring(prefix: str, f: ReportFilters):
    today = timezone.localdate()
    certificates = Certificate.objects.filter(
        status=Certificate.Status.VALID, expires_on__gte=today,
        expires_on__lte=today + dt.timedelta(days=EXPIRY_WINDOW_DAYS))
    if prefix:
        certificates = certificates.filter(user__village__code__startswith=prefix)
    if f.course_id:
        certificates = certificates.filter(course_id=f.course_id)
    if f.agency_id:
        certificates = certificates.filter(agency_id=f.agency_id)
    return certificates


# --- the dashboard ------------------------------------------------------------------------------------

def report_headline(*, prefix: str, filters: ReportFilters) -> dict:
    numbers = _enrolments(prefix, filters).aggregate(**_enrolment_counts())
    numbers["certified"] = _certificates(prefix, filters).aggregate(n=Count("user", distinct=True))["n"]
    numbers["expiring"] = _expiring(prefix, filters).count()
    return numbers


def _region_breakdown(prefix: str, f: ReportFilters, length: int, level: int) -> list[dict]:
    """Counts per region at `level`, grouped on the first `length` characters of the village code, with
    the regions' names (one query for the names of that level inside the scope)."""
    rows = _grouped_counts(prefix, f, lambda user: Substr(f"{user}village_id", 1, length))
    names = Region.objects.filter(level=level)
    if prefix:
        names = names.filter(code__startswith=prefix[:length])
    names = dict(names.values_list("code", "name"))
    return [{**row, "name": names.get(row["key"])} for row in rows]


def breakdown_by_regency(*, prefix: str, filters: ReportFilters) -> list[dict]:
    return _region_breakdown(prefix, filters, REGENCY_CODE_LENGTH, Region.Level.REGENCY)


def breakdown_by_district(*, prefix: str, filters: ReportFilters) -> list[dict]:
    return _region_breakdown(prefix, filters, DISTRICT_CODE_LENGTH, Region.Level.DISTRICT)


def breakdown_by_village(*, prefix: str, filters: ReportFilters) -> list[dict]:
    return _region_breakdown(prefix, filters, VILLAGE_CODE_LENGTH, Region.Level.VILLAGE)


def breakdown_by_organisation_type(*, prefix: str, filters: ReportFilters) -> list[dict]:
    rows = _grouped_counts(prefix, filters, lambda user: F(f"{user}organisation_type"))
    return [{**row, "organisation_type": row["key"]} for row in rows]


def breakdown_by_sex(*, prefix: str, filters: ReportFilters) -> list[dict]:
    """Trained and certified people by sex (L/P; blank when not given), as KLA evaluations ask."""
    rows = _grouped_counts(prefix, filters, lambda user: F(f"{user}sex"))
    return [{**row, "sex": row["key"]} for row in rows]


def events_in_scope(*, prefix: str, filters: ReportFilters):
    """Events organised by an agency inside the scope, or with at least one participant from it."""
    events = TrainingEvent.objects.all()
    if prefix:
        from_scope = Participant.objects.filter(event=OuterRef("pk"), user__village__code__startswith=prefix)
        events = events.filter(Q(organiser__region__code__startswith=prefix) | Q(organiser__region_id=prefix[:-1])
                               | Exists(from_scope))
    if filters.course_id:
        events = events.filter(course_id=filters.course_id)
    if filters.agency_id:
        events = events.filter(organiser_id=filters.agency_id)
    if filters.date_from:
        events = events.filter(end_date__gte=filters.date_from)
    if filters.date_to:
        events = events.filter(start_date__lte=filters.date_to)
    return events


def _event_people(prefix: str, event_ref: str = "pk"):
    people = Participant.objects.exclude(status=Participant.Status.WITHDRAWN)
    if event_ref:
        people = people.filter(event=OuterRef(event_ref))
    return people.filter(user__village__code__startswith=prefix) if prefix else people


def event_progress(*, prefix: str, filters: ReportFilters) -> list[dict]:
    """Per event: participants from the scope, their average attendance %, completed and certified."""
    people = _event_people(prefix)
    present = Attendance.objects.filter(session__event=OuterRef("pk"), present=True,
                                        participant__in=_event_people(prefix, event_ref=""))
    completed = Enrollment.objects.filter(user=OuterRef("user_id"), course=OuterRef("event__course_id"),
                                          completed_at__isnull=False)
    certified = Certificate.objects.filter(_certified_q(ReportFilters()), user=OuterRef("user_id"),
                                           course=OuterRef("event__course_id"))
    events = (events_in_scope(prefix=prefix, filters=filters)
              .annotate(participant_count=_count(people, "event"),
                        session_count=_count(Session.objects.filter(event=OuterRef("pk")), "event"),
                        present_count=_count(present, "session__event"),
                        completed_count=_count(people.filter(Exists(completed)), "event"),
                        certified_count=_count(people.filter(Exists(certified)), "event"))
              .annotate(attendance_percent=Case(
                  When(participant_count__gt=0, session_count__gt=0, then=ExpressionWrapper(
                      Cast("present_count", FloatField()) * 100.0
                      / (F("participant_count") * F("session_count")), output_field=FloatField())),
                  default=Value(None, output_field=FloatField())))
              .order_by("-start_date", "pk"))
    return list(events.values("pk", "title", "start_date", "end_date", "course__title", "organiser__name",
                              "participant_count", "session_count", "attendance_percent", "completed_count",
                              "certified_count"))


def _counted_percent(quiz: str):
    """The percent of the attempt that counts (best or last, by the quiz's setting) for a Participant row."""
    attempts = Attempt.objects.filter(user=OuterRef("user_id"), quiz=OuterRef(f"event__{quiz}_id"),
                                      status=Attempt.Status.GRADED)
    best = Subquery(attempts.order_by("-percent", "number").values("percent")[:1])
    last = Subquery(attempts.order_by("-number").values("percent")[:1])
    return Case(When(**{f"event__{quiz}__grading": QuizPage.Grading.LAST}, then=last), default=best)


def event_gain(*, prefix: str, filters: ReportFilters) -> list[dict]:
    """Per event with a pre- and a post-test: the average of each over participants who took both, the gain
    in percentage points and n."""
    events = events_in_scope(prefix=prefix, filters=filters).filter(pretest__isnull=False, posttest__isnull=False)
    rows = (_event_people(prefix, event_ref="").filter(event__in=events.values("pk"))
            .annotate(pre=_counted_percent("pretest"), post=_counted_percent("posttest"))
            .filter(pre__isnull=False, post__isnull=False)
            .values("event", "event__title", "event__start_date")
            .annotate(average_pre=Avg("pre", output_field=FloatField()),
                      average_post=Avg("post", output_field=FloatField()),
                      n=Count("pk"))
            .order_by("-event__start_date", "event"))
    return [{**row, "gain": row["average_post"] - row["average_pre"]} for row in rows]


def certificates_expiring(*, prefix: str, filters: ReportFilters, limit: int | None = None) -> list[dict]:
    rows = (_expiring(prefix, filters).order_by("expires_on", "number")
            .values("code", "number", "holder_name", "course_title", "agency__name", "expires_on", "user_id"))
    return list(rows[:limit] if limit else rows)


def open_deletion_requests(*, prefix: str) -> list[dict]:
    requests = DeletionRequest.objects.filter(status=DeletionRequest.Status.OPEN)
    if prefix:
        requests = requests.filter(user__village__code__startswith=prefix)
    return list(requests.order_by("requested_at").values("pk", "user_id", "user__full_name", "requested_at")[:50])


def report_dashboard(*, prefix: str, filters: ReportFilters, expiring_limit: int | None = None) -> dict:
    """Everything the dashboard and its exports show, for one scope and one set of filters."""
    return {
        "headline": report_headline(prefix=prefix, filters=filters),
        "by_regency": breakdown_by_regency(prefix=prefix, filters=filters),
        "by_district": breakdown_by_district(prefix=prefix, filters=filters),
        "by_village": breakdown_by_village(prefix=prefix, filters=filters),
        "by_organisation_type": breakdown_by_organisation_type(prefix=prefix, filters=filters),
        "by_sex": breakdown_by_sex(prefix=prefix, filters=filters),
        "events": event_progress(prefix=prefix, filters=filters),
        "gain": event_gain(prefix=prefix, filters=filters),
        "expiring": certificates_expiring(prefix=prefix, filters=filters, limit=expiring_limit),
    }


# --- participants -------------------------------------------------------------------------------------

def participants_search(*, prefix: str, query: str = ""):
    """People in scope, matching every word typed in name, email, phone or username, with their counts."""
    people = _people(prefix)
    for word in (query or "").split()[:5]:
        people = people.filter(Q(full_name__icontains=word) | Q(email__icontains=word) | Q(phone__icontains=word)
                               | Q(username__icontains=word))
    return (people.select_related("village")
            .annotate(enrolled_count=_count(Enrollment.objects.filter(user=OuterRef("pk")), "user"),
                      completed_count=_count(Enrollment.objects.filter(user=OuterRef("pk"), completed_at__isnull=False),
                                             "user"),
                      certificate_count=_count(Certificate.objects.filter(user=OuterRef("pk"),
                                                                          status=Certificate.Status.VALID), "user"))
            .order_by("full_name", "pk"))


def participant_in_scope(*, prefix: str | None, user_id: int) -> User:
    """The person, if `prefix` covers them; anyone else (or no scope at all) is a 404."""
    if prefix is None:
        raise Http404
    person = _people(prefix).select_related("village", "agency").filter(pk=user_id).first()
    if person is None:
        raise Http404
    return person


def participant_record(*, prefix: str | None, user_id: int) -> dict:
    """One person's events, attendance, quiz scores, enrolments and certificates (fixed number of queries)."""
    person = participant_in_scope(prefix=prefix, user_id=user_id)
    present = Attendance.objects.filter(participant=OuterRef("pk"), present=True)
    participations = (Participant.objects.filter(user=person)
                      .select_related("event", "event__course", "event__organiser")
                      .annotate(session_count=_count(Session.objects.filter(event=OuterRef("event_id")), "event"),
                                present_count=_count(present, "participant"))
                      .order_by("-event__start_date", "pk"))
    enrollments = (Enrollment.objects.filter(user=person).select_related("course")
                   .annotate(modules_done=_count(ModuleCompletion.objects.filter(user=OuterRef("user_id"),
                                                                                 course=OuterRef("course_id")),
                                                 "course"))
                   .order_by("-enrolled_at"))
    attempts = (Attempt.objects.filter(user=person).exclude(status=Attempt.Status.IN_PROGRESS)
                .select_related("quiz").order_by("-submitted_at", "-pk"))
    certificates = Certificate.objects.filter(user=person).select_related("agency").order_by("-issued_on", "-pk")
    return {
        "person": person,
        "participations": list(participations),
        "enrollments": list(enrollments),
        "attempts": list(attempts),
        "certificates": list(certificates),
        "deletion_requests": list(DeletionRequest.objects.filter(user=person).select_related("handled_by")),
    }
