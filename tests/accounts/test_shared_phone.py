"""Shared phone sign-in: a short idle session, and a sign-out that tells the browser to forget the person."""
from accounts.shared_phone import CLEAR_SITE_DATA, SESSION_KEY
from tests.factories import PASSWORD


def sign_in(client, user, **extra):
    return client.post("/akun/masuk/", {"username": user.email, "password": PASSWORD, **extra})


def test_shared_phone_session_ends_when_idle_and_sign_out_clears_site_data(client, trainee, settings):
    settings.PELITA_SHARED_PHONE_IDLE_SECONDS = 900
    assert sign_in(client, trainee, shared_phone="on").status_code == 302
    assert client.session[SESSION_KEY] is True
    assert client.session.get_expiry_age() == 900
    assert 'data-shared-phone="900"' in client.get("/").text
    response = client.post("/akun/keluar/")
    assert response["Clear-Site-Data"] == CLEAR_SITE_DATA == '"cache", "storage", "cookies"'


def test_a_personal_phone_keeps_its_data_on_sign_out(client, trainee):
    sign_in(client, trainee)
    assert SESSION_KEY not in client.session
    assert "data-shared-phone" not in client.get("/").text
    assert "Clear-Site-Data" not in client.post("/akun/keluar/")
