"""Reads for training events: who sees which event, progress and attendance, the import preview."""
from __future__ import annotations

import dataclasses

from django.contrib.auth import get_user_model
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Agency, Region
from accounts.roles import STAFF
from accounts.selectors import acting_roles, agencies_for, region_from_label
from courses.selectors import Requirement

from .models import Attendance, Participant, Session, TrainingEvent
from .spreadsheet import ParseResult, Problem, Row

# --- roles and scope ------------------------------------------------------------------------------
# Which agencies a user acts for is decided once, in accounts.selectors.agencies_for; here only which role
# does what with it: staff manage their agencies' events, trainers see the events they teach.

def is_training_staff(user) -> bool:
    """Staff and trainers use the training pages (the header link and the event list)."""
    return user.is_authenticated and (user.is_superuser or bool(acting_roles(user)))


def _is_manager(user) -> bool:
    return user.is_authenticated and user.is_active and (user.is_superuser or STAFF in acting_roles(user))


def agencies_in_scope(user) -> QuerySet[Agency]:
    """Agencies whose events the user may create and edit: those they act for, when they are staff."""
    if not _is_manager(user):
        return Agency.objects.none()
    return agencies_for(user).select_related("region")


def managed_events(user) -> QuerySet[TrainingEvent]:
    """Events the user may edit: those organised by an agency in their staff scope (all for superusers)."""
    if not _is_manager(user):
        return TrainingEvent.objects.none()
    if user.is_superuser:
        return TrainingEvent.objects.all()
    return TrainingEvent.objects.filter(organiser__in=agencies_for(user))


def events_for_user(user) -> QuerySet[TrainingEvent]:
    """Events the user may see: staff their agencies' events, trainers (and staff) the events they teach,
    superusers all."""
    if not user.is_authenticated:
        return TrainingEvent.objects.none()
    if user.is_superuser and user.is_active:
        condition = Q()
    elif not acting_roles(user):
        return TrainingEvent.objects.none()
    else:
        condition = Q(pk__in=TrainingEvent.trainers.through.objects.filter(user_id=user.pk)
                      .values("trainingevent_id"))
        if _is_manager(user):
            condition |= Q(organiser__in=agencies_for(user))
    return TrainingEvent.objects.filter(condition).select_related("course", "organiser")


def can_manage(user, event: TrainingEvent) -> bool:
    return managed_events(user).filter(pk=event.pk).exists()


# --- attendance -----------------------------------------------------------------------------------

def _percent(present: int, sessions: int) -> int | None:
    """Whole percent, rounded down so that 79.9% never shows as the 80% it does not reach."""
    if not sessions:
        return None
    return present * 100 // sessions


def attendance_percent(participant: Participant) -> int | None:
    sessions = Session.objects.filter(event_id=participant.event_id).count()
    present = Attendance.objects.filter(participant=participant, present=True).count()
    return _percent(present, sessions)


def meets_minimum(present: int, sessions: int, minimum: int) -> bool:
    return sessions == 0 or present * 100 >= minimum * sessions


def event_progress(event: TrainingEvent) -> dict:
    """Participants with their attendance, and the event's overall attendance: three queries at any size."""
    sessions = list(event.sessions.select_related("trainer").annotate(
        present_count=Count("attendances", filter=Q(attendances__present=True))))
    total = len(sessions)
    participants = list(
        event.participants.select_related("user", "user__village")
        .annotate(present_count=Count("attendances", filter=Q(attendances__present=True)))
        .order_by("user__full_name", "pk"))
    counted = 0
    present_sum = 0
    for participant in participants:
        participant.percent = _percent(participant.present_count, total)
        participant.meets_minimum = meets_minimum(participant.present_count, total, event.min_attendance_percent)
        if participant.status != Participant.Status.WITHDRAWN:
            counted += 1
            present_sum += participant.present_count
    return {
        "finished": event.end_date < timezone.localdate(),
        "sessions": sessions,
        "sessions_total": total,
        "participants": participants,
        "participants_total": counted,
        "event_percent": _percent(present_sum, total * counted) if counted else None,
        "below_minimum": sum(1 for p in participants
                             if p.status != Participant.Status.WITHDRAWN and not p.meets_minimum),
    }


