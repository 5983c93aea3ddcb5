"""Parsing participant lists (pure: bytes + filename -> rows + problems, no database)."""
import io

import pytest
from openpyxl import Workbook

from cohorts.spreadsheet import MAX_BYTES, parse_participants

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
        "Dedi,081211112222,,pramuka,",  # 6: unknown organisation type
        "Euis,081233334444,,,63.71.4.1005",  # 7: malformed region code
        "Fajar,081255556666,,,63.71.04.1005"), "x.csv")
    found = messages(result)
    assert "Nama kosong" in found[2]
    assert "No HP tidak valid" in found[3]
    assert "Email tidak valid" in found[4]
    assert "Isi no HP atau email" in found[5]
    assert "Jenis organisasi tidak dikenal (pramuka)" in found[6]
    assert "Kode desa tidak valid" in found[7]
    assert [r.full_name for r in result.rows] == ["Fajar"]


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
    import cohorts.spreadsheet as spreadsheet

    def must_not_parse(*args):
        raise AssertionError("parsed a file that is too large")

    monkeypatch.setattr(spreadsheet, "_read_csv", must_not_parse)
    monkeypatch.setattr(spreadsheet, "_read_xlsx", must_not_parse)
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
