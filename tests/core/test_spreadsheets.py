"""The one export helper: text that would run as a formula becomes text; numbers and dates stay typed."""
import datetime
import io

import pytest
from openpyxl import Workbook, load_workbook

from core.spreadsheets import csv_writer, safe_cell, safe_csv_bytes, safe_workbook_append

DANGEROUS = ['=HYPERLINK("http://x.test","klik")', "+62 812", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_formula_starts_are_neutralised(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", [-3.5, 0, 7, None, True, datetime.date(2024, 8, 12), "Siti Aminah", ""])
def test_other_values_unchanged(value):
    assert safe_cell(value) == value


def test_csv_writer_and_bytes():
    out = io.StringIO()
    csv_writer(out).writerow(['=HYPERLINK("http://x.test","klik")', -1])
    assert out.getvalue().startswith("\"'=HYPERLINK(")
    assert safe_csv_bytes([["@cmd"]]).decode("utf-8-sig").startswith("'@cmd")


def test_workbook_cells_are_text_not_formulas():
    workbook = Workbook()
    safe_workbook_append(workbook.active, ['=HYPERLINK("http://x.test","klik")', -3.5])
    buffer = io.BytesIO()
    workbook.save(buffer)
    sheet = load_workbook(io.BytesIO(buffer.getvalue())).active
    assert sheet["A1"].data_type == "s" and sheet["A1"].value.startswith("'=")
    assert sheet["B1"].value == -3.5
