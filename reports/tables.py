"""The dashboard's tables as plain data, so the page, the CSV and the XLSX show the very same rows. No ORM here."""
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from accounts.models import OrganisationType, Sex


@dataclass
class Table:
    key: str
    title: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)
    link_column: int | None = None  # a region code column the page turns into a drill-down link

    @property
    def numeric_columns(self) -> set[int]:
        """Columns holding numbers: their heading and every cell (a dash for none included) align right."""
        return {i for row in self.rows for i, cell in enumerate(row)
                if isinstance(cell, (int, float)) and not isinstance(cell, bool)}


def one_decimal(value) -> float | None:
    return None if value is None else round(float(value), 1)


def _rows(rows, row_cells) -> list[list] | object:
    """`row_cells` of every row: a list for a list, a generator for an iterator (an export read in chunks)."""
    cells = (row_cells(row) for row in rows)
    return list(cells) if isinstance(rows, list) else cells


def _region_rows(rows: list[dict]) -> list[list]:
    return [[row["key"] or "", row["name"] or _("(tanpa wilayah)"), row["participants"], row["completed"],
             row["certified"]] for row in rows]


def organisation_label(value: str) -> str:
    return str(OrganisationType(value).label) if value in OrganisationType.values else _("(tidak diisi)")


def sex_label(value: str) -> str:
    return str(Sex(value).label) if value in Sex.values else _("(tidak diisi)")


def dashboard_tables(data: dict) -> list[Table]:
    """Every table of the dashboard, in page order. `data` is `selectors.report_dashboard(...)`."""
    headline = data["headline"]
    counts = [_("Peserta"), _("Pendaftaran selesai"), _("Bersertifikat")]
    return [
        Table("summary", _("Ringkasan"), [_("Ukuran"), _("Jumlah")], [
            [_("Peserta (orang terdaftar)"), headline["participants"]],
            [_("Pendaftaran kursus selesai"), headline["completed"]],
            [_("Bersertifikat (orang, sertifikat berlaku)"), headline["certified"]],
            [_("Sertifikat berakhir dalam 90 hari"), headline["expiring"]],
        ]),
        Table("regency", _("Per kabupaten/kota"), [_("Kode"), _("Kabupaten/kota"), *counts],
              _region_rows(data["by_regency"]), link_column=0),
        Table("district", _("Per kecamatan"), [_("Kode"), _("Kecamatan"), *counts],
              _region_rows(data["by_district"]), link_column=0),
        Table("village", _("Per desa/kelurahan"), [_("Kode"), _("Desa/kelurahan"), *counts],
              _region_rows(data["by_village"])),
        Table("organisation", _("Per jenis organisasi"), [_("Jenis organisasi"), *counts],
              [[organisation_label(row["organisation_type"]), row["participants"], row["completed"],
                row["certified"]] for row in data["by_organisation_type"]]),
        Table("sex", _("Per jenis kelamin"), [_("Jenis kelamin"), *counts],
              [[sex_label(row["sex"]), row["participants"], row["completed"], row["certified"]]
               for row in data["by_sex"]]),
        Table("events", _("Kemajuan per pelatihan"),
              [_("Pelatihan"), _("Kursus"), _("Penyelenggara"), _("Mulai"), _("Peserta"), _("Sesi"),
               _("Rata-rata kehadiran (%)"), _("Selesai"), _("Bersertifikat")],
              [[row["title"], row["course__title"], row["organiser__name"], row["start_date"],
                row["participant_count"], row["session_count"], one_decimal(row["attendance_percent"]),
                row["completed_count"], row["certified_count"]] for row in data["events"]]),
        Table("gain", _("Pre-test dan post-test per pelatihan"),
              [_("Pelatihan"), _("Mulai"), _("Rata-rata pre-test (%)"), _("Rata-rata post-test (%)"),
               _("Peningkatan (poin)"), _("n")],
              [[row["event__title"], row["event__start_date"], one_decimal(row["average_pre"]),
                one_decimal(row["average_post"]), one_decimal(row["gain"]), row["n"]] for row in data["gain"]]),
        Table("expiring", _("Sertifikat berakhir dalam 90 hari"),
              [_("Nomor"), _("Nama"), _("Kursus"), _("Penerbit"), _("Berlaku sampai")],
              _rows(data["expiring"], lambda row: [row["number"], row["holder_name"], row["course_title"],
                                                   row["agency__name"], row["expires_on"]])),
    ]


def bar_chart(rows: list[dict], label_key: str, series: list[tuple[str, str]], label=None) -> dict:
    """Horizontal bars, widths in % of the largest value of all series (drawn as CSS bars, numbers beside)."""
    largest = max([row[key] for row in rows for key, _title in series] or [0]) or 1
    return {
        "series": [{"key": key, "title": title} for key, title in series],
        "rows": [{"label": label(row) if label else row[label_key],
                  "bars": [{"key": key, "title": title, "value": row[key], "width": round(100 * row[key] / largest, 1)}
                           for key, title in series]} for row in rows],
    }
