"""Who may open the dashboards, what they see, and that the exports hold exactly what the page shows."""
import csv
import io
import re
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from accounts.models import User
from certificates.models import Certificate
from cohorts.models import Participant
from courses.models import Enrollment

pytestmark = pytest.mark.django_db
REPORT_URLS = ["/laporan/", "/laporan/ekspor.csv", "/laporan/ekspor.xlsx", "/laporan/peserta/"]


def body(response) -> bytes:
    """The whole body of a response, streamed (the exports) or not."""
    return b"".join(response.streaming_content) if response.streaming else response.content


def as_(client, user):
    client.force_login(user)
    return client


class TableParser(HTMLParser):
    """Rows of every <table data-table="..."> on a page; a <time> cell reads as its ISO datetime."""

    def __init__(self):
        super().__init__()
        self.tables, self.current, self.row, self.cell, self.in_head = {}, None, None, None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and "data-table" in attrs:
            self.current = self.tables.setdefault(attrs["data-table"], [])
        elif self.current is not None and tag == "thead":
            self.in_head = True
        elif self.current is not None and tag == "tr" and not self.in_head:
            self.row = []
        elif self.row is not None and tag == "td":
            self.cell = ""
        elif self.cell is not None and tag == "time":
            self.cell += attrs["datetime"]
            self.cell_done = True

    def handle_endtag(self, tag):
        if tag == "thead":
            self.in_head = False
        elif tag == "td" and self.cell is not None:
            self.row.append(self.cell.strip())
            self.cell, self.cell_done = None, False
        elif tag == "tr" and self.row is not None:
            if self.row:
                self.current.append(self.row)
            self.row = None
        elif tag == "table":
            self.current = None

    def handle_data(self, data):
        if self.cell is not None and not getattr(self, "cell_done", False):
            self.cell += data


def screen_tables(html: str) -> dict[str, list[list[str]]]:
    parser = TableParser()
    parser.feed(html)
    return parser.tables


def canon(value):
    """One form for a cell wherever it was read: None for nothing (the page shows a dash), numbers as floats
    (the page writes a decimal comma in Indonesian, CSV a point, XLSX a number), dates as ISO text."""
    if value in (None, "", "—"):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if hasattr(value, "isoformat"):
        return (value.date() if hasattr(value, "date") else value).isoformat()
    if re.fullmatch(r"-?\d+([.,]\d+)?", value):
        return float(value.replace(",", "."))
    return value


def canon_rows(rows) -> list[list]:
    return [[canon(value) for value in row] for row in rows]


def csv_sections(content: bytes) -> dict[str, list[list[str]]]:
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    sections, index = {}, 0
    while index < len(rows) and rows[index]:  # the heading block
        index += 1
    index += 1
    while index < len(rows):
        title, index = rows[index][0], index + 2  # title row, header row
        body = []
        while index < len(rows) and rows[index]:
            body.append(rows[index])
            index += 1
        sections[title] = body
        index += 1
    return sections


# --- access -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("url", REPORT_URLS + ["/laporan/data-saya.json"])
def test_signed_out_people_are_sent_to_sign_in(client, world, url):
    response = client.get(url)
    assert response.status_code == 302 and "/akun/masuk/" in response["Location"]


@pytest.mark.parametrize("url", REPORT_URLS)
def test_trainees_trainers_and_staff_without_agency_get_404(client, world, trainer, staff, url):
    for user in (world.u1, trainer, staff):
        assert as_(client, user).get(url).status_code == 404
    assert as_(client, world.u1).get(f"/laporan/peserta/{world.u2.pk}/").status_code == 404


