"""Registering, signing in with email or phone, signing out and resetting a forgotten password."""
import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import User
from tests.factories import PASSWORD, UserFactory

REGISTER = reverse("accounts:register")


def form_data(**overrides):
    data = {"full_name": "  Rahmah   Hidayati ", "email": "Rahmah@Contoh.test", "phone": "",
            "organisation_type": "relawan_sapa", "village": "Sungai Miai",
            "password1": "kuat-sekali-2024", "password2": "kuat-sekali-2024"}
    data.update(overrides)
    return data


def test_register_creates_account_then_asks_to_sign_in(client, village):
    response = client.post(REGISTER + "?next=/kursus/", form_data())
    assert response.status_code == 302 and response.url == reverse("accounts:login") + "?next=%2Fkursus%2F"
    user = User.objects.get()
    assert (user.full_name, user.email, user.village, user.organisation_type) == (
        "Rahmah Hidayati", "rahmah@contoh.test", village, "relawan_sapa")
    page = client.get(response.url)
    assert "Pendaftaran diterima" in page.text
    assert page.context["form"].initial["username"] == "rahmah@contoh.test"
    response = client.post(response.url, {"username": "rahmah@contoh.test", "password": "kuat-sekali-2024"})
    assert response.status_code == 302 and response.url == "/kursus/"


def test_register_with_phone_only_normalises_number(client, village):
    client.post(REGISTER, form_data(email="", phone="+62 812-3456-7890"))
    assert User.objects.get().phone == "081234567890"
    client.logout()
    assert client.login(username="0812 3456 7890", password="kuat-sekali-2024")


@pytest.mark.parametrize("overrides, field, message", [
    ({"email": "", "phone": ""}, "email", "Isi email atau nomor HP"),
    ({"phone": "12345"}, "phone", "Nomor HP tidak valid"),
    ({"password2": "lain-sekali-2024"}, "password2", "Kedua kata sandi tidak sama"),
    ({"password1": "12345678", "password2": "12345678"}, "password1", ""),
    ({"village": "Desa Yang Tidak Ada"}, "village", "tidak ditemukan"),
    ({"full_name": " "}, "full_name", ""),
    ({"organisation_type": "hacker"}, "organisation_type", ""),
])
def test_bad_registration_changes_nothing_and_explains(client, village, overrides, field, message):
    response = client.post(REGISTER, form_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert message in response.text
    assert not User.objects.exists()


def _answer(client, data):
    """What a stranger sees: status, where they are sent, the page there (minus the CSRF token)."""
    response = client.post(REGISTER, data)
    page = client.get(response.url) if response.status_code == 302 else response
    return response.status_code, response.get("Location"), re.sub(r'value="[^"]{40,}"', "", page.text)


def test_taken_email_or_phone_answers_like_a_new_one_and_tells_the_owner(client, village,
                                                                          django_capture_on_commit_callbacks):
    owner = UserFactory(email="ada@contoh.test", phone="081111111111", full_name="Pemilik Akun")
    with django_capture_on_commit_callbacks(execute=True):
        new = _answer(client, form_data(email="baru@contoh.test"))
    assert User.objects.filter(email="baru@contoh.test").exists()
    mail.outbox.clear()
    for taken in (form_data(email="ADA@contoh.test"), form_data(email="", phone="0811-1111-1111"),
                  form_data(email="ada@contoh.test", phone="081111111111")):
        client.cookies.clear()
        with django_capture_on_commit_callbacks(execute=True):
            answer = _answer(client, taken)
        assert answer[:2] == new[:2]
        assert answer[2].replace("ada@contoh.test", "X").replace("081111111111", "X") == \
            new[2].replace("baru@contoh.test", "X")
        assert "sudah terdaftar" not in answer[2]
    assert User.objects.count() == 2
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)  # the owner's account is untouched
    # One notice per owner per hour, however many tries.
    assert [m.to for m in mail.outbox] == [["ada@contoh.test"]]
    assert "mencoba membuat akun Pelita baru" in mail.outbox[0].body
    assert "/akun/lupa-sandi/" in mail.outbox[0].body


def test_registration_posts_are_rate_limited_per_address(client, village, monkeypatch):
    monkeypatch.setattr("core.ratelimit._now", lambda: 1_700_000_010.0)  # one counting window
    for i in range(20):
        client.post(REGISTER, form_data(email=f"orang{i}@contoh.test"), REMOTE_ADDR="203.0.113.4")
    response = client.post(REGISTER, form_data(email="lagi@contoh.test"), REMOTE_ADDR="203.0.113.4")
    assert response.status_code == 429 and "Terlalu banyak permintaan" in response.text
    assert not User.objects.filter(email="lagi@contoh.test").exists()
    assert client.get(REGISTER, REMOTE_ADDR="203.0.113.4").status_code == 200  # reading the form is free


