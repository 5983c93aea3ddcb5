"""Importing participant lists as agencies make them (issue 9 §5): the preview says which columns it used and
ignored and that NIK is not stored; everyone is imported with their organisation as written and their sex."""
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import User
from cohorts.models import Participant
from tests import factories

from .agency_files import agency_xlsx, person


def upload(client, event, data, name="DAFTAR PESERTA.xlsx"):
    return client.post(reverse("cohorts:import_upload", args=[event.pk]), {"file": SimpleUploadedFile(name, data)})


def test_thirty_people_bordered_to_row_2501_import_with_organisations_and_sex(
        client, world, django_capture_on_commit_callbacks):
    event = world["events"]["a"]
    factories.village_named("63.71.04.1007", "Kuin Utara")
    client.force_login(world["staff"]["a"])
    response = upload(client, event, agency_xlsx(30, bordered_to=2501))
    assert response.status_code == 200
    plan = response.context["plan"]
    assert plan.problems == [] and len(plan.new) == 30
    html = response.text
    assert "Judul kolom dibaca dari baris 4" in html
    assert "“No. HP/WA” → no HP" in html and "“Instansi/Lembaga” → organisasi/lembaga" in html
    assert "“Asal Desa/Kelurahan” → desa/kelurahan" in html and "“Jenis Kelamin (L/P)” → jenis kelamin" in html
    assert "Kolom yang diabaikan:" in html and "“NIK”" in html and "Pelita tidak menyimpan NIK" in html
    token = response.context["confirm"]["token"].value()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("cohorts:import_confirm", args=[event.pk]), {"token": token})
    assert response.status_code == 302
    assert Participant.objects.filter(event=event).count() == 30 + 2
    puspaga = User.objects.get(full_name=person(6)["name"])  # i=6: ORGANISATIONS[0]
    assert (puspaga.organisation_name, puspaga.organisation_type) == ("Puspaga Kota Banjarmasin", "other")
    first = User.objects.get(phone="081250000001")
    assert first.sex == "P" and first.village.name == "Kuin Utara"
    assert User.objects.get(phone="081260000002").village == world["village"]
    # NIK went nowhere: no stored text field of any imported person holds it
    nik = str(person(1)["nik"])
    for values in User.objects.filter(participations__event=event).values():
        assert all(nik not in str(value) for value in values.values())

