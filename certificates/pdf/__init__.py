"""Certificate PDFs (A4 landscape) drawn with ReportLab's public API, from plain values (`CertificateData`).

`render_certificate(data)` draws one certificate, `render_many(items)` a print pack of one page each. What a
DP3A issues is a *training* certificate, never a professional/paralegal licence: the page says so, and
nothing here prints "paralegal certified" or "CPLA".

Speed (>= 100 certificates/s per core, bench/certificates_render.py): fonts are parsed and images decoded
once per process, text widths memoised, the page frame is cached operator text; in a document the frame and
each image are one form XObject. This module lays out the page; `.text` fits text, `.ornaments` draws the
frame, images, QR tile (segno, `certificates.qr`) and stamp; `certificates.pdf_cache` keeps stored PDFs.

Pure module: no Django imports.
"""

from __future__ import annotations

import dataclasses
import datetime
import io

from reportlab.pdfgen.canvas import Canvas

from core.dates import format_date_range, format_long_date
from core.fonts import FONT_DIR

from .ornaments import (
    FRAME_FORM,
    GOLD,
    INK,
    MUTED,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    define_frame,
    draw_image_box,
    draw_qr,
    image_reader,
    ornamental_rule,
    status_stamp,
)
from .text import (
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    balanced_two_lines,
    centred,
    fit,
    fit_block,
    font_lock,
    format_jp,
    register_fonts,
    text_width,
)

__all__ = ["FONT_DIR", "LANGUAGES", "PAGE_HEIGHT", "PAGE_WIDTH", "TEXTS", "CertificateData", "format_jp",
           "register_fonts", "render_certificate", "render_many"]

# Boxes (points) the images are fitted into.
_LOGO_BOX = (80, 56)
_SIGNATURE_BOX = (160, 50)

LANGUAGES = ("id", "en")

TEXTS = {
    "id": {
        "title": "SERTIFIKAT",
        "subtitle": "Sertifikat Pelatihan",
        "number": "Nomor: {number}",
        "awarded": "diberikan kepada",
        "completed": "telah mengikuti dan menyelesaikan pelatihan",
        "jp": "dengan jumlah {jp} JP (jam pelajaran)",
        "jp_result": "dengan jumlah {jp} JP (jam pelajaran) dan dinyatakan {result}",
        "held_online": "yang dilaksanakan secara daring pada {dates}",
        "held_place": "yang dilaksanakan pada {dates} di {place}",
        "results": {"passed": "LULUS"},
        "expires": "Berlaku sampai dengan {date}",
        "verify": "Verifikasi keaslian sertifikat:",
        "verify_hint": "Pindai kode QR atau buka alamat di atas.",
        "course_code": "Kode pelatihan: {code}",
        "disclaimer": "Sertifikat ini adalah bukti mengikuti pelatihan, bukan lisensi profesi.",
    },
    "en": {
        "title": "CERTIFICATE",
        "subtitle": "Training Certificate",
        "number": "No. {number}",
        "awarded": "awarded to",
        "completed": "for having attended and completed the training",
        "jp": "totalling {jp} JP (lesson hours)",
        "jp_result": "totalling {jp} JP (lesson hours), with the result {result}",
        "held_online": "held online on {dates}",
        "held_place": "held on {dates} in {place}",
        "results": {"passed": "PASSED"},
        "expires": "Valid until {date}",
        "verify": "Verify this certificate:",
        "verify_hint": "Scan the QR code or open the address above.",
        "course_code": "Course code: {code}",
        "disclaimer": "This certificate is proof of training attendance, not a professional licence.",
    },
}


@dataclasses.dataclass(frozen=True)
class CertificateData:
    """Everything printed on one certificate, as plain values."""

    number: str
    holder_name: str  # exactly as on the ID card (KTP)
    course_title: str
    course_code: str
    jp_hours: int | float
    start_date: datetime.date
    issue_date: datetime.date
    agency_name: str
    signatory_name: str
    signatory_position: str
    verification_url: str
    qr_payload: str  # the signed token (certificates.signing)
    end_date: datetime.date | None = None
    # Where an in-person event was held. Empty means self-paced online study: printed "secara daring",
    # never a city the trainee did not study in.
    place: str = ""
    result: str = ""  # a key of TEXTS[...]["results"], e.g. "passed" -> "LULUS"
    language: str = "id"
    signatory_nip: str = ""
    agency_logo: bytes | None = None  # PNG or JPEG
    signature_image: bytes | None = None  # PNG (transparent) or JPEG
    expires_on: datetime.date | None = None
    status_note: str = ""  # e.g. "DICABUT" / "SPESIMEN", printed in red when set

    def __post_init__(self):
        if self.language not in LANGUAGES:
            raise ValueError(f"Bahasa sertifikat harus 'id' atau 'en', bukan {self.language!r}.")
        if self.result and self.result not in TEXTS[self.language]["results"]:
            raise ValueError(f"Hasil sertifikat tidak dikenal: {self.result!r}.")

    @property
    def qr_url(self) -> str:
        """The URL the QR code encodes: the verification URL plus ``p=<token>``."""
        sep = "&" if "?" in self.verification_url else "?"
        return f"{self.verification_url}{sep}p={self.qr_payload}"


