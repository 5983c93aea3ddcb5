"""Writes for training events: events and sessions, the participant import, invitations and attendance."""
from __future__ import annotations

import dataclasses
import datetime
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.formats import date_format, time_format
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from courses.models import Enrollment
from courses.services import enrollments_create

from . import selectors
from .models import Attendance, AttendanceCorrection, Participant, ParticipantImportJob, Session, TrainingEvent
from .spreadsheet import Problem, parse_participants

CHECKIN_GRACE = datetime.timedelta(minutes=15)


# --- events and sessions --------------------------------------------------------------------------

def event_create(*, created_by, trainers=(), **fields) -> TrainingEvent:
    event = TrainingEvent(created_by=created_by, **fields)
    event.full_clean()
    with transaction.atomic():
        event.save()
        event.trainers.set(trainers)
    return event


def event_update(*, event: TrainingEvent, trainers=None, **fields) -> TrainingEvent:
    for name, value in fields.items():
        setattr(event, name, value)
    event.full_clean()
    outside = event.sessions.exclude(date__range=(event.start_date, event.end_date)).count() if event.pk else 0
    if outside:
        raise ValidationError(_("%(n)d sesi berada di luar tanggal pelatihan yang baru. Ubah sesi itu dahulu.")
                              % {"n": outside})
    with transaction.atomic():
        event.save()
        if trainers is not None:
            event.trainers.set(trainers)
    return event


def _session_check(session: Session) -> None:
    event = session.event
    if session.date and not (event.start_date <= session.date <= event.end_date):
        raise ValidationError({"date": _("Tanggal sesi harus di antara %(start)s dan %(end)s.") % {
            "start": date_format(event.start_date), "end": date_format(event.end_date)}})
    session.full_clean(exclude=["event", "checkin_code"])


def session_create(*, event: TrainingEvent, **fields) -> Session:
    session = Session(event=event, **fields)
    _session_check(session)
    with transaction.atomic():
        session.save()
        if session.trainer_id:  # a session's trainer takes its attendance, so they must see the event
            event.trainers.add(session.trainer_id)
    return session


def session_update(*, session: Session, **fields) -> Session:
    for name, value in fields.items():
        setattr(session, name, value)
    _session_check(session)
    with transaction.atomic():
        session.save()
        if session.trainer_id:
            session.event.trainers.add(session.trainer_id)
    return session


# --- participant import ---------------------------------------------------------------------------

class ImportRejected(Exception):
    def __init__(self, plan):
        super().__init__("import rejected")
        self.plan = plan


@dataclasses.dataclass
class ImportResult:
    created: int
    matched: int
    skipped: int
    invited: int
    without_email: int


def _new_username(row) -> str:
    base = (row.email or row.phone or "peserta").split("@")[0][:20]
    return f"{base}-{secrets.token_hex(3)}"


def participants_import_check(*, event: TrainingEvent, data: bytes, filename: str,
                              only_valid: bool = False) -> selectors.ImportPlan:
    """The plan for writing `data` into `event`, or ImportRejected: a file with errors writes nothing unless
    `only_valid`, and a file with nothing to import writes nothing."""
    plan = selectors.participants_import_plan(event=event, parsed=parse_participants(data, filename))
    if plan.file_problems or (plan.row_problems and not only_valid) or not plan.to_import and not plan.already:
        raise ImportRejected(plan)
    return plan


def participants_import(*, event: TrainingEvent, data: bytes, filename: str, site_url: str,
                        only_valid: bool = False) -> ImportResult:
    """Parse the file again and write every valid row at once: new accounts (unusable password, invited by
    email), enrolment in the course, participation. A file with errors writes nothing unless `only_valid`."""
    plan = participants_import_check(event=event, data=data, filename=filename, only_valid=only_valid)
    try:
        with transaction.atomic():
            created, invited, without_email = _write_rows(event=event, rows=plan.to_import, site_url=site_url)
    except (IntegrityError, ValidationError) as error:
        raise ImportRejected(_changed_plan(event, data, filename, error)) from error
    return ImportResult(created=created, matched=len(plan.existing), skipped=len(plan.already),
                        invited=invited, without_email=without_email)