def session_roster(session: Session) -> list[Participant]:
    """The session's participants (not withdrawn), each with `.attendance` (or None): two queries."""
    participants = list(Participant.objects.filter(event_id=session.event_id)
                        .exclude(status=Participant.Status.WITHDRAWN)
                        .select_related("user", "user__village").order_by("user__full_name", "pk"))
    recorded = {a.participant_id: a for a in Attendance.objects.filter(session=session)}
    for participant in participants:
        participant.attendance = recorded.get(participant.pk)
    return participants


def attendance_requirements(course, user_ids) -> dict[int, list[Requirement]]:
    """Cohorts' part of the course requirements, for the certificate only: whoever took `course` in a training
    event (not withdrawn) must meet that event's minimum attendance (one event meeting it is enough)."""
    rows: dict[int, list[dict]] = {}
    for row in (Participant.objects.filter(user_id__in=user_ids, event__course=course)
                .exclude(status=Participant.Status.WITHDRAWN)
                .annotate(present_count=Count("attendances", filter=Q(attendances__present=True), distinct=True),
                          sessions_total=Count("event__sessions", distinct=True))
                .values("user_id", "present_count", "sessions_total", "event__min_attendance_percent",
                        "event__title")):
        rows.setdefault(row["user_id"], []).append(row)
    found = {}
    for user_id, events in rows.items():
        met = [r for r in events if meets_minimum(r["present_count"], r["sessions_total"],
                                                  r["event__min_attendance_percent"])]
        best = met[0] if met else max(events, key=lambda r: r["present_count"] / max(r["sessions_total"], 1))
        label = _("Kehadiran %(percent)d%% dari minimal %(minimum)d%% (%(event)s).") % {
            "percent": _percent(best["present_count"], best["sessions_total"]) or 0,
            "minimum": best["event__min_attendance_percent"], "event": best["event__title"]}
        found[user_id] = [Requirement(label=label, met=bool(met), kind="attendance", for_certificate=True)]
    return found


def session_minutes(session: Session) -> int:
    """A session's length in minutes (start and end are on the session's one date)."""
    start = session.start_time.hour * 60 + session.start_time.minute
    return max(0, session.end_time.hour * 60 + session.end_time.minute - start)


def attended_minutes(participant: Participant) -> int:
    """Minutes of the event's sessions this participant was recorded present at."""
    sessions = Session.objects.filter(attendances__participant=participant, attendances__present=True).distinct()
    return sum(session_minutes(session) for session in sessions.only("start_time", "end_time"))


# --- participant import preview -------------------------------------------------------------------

@dataclasses.dataclass
class PlannedRow:
    row: Row
    village: Region | None
    user: object | None = None  # the existing account this row matched


@dataclasses.dataclass
class ImportPlan:
    new: list[PlannedRow] = dataclasses.field(default_factory=list)
    existing: list[PlannedRow] = dataclasses.field(default_factory=list)
    already: list[PlannedRow] = dataclasses.field(default_factory=list)  # already participants: skipped
    problems: list[Problem] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)
    header_line: int | None = None
    columns_used: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    columns_ignored: list[str] = dataclasses.field(default_factory=list)
    nik_ignored: bool = False

    @property
    def file_problems(self) -> list[Problem]:
        return [p for p in self.problems if p.line is None]

    @property
    def row_problems(self) -> list[Problem]:
        return sorted((p for p in self.problems if p.line is not None), key=lambda p: p.line)

    @property
    def to_import(self) -> list[PlannedRow]:
        return self.new + self.existing