def test_participant_record_only_inside_the_agency_region(client, world):
    banjarmasin, banjarbaru = world.staff_a, world.staff_b
    page = as_(client, banjarmasin).get(f"/laporan/peserta/{world.u1.pk}/")
    assert page.status_code == 200
    html = page.text
    assert world.u1.email in html and "081234500001" in html  # staff of the person's region see contacts
    assert "Pelatihan Paralegal Banjarmasin" in html and "2 dari 2 sesi" in html
    assert world.cert_u1.number in html and "Post-test" in html
    assert as_(client, banjarmasin).get(f"/laporan/peserta/{world.u4.pk}/").status_code == 404  # Banjarbaru
    assert as_(client, banjarbaru).get(f"/laporan/peserta/{world.u1.pk}/").status_code == 404
    assert as_(client, world.staff_p).get(f"/laporan/peserta/{world.u4.pk}/").status_code == 200  # province
    assert as_(client, world.staff_p).get(f"/laporan/peserta/{world.u5.pk}/").status_code == 404  # Kaltim
    assert as_(client, world.superuser).get(f"/laporan/peserta/{world.u5.pk}/").status_code == 200


def test_participant_list_is_scoped_and_searchable(client, world):
    html = as_(client, world.staff_a).get("/laporan/peserta/").text
    for name in ("Siti Rahmah", "Nur Aisyah", "Dewi Lestari", "Tanpa Kursus", "Halimah Lama"):
        assert name in html
    assert "Budi Santoso" not in html and "Rina Samarinda" not in html
    found = as_(client, world.staff_a).get("/laporan/peserta/", {"q": "siti"}).text
    assert "Siti Rahmah" in found and "Nur Aisyah" not in found
    assert "Siti Rahmah" not in as_(client, world.staff_a).get("/laporan/peserta/", {"q": "Budi"}).text


def test_report_link_in_header_for_staff_only(client, world):
    assert 'href="/laporan/"' in as_(client, world.staff_a).get("/akun/profil/").text
    assert 'href="/laporan/"' not in as_(client, world.u1).get("/akun/profil/").text


# --- the page -----------------------------------------------------------------------------------------

def test_dashboard_shows_the_scope_numbers_and_charts(client, world):
    html = as_(client, world.staff_a).get("/laporan/").text
    for key, value in {"participants": 4, "completed": 2, "certified": 2, "expiring": 1}.items():
        assert re.search(rf'data-headline="{key}">{value}<', html), key
    assert "Loktabat Selatan" not in html and "Budi Santoso" not in html  # Banjarbaru's people
    assert 'class="bar-chart"' in html and "Angka yang sama ada pada tabel" in html
    tables = screen_tables(html)
    assert tables["regency"] == [["63.71", "Kota Banjarmasin", "4", "2", "2"]]
    assert tables["gain"][0][2:] == ["40,0", "80,0", "40,0", "1"]
    assert tables["events"][0][6] == "75,0"


def test_invalid_period_is_reported_and_not_applied(client, world):
    html = as_(client, world.staff_a).get("/laporan/", {"dari": "2025-02-01", "sampai": "2025-01-01"}).text
    assert "Tanggal awal harus sebelum tanggal akhir" in html
    assert re.search(r'data-headline="participants">4<', html)


def test_drill_down_link_narrows_to_a_kecamatan(client, world):
    html = as_(client, world.staff_p).get("/laporan/", {"wilayah": "63.71.04"}).text
    assert re.search(r'data-headline="participants">3<', html)
    assert screen_tables(html)["district"] == [["63.71.04", "Banjarmasin Utara", "3", "1", "1"]]
    outside = as_(client, world.staff_a).get("/laporan/", {"wilayah": "63.72"}).text  # not theirs: ignored
    assert re.search(r'data-headline="participants">4<', outside)


