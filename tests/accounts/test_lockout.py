"""Sign-in lockout (django-axes): per account and per address, on the site and the Wagtail admin login."""
import datetime

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory

LOGIN = reverse("accounts:login")
ADMIN_LOGIN = reverse("wagtailadmin_login")
LIMIT = settings.AXES_FAILURE_LIMIT
LOCKED = "Masuk dikunci sementara"


def attempt(client, username, password, address="203.0.113.7", url=LOGIN):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_fifty_wrong_passwords_then_the_right_one_is_refused(client, db):
    UserFactory(email="siti@contoh.test")
    statuses = [attempt(client, "siti@contoh.test", f"salah-{i}").status_code for i in range(50)]
    assert statuses[:LIMIT - 1] == [200] * (LIMIT - 1)  # the form again, "wrong password"
    assert set(statuses[LIMIT:]) == {429}
    response = attempt(client, "siti@contoh.test", PASSWORD)
    assert response.status_code == 429 and LOCKED in response.text and "15 menit" in response.text
    assert not signed_in(client)


def test_account_lock_holds_from_other_addresses_and_spellings(client, db):
    UserFactory(email="siti@contoh.test", phone="081234567890")
    spellings = ["siti@contoh.test", "SITI@Contoh.test"]
    for i in range(LIMIT):
        attempt(client, spellings[i % 2], "salah", address=f"198.51.100.{i}")
    response = attempt(client, "Siti@contoh.test", PASSWORD, address="192.0.2.1")
    assert response.status_code == 429 and not signed_in(client)
    # The phone number is another name for the same person but a different identifier: counted on its own.
    for i in range(LIMIT):
        attempt(client, "+62 812-3456-7890", "salah", address=f"198.51.100.{i}")
    assert attempt(client, "0812 3456 7890", PASSWORD, address="192.0.2.2").status_code == 429


def test_address_lock_stops_guessing_across_many_accounts(client, db):
    UserFactory(email="korban@contoh.test")
    for i in range(LIMIT):
        attempt(client, f"orang{i}@contoh.test", "salah", address="203.0.113.9")
    assert attempt(client, "korban@contoh.test", PASSWORD, address="203.0.113.9").status_code == 429
    assert attempt(client, "korban@contoh.test", PASSWORD, address="203.0.113.10").status_code == 302


def test_wagtail_admin_login_is_locked_too(client, db):
    UserFactory(email="petugas@contoh.test", is_staff=True, is_superuser=True)
    for _ in range(LIMIT):
        attempt(client, "petugas@contoh.test", "salah", url=ADMIN_LOGIN)
    response = attempt(client, "petugas@contoh.test", PASSWORD, url=ADMIN_LOGIN)
    assert response.status_code == 429 and LOCKED in response.text and not signed_in(client)
    # ...and the lock counts on the site's own login page as well.
    assert attempt(client, "petugas@contoh.test", PASSWORD).status_code == 429


def test_lock_ends_after_the_cool_off(client, db):
    UserFactory(email="siti@contoh.test")
    for _ in range(LIMIT):
        attempt(client, "siti@contoh.test", "salah")
    assert attempt(client, "siti@contoh.test", PASSWORD).status_code == 429
    past = datetime.datetime.now(datetime.UTC) - settings.AXES_COOLOFF_TIME - datetime.timedelta(seconds=1)
    AccessAttempt.objects.update(attempt_time=past)
    assert attempt(client, "siti@contoh.test", PASSWORD).status_code == 302 and signed_in(client)


@pytest.mark.parametrize("failures", [LIMIT - 1])
def test_a_few_mistakes_do_not_lock(client, db, failures):
    UserFactory(email="siti@contoh.test")
    for _ in range(failures):
        response = attempt(client, "siti@contoh.test", "salah")
        assert "Email/nomor HP atau kata sandi salah." in response.text
    assert attempt(client, "siti@contoh.test", PASSWORD).status_code == 302


def test_lockout_log_lines_name_nobody(client, db, caplog):
    UserFactory(email="siti@contoh.test")
    with caplog.at_level("DEBUG", logger="axes"):
        for _ in range(LIMIT + 1):
            attempt(client, "siti@contoh.test", "salah", address="203.0.113.77")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "akun#" in logged
    assert "siti@contoh.test" not in logged and "203.0.113.77" not in logged