def participants_import_plan(*, event: TrainingEvent, parsed: ParseResult) -> ImportPlan:
    """What importing `parsed` into `event` would do; reads only."""
    plan = ImportPlan(problems=list(parsed.problems), notes=list(parsed.notes), header_line=parsed.header_line,
                      columns_used=list(parsed.columns_used), columns_ignored=list(parsed.columns_ignored),
                      nik_ignored=parsed.nik_ignored)
    if not parsed.rows:
        if not plan.problems:
            plan.problems.append(Problem(None, _("Tidak ada peserta di berkas ini.")))
        return plan
    villages = _resolve_villages(event=event, rows=parsed.rows)
    User = get_user_model()
    emails = {r.email for r in parsed.rows if r.email}
    phones = {r.phone for r in parsed.rows if r.phone}
    by_email, by_phone = {}, {}
    for user in User.objects.filter(Q(email__in=emails) | Q(phone__in=phones)):
        if user.email in emails:
            by_email[user.email] = user
        if user.phone in phones:
            by_phone[user.phone] = user
    already_ids = set(Participant.objects.filter(
        event=event, user_id__in=[u.pk for u in [*by_email.values(), *by_phone.values()]])
        .values_list("user_id", flat=True))
    for row in parsed.rows:
        village = villages.get(row.village)
        if isinstance(village, str):
            plan.problems.append(Problem(row.line, village))
            continue
        email_user, phone_user = by_email.get(row.email), by_phone.get(row.phone)
        if email_user and phone_user and email_user.pk != phone_user.pk:
            plan.problems.append(Problem(row.line, _(
                "Email dan no HP ini milik dua akun berbeda (%(a)s dan %(b)s); perbaiki salah satunya.")
                % {"a": email_user.full_name, "b": phone_user.full_name}))
            continue
        user = email_user or phone_user
        planned = PlannedRow(row=row, village=village, user=user)
        if user is None:
            plan.new.append(planned)
        elif user.pk in already_ids:
            plan.already.append(planned)
        else:
            plan.existing.append(planned)
    if event.capacity:
        taken = event.participants.exclude(status=Participant.Status.WITHDRAWN).count()
        if taken + len(plan.to_import) > event.capacity:
            plan.problems.append(Problem(None, _(
                "Kapasitas pelatihan %(capacity)d orang; sudah %(taken)d peserta, berkas ini menambah %(adding)d.")
                % {"capacity": event.capacity, "taken": taken, "adding": len(plan.to_import)}))
    return plan


def _resolve_villages(*, event: TrainingEvent, rows: list[Row]) -> dict[str, Region | None | str]:
    """Each distinct desa value -> its Region, None (left blank) or a problem message."""
    resolved: dict[str, Region | None | str] = {"": None}
    codes = {r.village for r in rows if r.village_is_code}
    found = {r.code: r for r in Region.objects.filter(code__in=codes, level=Region.Level.VILLAGE)}
    for code in codes:
        resolved[code] = found.get(code) or _("Kode desa %(code)s tidak dikenal.") % {"code": code}
    local_prefix = event.organiser.region_id + "."
    for name in {r.village for r in rows if r.village and not r.village_is_code}:
        region, candidates = region_from_label(label=name, level=Region.Level.VILLAGE)
        if region is None and candidates:
            # Many villages share a name across Indonesia: prefer the one in the organiser's own region.
            local = [c for c in candidates
                     if c.code.startswith(local_prefix) and c.name.lower() == name.lower()]
            region = local[0] if len(local) == 1 else None
        if region is not None:
            resolved[name] = region
        elif candidates:
            listed = "; ".join(f"{c.full_name} [{c.code}]" for c in candidates[:4])
            resolved[name] = _("Desa \"%(name)s\" ada di beberapa wilayah (%(listed)s); tulis kode desanya.") % {
                "name": name, "listed": listed}
        else:
            resolved[name] = _("Desa \"%(name)s\" tidak ditemukan; tulis kode desanya, contoh 63.71.04.1005.") % {
                "name": name}
    return resolved
