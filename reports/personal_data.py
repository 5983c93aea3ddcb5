"""Everything Pelita holds about one person, as JSON-ready data (UU 27/2022 right of access and portability).

Only the person's own records: nobody else's name or contact (trainers, staff who recorded attendance or acted
on a certificate) is included.
"""
from django.utils import timezone

from assessments.models import Attempt
from assessments.selectors import attempt_export
from certificates.models import Certificate, TrainerSignoff
from cohorts.models import Attendance, Participant
from courses.models import Enrollment, ModuleCompletion

from .models import DeletionRequest

FORMAT_VERSION = 1


def _when(value):
    return value.isoformat() if value else None


def _num(value):
    return None if value is None else float(value)


def personal_data(*, user) -> dict:
    """A fixed number of queries, whatever the person has done."""
    enrollments = Enrollment.objects.filter(user=user).select_related("course").order_by("enrolled_at", "pk")
    completions = ModuleCompletion.objects.filter(user=user).select_related("module", "course").order_by(
        "completed_at", "pk")
    attempts = list(Attempt.objects.filter(user=user).select_related("quiz").order_by("started_at", "pk"))
    by_quiz: dict[int, list] = {}
    for attempt in attempts:
        by_quiz.setdefault(attempt.quiz_id, []).append(attempt)
    participations = (Participant.objects.filter(user=user).select_related("event", "event__course",
                                                                           "event__organiser")
                      .order_by("added_at", "pk"))
    attendance = (Attendance.objects.filter(participant__user=user).select_related("session")
                  .order_by("session__date", "session__start_time", "pk"))
    by_participant: dict[int, list] = {}
    for record in attendance:
        by_participant.setdefault(record.participant_id, []).append({
            "date": _when(record.session.date), "start": record.session.start_time.strftime("%H:%M"),
            "topic": record.session.topic, "present": record.present, "method": record.method})
    certificates = Certificate.objects.filter(user=user).select_related("agency").order_by("issued_at", "pk")
    village = user.village
    return {
        "format": "pelita-personal-data", "version": FORMAT_VERSION, "exported_at": _when(timezone.now()),
        "profile": {
            "username": user.username, "full_name": user.full_name, "email": user.email, "phone": user.phone,
            "organisation_type": user.organisation_type or None,
            "organisation_name": user.organisation_name or None, "sex": user.sex or None,
            "village": {"code": village.code, "name": village.full_name} if village else None,
            "agency": user.agency.name if user.agency_id else None,
            "date_joined": _when(user.date_joined), "last_login": _when(user.last_login),
            "is_active": user.is_active,
        },
        "enrollments": [{"course": e.course.title, "course_code": e.course.code, "source": e.source,
                         "enrolled_at": _when(e.enrolled_at), "completed_at": _when(e.completed_at)}
                        for e in enrollments],
        "module_completions": [{"course": c.course.title, "module": c.module.title,
                                "completed_at": _when(c.completed_at)} for c in completions],
        "quiz_attempts": [{
            "quiz": a.quiz.title, "kind": a.quiz.kind, "number": a.number, "status": a.status,
            "started_at": _when(a.started_at), "submitted_at": _when(a.submitted_at),
            "score": _num(a.score), "max_score": _num(a.max_score), "percent": _num(a.percent), "passed": a.passed,
            # The questions as the person saw them and their own answers; per-question scores, right answers
            # and feedback only once the quiz's reveal rule allows (as on the result screen).
            **attempt_export(attempt=a, attempts=by_quiz[a.quiz_id]),
        } for a in attempts],
        "event_participations": [{
            "event": p.event.title, "course": p.event.course.title, "organiser": p.event.organiser.name,
            "venue": p.event.venue, "start_date": _when(p.event.start_date), "end_date": _when(p.event.end_date),
            "status": p.status, "added_at": _when(p.added_at), "attendance": by_participant.get(p.pk, []),
        } for p in participations],
        "certificates": [{
            "code": c.code, "number": c.number, "holder_name": c.holder_name, "course": c.course_title,
            "course_code": c.course_code, "jp_hours": c.jp_hours, "issuer": c.agency.name,
            "issued_on": _when(c.issued_on), "expires_on": _when(c.expires_on), "status": c.status,
            "status_reason": c.status_reason, "place": c.place,
        } for c in certificates],
        "trainer_signoffs": [{"course": s.course.title, "note": s.note, "signed_at": _when(s.signed_at)}
                             for s in TrainerSignoff.objects.filter(user=user).select_related("course")],
        "deletion_requests": [{"requested_at": _when(d.requested_at), "status": d.status, "reason": d.reason,
                               "handled_at": _when(d.handled_at)}
                              for d in DeletionRequest.objects.filter(user=user).order_by("requested_at")],
    }