@pytest.mark.parametrize("password, message", [
    ("pelita2024", "terlalu mudah ditebak"),
    ("Rahmah Hidayati", "terlalu mirip dengan nama lengkap"),
    ("rahmah@contoh.test", "terlalu mirip dengan email"),
    ("kuat-2024", "terlalu pendek"),
])
def test_weak_passwords_refused(client, village, password, message):
    response = client.post(REGISTER, form_data(password1=password, password2=password))
    assert response.status_code == 200 and message in response.text
    assert not User.objects.exists()


def test_phone_similarity_refused(client, village):
    response = client.post(REGISTER, form_data(email="", phone="081234567890", password1="hp081234567890",
                                               password2="hp081234567890"))
    assert "terlalu mirip dengan nomor HP" in response.text


def test_demo_password_stays_valid():
    from django.contrib.auth.password_validation import validate_password

    from demo.build import DEMO_PASSWORD

    validate_password(DEMO_PASSWORD, User(full_name="Peserta Demo", email="peserta@pelita.test"))


def test_login_with_email_or_phone_and_logout(client, db):
    user = UserFactory(email="masuk@contoh.test", phone="081299998888")
    for identifier in ["masuk@contoh.test", "MASUK@contoh.test", "081299998888", "+6281299998888"]:
        response = client.post(reverse("accounts:login"), {"username": identifier, "password": PASSWORD})
        assert response.status_code == 302, identifier
        assert int(client.session["_auth_user_id"]) == user.pk
        client.post(reverse("accounts:logout"))
        assert "_auth_user_id" not in client.session


def test_wrong_password_message_in_indonesian(client, db):
    UserFactory(email="masuk@contoh.test")
    response = client.post(reverse("accounts:login"), {"username": "masuk@contoh.test", "password": "salah"})
    assert "Email/nomor HP atau kata sandi salah." in response.text


def test_password_reset_by_email(client, db):
    user = UserFactory(email="lupa@contoh.test")
    client.post(reverse("accounts:password_reset"), {"email": "lupa@contoh.test"})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Atur ulang kata sandi Pelita"
    link = re.search(r"https?://[^/]+(/akun/atur-sandi/\S+)", message.body).group(1)
    response = client.get(link, follow=True)
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"new_password1": "sandi-baru-2024", "new_password2": "sandi-baru-2024"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("sandi-baru-2024")


def test_password_reset_for_unknown_email_reveals_nothing(client, db):
    response = client.post(reverse("accounts:password_reset"), {"email": "siapa@contoh.test"})
    assert response.status_code == 302 and len(mail.outbox) == 0


def test_profile_update(client, trainee):
    client.force_login(trainee)
    response = client.post(reverse("accounts:profile"), {
        "full_name": "Nama Baru", "organisation_type": "patbm",
        "village": "Sungai Miai, Banjarmasin Utara, Kota Banjarmasin [63.71.04.1005]"})
    assert response.status_code == 302
    trainee.refresh_from_db()
    assert trainee.full_name == "Nama Baru" and trainee.organisation_type == "patbm"


def test_registration_asks_sex_optionally_and_says_why(client, village):
    from accounts.models import User

    page = client.get(reverse("accounts:register")).text
    assert "Jenis kelamin (tidak wajib)" in page and "Kabupaten/Kota Layak Anak (KLA)" in page
    response = client.post(reverse("accounts:register"), {
        "full_name": "Rina Peserta", "phone": "081277770001", "organisation_type": "patbm", "sex": "P",
        "village": "Sungai Miai", "password1": "kata-sandi-kuat-99", "password2": "kata-sandi-kuat-99"})
    assert response.status_code == 302, response.context["form"].errors
    assert User.objects.get(phone="081277770001").sex == "P"
    client.logout()
    client.post(reverse("accounts:register"), {
        "full_name": "Tanpa Jenis Kelamin", "phone": "081277770002", "organisation_type": "patbm", "sex": "",
        "village": "Sungai Miai", "password1": "kata-sandi-kuat-99", "password2": "kata-sandi-kuat-99"})
    assert User.objects.get(phone="081277770002").sex == ""
