"""Cells for exported CSV and XLSX files: text a spreadsheet program must show, never run as a formula.

Every export in Pelita passes its values through `safe_cell` / `safe_row` (OWASP "CSV injection"): a name
typed as ``=HYPERLINK("http://…","klik")`` at registration must reach the trainer's Excel as text.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable

# Spreadsheet programs start a formula with these (tab and CR too, after some importers strip them).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_CHARS = 32_767  # Excel's own limit per cell


def safe_cell(value):
    """`value` unchanged unless it is text a spreadsheet would run; such text gets a leading apostrophe.

    Numbers, dates and booleans stay typed (a score of -5 is a number, not a formula).
    """
    if isinstance(value, str):
        if value.startswith(FORMULA_STARTS):
            value = "'" + value
        return value[:MAX_CELL_CHARS]
    return value


def safe_row(values: Iterable) -> list:
    return [safe_cell(value) for value in values]


class SafeCsvWriter:
    """`csv.writer` whose every cell went through `safe_cell`."""

    def __init__(self, stream, **kwargs):
        self._writer = csv.writer(stream, **kwargs)

    def writerow(self, row: Iterable):
        return self._writer.writerow(safe_row(row))

    def writerows(self, rows: Iterable[Iterable]):
        for row in rows:
            self.writerow(row)


def csv_writer(stream, **kwargs) -> SafeCsvWriter:
    return SafeCsvWriter(stream, **kwargs)


def safe_csv_bytes(rows: Iterable[Iterable]) -> bytes:
    """UTF-8 with a BOM, so spreadsheet programs read Indonesian names correctly."""
    out = io.StringIO()
    csv_writer(out).writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def safe_workbook_append(sheet, values: Iterable) -> None:
    """`sheet.append(...)` for an openpyxl worksheet, with every text cell neutralised."""
    sheet.append(safe_row(values))
