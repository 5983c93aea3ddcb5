"""Parsing participant lists (pure: bytes + filename -> rows + problems, no database)."""
import io

import pytest
from openpyxl import Workbook

from cohorts.spreadsheet import parse_participants
from cohorts.spreadsheet_files import MAX_BYTES

HEADER = "nama,no_hp,email,jenis_organisasi,kode_desa\n"


def csv_bytes(*lines, header=HEADER, encoding="utf-8"):
    return (header + "\n".join(lines) + "\n").encode(encoding)


def xlsx_bytes(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def messages(result):
    return {p.line: p.message for p in result.problems}


def test_good_csv_with_indonesian_headers():
    result = parse_participants(csv_bytes(
        "Siti Aminah,0812-3456-7890,Siti@Contoh.test,PATBM/TAPBM,63.71.04.1005",
        "Rahmat Hidayat,+62 813 1111 2222,,satgas_ppa,Sungai Miai",
        "Dewi Lestari,,dewi@contoh.test,Relawan SAPA,"), "peserta.csv")
    assert result.problems == []
    first, second, third = result.rows
    assert (first.line, first.full_name, first.phone, first.email) == (2, "Siti Aminah", "081234567890",
                                                                       "siti@contoh.test")
    assert first.organisation_type == "patbm" and first.village == "63.71.04.1005" and first.village_is_code
    assert second.phone == "081311112222" and second.email is None and second.village == "Sungai Miai"
    assert not second.village_is_code and second.organisation_type == "satgas_ppa"
    assert third.organisation_type == "relawan_sapa" and third.village == ""


def test_english_headers_semicolons_and_bom():
    data = "\ufeffName;Phone;E-mail;Organisation type;Village code\nAni;081234567890;;krppa;63.71.04.1005\n"
    result = parse_participants(data.encode("utf-8"), "list.CSV")
    assert result.problems == [] and result.rows[0].full_name == "Ani" and result.rows[0].organisation_type == "krppa"


def test_good_xlsx_with_numeric_phone():
    data = xlsx_bytes([["Nama Lengkap", "No. HP", "Email", "Jenis Organisasi", "Desa/Kelurahan"],
                       ["Siti Aminah", 81234567890, "siti@contoh.test", "UPTD PPA", "63.71.04.1005"],
                       [None, None, None, None, None],
                       ["Budi Santoso", "081298765432", None, "lainnya", None]])
    result = parse_participants(data, "peserta.xlsx")
    assert result.problems == []
    assert [(r.line, r.full_name, r.phone, r.organisation_type) for r in result.rows] == [
        (2, "Siti Aminah", "081234567890", "uptd_ppa"), (4, "Budi Santoso", "081298765432", "other")]


def test_wrong_columns():
    result = parse_participants(b"foo,bar\n1,2\n", "x.csv")
    assert result.rows == [] and len(result.problems) == 1
    assert result.problems[0].line is None and "Kolom tidak sesuai" in result.problems[0].message
    assert "foo, bar" in result.problems[0].message


def test_row_errors_have_line_numbers_and_reasons():
    result = parse_participants(csv_bytes(
        ",081234567890,,,",  # 2: no name
        "Ani,12345,,,",  # 3: bad phone
        "Budi,,bukan-email,,",  # 4: bad email
        "Cici,,,,",  # 5: no contact
        "Dedi,081211112222,,pramuka,",  # 6: an organisation not in the list is kept as text, not refused
        "Euis,081233334444,,,63.71.4.1005",  # 7: malformed region code
        "Fajar,081255556666,,,63.71.04.1005"), "x.csv")
    found = messages(result)
    assert "Nama kosong" in found[2]
    assert "No HP tidak valid" in found[3]
    assert "Email tidak valid" in found[4]
    assert "Isi no HP atau email" in found[5]
    assert 6 not in found
    assert "Kode desa tidak valid" in found[7]
    assert [r.full_name for r in result.rows] == ["Dedi", "Fajar"]
    assert (result.rows[0].organisation_type, result.rows[0].organisation_name) == ("other", "pramuka")


def test_duplicate_phone_and_email_within_file():
    result = parse_participants(csv_bytes(
        "Ani,0812-1111-2222,ani@contoh.test,,",
        "Ani lagi,+6281211112222,,,",
        "Orang lain,,ANI@contoh.test,,"), "x.csv")
    found = messages(result)
    assert "No HP sama dengan baris 2" in found[3]
    assert "Email sama dengan baris 2" in found[4]
    assert [r.line for r in result.rows] == [2]


@pytest.mark.parametrize("data", [b"", b"   \n\n", HEADER.encode()])
def test_empty_files(data):
    result = parse_participants(data, "x.csv")
    assert result.rows == [] and len(result.problems) == 1 and result.problems[0].line is None


def test_empty_xlsx():
    result = parse_participants(xlsx_bytes([]), "x.xlsx")
    assert result.rows == [] and "kosong" in result.problems[0].message


def test_ten_megabyte_file_rejected_before_parsing(monkeypatch):
    import cohorts.spreadsheet_files as spreadsheet_files

    def must_not_parse(*args):
        raise AssertionError("parsed a file that is too large")

    monkeypatch.setattr(spreadsheet_files, "_read_csv", must_not_parse)
    monkeypatch.setattr(spreadsheet_files, "_read_xlsx", must_not_parse)
    data = csv_bytes(*["Ani,081234567890,,,"] * 10) + b"x" * (10 * 1024 * 1024)
    result = parse_participants(data, "besar.csv")  # must_not_parse above: the content is never read
    assert result.rows == [] and "terlalu besar" in result.problems[0].message
    assert parse_participants(b"x" * (MAX_BYTES + 1), "a.xlsx").problems[0].message.startswith("Berkas terlalu besar")


def test_non_utf8_csv_read_as_windows_1252_and_said_so():
    result = parse_participants(csv_bytes("Zoë Nainggolan,081234567890,,,", encoding="cp1252"), "x.csv")
    assert result.rows[0].full_name == "Zoë Nainggolan"
    assert any("Windows-1252" in note for note in result.notes)


def test_undecodable_csv_is_a_clear_error():
    data = HEADER.encode() + b"Ani\x81\x8d,081234567890,,,\n"
    result = parse_participants(data, "x.csv")
    assert result.rows == [] and "bukan UTF-8" in result.problems[0].message


def test_broken_xlsx_and_unknown_extension():
    assert "tidak dapat dibaca" in parse_participants(b"PK\x03\x04rusak", "x.xlsx").problems[0].message
    assert "tidak didukung" in parse_participants(b"hello", "x.pdf").problems[0].message


# --- lists as agencies make them (issue 9 §5) -----------------------------------------------------------

def test_agency_list_with_title_rows_borders_to_row_2501_and_numbers_as_numbers():
    from .agency_files import agency_xlsx, person

    result = parse_participants(agency_xlsx(30, bordered_to=2501), "DAFTAR PESERTA.xlsx")
    assert result.problems == [] and len(result.rows) == 30
    assert result.header_line == 4 and result.rows[0].line == 5
    first, second = result.rows[0], result.rows[1]
    assert first.phone == "081250000001"  # a number cell that lost its 0
    assert second.phone == "081260000002"  # "+62 (0)812-6000-0002"
    assert (first.sex, second.sex, result.rows[2].sex) == ("P", "P", "L")
    assert first.village == "Kuin Utara" and second.village == "63.71.04.1005"
    assert {r.organisation_name for r in result.rows} >= {"Puspaga Kota Banjarmasin", "Kader Posyandu",
                                                          "LSM Lentera", "DP3A Kota Banjarmasin"}
    types = {r.organisation_name: r.organisation_type for r in result.rows}
    assert types["UPTD PPA Kota Banjarmasin"] == "uptd_ppa" and types["Polresta Banjarmasin"] == "police"
    assert types["Puspaga Kota Banjarmasin"] == "other" and types["LSM Lentera"] == "other"
    used = dict(result.columns_used)
    assert used == {"Nama Lengkap": "nama", "Jenis Kelamin (L/P)": "jenis kelamin", "No. HP/WA": "no HP",
                    "Email": "email", "Instansi/Lembaga": "organisasi/lembaga",
                    "Asal Desa/Kelurahan": "desa/kelurahan"}
    assert result.columns_ignored == ["No.", "NIK"] and result.nik_ignored
    nik = str(person(1)["nik"])
    assert all(nik not in str(value) for row in result.rows for value in vars(row).values())


@pytest.mark.parametrize("phone_header", ["No. HP/WA", "Nomor HP/WA", "No. Telp/HP", "No HP", "Nomor WhatsApp"])
def test_phone_header_variants(phone_header):
    from .agency_files import agency_xlsx

    result = parse_participants(agency_xlsx(3, bordered_to=10, phone_header=phone_header), "x.xlsx")
    assert result.problems == [] and [r.phone for r in result.rows] == ["081250000001", "081260000002",
                                                                        "081250000003"]


def test_unrecognised_sex_is_left_blank_with_a_note():
    result = parse_participants(csv_bytes("Ani,081234567890,,,,X", "Budi,081234567891,,,,Laki-laki",
                                          header="nama,no_hp,email,jenis_organisasi,kode_desa,jenis_kelamin\n"),
                                "x.csv")
    assert [r.sex for r in result.rows] == ["", "L"]
    assert any("Jenis kelamin tidak dikenali di baris 2" in note for note in result.notes)


def test_header_not_found_in_the_top_rows_says_what_was_there():
    result = parse_participants(b"DAFTAR HADIR\nfoo,bar\n1,2\n", "x.csv")
    assert result.rows == [] and "Kolom tidak sesuai" in result.problems[0].message
    assert "DAFTAR HADIR" in result.problems[0].message
