"""The event page, the roster and its PDF issue the same number of queries at 5, 20 and 50 participants."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cohorts import services
from tests import factories


def grow(event, total):
    while event.participants.count() < total:
        factories.ParticipantFactory(event=event)
    for session in event.sessions.all():
        ids = list(event.participants.values_list("pk", flat=True))
        services.attendance_roster_save(session=session, present_ids=ids[::2], recorded_by=None,
                                        reason="uji")


@pytest.mark.parametrize("page", ["event_detail", "roster", "roster_pdf", "attendance_export", "event_list"])
def test_query_counts_constant(client, world, page):
    event = world["events"]["a"]
    session = event.sessions_list[0]
    client.force_login(world["staff"]["a"])
    url = {"event_detail": reverse("cohorts:event_detail", args=[event.pk]),
           "roster": reverse("cohorts:roster", args=[event.pk, session.pk]),
           "roster_pdf": reverse("cohorts:roster_pdf", args=[event.pk, session.pk]),
           "attendance_export": reverse("cohorts:attendance_export", args=[event.pk]),
           "event_list": reverse("cohorts:event_list")}[page]
    counts = []
    for size in (5, 20, 50):
        grow(event, size)
        client.get(url)  # warm per-process caches
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1] == counts[2], counts
    assert counts[0] <= 15, counts


def test_roster_save_queries_do_not_grow(world, django_assert_max_num_queries):
    event = world["events"]["a"]
    session = event.sessions_list[0]
    grow(event, 50)
    session.attendances.all().delete()
    ids = list(event.participants.values_list("pk", flat=True))
    with django_assert_max_num_queries(8):
        services.attendance_roster_save(session=session, present_ids=ids, recorded_by=None)
