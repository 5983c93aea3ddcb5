"""Headline, breakdown, event and gain numbers on the hand-built region (see conftest for who is where)."""
import datetime as dt

import pytest

from reports.selectors import ReportFilters, report_dashboard, report_scope

pytestmark = pytest.mark.django_db


def numbers(rows, key="key"):
    return {row[key]: (row["participants"], row["completed"], row["certified"]) for row in rows}


def test_kabupaten_kota_staff_numbers(world):
    prefix = report_scope(world.staff_a)
    assert prefix == "63.71."
    data = report_dashboard(prefix=prefix, filters=ReportFilters())
    assert data["headline"] == {"participants": 4, "completed": 2, "certified": 2, "expiring": 1}
    assert numbers(data["by_regency"]) == {"63.71": (4, 2, 2)}
    assert data["by_regency"][0]["name"] == "Kota Banjarmasin"
    assert numbers(data["by_district"]) == {"63.71.02": (1, 1, 1), "63.71.04": (3, 1, 1)}
    assert numbers(data["by_village"]) == {"63.71.02.1001": (1, 1, 1), "63.71.04.1005": (2, 1, 1),
                                           "63.71.04.1006": (1, 0, 0)}
    assert [row["name"] for row in data["by_village"]] == ["Kertak Baru Ilir", "Sungai Miai", "Antasan Kecil Timur"]
    assert numbers(data["by_organisation_type"], "organisation_type") == {
        "patbm": (2, 1, 1), "relawan_sapa": (1, 0, 0), "satgas_ppa": (1, 1, 1)}
    [event] = data["events"]  # E2 (Banjarbaru, nobody from Banjarmasin) is out of scope
    assert (event["title"], event["participant_count"], event["session_count"], event["completed_count"],
            event["certified_count"]) == ("Pelatihan Paralegal Banjarmasin", 2, 2, 1, 1)
    assert event["attendance_percent"] == pytest.approx(75.0)  # 3 of 4 person-sessions
    [gain] = data["gain"]  # u2 has no post-test: n counts only people with both
    assert (gain["average_pre"], gain["average_post"], gain["gain"], gain["n"]) == (40, 80, 40, 1)
    assert [c["holder_name"] for c in data["expiring"]] == ["Siti Rahmah"]


def test_province_staff_see_the_whole_province(world):
    data = report_dashboard(prefix=report_scope(world.staff_p), filters=ReportFilters())
    assert data["headline"] == {"participants": 5, "completed": 3, "certified": 2, "expiring": 1}
    assert numbers(data["by_regency"]) == {"63.71": (4, 2, 2), "63.72": (1, 1, 0)}  # u4's certificate is revoked
    events = {e["title"]: e for e in data["events"]}
    assert set(events) == {"Pelatihan Paralegal Banjarmasin", "Pelatihan Mediasi Banjarbaru"}
    e1 = events["Pelatihan Paralegal Banjarmasin"]
    assert (e1["participant_count"], e1["completed_count"], e1["certified_count"]) == (3, 2, 1)
    assert e1["attendance_percent"] == pytest.approx(400 / 6)
    [gain] = data["gain"]
    assert (gain["average_pre"], gain["average_post"], gain["gain"], gain["n"]) == (45, 75, 30, 2)


def test_superuser_sees_every_province(world):
    data = report_dashboard(prefix=report_scope(world.superuser), filters=ReportFilters())
    assert data["headline"]["participants"] == 6
    assert numbers(data["by_regency"])["64.71"] == (1, 0, 0)


def test_filters_by_course_period_and_agency(world):
    province = report_scope(world.staff_p)
    by_course = report_dashboard(prefix=province, filters=ReportFilters(course_id=world.c1.pk))
    assert by_course["headline"] == {"participants": 3, "completed": 2, "certified": 1, "expiring": 1}
    assert [e["title"] for e in by_course["events"]] == ["Pelatihan Paralegal Banjarmasin"]

    city = report_scope(world.staff_a)
    since_2024 = report_dashboard(prefix=city, filters=ReportFilters(date_from=dt.date(2024, 1, 1)))
    assert since_2024["headline"]["participants"] == 3  # u7 enrolled in 2023
    only_2023 = report_dashboard(prefix=city, filters=ReportFilters(date_from=dt.date(2023, 1, 1),
                                                                    date_to=dt.date(2023, 12, 31)))
    assert only_2023["headline"] == {"participants": 1, "completed": 0, "certified": 0, "expiring": 1}
    assert only_2023["events"] == [] and only_2023["gain"] == []

    issued_by_b = report_dashboard(prefix=city, filters=ReportFilters(agency_id=world.agency_b.pk))
    assert issued_by_b["headline"] == {"participants": 3, "completed": 1, "certified": 1, "expiring": 0}


def test_region_filter_narrows_only_inside_the_scope(world):
    from reports.selectors import narrowed_prefix

    assert narrowed_prefix("63.71.", "63.71.04") == "63.71.04."
    assert narrowed_prefix("63.71.", "63.72") == "63.71."  # outside: ignored
    assert narrowed_prefix("", "64") == "64."
    data = report_dashboard(prefix=narrowed_prefix("63.", "63.71.04"), filters=ReportFilters())
    assert data["headline"]["participants"] == 3


def test_who_has_a_scope(world, trainee, trainer, staff):
    assert report_scope(world.staff_b) == "63.72."
    assert report_scope(world.superuser) == ""
    for nobody in (trainee, trainer, staff):  # staff without an agency see nothing
        assert report_scope(nobody) is None
    world.u1.agency = world.agency_a  # an agency but not in the staff group
    assert report_scope(world.u1) is None
