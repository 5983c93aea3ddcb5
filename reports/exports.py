"""CSV and XLSX files of the dashboard's tables (the same `tables.Table` rows the page shows). No ORM here.

Both are written a row at a time: the CSV as lines for a streaming response, the XLSX with openpyxl's
write-only mode into a temporary file; a table's rows may be an iterator (the exports' list of expiring
certificates is read from the database in chunks).
"""
import datetime as dt
import tempfile
from collections.abc import Iterator
from itertools import chain, islice

from core.spreadsheets import csv_writer, safe_cell

from .tables import Table

WIDTH_SAMPLE = 200  # rows read ahead to size an XLSX column
SPOOL_BYTES = 4 * 1024 * 1024  # an XLSX larger than this is written to disk rather than kept in memory


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(safe_cell(value))


class _Line:
    """A file that hands back what `csv.writer` wrote to it, one row at a time."""

    def write(self, text: str) -> str:
        return text


def csv_lines(tables: list[Table], *, heading: list[str] = ()) -> Iterator[bytes]:
    """One CSV with a section per table (title row, header row, rows, blank line), line by line; UTF-8 with
    a BOM so spreadsheet programs read Indonesian names correctly."""
    writer = csv_writer(_Line())
    yield "\ufeff".encode("utf-8")
    rows = chain([[line] for line in heading], [[]] if heading else [])
    for table in tables:
        rows = chain(rows, [[table.title], table.headers], ([_cell(v) for v in row] for row in table.rows), [[]])
    for row in rows:
        yield writer.writerow(row).encode("utf-8")


def tables_csv(tables: list[Table], *, heading: list[str] = ()) -> bytes:
    return b"".join(csv_lines(tables, heading=heading))


def _cells(sheet, values, font=None) -> list:
    """Write-only cells for one row: text neutralised, dates formatted as dates, `font` if given."""
    from openpyxl.cell import WriteOnlyCell

    out = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=safe_cell(value))
        if font:
            cell.font = font
        if isinstance(value, dt.date):
            cell.number_format = "yyyy-mm-dd"
        out.append(cell)
    return out


def xlsx_file(tables: list[Table], *, heading: list[str] = ()):
    """One worksheet per table, with the filters written above it: a file object positioned at its start."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    workbook = Workbook(write_only=True)
    for table in tables:
        sheet = workbook.create_sheet(title=table.title[:31].replace("/", "-"))
        if isinstance(table.rows, list):
            rows, sample = table.rows, table.rows[:WIDTH_SAMPLE]
        else:
            rest = iter(table.rows)
            sample = list(islice(rest, WIDTH_SAMPLE))
            rows = chain(sample, rest)
        for column, header in enumerate(table.headers, start=1):
            width = max([len(str(header))] + [len(_cell(row[column - 1])) for row in sample])
            sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, 60)
        for line in heading:
            sheet.append(_cells(sheet, [line]))
        sheet.append(_cells(sheet, [table.title], bold))
        sheet.append(_cells(sheet, table.headers, bold))
        for row in rows:
            sheet.append(_cells(sheet, row))
    out = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
    workbook.save(out)
    out.seek(0)
    return out


def tables_xlsx(tables: list[Table], *, heading: list[str] = ()) -> bytes:
    return xlsx_file(tables, heading=heading).read()
