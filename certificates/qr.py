"""QR symbols for certificates: segno encodes, ReportLab draws the dark modules as one path.

Pure module: no Django imports.
"""

from __future__ import annotations

import functools
import itertools

import segno
from reportlab.pdfgen.pathobject import PDFPathObject


@functools.lru_cache(maxsize=256)
def qr_matrix(text: str, level: str = "M") -> tuple[str, ...]:
    """The QR symbol for *text* as rows of "0"/"1" (1 = dark), without the quiet zone.

    Raises ValueError (segno's DataOverflowError) when the text does not fit a QR code."""
    code = segno.make_qr(text, error=level.lower(), boost_error=False, encoding="utf-8")
    return tuple("".join("1" if module else "0" for module in row) for row in code.matrix)


def dark_runs(matrix: tuple[str, ...]) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules as (row, start column, length): one rectangle per run."""
    runs = []
    for r, row in enumerate(matrix):
        column = 0
        for value, group in itertools.groupby(row):
            length = len(list(group))
            if value == "1":
                runs.append((r, column, length))
            column += length
    return runs


@functools.lru_cache(maxsize=256)
def qr_path(text: str, level: str = "M") -> tuple[int, PDFPathObject]:
    """(module count, a path of the dark modules in module units, origin at the bottom-left module).

    Fill it with ``canvas.drawPath(path, stroke=0, fill=1)`` after translating and scaling to the
    module size. Cached: ReportLab only reads a path when drawing it."""
    matrix = qr_matrix(text, level)
    top = len(matrix) - 1
    path = PDFPathObject()
    for row, start, length in dark_runs(matrix):
        path.rect(start, top - row, length, 1)
    return len(matrix), path