def _changed_plan(event, data, filename, error):
    # Usually someone registered with one of these contacts since the preview: show the preview again.
    plan = selectors.participants_import_plan(event=event, parsed=parse_participants(data, filename))
    if not plan.problems:
        detail = "; ".join(error.messages) if isinstance(error, ValidationError) else ""
        plan.problems.append(Problem(None, _(
            "Data berubah saat impor; tidak ada yang disimpan. Coba lagi. %(detail)s") % {"detail": detail}))
    return plan


def _write_rows(*, event: TrainingEvent, rows, site_url: str) -> tuple[int, int, int]:
    """Write planned rows (inside the caller's transaction) in a fixed number of queries per batch:
    (accounts created, invitations queued, new accounts without email)."""
    User = get_user_model()
    created_users = []
    for planned in rows:
        if planned.user is not None:
            continue
        row = planned.row
        user = User(username=_new_username(row), full_name=row.full_name, email=row.email,
                    phone=row.phone, organisation_type=row.organisation_type,
                    organisation_name=row.organisation_name, sex=row.sex, village=planned.village)
        user.set_unusable_password()
        # Contacts were checked against every account by the plan; the unique constraints still hold.
        user.full_clean(exclude=["password", "village"], validate_unique=False)
        # bulk_create skips User.save(), which stores a missing contact as NULL (clean() made it "").
        user.email, user.phone = user.email or None, user.phone or None
        created_users.append(user)
    User.objects.bulk_create(created_users)
    for planned, user in zip([p for p in rows if p.user is None], created_users):
        planned.user = user
    users = [planned.user for planned in rows]
    enrollments_create(users=users, course=event.course, source=Enrollment.Source.EVENT)
    Participant.objects.bulk_create([Participant(event=event, user=user) for user in users], ignore_conflicts=True)
    invite = list(Participant.objects.filter(event=event, user__in=[u.pk for u in created_users],
                                             user__email__isnull=False).values_list("pk", flat=True))
    for participant_id in invite:
        transaction.on_commit(lambda pid=participant_id: _enqueue_invitation(pid, site_url))
    return len(created_users), len(invite), sum(1 for u in created_users if not u.email)


# --- large lists in the background ----------------------------------------------------------------

IMPORT_BATCH = 500


def participants_import_job_create(*, event: TrainingEvent, upload: str, filename: str, site_url: str,
                                   only_valid: bool, total: int, created_by) -> ParticipantImportJob:
    """Queue a checked list for writing in the background (after this transaction commits)."""
    job = ParticipantImportJob(event=event, upload=upload, filename=filename[:200], site_url=site_url[:200],
                               only_valid=only_valid, total=total, created_by=created_by)
    job.full_clean()
    job.save()
    transaction.on_commit(lambda: _enqueue_import(job.pk))
    return job


def _enqueue_import(job_id: int) -> None:
    from .tasks import participants_import_job_run_task

    participants_import_job_run_task.delay(job_id)


def participants_import_job_run(*, job_id: int) -> bool:
    """Write a queued list in batches of IMPORT_BATCH rows, each in its own transaction, counting progress.
    Running it twice is a no-op (the job is claimed once); were a batch to fail, rows already written are
    matched, not duplicated, when the same list is imported again."""
    from .uploads import upload_discard, upload_read

    claimed = ParticipantImportJob.objects.filter(pk=job_id, status=ParticipantImportJob.Status.QUEUED).update(
        status=ParticipantImportJob.Status.RUNNING)
    if not claimed:
        return False
    job = ParticipantImportJob.objects.select_related("event", "event__course", "event__organiser").get(pk=job_id)
    try:
        data = upload_read(job.upload)
        plan = participants_import_check(event=job.event, data=data, filename=job.filename,
                                         only_valid=job.only_valid)
        rows = plan.to_import
        job.total, job.matched, job.skipped = len(rows), len(plan.existing), len(plan.already)
        job.save(update_fields=["total", "matched", "skipped"])
        for start in range(0, len(rows), IMPORT_BATCH):
            with transaction.atomic():
                created, invited, without_email = _write_rows(event=job.event, rows=rows[start:start + IMPORT_BATCH],
                                                              site_url=job.site_url)
                job.done = min(start + IMPORT_BATCH, len(rows))
                job.created += created
                job.invited += invited
                job.without_email += without_email
                job.save(update_fields=["done", "created", "invited", "without_email"])
    except ImportRejected as rejected:
        return _job_failed(job, "; ".join(p.message for p in rejected.plan.problems[:5]))
    except (IntegrityError, ValidationError, OSError) as error:
        return _job_failed(job, _("Data berubah saat impor. Unggah daftar yang sama lagi: orang yang sudah "
                                  "tersimpan tidak akan terdaftar dua kali. (%(error)s)") % {"error": error})
    job.status = ParticipantImportJob.Status.DONE
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "finished_at"])
    upload_discard(job.upload)
    return True


