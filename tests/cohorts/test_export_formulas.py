"""The attendance recap and the import template carry names typed as formulas as text, never formulas."""
import io

from django.urls import reverse
from openpyxl import load_workbook

EVIL = '=HYPERLINK("http://jahat.test","Klik")'


def test_attendance_export_neutralises_every_text_cell(client, world):
    event = world["events"]["a"]
    person = event.people[0].user
    person.full_name, person.email = EVIL, "=cmd@contoh.test"
    person.save()
    client.force_login(world["staff"]["a"])
    response = client.get(reverse("cohorts:attendance_export", args=[event.pk]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "'" + EVIL in values and "'=cmd@contoh.test" in values
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


def test_import_template_has_no_formula(client, world):
    client.force_login(world["staff"]["a"])
    sheet = load_workbook(io.BytesIO(client.get(reverse("cohorts:import_template")).content)).active
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)
