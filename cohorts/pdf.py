"""The printable attendance sheet of one session (A4 portrait), drawn with ReportLab from plain values.

Pure module: no Django imports. The DejaVu fonts are the ones shipped with the certificates (read by path,
so this app imports nothing from `certificates`); they cover every Indonesian name and are embedded.
"""
from __future__ import annotations

import dataclasses
import functools
import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from core.fonts import FONT_DIR

SANS = "PelitaRosterSans"
SANS_BOLD = "PelitaRosterSans-Bold"


@functools.cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(SANS, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))


@dataclasses.dataclass(frozen=True)
class RosterLine:
    name: str
    organisation: str
    village: str


@dataclasses.dataclass(frozen=True)
class RosterSheet:
    title: str  # "DAFTAR HADIR"
    heading: list[tuple[str, str]]  # (label, value): event, organiser, session, date, time, topic, trainer
    columns: tuple[str, str, str, str, str]  # No / Nama / Organisasi / Desa / Tanda tangan
    lines: list[RosterLine]
    footer: str = ""


def render_roster(sheet: RosterSheet) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=sheet.title, author="Pelita")
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=14, leading=18, alignment=1, spaceAfter=6)
    label = ParagraphStyle("label", fontName=SANS_BOLD, fontSize=9, leading=11)
    value = ParagraphStyle("value", fontName=SANS, fontSize=9, leading=11)
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=9, leading=11)
    cell_shifted = ParagraphStyle("cell_shifted", parent=cell, leftIndent=20 * mm)
    head = ParagraphStyle("head", fontName=SANS_BOLD, fontSize=9, leading=11, alignment=1)

    story = [Paragraph(_escape(sheet.title), title)]
    info = Table([[Paragraph(_escape(k), label), Paragraph(_escape(v), value)] for k, v in sheet.heading],
                 colWidths=[32 * mm, 148 * mm], hAlign="LEFT")
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                              ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    story += [info, Spacer(1, 5 * mm)]

    rows = [[Paragraph(_escape(c), head) for c in sheet.columns]]
    for number, line in enumerate(sheet.lines, start=1):
        # The signature column alternates left/right, as Indonesian attendance sheets do, so neighbours'
        # signatures do not overlap.
        signature = Paragraph(f"{number}.", cell if number % 2 else cell_shifted)
        rows.append([str(number), Paragraph(_escape(line.name), cell), Paragraph(_escape(line.organisation), cell),
                     Paragraph(_escape(line.village), cell), signature])
    table = Table(rows, colWidths=[12 * mm, 50 * mm, 34 * mm, 40 * mm, 44 * mm], repeatRows=1,
                  rowHeights=[None] + [12 * mm] * len(sheet.lines))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, 9),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF4")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("VALIGN", (4, 1), (4, -1), "TOP"),
    ]))
    story.append(table)
    if sheet.footer:
        story += [Spacer(1, 6 * mm), Paragraph(_escape(sheet.footer), value)]
    doc.build(story)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
