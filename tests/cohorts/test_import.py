"""Participant import: the preview writes nothing; the confirmation re-parses the upload and writes atomically."""
import re

from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import User
from cohorts import services
from cohorts.models import Participant
from cohorts.selectors import participants_import_plan
from cohorts.spreadsheet import parse_participants
from courses.models import Enrollment
from tests import factories

HEADER = "nama,no_hp,email,jenis_organisasi,kode_desa\n"


def upload(client, event, text, name="peserta.csv"):
    return client.post(reverse("cohorts:import_upload", args=[event.pk]),
                       {"file": SimpleUploadedFile(name, text.encode("utf-8") if isinstance(text, str) else text)})


def counts():
    return User.objects.count(), Participant.objects.count(), Enrollment.objects.count(), len(mail.outbox)


def test_preview_lists_new_matched_and_errors_and_writes_nothing(client, world):
    event = world["events"]["a"]
    existing = factories.UserFactory(full_name="Sudah Punya Akun", phone="081299990000", email="lama@contoh.test")
    client.force_login(world["staff"]["a"])
    before = counts()
    response = upload(client, event, HEADER
                      + "Baru Satu,081211110001,baru1@contoh.test,PATBM,63.71.04.1005\n"
                      + "Nama Di Berkas,+62 812-9999-0000,,KRPPA,Sungai Miai\n"
                      + "Salah Kode,081211110003,,,99.99.99.9999\n"
                      + ",081211110004,,,\n")
    assert response.status_code == 200
    assert counts() == before
    plan = response.context["plan"]
    assert [p.row.full_name for p in plan.new] == ["Baru Satu"]
    assert [p.user for p in plan.existing] == [existing]
    assert plan.existing[0].village == world["village"]
    assert [(p.line, "tidak dikenal" in p.message) for p in plan.row_problems] == [(4, True), (5, False)]
    html = response.text
    assert "Baris 4" in html and "Kode desa 99.99.99.9999 tidak dikenal" in html and "Nama kosong" in html
    assert "Sudah Punya Akun" in html and "impor hanya baris yang benar" in html.lower()


def test_confirm_writes_everything_and_sends_invitations(client, world, django_capture_on_commit_callbacks):
    event = world["events"]["a"]
    existing = factories.UserFactory(full_name="Lama", email="lama@contoh.test", phone=None)
    client.force_login(world["staff"]["a"])
    response = upload(client, event, HEADER
                      + "Baru Satu,081211110001,baru1@contoh.test,Satgas PPA,63.71.04.1005\n"
                      + "Baru Dua,081211110002,,,\n"
                      + "Lama,,LAMA@contoh.test,,\n")
    token = response.context["confirm"]["token"].value()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("cohorts:import_confirm", args=[event.pk]), {"token": token})
    assert response.status_code == 302
    new = User.objects.get(email="baru1@contoh.test")
    assert new.full_name == "Baru Satu" and new.phone == "081211110001" and not new.has_usable_password()
    assert new.village == world["village"] and new.organisation_type == "satgas_ppa"
    phone_only = User.objects.get(phone="081211110002")
    for user in (new, phone_only, existing):
        assert Participant.objects.filter(event=event, user=user).exists()
        assert Enrollment.objects.get(user=user, course=event.course).source == Enrollment.Source.EVENT
    # One invitation, to the new account with an email, holding a working set-password link.
    assert [m.to for m in mail.outbox] == [["baru1@contoh.test"]]
    body = mail.outbox[0].body
    assert event.title in body
    link = re.search(r"http://testserver(/akun/atur-sandi/(\S+)/(\S+)/)", body)
    assert link and default_token_generator.check_token(new, link.group(3))
    client.logout()
    page = client.get(link.group(1), follow=True)
    assert page.status_code == 200 and "new_password1" in page.text
    # The invitation goes out once, even if the task runs again.
    participant = Participant.objects.get(event=event, user=new)
    assert participant.invited_at is not None
    assert services.participant_invitation_send(participant_id=participant.pk, site_url="http://x") is False


def test_file_with_errors_writes_nothing_unless_only_valid_rows(client, world, django_capture_on_commit_callbacks):
    event = world["events"]["a"]
    client.force_login(world["staff"]["a"])
    text = HEADER + "Baru Satu,081211110001,baru1@contoh.test,,\nRusak,123,,,\n"
    token = upload(client, event, text).context["confirm"]["token"].value()
    before = counts()
    response = client.post(reverse("cohorts:import_confirm", args=[event.pk]), {"token": token})
    assert response.status_code == 400 and "Tidak ada yang disimpan" in response.text
    assert counts() == before
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("cohorts:import_confirm", args=[event.pk]), {"token": token,
                                                                                    "only_valid": "on"})
    assert response.status_code == 302
    assert User.objects.filter(email="baru1@contoh.test").exists() and not User.objects.filter(full_name="Rusak")


