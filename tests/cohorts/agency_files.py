"""Participant lists built the way agencies make them in Excel: title rows above a merged header, a "No"
column, NIK and phone typed as numbers (the phone loses its leading 0), free-text organisations, "L"/"P",
"Kel. ..." villages, and borders drawn far below the last name."""
import io

from openpyxl import Workbook
from openpyxl.styles import Border, Font, Side

ORGANISATIONS = ["Puspaga Kota Banjarmasin", "Kader Posyandu", "LSM Lentera", "DP3A Kota Banjarmasin",
                 "UPTD PPA Kota Banjarmasin", "Polresta Banjarmasin"]


def person(i: int) -> dict:
    return {
        "name": f"Peserta Lapangan {i:03d}",
        "nik": 6371010101900000 + i,  # a number cell, as Excel keeps it
        "sex": "P" if i % 3 else "L",
        # the phone typed as a number: 081250000001 becomes 81250000001
        "phone": 81250000000 + i if i % 2 else f"+62 (0)812-6000-{i:04d}",
        "organisation": ORGANISATIONS[i % len(ORGANISATIONS)],
        "village": "Kel. Kuin Utara" if i % 2 else "63.71.04.1005",
    }


def agency_xlsx(people: int = 30, *, bordered_to: int = 2501, phone_header: str = "No. HP/WA",
                village_header: str = "Asal Desa/Kelurahan", organisation_header: str = "Instansi/Lembaga") -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Daftar Peserta"
    sheet["A1"] = "DAFTAR PESERTA PELATIHAN PARALEGAL PERLINDUNGAN PEREMPUAN DAN ANAK"
    sheet.merge_cells("A1:H1")
    sheet["A2"] = "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KOTA BANJARMASIN TAHUN 2026"
    sheet.merge_cells("A2:H2")
    sheet["A1"].font = sheet["A2"].font = Font(bold=True)
    header = ["No.", "Nama Lengkap", "NIK", "Jenis Kelamin (L/P)", phone_header, "Email", organisation_header,
              village_header]
    for column, title in enumerate(header, start=1):
        sheet.cell(row=4, column=column, value=title).font = Font(bold=True)
    for i in range(1, people + 1):
        p = person(i)
        sheet.append([i, p["name"], p["nik"], p["sex"], p["phone"], None, p["organisation"], p["village"]])
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for row in range(4, bordered_to + 1):  # the table's borders drawn well past the last person
        for column in range(1, len(header) + 1):
            sheet.cell(row=row, column=column).border = border
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
