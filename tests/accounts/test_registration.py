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


def test_register_creates_account_and_signs_in(client, village):
    response = client.post(REGISTER, form_data())
    assert response.status_code == 302
    user = User.objects.get()
    assert (user.full_name, user.email, user.village, user.organisation_type) == (
        "Rahmah Hidayati", "rahmah@contoh.test", village, "relawan_sapa")
    assert client.get(reverse("courses:my_learning")).status_code == 200


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


def test_duplicate_email_and_phone_refused(client, village):
    UserFactory(email="ada@contoh.test", phone="081111111111")
    response = client.post(REGISTER, form_data(email="ADA@contoh.test"))
    assert "sudah terdaftar" in response.text
    response = client.post(REGISTER, form_data(email="", phone="0811-1111-1111"))
    assert "sudah terdaftar" in response.text
    assert User.objects.count() == 1


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
    response = client.post(reverse("accounts:profile"), {"full_name": "Nama Baru", "organisation_type": "patbm",
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
