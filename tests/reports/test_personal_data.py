"""UU 27/2022: a person downloads everything Pelita holds about them, asks for deletion, staff anonymise."""
import json

import pytest

from accounts.models import User
from reports.models import DeletionRequest
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_my_data_holds_my_records_and_nobody_elses(client, world):
    client.force_login(world.u1)
    response = client.get("/laporan/data-saya.json")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"] and "no-cache" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["profile"]["full_name"] == "Siti Rahmah" and data["profile"]["email"] == world.u1.email
    assert data["profile"]["phone"] == "081234500001" and data["profile"]["village"]["code"] == "63.71.04.1005"
    assert sorted(e["course_code"] for e in data["enrollments"]) == ["MED", "PRL"]
    assert [(a["quiz"], a["number"], a["percent"]) for a in data["quiz_attempts"]] == [
        ("Pre-test", 1, 40.0), ("Post-test", 1, 60.0), ("Post-test", 2, 80.0)]
    assert data["quiz_attempts"][0]["questions"] == [] and "results" not in data["quiz_attempts"][0]
    [event] = data["event_participations"]
    assert event["event"] == "Pelatihan Paralegal Banjarmasin"
    assert [a["present"] for a in event["attendance"]] == [True, True]
    assert [c["number"] for c in data["certificates"]] == [world.cert_u1.number]
    text = response.content.decode()
    for other in (world.u2, world.u4, world.staff_a, world.superuser):
        assert other.full_name not in text and other.email not in text


def test_deletion_request_is_stored_once(client, world):
    client.force_login(world.u2)
    profile = client.get("/akun/profil/").text
    assert 'href="/laporan/data-saya.json"' in profile and 'action="/laporan/data-saya/hapus/"' in profile
    response = client.post("/laporan/data-saya/hapus/", {"alasan": "Saya pindah kerja"}, follow=True)
    assert response.redirect_chain[-1][0] == "/akun/profil/" and "sudah kami terima" in response.text
    client.post("/laporan/data-saya/hapus/")
    [request] = DeletionRequest.objects.filter(user=world.u2)
    assert request.status == "open" and request.reason == "Saya pindah kerja"
    assert client.get("/laporan/data-saya/hapus/").status_code == 405
    # the staff of the person's region see it waiting on their dashboard
    client.force_login(world.staff_a)
    assert "Permintaan penghapusan data menunggu" in client.get("/laporan/").text


def test_anonymise_removes_contacts_and_keeps_the_certificate_verifiable(client, world):
    DeletionRequest.objects.create(user=world.u1)
    client.force_login(world.staff_a)
    url = f"/laporan/peserta/{world.u1.pk}/anonimkan/"
    client.post(url)  # not confirmed: nothing changes
    assert User.objects.get(pk=world.u1.pk).email == world.u1.email
    response = client.post(url, {"confirm": "on"})
    assert response.status_code == 302
    person = User.objects.get(pk=world.u1.pk)
    assert (person.email, person.phone, person.village_id, person.is_active) == (None, None, None, False)
    assert person.full_name == "Siti Rahmah" and person.username == f"dihapus-{person.pk}"
    assert not person.has_usable_password()
    assert DeletionRequest.objects.get(user=person).status == "done"
    client.logout()
    page = client.get(f"/sertifikat/{world.cert_u1.code}/")
    assert page.status_code == 200 and "Siti Rahmah" in page.text and world.cert_u1.number in page.text
    assert world.u1.email not in page.text
    assert not client.login(username=world.u1.email, password=PASSWORD)


def test_anonymise_only_by_staff_of_the_persons_region(client, world):
    client.force_login(world.staff_b)  # Banjarbaru staff, Banjarmasin person
    assert client.post(f"/laporan/peserta/{world.u1.pk}/anonimkan/", {"confirm": "on"}).status_code == 404
    client.force_login(world.u2)
    assert client.post(f"/laporan/peserta/{world.u1.pk}/anonimkan/", {"confirm": "on"}).status_code == 404
    assert User.objects.get(pk=world.u1.pk).email == world.u1.email
    client.force_login(world.superuser)  # staff accounts are never anonymised from here
    client.post(f"/laporan/peserta/{world.staff_a.pk}/anonimkan/", {"confirm": "on"})
    assert User.objects.get(pk=world.staff_a.pk).is_active


def test_person_without_certificate_gets_a_neutral_name(client, world):
    from reports.services import ANONYMOUS_NAME, user_anonymise

    person = user_anonymise(actor=world.staff_p, user_id=world.u2.pk)
    assert person.full_name == ANONYMOUS_NAME and person.email is None