def test_confirm_is_atomic_when_a_write_fails(world, monkeypatch):
    event = world["events"]["a"]
    data = (HEADER + "Baru Satu,081211110001,,,\nBaru Dua,081211110002,,,\n").encode()
    calls = []

    def failing_enrol(**kwargs):  # the accounts are written by then; the enrolments fail
        calls.append(kwargs)
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "enrollments_create", failing_enrol)
    before = counts()
    try:
        services.participants_import(event=event, data=data, filename="x.csv", site_url="http://x")
    except RuntimeError:
        pass
    assert counts() == before and len(calls) == 1 and len(calls[0]["users"]) == 2


def test_confirm_rereads_the_stored_upload_and_rejects_tampering(client, world):
    event = world["events"]["a"]
    client.force_login(world["staff"]["a"])
    token = upload(client, event, HEADER + "Baru Satu,081211110001,,,\n").context["confirm"]["token"].value()
    before = counts()
    for bad in (token + "x", token.replace(":", ";", 1), "eyJuIjoi"):
        response = client.post(reverse("cohorts:import_confirm", args=[event.pk]), {"token": bad})
        assert response.status_code == 302 and response["Location"].endswith("/peserta/impor/")
    # A token issued for event A cannot import into event B (nor for another user).
    client.force_login(world["staff"]["p"])
    assert client.post(reverse("cohorts:import_confirm", args=[event.pk]), {"token": token}).status_code == 302
    assert counts() == before


def test_existing_participant_is_skipped_not_an_error(world):
    event = world["events"]["a"]
    already = event.people[0].user
    data = f"{HEADER}{already.full_name},,{already.email},,\n".encode()
    plan = participants_import_plan(event=event, parsed=parse_participants(data, "x.csv"))
    assert plan.problems == [] and [p.user for p in plan.already] == [already] and plan.to_import == []


def test_email_and_phone_of_two_different_accounts(world):
    one = factories.UserFactory(email="satu@contoh.test", phone="081200001111")
    two = factories.UserFactory(email="dua@contoh.test", phone="081200002222")
    data = f"{HEADER}Campur,{two.phone},{one.email},,\n".encode()
    plan = participants_import_plan(event=world["events"]["a"], parsed=parse_participants(data, "x.csv"))
    assert plan.to_import == [] and "dua akun berbeda" in plan.problems[0].message


def test_ambiguous_desa_name_and_local_preference(world):
    factories.second_city()
    factories.village_named("63.71.02.1004", "Sungai Bilu")  # in the organiser's city
    factories.village_named("63.72.01.1001", "Sungai Bilu")  # a namesake in another city
    factories.village_named("63.72.01.1002", "Guntung Paikat")
    factories.village_named("63.72.02.1001", "Guntung Paikat")  # two outside the organiser's city
    data = (HEADER + "Ani,081211110001,,,Sungai Bilu\nBudi,081211110002,,,Guntung Paikat\n"
            "Cici,081211110003,,,Desa Tidak Ada\n").encode()
    plan = participants_import_plan(event=world["events"]["a"], parsed=parse_participants(data, "x.csv"))
    assert [p.village.code for p in plan.new] == ["63.71.02.1004"]
    found = {p.line: p.message for p in plan.row_problems}
    assert "beberapa wilayah" in found[3] and "63.72.01.1002" in found[3] and "63.72.02.1001" in found[3]
    assert "tidak ditemukan" in found[4]


def test_capacity_is_enforced(world):
    event = world["events"]["a"]
    event.capacity = 3
    event.save()
    data = (HEADER + "Ani,081211110001,,,\nBudi,081211110002,,,\n").encode()
    plan = participants_import_plan(event=event, parsed=parse_participants(data, "x.csv"))
    assert "Kapasitas" in plan.file_problems[0].message


def test_too_large_upload_is_refused_by_size_before_reading(client, world, monkeypatch):
    import cohorts.views.imports as views

    monkeypatch.setattr(views, "parse_participants", lambda *a: (_ for _ in ()).throw(AssertionError("parsed")))
    client.force_login(world["staff"]["a"])
    before = counts()
    response = upload(client, world["events"]["a"], b"a" * (10 * 1024 * 1024), name="besar.csv")
    assert response.status_code == 200 and "terlalu besar" in response.text
    assert counts() == before


def test_wrong_columns_in_the_page(client, world):
    client.force_login(world["staff"]["a"])
    response = upload(client, world["events"]["a"], "foo,bar\n1,2\n")
    assert "Kolom tidak sesuai" in response.text and response.context["confirm"] is None
    assert "Konfirmasi" not in response.text
