"""An XLSX that unpacks into hundreds of megabytes is refused before openpyxl opens it; long cells are cut."""
import io
import time
import tracemalloc
import zipfile

from openpyxl import Workbook

from cohorts.spreadsheet import parse_participants
from cohorts.spreadsheet_files import MAX_BYTES, MAX_UNPACKED_BYTES

BOMB_MB = 64  # the reported file held 200 MB; anything past the limit takes the same path


def small_xlsx(rows) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def bomb_xlsx(megabytes: int = BOMB_MB) -> bytes:
    """A real workbook whose shared-strings table is inflated to `megabytes` of one repeated string."""
    source = zipfile.ZipFile(io.BytesIO(small_xlsx([["nama", "no_hp"], ["Siti", "081234567890"]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for item in source.infolist():
            if item.filename != "xl/sharedStrings.xml":
                bomb.writestr(item, source.read(item.filename))
        with bomb.open("xl/sharedStrings.xml", "w") as handle:
            handle.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
                         b'spreadsheetml/2006/main"><si><t>')
            block = b"A" * (1024 * 1024)
            for _ in range(megabytes):
                handle.write(block)
            handle.write(b"</t></si></sst>")
    return out.getvalue()


def test_bomb_is_small_on_disk_but_refused_quickly_with_a_clear_message():
    data = bomb_xlsx()
    assert len(data) < MAX_BYTES  # passes the upload size check: only the unpacked size gives it away
    tracemalloc.start()
    started = time.perf_counter()
    result = parse_participants(data, "peserta.xlsx")
    elapsed = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.rows == []
    [problem] = result.file_problems
    assert "terlalu besar setelah dibuka" in problem.message
    # Not a speed assertion: a bound far above the measured figure, far below openpyxl loading the table.
    assert peak < 3 * MAX_UNPACKED_BYTES, (elapsed, peak)


def test_lying_zip_headers_are_not_trusted():
    """A member whose header claims a few bytes still counts for what it inflates into."""
    data = bytearray(bomb_xlsx(megabytes=MAX_UNPACKED_BYTES // 1024 // 1024 + 2))
    # Rewrite every "uncompressed size" field of the central directory to 1 byte.
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        data[offset + 24:offset + 28] = (1).to_bytes(4, "little")
        offset = data.find(b"PK\x01\x02", offset + 4)
    assert archive  # the original parsed; the patched one must not get through either
    result = parse_participants(bytes(data), "peserta.xlsx")
    assert result.rows == [] and result.file_problems


def test_very_long_cells_are_cut_before_parsing():
    """A 200 000-character cell is cut to a few hundred before it is parsed or echoed in the preview."""
    junk = "9" * 200_000
    result = parse_participants(small_xlsx([["nama", "no_hp"], ["Siti", junk]]), "peserta.xlsx")
    assert result.rows == []
    [problem] = result.problems
    assert "HP tidak valid" in problem.message and len(problem.message) < 1000


def test_an_ordinary_list_still_imports():
    rows = [["nama", "no_hp"]] + [[f"Peserta {i}", f"0812{i:08d}"] for i in range(500)]
    result = parse_participants(small_xlsx(rows), "peserta.xlsx")
    assert result.problems == [] and len(result.rows) == 500
