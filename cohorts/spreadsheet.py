"""Reading a participant list (XLSX or CSV) into plain rows and problems: no database, no side effects.

The file itself (formats, encodings, limits) is read by `cohorts.spreadsheet_files`; this module finds the
header and reads the columns. Region codes and desa names are only checked for shape here; `cohorts.services`
resolves them against the region table and matches existing accounts.
"""
from __future__ import annotations

import dataclasses
import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from accounts.models import OrganisationType
from accounts.phone import is_valid_phone, normalize_phone

from .spreadsheet_files import HEADER_SEARCH_LINES, MAX_ROWS, UnreadableFile, read_table

REGION_CODE = re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")

# Canonical column -> header spellings accepted (after `_header_key`).
COLUMNS = {
    "name": ["nama", "nama_lengkap", "nama_peserta", "nama_sesuai_ktp", "nama_lengkap_sesuai_ktp", "name",
             "full_name", "fullname", "nama_peserta_pelatihan"],
    "phone": ["no_hp", "nomor_hp", "hp", "no_telepon", "nomor_telepon", "telepon", "no_wa", "nomor_wa",
              "whatsapp", "phone", "phone_number", "mobile", "no_handphone", "handphone", "no_hp_wa",
              "nomor_hp_wa", "no_telp_hp", "nomor_telp_hp", "no_telp", "nomor_telp", "telp", "hp_wa",
              "no_wa_hp", "no_hp_whatsapp", "nomor_whatsapp", "no_whatsapp", "kontak", "no_kontak"],
    "email": ["email", "e_mail", "surel", "alamat_email", "alamat_e_mail"],
    "organisation_type": ["jenis_organisasi", "organisasi", "jenis_lembaga", "organisation_type",
                          "organization_type", "organisation", "organization", "instansi_lembaga", "instansi",
                          "lembaga", "asal_instansi", "asal_lembaga", "asal_organisasi", "lembaga_instansi",
                          "unsur", "asal_instansi_lembaga", "instansi_organisasi"],
    "village": ["kode_desa", "desa", "kelurahan", "desa_kelurahan", "kode_wilayah", "kode_kelurahan",
                "village", "village_code", "desa_kel", "wilayah", "asal_desa_kelurahan", "asal_desa",
                "asal_kelurahan", "kelurahan_desa", "desa_kelurahan_asal", "asal_desa_kel"],
    "sex": ["jenis_kelamin", "jenis_kelamin_l_p", "jk", "l_p", "kelamin", "sex", "gender", "jns_kelamin"],
}
_ALIASES = {alias: column for column, aliases in COLUMNS.items() for alias in aliases}
# Read and thrown away, never stored: Pelita has no use for a national identity number.
NIK_HEADERS = {"nik", "no_nik", "nomor_nik", "nik_ktp", "no_ktp", "nomor_ktp", "nomor_induk_kependudukan",
               "nik_no_ktp"}
COLUMN_LABELS = {"name": _lazy("nama"), "phone": _lazy("no HP"), "email": _lazy("email"),
                 "organisation_type": _lazy("organisasi/lembaga"), "village": _lazy("desa/kelurahan"),
                 "sex": _lazy("jenis kelamin")}