# --- page sections ---------------------------------------------------------------

_CONTENT_TOP = PAGE_HEIGHT - 44
_CONTENT_BOTTOM = 196  # above the QR/signature row
_TEXT_WIDTH = 620
_CX = PAGE_WIDTH / 2


class _CentredColumn:
    """Vertical list of centred items, measured first and drawn centred in a band."""

    def __init__(self):
        self.items: list[tuple[float, object]] = []

    def add(self, height: float, draw) -> None:
        self.items.append((height, draw))

    def gap(self, height: float) -> None:
        self.items.append((height, None))

    def draw(self, c: Canvas, top: float, bottom: float) -> None:
        total = sum(h for h, _ in self.items)
        y = top - max(0.0, (top - bottom - total) / 2)
        for height, draw in self.items:
            if draw is not None:
                draw(c, y, height)
            y -= height


def _line_item(stack: _CentredColumn, text: str, font: str, size: float, color, spacing: float = 0.0, leading=1.25):
    height = size * leading

    def draw(c, top, h):
        centred(c, text, _CX, top - size * 0.95, font, size, color, spacing)

    stack.add(height, draw)


def _header(stack: _CentredColumn, data: CertificateData, texts: dict) -> None:
    if data.agency_logo:
        image_reader(data.agency_logo, _LOGO_BOX)  # decode now: a broken image fails before drawing
        box_w, box_h = _LOGO_BOX

        def draw_logo(c, top, h):
            draw_image_box(c, data.agency_logo, _LOGO_BOX, _CX - box_w / 2, top - box_h)

        stack.add(box_h, draw_logo)
        stack.gap(8)
    lines, size = fit_block(data.agency_name.upper(), SANS_BOLD, 10.5, 560, 2, 7.5)
    for line in lines:
        _line_item(stack, line, SANS_BOLD, size, NAVY, spacing=0.9, leading=1.35)
    stack.gap(10)
    _line_item(stack, texts["title"], SERIF_BOLD, 40, NAVY, spacing=7, leading=1.08)
    subtitle = texts["subtitle"]

    def draw_subtitle(c, top, h):
        y = top - 13
        centred(c, subtitle, _CX, y, SANS, 13, GOLD, spacing=2.2)
        half = text_width(subtitle, SANS, 13, 2.2) / 2 + 12
        ornamental_rule(c, _CX, y + 4.2, half, 58)

    stack.add(19, draw_subtitle)
    _line_item(stack, texts["number"].format(number=data.number), SANS, 9.5, MUTED, leading=1.4)


def _holder(stack: _CentredColumn, data: CertificateData, texts: dict) -> None:
    stack.gap(12)
    _line_item(stack, texts["awarded"], SERIF, 12.5, MUTED)
    stack.gap(4)
    name = " ".join(data.holder_name.split())
    size = fit(name, SERIF_BOLD, 30, _TEXT_WIDTH, 4)
    lines = [name]
    if size < 19 and " " in name:
        # A long name reads better on two balanced lines than tiny on one.
        lines = balanced_two_lines(name, SERIF_BOLD)
        size = min(fit(line, SERIF_BOLD, 22, _TEXT_WIDTH, 4) for line in lines)
    leading = size * 1.2
    block = 36 if len(lines) == 1 else max(36.0, leading * 2)

    def draw_name(c, top, h):
        first = top - (h - leading * len(lines)) / 2 - size * 0.9
        for i, line in enumerate(lines):
            centred(c, line, _CX, first - i * leading, SERIF_BOLD, size, INK)
        widest = max(text_width(line, SERIF_BOLD, size) for line in lines)
        half = min(_TEXT_WIDTH, max(widest + 60, 300)) / 2
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.8)
        c.line(_CX - half, top - h - 3, _CX + half, top - h - 3)

    stack.add(block, draw_name)
    stack.gap(14)


def _course(stack: _CentredColumn, data: CertificateData, texts: dict) -> None:
    _line_item(stack, texts["completed"], SERIF, 12.5, MUTED)
    lines, size = fit_block(data.course_title, SERIF_BOLD, 17, _TEXT_WIDTH, 2, 10)
    stack.gap(1)
    for line in lines:
        _line_item(stack, line, SERIF_BOLD, size, NAVY, leading=1.28)
    stack.gap(3)
    dates = format_date_range(data.start_date, data.end_date, data.language)
    held = texts["held_place" if data.place.strip() else "held_online"].format(dates=dates,
                                                                               place=data.place.strip())
    # Two phrases on two lines: breaks at the natural pause, never "di" dangling.
    jp_text = format_jp(data.jp_hours, data.language)
    if data.result:
        jp = texts["jp_result"].format(jp=jp_text, result=texts["results"][data.result])
    else:
        jp = texts["jp"].format(jp=jp_text)
    for phrase in (jp, f"{held}."):
        size = fit(phrase, SERIF, 12.5, _TEXT_WIDTH, 7)
        _line_item(stack, phrase, SERIF, size, INK, leading=1.4)
    if data.expires_on:
        stack.gap(2)
        text = texts["expires"].format(date=format_long_date(data.expires_on, data.language))
        _line_item(stack, text, SANS_BOLD, 9, MUTED)


