"""A trainee who registered with a phone number only gets a one-time password link from their agency's staff."""
import re

from accounts.models import PasswordResetHandover
from accounts.roles import STAFF
from tests import factories


def make_staff(roles, agency):
    return factories.UserFactory(groups=[roles[STAFF]], agency=agency)


def test_staff_hand_over_a_one_time_link_that_works_once(client, roles, village):
    agency = factories.AgencyFactory(region=village.parent.parent)
    staff = make_staff(roles, agency)
    person = factories.UserFactory(email=None, phone="081299990001", village=village)
    client.force_login(staff)
    response = client.post("/akun/petugas/tautan-sandi/", {"contact": "+62 812-9999-0001"})
    link = re.search(r'href="(http://testserver/akun/atur-sandi/[^"]+)"', response.content.decode()).group(1)
    assert PasswordResetHandover.objects.filter(user=person, issued_by=staff).count() == 1

    client.logout()
    form_page = client.get(link, follow=True)
    set_url = form_page.redirect_chain[-1][0]
    new = "kopi-tubruk-banjar-77"
    done = client.post(set_url, {"new_password1": new, "new_password2": new})
    assert done.status_code == 302
    person.refresh_from_db()
    assert person.check_password(new)
    again = client.get(link, follow=True)
    assert "new_password1" not in again.content.decode()  # used once: the link no longer sets a password


def test_staff_of_another_region_and_trainees_get_nothing(client, roles, village, trainee):
    elsewhere = factories.AgencyFactory(region=factories.second_city())
    staff = make_staff(roles, elsewhere)
    factories.UserFactory(email=None, phone="081299990002", village=village)
    client.force_login(staff)
    response = client.post("/akun/petugas/tautan-sandi/", {"contact": "081299990002"})
    assert "atur-sandi" not in response.content.decode()
    assert "Tidak ada peserta" in response.content.decode()
    assert not PasswordResetHandover.objects.exists()

    client.force_login(trainee)
    assert client.get("/akun/petugas/tautan-sandi/").status_code == 404


def test_staff_cannot_take_over_a_trainer_or_staff_account(client, roles, village):
    from accounts.roles import TRAINER

    agency = factories.AgencyFactory(region=village.parent.parent)
    staff = make_staff(roles, agency)
    factories.UserFactory(groups=[roles[TRAINER]], phone="081299990003", village=village)
    client.force_login(staff)
    response = client.post("/akun/petugas/tautan-sandi/", {"contact": "081299990003"})
    assert "atur-sandi" not in response.content.decode()
