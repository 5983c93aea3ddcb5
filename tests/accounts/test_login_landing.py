"""After signing in, agency staff land on their dashboard; others on their own learning; `next` wins."""
from django.urls import reverse

from tests import factories

PASSWORD = "sandi-uji-2024"


def sign_in(client, user, next_url=""):
    user.set_password(PASSWORD)
    user.save()
    url = reverse("accounts:login") + (f"?next={next_url}" if next_url else "")
    response = client.post(url, {"username": user.email, "password": PASSWORD}, follow=True)
    return response.redirect_chain[-1][0]


def test_agency_staff_land_on_their_dashboard(client, staff, village):
    staff.agency = factories.AgencyFactory(region=village.parent.parent)
    staff.save()
    assert sign_in(client, staff) == reverse("reports:dashboard")


def test_staff_without_an_agency_and_trainees_land_on_my_learning(client, staff, trainee):
    assert sign_in(client, staff) == reverse("courses:my_learning")
    client.logout()
    assert sign_in(client, trainee) == reverse("courses:my_learning")


def test_next_still_wins_for_staff(client, staff, village):
    staff.agency = factories.AgencyFactory(region=village.parent.parent)
    staff.save()
    assert sign_in(client, staff, next_url="/pelatihan/") == "/pelatihan/"
