"""Reading a participant list (XLSX or CSV) into plain rows and problems: no database, no side effects.

Region codes and desa names are only checked for shape here; `cohorts.services` resolves them against the
region table and matches existing accounts.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime
import io
import re
import zipfile
import zlib

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.models import OrganisationType
from accounts.phone import is_valid_phone, normalize_phone

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000  # a workshop has tens of people; this bounds an XLSX that unpacks into millions of rows
# An XLSX is a zip: 510 KB can unpack into a 200 MB shared-strings table that openpyxl loads whole (117 s,
# 1.9 GB). 2000 real rows unpack into well under 5 MB, so the members are measured (by decompressing, not
# by trusting their headers) before openpyxl sees the file.
MAX_UNPACKED_BYTES = 25 * 1024 * 1024
MAX_MEMBERS = 200
MAX_CELL_CHARS = 500  # no column needs more (names are at most 150); longer text is cut before any parsing
REGION_CODE = re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")

# Canonical column -> header spellings accepted (after `_header_key`).
COLUMNS = {
    "name": ["nama", "nama_lengkap", "nama_peserta", "nama_sesuai_ktp", "name", "full_name", "fullname"],
    "phone": ["no_hp", "nomor_hp", "hp", "no_telepon", "nomor_telepon", "telepon", "no_wa", "nomor_wa",
              "whatsapp", "phone", "phone_number", "mobile", "no_handphone", "handphone"],
    "email": ["email", "e_mail", "surel", "alamat_email"],
    "organisation_type": ["jenis_organisasi", "organisasi", "jenis_lembaga", "organisation_type",
                          "organization_type", "organisation", "organization"],
    "village": ["kode_desa", "desa", "kelurahan", "desa_kelurahan", "kode_wilayah", "kode_kelurahan",
                "village", "village_code", "desa_kel", "wilayah"],
}
_ALIASES = {alias: column for column, aliases in COLUMNS.items() for alias in aliases}


@dataclasses.dataclass(frozen=True)
class Row:
    line: int  # as the spreadsheet numbers it: the header is line 1
    full_name: str
    phone: str | None
    email: str | None
    organisation_type: str
    village: str  # a Kemendagri code ("63.71.04.1005"), a desa name, or ""

    @property
    def village_is_code(self) -> bool:
        return bool(REGION_CODE.match(self.village))


@dataclasses.dataclass(frozen=True)
class Problem:
    line: int | None  # None: about the whole file
    message: str


@dataclasses.dataclass
class ParseResult:
    rows: list[Row] = dataclasses.field(default_factory=list)
    problems: list[Problem] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)  # e.g. the encoding a CSV was read with

    @property
    def file_problems(self) -> list[Problem]:
        return [p for p in self.problems if p.line is None]


def _header_key(value) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(value or "").strip().lower()).strip("_")


def _cell(value) -> str:
    """Excel hands numbers back as int/float (a phone typed without its leading 0 becomes 81234567890.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return " ".join(str(value)[:MAX_CELL_CHARS].split())


def organisation_types() -> dict[str, str]:
    """Spellings accepted for an organisation type -> its stored value (values and Indonesian labels)."""
    accepted = {}
    with translation.override("id"):
        for value, label in OrganisationType.choices:
            label = str(label).lower()
            accepted[value] = value
            accepted[value.replace("_", " ")] = value
            accepted[label] = value
            for part in label.split("/"):  # "PATBM/TAPBM" also accepts "patbm" and "tapbm"
                accepted.setdefault(part.strip(), value)
    return accepted


def parse_participants(data: bytes, filename: str) -> ParseResult:
    """Parse an uploaded participant list. Rows with problems are left out of `rows`."""
    result = ParseResult()
    if len(data) > MAX_BYTES:
        result.problems.append(Problem(None, file_too_large_message(len(data))))
        return result
    if not data.strip():
        result.problems.append(Problem(None, _("Berkas kosong.")))
        return result
    name = (filename or "").lower()
    if name.endswith(".xlsx") or data[:4] == b"PK\x03\x04":
        table = _read_xlsx(data, result)
    elif name.endswith((".csv", ".txt")):
        table = _read_csv(data, result)
    else:
        result.problems.append(Problem(None, _("Jenis berkas tidak didukung. Unggah berkas .xlsx atau .csv.")))
        return result
    if table is None:
        return result
    _rows_from_table(table, result)
    return result


def file_too_large_message(size: int) -> str:
    return _("Berkas terlalu besar (%(size).1f MB). Batasnya %(limit)d MB.") % {
        "size": size / 1024 / 1024, "limit": MAX_BYTES // 1024 // 1024}


def xlsx_unpacked_size(data: bytes, *, limit: int = MAX_UNPACKED_BYTES) -> int:
    """Bytes the zip's members unpack into, counted while decompressing and stopping past `limit`.

    Raises zipfile.BadZipFile for something that is not a zip. Headers can lie about sizes, so they
    are not trusted: each member is inflated in chunks until the running total passes the limit.
    """
    total = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            return limit + 1
        if sum(member.file_size for member in members) > limit:
            return sum(member.file_size for member in members)
        for member in members:
            with archive.open(member) as handle:
                while chunk := handle.read(1024 * 1024):
                    total += len(chunk)
                    if total > limit:
                        return total
    return total


def _read_xlsx(data: bytes, result: ParseResult) -> list[tuple[int, list[str]]] | None:
    from openpyxl import load_workbook

    try:
        unpacked = xlsx_unpacked_size(data)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, ValueError, OSError,
            EOFError):
        unpacked = None
    if unpacked is None:
        result.problems.append(Problem(None, _("Berkas XLSX tidak dapat dibaca. Simpan ulang dari Excel atau "
                                               "unggah sebagai CSV.")))
        return None
    if unpacked > MAX_UNPACKED_BYTES:
        result.problems.append(Problem(None, _(
            "Isi berkas XLSX terlalu besar setelah dibuka (lebih dari %(limit)d MB), jauh melebihi daftar "
            "peserta biasa. Hapus lembar dan kolom yang tidak perlu, atau unggah sebagai CSV.")
            % {"limit": MAX_UNPACKED_BYTES // 1024 // 1024}))
        return None
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        result.problems.append(Problem(None, _("Berkas XLSX tidak dapat dibaca. Simpan ulang dari Excel atau "
                                               "unggah sebagai CSV.")))
        return None
    try:
        sheet = workbook.worksheets[0]
        table = []
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if line > MAX_ROWS + 1:
                result.problems.append(Problem(None, _("Terlalu banyak baris (lebih dari %(n)d peserta).")
                                               % {"n": MAX_ROWS}))
                return None
            table.append((line, [_cell(v) for v in values]))
        return table
    finally:
        workbook.close()


def _read_csv(data: bytes, result: ParseResult) -> list[tuple[int, list[str]]] | None:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            result.problems.append(Problem(None, _("Berkas CSV bukan UTF-8. Di Excel pilih Simpan Sebagai > "
                                                   "CSV UTF-8, lalu unggah ulang.")))
            return None
        result.notes.append(_("Berkas CSV bukan UTF-8; dibaca sebagai Windows-1252. Periksa ejaan nama "
                              "yang memakai huruf khusus."))
    if "\x00" in text:
        result.problems.append(Problem(None, _("Berkas CSV tidak dapat dibaca (berisi karakter biner).")))
        return None
    first_line = text.split("\n", 1)[0]
    # Excel in Indonesian locales saves CSV with semicolons.
    delimiter = max([",", ";", "\t"], key=first_line.count)
    table = []
    try:
        for line, values in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
            if line > MAX_ROWS + 1:
                result.problems.append(Problem(None, _("Terlalu banyak baris (lebih dari %(n)d peserta).")
                                               % {"n": MAX_ROWS}))
                return None
            table.append((line, [_cell(v) for v in values]))
    except csv.Error:
        result.problems.append(Problem(None, _("Berkas CSV tidak dapat dibaca. Periksa tanda kutipnya.")))
        return None
    return table


def _rows_from_table(table, result: ParseResult) -> None:
    table = [(line, values) for line, values in table if any(values)]
    if not table:
        result.problems.append(Problem(None, _("Berkas kosong.")))
        return
    header_line, header = table[0]
    columns = {}
    for index, title in enumerate(header):
        column = _ALIASES.get(_header_key(title))
        if column and column not in columns:
            columns[column] = index
    if "name" not in columns or not ({"phone", "email"} & columns.keys()):
        found = ", ".join(h for h in header if h) or "-"
        result.problems.append(Problem(None, _(
            "Kolom tidak sesuai. Baris pertama harus berisi judul kolom: nama, no_hp, email, jenis_organisasi, "
            "kode_desa (nama dan salah satu dari no_hp/email wajib). Kolom yang ditemukan: %(found)s.")
            % {"found": found}))
        return
    body = table[1:]
    if not body:
        result.problems.append(Problem(None, _("Berkas hanya berisi judul kolom, belum ada peserta.")))
        return
    org_types = organisation_types()
    seen_phones: dict[str, int] = {}
    seen_emails: dict[str, int] = {}

    def get(values, column):
        index = columns.get(column)
        return values[index] if index is not None and index < len(values) else ""

    for line, values in body:
        errors = []
        full_name = get(values, "name")
        if not full_name:
            errors.append(_("nama kosong"))
        elif len(full_name) > 150:
            errors.append(_("nama lebih dari 150 huruf"))
        raw_phone, raw_email = get(values, "phone"), get(values, "email").lower()
        phone = normalize_phone(raw_phone) if raw_phone else None
        if raw_phone and not is_valid_phone(phone):
            errors.append(_("no HP tidak valid (%(value)s); contoh 081234567890") % {"value": raw_phone})
            phone = None
        email = raw_email or None
        if email:
            try:
                validate_email(email)
            except ValidationError:
                errors.append(_("email tidak valid (%(value)s)") % {"value": raw_email})
                email = None
        if not raw_phone and not raw_email:
            errors.append(_("isi no HP atau email"))
        if phone and phone in seen_phones:
            errors.append(_("no HP sama dengan baris %(line)d") % {"line": seen_phones[phone]})
        if email and email in seen_emails:
            errors.append(_("email sama dengan baris %(line)d") % {"line": seen_emails[email]})
        raw_org = get(values, "organisation_type")
        organisation_type = ""
        if raw_org:
            organisation_type = org_types.get(raw_org.lower(), "")
            if not organisation_type:
                errors.append(_("jenis organisasi tidak dikenal (%(value)s)") % {"value": raw_org})
        village = get(values, "village")
        if village and re.match(r"^[\d.\s]+$", village) and not REGION_CODE.match(village.replace(" ", "")):
            errors.append(_("kode desa tidak valid (%(value)s); contoh 63.71.04.1005") % {"value": village})
        village = village.replace(" ", "") if REGION_CODE.match(village.replace(" ", "")) else village
        # Remember contacts even on a bad row, so a later copy of it is reported as a duplicate too.
        if phone:
            seen_phones.setdefault(phone, line)
        if email:
            seen_emails.setdefault(email, line)
        if errors:
            message = "; ".join(errors)
            result.problems.append(Problem(line, message[:1].upper() + message[1:]))
            continue
        result.rows.append(Row(line=line, full_name=full_name, phone=phone, email=email,
                               organisation_type=organisation_type, village=village))
