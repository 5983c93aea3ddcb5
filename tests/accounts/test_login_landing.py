"""After signing in, agency staff land on their dashboard; trainees on their own learning; `next` wins."""
from django.urls import reverse

PASSWORD = "sandi-uji-2024"


def sign_in(client, user, **query):
    user.set_password(PASSWORD)
    user.save()
    url = reverse("accounts:login") + (f"?next={query['next']}" if query else "")
    return client.post(url, {"username": user.email, "password": PASSWORD})


def test_staff_land_on_their_dashboard(client, staff):
    response = sign_in(client, staff)
    assert response.status_code == 302 and response["Location"] == reverse("reports:dashboard")


def test_trainee_lands_on_my_learning(client, trainee):
    response = sign_in(client, trainee)
    assert response["Location"] == reverse("courses:my_learning")


def test_next_still_wins_for_staff(client, staff):
    response = sign_in(client, staff, next="/pelatihan/")
    assert response["Location"] == "/pelatihan/"