SEX_VALUES = {"l": "L", "lk": "L", "laki": "L", "laki_laki": "L", "pria": "L", "male": "L", "m": "L",
              "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "female": "P", "f": "P", "w": "P"}
VILLAGE_PREFIX = re.compile(r"^(?:kel(?:urahan)?|desa|ds|dsa)\.?\s+", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Row:
    line: int  # as the spreadsheet numbers it (title rows above the header count too)
    full_name: str
    phone: str | None
    email: str | None
    organisation_type: str
    village: str  # a Kemendagri code ("63.71.04.1005"), a desa name, or ""
    organisation_name: str = ""  # the organisation as written ("Puspaga Kota Banjarmasin"), kept as text
    sex: str = ""  # "L" / "P" / "" (KLA reports count trained people by sex)

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
    header_line: int | None = None
    columns_used: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (header, what it is read as)
    columns_ignored: list[str] = dataclasses.field(default_factory=list)
    nik_ignored: bool = False

    @property
    def file_problems(self) -> list[Problem]:
        return [p for p in self.problems if p.line is None]


def _header_key(value) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(value or "").strip().lower()).strip("_")


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
    try:
        table = read_table(data, filename, result.notes)
    except UnreadableFile as exc:
        result.problems.append(Problem(None, str(exc)))
        return result
    _rows_from_table(table, result)
    return result


def _header_columns(header: list[str]) -> dict[str, int]:
    columns = {}
    for index, title in enumerate(header):
        column = _ALIASES.get(_header_key(title))
        if column and column not in columns:
            columns[column] = index
    return columns


def _find_header(table) -> int | None:
    """Index of the header row: the first of the top rows naming a name column and a contact column."""
    for index, (_line, values) in enumerate(table[:HEADER_SEARCH_LINES]):
        columns = _header_columns(values)
        if "name" in columns and {"phone", "email"} & columns.keys():
            return index
    return None


def _describe_columns(header: list[str], columns: dict[str, int], result: ParseResult) -> None:
    used = {index: column for column, index in columns.items()}
    for index, title in enumerate(header):
        if not title:
            continue
        if index in used:
            result.columns_used.append((title, str(COLUMN_LABELS[used[index]])))
        else:
            result.columns_ignored.append(title)
            if _header_key(title) in NIK_HEADERS:
                result.nik_ignored = True


def _sex(value: str) -> str | None:
    """"L"/"P" for the spellings lists use; "" for blank; None when not recognised."""
    if not value:
        return ""
    return SEX_VALUES.get(_header_key(value))


def _village(value: str) -> str:
    """"Kel. Kuin Utara" / "Desa Sungai Tabuk" -> the village name itself; codes lose their spaces."""
    if REGION_CODE.match(value.replace(" ", "")):
        return value.replace(" ", "")
    return VILLAGE_PREFIX.sub("", value).strip()


_ORGANISATION_WORDS = [  # recognised inside free text: "UPTD PPA Kota Banjarmasin", "Polresta Banjarmasin"
    (re.compile(r"\bsatgas\b"), "satgas_ppa"),
    (re.compile(r"\b(relawan\s+)?sapa\b"), "relawan_sapa"),
    (re.compile(r"\b(patbm|tapbm)\b"), "patbm"),
    (re.compile(r"\bkrppa\b"), "krppa"),
    (re.compile(r"\buptd\b"), "uptd_ppa"),
    (re.compile(r"\b(obh|lbh|pbh|posbakum|bantuan hukum)\b"), "obh"),
    (re.compile(r"\b(polri|polres|polresta|polrestabes|polsek|polda|kepolisian|unit ppa)\b"), "police"),
    (re.compile(r"\b(sekolah|sdn?|smpn?|sman?|smkn?|mis?|mts[ns]?|man?)\b"), "school"),
]


def organisation_type_for(text: str, known: dict[str, str]) -> str:
    """The organisation type a free-text organisation names, or "other": a person is never refused for it."""
    lowered = " ".join(text.lower().split())
    if lowered in known:
        return known[lowered]
    for pattern, value in _ORGANISATION_WORDS:
        if pattern.search(lowered):
            return value
    return "other"


def _rows_from_table(table, result: ParseResult) -> None:
    if not table:
        result.problems.append(Problem(None, _("Berkas kosong.")))
        return
    start = _find_header(table)
    if start is None:
        found = " | ".join(", ".join(h for h in values if h) for _line, values in table[:3]) or "-"
        result.problems.append(Problem(None, _(
            "Kolom tidak sesuai. Judul kolom tidak ditemukan di %(n)d baris teratas: perlu kolom nama dan salah "
            "satu dari no HP/email (juga dikenali: jenis kelamin, instansi/lembaga, desa/kelurahan). "
            "Isi baris teratas: %(found)s.") % {"n": HEADER_SEARCH_LINES, "found": found}))
        return
    header_line, header = table[start]
    columns = _header_columns(header)
    result.header_line = header_line
    _describe_columns(header, columns, result)
    body = table[start + 1:]
    if not body:
        result.problems.append(Problem(None, _("Berkas hanya berisi judul kolom, belum ada peserta.")))
        return
    if len(body) > MAX_ROWS:
        result.problems.append(Problem(None, _("Terlalu banyak baris (lebih dari %(n)d peserta).")
                                       % {"n": MAX_ROWS}))
        return
    unknown_sex: list[int] = []
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
        raw_org = get(values, "organisation_type")[:200]
        organisation_type = organisation_type_for(raw_org, org_types) if raw_org else ""
        sex = _sex(get(values, "sex"))
        if sex is None:
            unknown_sex.append(line)
            sex = ""
        village = get(values, "village")
        if village and re.match(r"^[\d.\s]+$", village) and not REGION_CODE.match(village.replace(" ", "")):
            errors.append(_("kode desa tidak valid (%(value)s); contoh 63.71.04.1005") % {"value": village})
        village = _village(village)
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
                               organisation_type=organisation_type, village=village,
                               organisation_name=raw_org, sex=sex))
    if unknown_sex:
        listed = ", ".join(str(n) for n in unknown_sex[:10]) + (" …" if len(unknown_sex) > 10 else "")
        result.notes.append(_("Jenis kelamin tidak dikenali di baris %(lines)s (isi L atau P); dibiarkan kosong.")
                            % {"lines": listed})