@pytest.mark.parametrize("query", [{}, {"kursus": "c1"}, {"dari": "2024-01-01", "lembaga": "agency_a"}])
def test_exports_hold_exactly_the_rows_on_screen(client, world, query):
    query = {k: {"c1": world.c1.pk, "agency_a": world.agency_a.pk}.get(v, v) for k, v in query.items()}
    client = as_(client, world.staff_p)
    screen = screen_tables(client.get("/laporan/", query).text)
    assert screen["regency"] and screen["organisation"]
    csv_response = client.get("/laporan/ekspor.csv", query)
    assert csv_response["Content-Type"].startswith("text/csv")
    sections = csv_sections(body(csv_response))
    book = load_workbook(io.BytesIO(body(client.get("/laporan/ekspor.xlsx", query))))
    titles = {"regency": "Per kabupaten/kota", "district": "Per kecamatan", "village": "Per desa/kelurahan",
              "organisation": "Per jenis organisasi", "events": "Kemajuan per pelatihan",
              "gain": "Pre-test dan post-test per pelatihan", "expiring": "Sertifikat berakhir dalam 90 hari"}
    for key, title in titles.items():
        on_screen = canon_rows(row for row in screen[key] if row != ["Belum ada data."])
        assert canon_rows(sections[title]) == on_screen, key
        sheet = book[title[:31].replace("/", "-")]
        header_row = next(i for i, row in enumerate(sheet.iter_rows(values_only=True), 1) if row[0] == title) + 1
        assert canon_rows(sheet.iter_rows(min_row=header_row + 1, values_only=True)) == on_screen, key
    summary = {row[0]: row[1] for row in sections["Ringkasan"]}
    assert list(summary.values()) == [str(n) for n in _headline(client, query)]


def _headline(client, query):
    html = client.get("/laporan/", query).text
    return [int(re.search(rf'data-headline="{key}">(\d+)<', html).group(1))
            for key in ("participants", "completed", "certified", "expiring")]


def test_export_heading_names_the_filters(client, world):
    content = body(as_(client, world.staff_a).get("/laporan/ekspor.csv", {"kursus": world.c1.pk})).decode("utf-8-sig")
    assert "Wilayah: Kota Banjarmasin, Kalimantan Selatan (63.71)" in content
    assert "Kursus: Paralegal Dasar (PRL)" in content


# --- query counts -------------------------------------------------------------------------------------

def _grow(world, n):
    """n more people in Sungai Miai, each enrolled (half completed) and a third certified."""
    users = User.objects.bulk_create([User(username=f"extra-{world.c1.pk}-{n}-{i}", full_name=f"Tambahan {i}",
                                           village=world.miai, organisation_type="patbm") for i in range(n)])
    Enrollment.objects.bulk_create([Enrollment(user=u, course=world.c1,
                                               completed_at=world.e1.created_at if i % 2 else None)
                                    for i, u in enumerate(users)])
    day = world.e1.start_date
    Certificate.objects.bulk_create([Certificate(number=f"X-{u.pk}", user=u, course=world.c1, agency=world.agency_a,
                                                 holder_name=u.full_name, course_title="c", course_code="PRL",
                                                 jp_hours=1, start_date=day, issued_on=day, token="")
                                     for i, u in enumerate(users) if i % 3 == 0])
    Participant.objects.bulk_create([Participant(event=world.e1, user=u, status="active") for u in users[: n // 2]])


@pytest.mark.parametrize("url", ["/laporan/", "/laporan/ekspor.csv", "/laporan/peserta/"])
def test_query_count_does_not_grow_with_data(client, world, url):
    client = as_(client, world.staff_a)
    client.get(url)  # the first request of a test also fills per-process caches (site, settings)
    counts = []
    for extra in (0, 15, 45):
        _grow(world, extra)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] == counts[2], counts
    assert counts[0] <= 35  # 19 for the report itself; the rest is session, user, header and userbar


def test_participant_record_query_count_is_constant(client, world):
    client = as_(client, world.staff_a)
    client.get(f"/laporan/peserta/{world.u2.pk}/")
    with CaptureQueriesContext(connection) as few:
        client.get(f"/laporan/peserta/{world.u2.pk}/")
    with CaptureQueriesContext(connection) as many:
        client.get(f"/laporan/peserta/{world.u1.pk}/")
    assert len(few) == len(many)


def test_exports_never_carry_a_formula_from_a_name(world):
    from reports.exports import tables_csv, tables_xlsx
    from reports.tables import Table

    table = Table("expiring", "Sertifikat", ["Nama", "Angka"], [['=HYPERLINK("http://x","klik")', -3.5]])
    assert "'=HYPERLINK" in tables_csv([table]).decode("utf-8-sig")
    sheet = load_workbook(io.BytesIO(tables_xlsx([table]))).active
    assert sheet["A3"].value.startswith("'=") and sheet["A3"].data_type == "s" and sheet["B3"].value == -3.5
