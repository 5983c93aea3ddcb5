"""KLA reporting: trained and certified people counted by sex on the dashboard and in its exports."""
import pytest

from accounts.models import Sex

from .test_report_views import as_, body, csv_sections, screen_tables

pytestmark = pytest.mark.django_db


def test_dashboard_counts_people_by_sex(client, world):
    for user, sex in ((world.u1, Sex.FEMALE), (world.u2, Sex.FEMALE), (world.u3, Sex.MALE)):
        user.sex = sex
        user.save(update_fields=["sex"])
    client = as_(client, world.staff_a)  # Kota Banjarmasin: u1, u2, u3, and u7 (no sex given)
    html = client.get("/laporan/").text
    rows = {row[0]: row[1:] for row in screen_tables(html)["sex"]}
    assert rows == {"Perempuan": ["2", "1", "1"], "Laki-laki": ["1", "1", "1"], "(tidak diisi)": ["1", "0", "0"]}
    sections = csv_sections(body(client.get("/laporan/ekspor.csv")))
    assert {row[0]: row[1:] for row in sections["Per jenis kelamin"]} == rows


def test_a_persons_data_export_includes_sex_and_organisation_as_written(world):
    from reports.personal_data import personal_data

    world.u1.sex, world.u1.organisation_name = Sex.FEMALE, "Puspaga Kota Banjarmasin"
    world.u1.save()
    profile = personal_data(user=world.u1)["profile"]
    assert (profile["sex"], profile["organisation_name"]) == ("P", "Puspaga Kota Banjarmasin")