def _job_failed(job: ParticipantImportJob, message: str) -> bool:
    job.status = ParticipantImportJob.Status.FAILED
    job.error = message
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "error", "finished_at"])
    return False


def _enqueue_invitation(participant_id: int, site_url: str):
    from .tasks import participant_invitation_send_task

    participant_invitation_send_task.delay(participant_id, site_url)


def participant_invitation_send(*, participant_id: int, site_url: str) -> bool:
    """Email a new participant a link to set their password, once (a retried task sends nothing)."""
    claimed = Participant.objects.filter(pk=participant_id, invited_at__isnull=True,
                                         user__email__isnull=False).update(invited_at=timezone.now())
    if not claimed:
        return False
    participant = Participant.objects.select_related("user", "event", "event__organiser").get(pk=participant_id)
    user = participant.user
    path = reverse("accounts:password_reset_confirm", kwargs={
        "uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": default_token_generator.make_token(user)})
    with translation.override(settings.LANGUAGE_CODE):
        context = {"user": user, "event": participant.event, "link": site_url.rstrip("/") + path,
                   "site_url": site_url.rstrip("/")}
        subject = render_to_string("cohorts/email/invitation_subject.txt", context).strip()
        body = render_to_string("cohorts/email/invitation.txt", context)
    send_mail(subject, body, None, [user.email])
    return True


# --- attendance -----------------------------------------------------------------------------------

class CheckinRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def normalize_checkin_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())[:8]


def checkin_window(session: Session) -> tuple[datetime.datetime, datetime.datetime]:
    tz = timezone.get_default_timezone()
    start = datetime.datetime.combine(session.date, session.start_time, tzinfo=tz) - CHECKIN_GRACE
    end = datetime.datetime.combine(session.date, session.end_time, tzinfo=tz) + CHECKIN_GRACE
    return start, end


def _announce(event_id: int, user_ids) -> None:
    from .signals import attendance_recorded

    user_ids = sorted(set(user_ids))
    transaction.on_commit(lambda: attendance_recorded.send(sender=Attendance, event_id=event_id, user_ids=user_ids))


def attendance_checkin(*, user, code: str, now: datetime.datetime | None = None) -> Attendance:
    """A participant marks themself present with a session's code, only while the session runs (±15 min)."""
    now = now or timezone.now()
    session = Session.objects.select_related("event").filter(checkin_code=normalize_checkin_code(code)).first()
    if session is None:
        raise CheckinRefused(_("Kode hadir tidak dikenal. Periksa kembali kode dari fasilitator."))
    participant = (Participant.objects.filter(event_id=session.event_id, user=user)
                   .exclude(status=Participant.Status.WITHDRAWN).first())
    if participant is None:
        raise CheckinRefused(_("Anda tidak terdaftar sebagai peserta pelatihan ini. Hubungi panitia."))
    start, end = checkin_window(session)
    if not start <= now <= end:
        local_start, local_end = timezone.localtime(start), timezone.localtime(end)
        raise CheckinRefused(_(
            "Kode ini hanya berlaku saat sesi berlangsung: %(date)s pukul %(start)s–%(end)s. "
            "Kehadiran Anda belum dicatat.") % {
            "date": date_format(session.date), "start": time_format(local_start.time(), "H.i"),
            "end": time_format(local_end.time(), "H.i")})
    with transaction.atomic():
        attendance = Attendance.objects.select_for_update().filter(session=session, participant=participant).first()
        if attendance is None:
            try:
                with transaction.atomic():
                    attendance = Attendance.objects.create(session=session, participant=participant, present=True,
                                                           method=Attendance.Method.CODE, recorded_by=user)
            except IntegrityError:  # the same person pressed twice
                attendance = Attendance.objects.get(session=session, participant=participant)
        elif not attendance.present:
            _correct(attendance, present=True, reason=_("Peserta hadir dengan kode hadir."), corrected_by=user,
                     method=Attendance.Method.CODE)
        if participant.status == Participant.Status.INVITED:
            Participant.objects.filter(pk=participant.pk).update(status=Participant.Status.ACTIVE)
        _announce(session.event_id, [user.pk])
    return attendance