def _verification(c: Canvas, data: CertificateData, texts: dict) -> None:
    """Bottom left: QR code with the verification URL beside it."""
    qr_size = 104
    x, y = 60, 48
    draw_qr(c, data.qr_url, x, y, qr_size)
    tx = x + qr_size + 12
    width = 200
    ty = y + qr_size - 22
    c.setFillColor(NAVY)
    c.setFont(SANS_BOLD, 8)
    c.drawString(tx, ty, texts["verify"])
    url = data.verification_url
    c.setFont(SANS, fit(url, SANS, 8.5, width, 5))
    c.drawString(tx, ty - 12, url)
    c.setFillColor(MUTED)
    c.setFont(SANS, 7)
    c.drawString(tx, ty - 23, texts["verify_hint"])
    c.setFillColor(INK)
    code = texts["course_code"].format(code=data.course_code)
    c.setFont(SANS, fit(code, SANS, 7.5, width, 5))
    c.drawString(tx, ty - 40, code)


def _signatory(c: Canvas, data: CertificateData, texts: dict) -> None:
    """Bottom right: place (in-person events only) and date, position, signature, name (underlined), NIP."""
    cx = PAGE_WIDTH - 200
    width = 270
    y = 50
    if data.signatory_nip.strip():
        centred(c, f"NIP. {data.signatory_nip.strip()}", cx, y, SANS, 9, INK)
        y += 13
    name_size = fit(data.signatory_name, SERIF_BOLD, 11.5, width, 7)
    centred(c, data.signatory_name, cx, y, SERIF_BOLD, name_size, INK)
    half = text_width(data.signatory_name, SERIF_BOLD, name_size) / 2
    c.setStrokeColor(INK)
    c.setLineWidth(0.7)
    c.line(cx - half, y - 2.2, cx + half, y - 2.2)
    signature_bottom = y + 14
    box_w, signature_height = _SIGNATURE_BOX
    if data.signature_image:
        draw_image_box(c, data.signature_image, _SIGNATURE_BOX, cx - box_w / 2, signature_bottom)
    y = signature_bottom + signature_height + 6
    lines, size = fit_block(data.signatory_position, SERIF, 10.5, width, 3, 7.5)
    for line in reversed(lines):
        centred(c, line, cx, y, SERIF, size, INK)
        y += size * 1.3
    place_date = format_long_date(data.issue_date, data.language)
    if data.place.strip():
        place_date = f"{data.place.strip()}, {place_date}"
    centred(c, place_date, cx, y + 3, SERIF, 10.5, INK)


def _footer(c: Canvas, data: CertificateData, texts: dict) -> None:
    if data.status_note.strip():
        status_stamp(c, " ".join(data.status_note.split()))
    centred(c, texts["disclaimer"], _CX, 34, SANS, 7.5, MUTED)


def _draw_page(c: Canvas, data: CertificateData) -> None:
    texts = TEXTS[data.language]
    c.doForm(FRAME_FORM)
    stack = _CentredColumn()
    _header(stack, data, texts)
    _holder(stack, data, texts)
    _course(stack, data, texts)
    stack.draw(c, _CONTENT_TOP, _CONTENT_BOTTOM)
    _verification(c, data, texts)
    _signatory(c, data, texts)
    _footer(c, data, texts)


# --- public API -----------------------------------------------------------------


def render_many(items: list[CertificateData], *, title: str | None = None) -> bytes:
    """One PDF with one A4-landscape page per certificate (a print pack)."""
    if not items:
        raise ValueError("Tidak ada sertifikat untuk dicetak.")
    register_fonts()
    buffer = io.BytesIO()
    # initialFontName: otherwise ReportLab lists a non-embedded Helvetica.
    c = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1, initialFontName=SANS)
    first = items[0]
    c.setTitle(title or f"{TEXTS[first.language]['subtitle']} {first.number}")
    c.setAuthor(first.agency_name)
    c.setSubject(TEXTS[first.language]["subtitle"])
    c.setCreator("Pelita")
    define_frame(c)
    for data in items:
        _draw_page(c, data)
        c.showPage()
    with font_lock:
        c.save()
    return buffer.getvalue()


def render_certificate(data: CertificateData) -> bytes:
    """One certificate as a PDF (A4 landscape)."""
    return render_many([data])
