"""Anonymising a person erases them: after it, a database dump and the media folder hold none of their
name, email or phone, wherever they were typed (deletion reason, quiz answers, staff notes, sign-in
failures, admin history, participant lists waiting for confirmation)."""
import io
import os
import uuid
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from assessments.models import Attempt
from cohorts.models import Attendance, AttendanceCorrection
from cohorts.uploads import upload_stash
from offline.models import OfflineSubmission
from reports.models import DeletionRequest

pytestmark = pytest.mark.django_db

NAME, EMAIL, PHONE = "Nur Aisyah", "nur.aisyah@contoh.test", "081377712345"
TRACES = [NAME, EMAIL, PHONE, "81377712345", "Aisyah"]


@pytest.fixture(autouse=True)
def _no_stashed_uploads():
    """Stashed participant lists from other tests (or an earlier run) must not blur what this one sees."""
    import shutil

    from cohorts.uploads import FOLDER

    shutil.rmtree(Path(settings.MEDIA_ROOT) / FOLDER, ignore_errors=True)
    yield
    shutil.rmtree(Path(settings.MEDIA_ROOT) / FOLDER, ignore_errors=True)


def dump() -> str:
    out = io.StringIO()
    call_command("dumpdata", "--natural-foreign", stdout=out)
    return out.getvalue()


def media_text() -> str:
    chunks = []
    for folder, _dirs, files in os.walk(settings.MEDIA_ROOT):
        for name in files:
            chunks.append(name)
            chunks.append((Path(folder) / name).read_bytes().decode("utf-8", "replace"))
    return "\n".join(chunks)


def found(text: str) -> list[str]:
    lowered = text.lower()
    return [trace for trace in TRACES if trace.lower() in lowered]


@pytest.fixture
def person(client, world):
    person = world.u2
    person.full_name, person.email, person.phone = NAME, EMAIL, PHONE
    person.save()
    # Their own words: the deletion request, and typed quiz answers.
    client.force_login(person)
    client.post("/laporan/data-saya/hapus/", {"alasan": f"Saya {NAME}, hapus {EMAIL} dan {PHONE} ya"})
    attempt = Attempt.objects.get(user=person)
    attempt.snapshot = [{"question": {"type": "short"}}, {"question": {"type": "single"}}]
    attempt.responses = {"0": f"hubungi saya di +62 {PHONE[1:4]}-{PHONE[4:8]}-{PHONE[8:]}", "1": 2}
    attempt.results = [{"score": 1, "feedback": "Benar"}, {"score": 0}]
    attempt.save()
    # The same words sent from a phone after studying offline (kept as sent).
    OfflineSubmission.objects.create(client_id=uuid.uuid4(), user=person, kind="answers",
                                     payload={"attempt": attempt.pk, "responses": attempt.responses})
    client.logout()
    # Others' words about them: a staff attendance correction.
    attendance = Attendance.objects.filter(participant__user=person).first()
    AttendanceCorrection.objects.create(attendance=attendance, was_present=False, now_present=True,
                                        reason=f"{NAME} datang terlambat, konfirmasi lewat {PHONE}",
                                        corrected_by=world.staff_a)
    # Failed sign-ins with their email and phone, recorded by the lockout.
    for identifier in (EMAIL, PHONE):
        client.post(reverse("accounts:login"), {"username": identifier, "password": "salah-sekali"})
    assert AccessAttempt.objects.filter(username__in=[EMAIL, PHONE]).count() == 2
    # A participant list that staff previewed and never confirmed.
    upload_stash(data=f"nama,no_hp,email\n{NAME},{PHONE},{EMAIL}\n".encode(), filename="peserta.csv",
                 event_id=world.e1.pk, user_id=world.staff_a.pk)
    assert found(dump()) and found(media_text())
    return person


def test_anonymised_person_is_in_neither_the_dump_nor_the_media_folder(client, world, person,
                                                                       django_capture_on_commit_callbacks):
    client.force_login(world.staff_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/laporan/peserta/{person.pk}/anonimkan/", {"confirm": "on"})
    assert response.status_code == 302
    assert found(dump()) == []
    assert found(media_text()) == []
    # What must stay does: the attempt's score, the request's trail, the correction's meaning.
    attempt = Attempt.objects.get(user=person)
    assert attempt.percent == 60 and attempt.responses["1"] == 2 and attempt.results[0]["score"] == 1
    assert DeletionRequest.objects.get(user=person).status == "done"
    assert "datang terlambat" in AttendanceCorrection.objects.get().reason


def test_dump_search_is_not_blind(world, person):
    """The same search finds every trace before anonymising (so an empty result above means erased)."""
    assert set(found(dump())) == set(TRACES)


def test_expired_previews_leave_the_media_folder_without_a_new_upload(world, settings):
    import time

    from cohorts.tasks import uploads_remove_stale_task
    from cohorts.uploads import FOLDER, MAX_AGE

    upload_stash(data=b"nama,no_hp\nSiti,081234567890\n", filename="a.csv", event_id=world.e1.pk,
                 user_id=world.staff_a.pk)
    [stashed] = (Path(settings.MEDIA_ROOT) / FOLDER).iterdir()
    assert uploads_remove_stale_task.delay().get() == 0  # still confirmable: kept
    old = time.time() - MAX_AGE - 60
    os.utime(stashed, (old, old))
    assert uploads_remove_stale_task.delay().get() == 1 and not stashed.exists()
