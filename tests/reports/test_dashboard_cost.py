"""The whole dashboard page costs a fixed, small number of queries; the exports stream; cached filter options
follow the courses and agencies they list."""
import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from accounts.models import Agency
from tests.reports.test_report_views import _grow, as_

pytestmark = pytest.mark.django_db
DASHBOARD_QUERY_BUDGET = 12  # the whole page: session, user, roles, agency, header permissions included


@pytest.mark.parametrize("who", ["staff_p", "staff_a", "superuser"])
def test_dashboard_page_costs_at_most_12_queries_at_every_size(client, world, who):
    client = as_(client, getattr(world, who))
    client.get("/laporan/")  # fills per-process caches (site, settings, filter options)
    counts = []
    for extra in (0, 20, 60):
        _grow(world, extra)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/laporan/", {"wilayah": ""}).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] == counts[2], counts
    assert counts[0] <= DASHBOARD_QUERY_BUDGET, [q["sql"][:120] for q in queries]


def _csv_sections(content: bytes) -> dict[str, list[list[str]]]:
    sections, current = {}, None
    for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))):
        if not row:
            current = None
        elif current is None:
            current = sections.setdefault(row[0], [])
        else:
            current.append(row)
    return sections


def test_csv_export_streams_the_scope_rows(client, world):
    response = as_(client, world.staff_a).get("/laporan/ekspor.csv")
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("text/csv") and "attachment" in response["Content-Disposition"]
    chunks = list(response.streaming_content)
    assert len(chunks) > 10 and chunks[0] == "\ufeff".encode()  # line by line, not one body
    sections = _csv_sections(b"".join(chunks))
    summary = {row[0]: row[1] for row in sections["Ringkasan"][1:]}
    assert list(summary.values()) == ["4", "2", "2", "1"]  # participants, completed, certified, expiring
    assert sections["Per kabupaten/kota"][1:] == [["63.71", "Kota Banjarmasin", "4", "2", "2"]]  # nothing from 63.72
    [_header, expiring] = sections["Sertifikat berakhir dalam 90 hari"]
    assert expiring[1] == "Siti Rahmah" and expiring[4] == world.cert_u1.expires_on.isoformat()


def test_xlsx_export_streams_from_a_file(client, world):
    response = as_(client, world.staff_a).get("/laporan/ekspor.xlsx")
    assert response.status_code == 200 and response.streaming
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(book["Sertifikat berakhir dalam 90 hari"[:31]].iter_rows(values_only=True))
    assert rows[-1][1] == "Siti Rahmah" and rows[-1][4].date() == world.cert_u1.expires_on


def test_exported_names_are_formula_safe_in_the_streamed_files(client, world):
    world.u1.full_name = '=HYPERLINK("http://x","klik")'
    world.u1.save()
    world.cert_u1.holder_name = world.u1.full_name
    world.cert_u1.save()
    client = as_(client, world.staff_a)
    assert b"'=HYPERLINK" in b"".join(client.get("/laporan/ekspor.csv").streaming_content)
    book = load_workbook(io.BytesIO(b"".join(client.get("/laporan/ekspor.xlsx").streaming_content)))
    last = list(book["Sertifikat berakhir dalam 90 hari"[:31]].iter_rows(values_only=True))[-1]
    assert last[1].startswith("'=")


def test_filter_form_lists_an_agency_added_after_the_options_were_cached(client, world):
    client = as_(client, world.staff_p)
    assert "DP3A Kabupaten Banjar" not in client.get("/laporan/").text
    Agency.objects.create(name="DP3A Kabupaten Banjar", code="DP3A-BJR", region=world.regions["63.72"])
    assert "DP3A Kabupaten Banjar" in client.get("/laporan/").text
