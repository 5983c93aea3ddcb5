"""CSV and XLSX files of the dashboard's tables (the same `tables.Table` rows the page shows). No ORM here."""
import datetime as dt
import io

from core.spreadsheets import csv_writer, safe_cell, safe_workbook_append

from .tables import Table


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(safe_cell(value))


def tables_csv(tables: list[Table], *, heading: list[str] = ()) -> bytes:
    """One CSV with a section per table (title row, header row, rows, blank line); UTF-8 with a BOM so
    spreadsheet programs read Indonesian names correctly."""
    out = io.StringIO()
    writer = csv_writer(out)
    for line in heading:
        writer.writerow([line])
    if heading:
        writer.writerow([])
    for table in tables:
        writer.writerow([table.title])
        writer.writerow(table.headers)
        writer.writerows([_cell(value) for value in row] for row in table.rows)
        writer.writerow([])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def tables_xlsx(tables: list[Table], *, heading: list[str] = ()) -> bytes:
    """One worksheet per table, with the filters written above it."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(title=table.title[:31].replace("/", "-"))
        for line in heading:
            safe_workbook_append(sheet, [line])
        safe_workbook_append(sheet, [table.title])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        safe_workbook_append(sheet, table.headers)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        header_row = sheet.max_row
        for row in table.rows:
            safe_workbook_append(sheet, row)
        for index, value in enumerate(table.rows and table.rows[0] or [], start=1):
            if isinstance(value, dt.date):
                for (cell,) in sheet.iter_rows(min_row=header_row + 1, min_col=index, max_col=index):
                    cell.number_format = "yyyy-mm-dd"
        for column, header in enumerate(table.headers, start=1):
            width = max([len(str(header))] + [len(_cell(row[column - 1])) for row in table.rows[:200]])
            sheet.column_dimensions[sheet.cell(row=header_row, column=column).column_letter].width = min(width + 2, 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