def _correct(attendance: Attendance, *, present: bool, reason: str, corrected_by, method=None) -> AttendanceCorrection:
    correction = AttendanceCorrection(attendance=attendance, was_present=attendance.present, now_present=present,
                                      reason=reason, corrected_by=corrected_by)
    correction.full_clean(exclude=["attendance"])
    attendance.present = present
    attendance.method = method or Attendance.Method.CORRECTION
    attendance.recorded_by = corrected_by
    attendance.save(update_fields=["present", "method", "recorded_by", "recorded_at"])
    correction.save()
    return correction


def attendance_correct(*, attendance: Attendance, present: bool, reason: str, corrected_by) -> AttendanceCorrection:
    """Change a recorded attendance; the reason is mandatory and kept with who changed it."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Tulis alasan perubahan kehadiran.")})
    with transaction.atomic():
        correction = _correct(attendance, present=present, reason=reason, corrected_by=corrected_by)
        _announce(attendance.session.event_id, [attendance.participant.user_id])
        return correction


@dataclasses.dataclass
class RosterResult:
    recorded: int
    corrected: int


def attendance_roster_save(*, session: Session, present_ids, recorded_by, reason: str = "") -> RosterResult:
    """Save a whole roster: first recordings as given; a change to an earlier recording needs a reason."""
    present_ids = {int(pk) for pk in present_ids}
    reason = (reason or "").strip()
    with transaction.atomic():
        participants = list(Participant.objects.filter(event_id=session.event_id)
                            .exclude(status=Participant.Status.WITHDRAWN).values_list("pk", flat=True))
        existing = {a.participant_id: a for a in
                    Attendance.objects.select_for_update().filter(session=session, participant_id__in=participants)}
        changed = [a for pid, a in existing.items() if a.present != (pid in present_ids)]
        if changed and not reason:
            raise ValidationError({"reason": _(
                "Kehadiran %(n)d peserta berubah dari catatan sebelumnya. Tulis alasan perubahannya.")
                % {"n": len(changed)}})
        new = [Attendance(session=session, participant_id=pid, present=pid in present_ids,
                          method=Attendance.Method.ROSTER, recorded_by=recorded_by)
               for pid in participants if pid not in existing]
        Attendance.objects.bulk_create(new)
        now = timezone.now()
        corrections = []
        for attendance in changed:
            corrections.append(AttendanceCorrection(attendance=attendance, was_present=attendance.present,
                                                    now_present=not attendance.present, reason=reason,
                                                    corrected_by=recorded_by))
            attendance.present = not attendance.present
            attendance.method = Attendance.Method.CORRECTION
            attendance.recorded_by = recorded_by
            attendance.recorded_at = now
        Attendance.objects.bulk_update(changed, ["present", "method", "recorded_by", "recorded_at"])
        AttendanceCorrection.objects.bulk_create(corrections)
        Participant.objects.filter(pk__in=present_ids & set(participants),
                                   status=Participant.Status.INVITED).update(status=Participant.Status.ACTIVE)
        _announce(session.event_id, Participant.objects.filter(pk__in=participants).values_list("user_id", flat=True))
    return RosterResult(recorded=len(new), corrected=len(changed))
