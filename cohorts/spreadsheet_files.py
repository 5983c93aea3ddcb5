"""Reading an uploaded XLSX or CSV into numbered rows of text cells, within limits a hostile file cannot pass
(size, zip bombs, endless empty lines, too many rows). What the columns mean is `cohorts.spreadsheet`'s job.
"""
import csv
import datetime
import io
import zipfile
import zlib

from django.utils.translation import gettext as _

MAX_BYTES = 5 * 1024 * 1024
# People per list: a province-wide roll-out reaches tens of thousands; larger lists import in the background.
MAX_ROWS = 20_000
# Lines read at most, empty ones included: agencies draw borders far below the last name (row 2,501 for 30
# people), and those empty formatted rows must not count, but a sheet cannot make us read forever either.
MAX_LINES = 200_000
HEADER_SEARCH_LINES = 20  # title rows ("DAFTAR PESERTA PELATIHAN ...") sit above the header
# An XLSX is a zip: 510 KB can unpack into a 200 MB shared-strings table that openpyxl loads whole (117 s,
# 1.9 GB). 20,000 real rows unpack into well under 25 MB, so the members are measured (by decompressing, not
# by trusting their headers) before openpyxl sees the file.
MAX_UNPACKED_BYTES = 25 * 1024 * 1024
MAX_MEMBERS = 200
MAX_CELL_CHARS = 500  # no column needs more (names are at most 150); longer text is cut before any parsing

Table = list[tuple[int, list[str]]]  # (line number as the spreadsheet shows it, cells)


class UnreadableFile(Exception):
    """The file cannot be read as a participant list; the message (Indonesian) says why and what to do."""


def read_table(data: bytes, filename: str, notes: list[str]) -> Table:
    """The non-empty rows of the first sheet (XLSX) or of the CSV; remarks on how it was read go to `notes`."""
    if len(data) > MAX_BYTES:
        raise UnreadableFile(file_too_large_message(len(data)))
    if not data.strip():
        raise UnreadableFile(_("Berkas kosong."))
    name = (filename or "").lower()
    if name.endswith(".xlsx") or data[:4] == b"PK\x03\x04":
        return _read_xlsx(data, notes)
    if name.endswith((".csv", ".txt")):
        return _read_csv(data, notes)
    raise UnreadableFile(_("Jenis berkas tidak didukung. Unggah berkas .xlsx atau .csv."))


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


def _read_xlsx(data: bytes, notes: list[str]) -> Table:
    from openpyxl import load_workbook

    unreadable = UnreadableFile(_("Berkas XLSX tidak dapat dibaca. Simpan ulang dari Excel atau "
                                  "unggah sebagai CSV."))
    try:
        unpacked = xlsx_unpacked_size(data)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, ValueError, OSError,
            EOFError):
        raise unreadable from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise UnreadableFile(_(
            "Isi berkas XLSX terlalu besar setelah dibuka (lebih dari %(limit)d MB), jauh melebihi daftar "
            "peserta biasa. Hapus lembar dan kolom yang tidak perlu, atau unggah sebagai CSV.")
            % {"limit": MAX_UNPACKED_BYTES // 1024 // 1024})
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        raise unreadable from None
    try:
        sheet = workbook.worksheets[0]
        return _collect(enumerate(sheet.iter_rows(values_only=True), start=1))
    finally:
        workbook.close()


def _read_csv(data: bytes, notes: list[str]) -> Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise UnreadableFile(_("Berkas CSV bukan UTF-8. Di Excel pilih Simpan Sebagai > "
                                   "CSV UTF-8, lalu unggah ulang.")) from None
        notes.append(_("Berkas CSV bukan UTF-8; dibaca sebagai Windows-1252. Periksa ejaan nama "
                       "yang memakai huruf khusus."))
    if "\x00" in text:
        raise UnreadableFile(_("Berkas CSV tidak dapat dibaca (berisi karakter biner)."))
    first_line = text.split("\n", 1)[0]
    # Excel in Indonesian locales saves CSV with semicolons.
    delimiter = max([",", ";", "\t"], key=first_line.count)
    try:
        return _collect(enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1))
    except csv.Error:
        raise UnreadableFile(_("Berkas CSV tidak dapat dibaca. Periksa tanda kutipnya.")) from None


def _collect(numbered_rows) -> Table:
    """Non-empty rows with their line numbers. Empty rows (borders drawn far below the list) are skipped
    and do not count toward the limit; title rows and the header count as a few rows more."""
    table = []
    for line, values in numbered_rows:
        if line > MAX_LINES:
            raise UnreadableFile(_("Lembar kerja terlalu panjang (lebih dari %(n)d baris). "
                                   "Hapus baris kosong di bawah daftar, lalu unggah ulang.") % {"n": MAX_LINES})
        cells = [_cell(v) for v in values]
        if not any(cells):
            continue
        if len(table) > MAX_ROWS + HEADER_SEARCH_LINES:
            raise UnreadableFile(_("Terlalu banyak baris (lebih dari %(n)d peserta).") % {"n": MAX_ROWS})
        table.append((line, cells))
    return table


def _cell(value) -> str:
    """Excel hands numbers back as int/float (a phone typed without its leading 0 becomes 81234567890.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return " ".join(str(value)[:MAX_CELL_CHARS].split())
