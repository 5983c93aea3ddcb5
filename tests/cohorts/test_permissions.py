"""Who sees which event: staff by their agency's region, trainers their own events, nobody else (404)."""
import pytest
from django.urls import reverse

from cohorts.selectors import events_for_user
from tests import factories


def event_urls(event):
    """Every staff/trainer page of one event (GET)."""
    session = event.sessions_list[0]
    return [
        reverse("cohorts:event_detail", args=[event.pk]),
        reverse("cohorts:event_edit", args=[event.pk]),
        reverse("cohorts:session_create", args=[event.pk]),
        reverse("cohorts:session_edit", args=[event.pk, session.pk]),
        reverse("cohorts:roster", args=[event.pk, session.pk]),
        reverse("cohorts:checkin_screen", args=[event.pk, session.pk]),
        reverse("cohorts:roster_pdf", args=[event.pk, session.pk]),
        reverse("cohorts:attendance_export", args=[event.pk]),
        reverse("cohorts:import_upload", args=[event.pk]),
    ]


MANAGE_ONLY = ("ubah", "sesi/baru", "impor")


def test_staff_of_another_agency_get_404_on_every_page(client, world):
    client.force_login(world["staff"]["a"])
    for url in event_urls(world["events"]["b"]):
        assert client.get(url).status_code == 404, url
    roster = reverse("cohorts:roster", args=[world["events"]["b"].pk, world["events"]["b"].sessions_list[0].pk])
    assert client.post(roster, {f"p{p.pk}": "on" for p in world["events"]["b"].people}).status_code == 404
    assert client.post(reverse("cohorts:import_confirm", args=[world["events"]["b"].pk]),
                       {"token": "x"}).status_code == 404
    assert client.post(reverse("cohorts:event_edit", args=[world["events"]["b"].pk]), {}).status_code == 404
    for url in event_urls(world["events"]["a"]):
        assert client.get(url).status_code == 200, url


def test_a_session_of_another_event_is_404_even_through_ones_own_event(client, world):
    client.force_login(world["staff"]["a"])
    foreign = world["events"]["b"].sessions_list[0]
    for name in ("roster", "checkin_screen", "roster_pdf", "session_edit"):
        url = reverse(f"cohorts:{name}", args=[world["events"]["a"].pk, foreign.pk])
        assert client.get(url).status_code == 404, name


def test_province_staff_see_every_kabupaten_kota_event(client, world):
    client.force_login(world["staff"]["p"])
    for event in world["events"].values():
        for url in event_urls(event):
            assert client.get(url).status_code == 200, url
    html = client.get(reverse("cohorts:event_list")).text
    assert "Pelatihan A" in html and "Pelatihan B" in html


def test_event_list_shows_only_the_agency_scope(client, world):
    client.force_login(world["staff"]["a"])
    html = client.get(reverse("cohorts:event_list")).text
    assert "Pelatihan A" in html and "Pelatihan B" not in html
    assert set(events_for_user(world["staff"]["b"])) == {world["events"]["b"]}


def test_trainers_see_only_their_events_and_cannot_edit(client, world):
    trainer = world["trainer"]
    client.force_login(trainer)
    assert set(events_for_user(trainer)) == {world["events"]["a"]}  # their agency does not widen it
    for url in event_urls(world["events"]["a"]):
        expected = 404 if any(part in url for part in MANAGE_ONLY) else 200
        assert client.get(url).status_code == expected, url
    for url in event_urls(world["events"]["b"]):
        assert client.get(url).status_code == 404, url
    assert client.get(reverse("cohorts:event_create")).status_code == 404
    client.force_login(world["other_trainer"])
    assert "Pelatihan" in client.get(reverse("cohorts:event_list")).text
    assert client.get(event_urls(world["events"]["a"])[0]).status_code == 404


def test_trainees_get_404_and_anonymous_visitors_are_sent_to_sign_in(client, world):
    participant = world["events"]["a"].people[0].user
    client.force_login(participant)
    assert client.get(reverse("cohorts:event_list")).status_code == 404
    for url in event_urls(world["events"]["a"]):
        assert client.get(url).status_code == 404, url
    client.logout()
    for url in event_urls(world["events"]["a"]) + [reverse("cohorts:event_list"), reverse("cohorts:checkin")]:
        response = client.get(url)
        assert response.status_code == 302 and "/akun/masuk/" in response["Location"], url


def test_staff_without_agency_see_nothing(client, world, roles):
    from accounts.roles import STAFF

    loose = factories.UserFactory(groups=[roles[STAFF]])
    assert not events_for_user(loose).exists()
    client.force_login(loose)
    assert client.get(reverse("cohorts:event_create")).status_code == 404
    assert client.get(event_urls(world["events"]["a"])[0]).status_code == 404


def test_superuser_sees_everything(client, world):
    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    for event in world["events"].values():
        assert client.get(event_urls(event)[1]).status_code == 200


def test_header_link_only_for_staff_and_trainers(client, world):
    link = 'href="/pelatihan/"'
    client.force_login(world["staff"]["a"])
    assert link in client.get("/akun/profil/").text
    client.force_login(world["trainer"])
    assert link in client.get("/akun/profil/").text
    client.force_login(world["events"]["a"].people[0].user)
    assert link not in client.get("/akun/profil/").text


@pytest.mark.parametrize("who", ["a", "p"])
def test_staff_create_events_only_for_agencies_in_scope(client, world, who):
    client.force_login(world["staff"][who])
    form = client.get(reverse("cohorts:event_create")).context["form"]
    organisers = set(form.fields["organiser"].queryset)
    if who == "a":
        assert organisers == {world["agency_a"]} and form.initial["organiser"] == world["agency_a"].pk
    else:
        assert organisers == {world["agency_a"], world["agency_b"], world["agency_p"]}
    data = {"course": world["course"].pk, "organiser": world["agency_b"].pk, "title": "Pelatihan baru",
            "venue": "Aula", "city": "Banjarbaru", "start_date": "2030-01-10", "end_date": "2030-01-12",
            "min_attendance_percent": 80, "trainers": [world["trainer"].pk]}
    response = client.post(reverse("cohorts:event_create"), data)
    from cohorts.models import TrainingEvent

    created = TrainingEvent.objects.filter(title="Pelatihan baru").first()
    if who == "a":
        assert response.status_code == 200 and created is None
        assert "organiser" in response.context["form"].errors
    else:
        assert response.status_code == 302 and created.organiser == world["agency_b"]
        assert created.created_by == world["staff"]["p"] and list(created.trainers.all()) == [world["trainer"]]
