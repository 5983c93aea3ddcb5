"""Long participant lists import in the background, in batches, with a progress page (issue 9 §5)."""
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import User
from cohorts import services
from cohorts.models import Participant, ParticipantImportJob
from cohorts.spreadsheet import parse_participants
from cohorts.spreadsheet_files import MAX_ROWS
from courses.models import Enrollment
from tests import factories

from .agency_files import agency_xlsx

HEADER = "nama,no_hp,email,jenis_organisasi,kode_desa\n"


def preview_token(client, event, data, name="peserta.xlsx"):
    response = client.post(reverse("cohorts:import_upload", args=[event.pk]), {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 200 and not response.context["plan"].problems
    return response.context["confirm"]["token"].value()


def test_long_list_imports_in_batches_with_a_progress_page(client, world, settings, monkeypatch,
                                                          django_capture_on_commit_callbacks):
    settings.PELITA_IMPORT_INLINE_ROWS = 10
    monkeypatch.setattr(services, "IMPORT_BATCH", 15)
    event = world["events"]["a"]
    factories.village_named("63.71.04.1007", "Kuin Utara")
    client.force_login(world["staff"]["a"])
    token = preview_token(client, event, agency_xlsx(40, bordered_to=200))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(reverse("cohorts:import_confirm", args=[event.pk]), {"token": token})
    job = ParticipantImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("cohorts:import_job", args=[event.pk, job.pk])
    assert callbacks  # enqueued only once the job row was committed
    job.refresh_from_db()
    assert (job.status, job.total, job.done, job.created, job.percent) == ("done", 40, 40, 40, 100)
    assert Participant.objects.filter(event=event).count() == 42
    assert Enrollment.objects.filter(course=event.course, source="event").count() == 40
    page = client.get(response["Location"]).text
    assert 'data-job-status="done"' in page and "40 dari 40 orang" in page and "40 akun baru" in page
    # the task delivered twice: nothing happens the second time
    assert services.participants_import_job_run(job_id=job.pk) is False
    assert User.objects.filter(participations__event=event).count() == 42
    # another agency's staff cannot open the progress page
    client.force_login(world["staff"]["b"])
    assert client.get(response["Location"]).status_code == 404


def test_a_running_job_shows_progress_and_refreshes(client, world):
    event = world["events"]["a"]
    job = ParticipantImportJob.objects.create(event=event, upload="x", filename="besar.xlsx", site_url="http://x",
                                              total=20000, done=5000, status="running")
    client.force_login(world["staff"]["a"])
    page = client.get(reverse("cohorts:import_job", args=[event.pk, job.pk])).text
    assert "5000 dari 20000 orang" in page and 'aria-valuenow="25"' in page and 'http-equiv="refresh"' in page


def test_twenty_thousand_rows_are_accepted_and_one_more_is_refused():
    rows = "".join(f"Peserta {i},08{1200000000 + i},,,\n" for i in range(MAX_ROWS))
    result = parse_participants((HEADER + rows).encode(), "besar.csv")
    assert result.problems == [] and len(result.rows) == MAX_ROWS == 20_000
    more = parse_participants((HEADER + rows + "Satu Lagi,081999999999,,,\n").encode(), "besar.csv")
    assert more.rows == [] and "Terlalu banyak baris" in more.problems[0].message
