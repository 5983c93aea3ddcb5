"""Certificate PDFs (A4 landscape) drawn with ReportLab.

``render_certificate(data)`` returns one certificate; ``render_many(items)``
returns a print pack with one page per certificate. Inputs are plain values
(:class:`CertificateData`), so this module can be used from a view, a Celery
task or a script alike.

What a DP3A issues is a *training* certificate (sertifikat pelatihan), never a
professional/paralegal licence: the page says so in a small line, and nothing
here prints "paralegal certified" or "CPLA".

Speed matters (an agency prints a whole cohort at once; target >= 100
certificates/s per core, see bench/certificates_render.py). Only ReportLab's
public API is used. Per process: fonts are parsed once, images are decoded and
downscaled once into ImageReader objects, text widths are memoised, and the
page decoration is emitted as cached PDF operator text (ReportLab formats
every number in pure Python). Per document: the decoration and each image are
a form XObject, so a print pack embeds them once. The QR symbol comes from
:mod:`certificates.qr` (segno). A stored certificate's PDF is rendered once
and kept (certificates.documents).

Pure module: no Django imports.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import hashlib
import io
import math
import threading

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas

from core.dates import format_date_range, format_long_date
from core.fonts import FONT_DIR

from .qr import qr_path

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)

# Registered names -> files shipped in core/fonts (never /usr/share:
# a fresh server may not have DejaVu installed).
SERIF = "PelitaSerif"
SERIF_BOLD = "PelitaSerif-Bold"
SANS = "PelitaSans"
SANS_BOLD = "PelitaSans-Bold"
_FONT_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}

NAVY = HexColor("#1B2F5B")
GOLD = HexColor("#B08A3E")
INK = HexColor("#1F2430")
MUTED = HexColor("#5A6272")
ALERT = HexColor("#9B2226")
# Solid, not alpha: transparency inside a form XObject needs ExtGState
# resources ReportLab does not attach to forms.
WATERMARK = HexColor("#F0E8D6")

_FRAME_FORM = "PelitaFrame"

# Boxes (points) the images are fitted into. Images are downscaled once to
# ~200 dpi at that size: sharp in print, and it bounds the per-PDF cost of
# compressing pixels (ReportLab re-compresses an image for every document)
# when an agency uploads a 4000-pixel logo.
_LOGO_BOX = (80, 56)
_SIGNATURE_BOX = (160, 50)
_IMAGE_DPI = 200

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


# --- resources (cached per process) ------------------------------------------

# ReportLab's TTFont objects are shared by every document in the process, and building a font subset
# (at save time) moves a read cursor on the shared font data: one thread at a time registers or saves.
_font_lock = threading.RLock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the bundled DejaVu fonts once per process (parsing a TTF costs ~10 ms)."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _font_lock:
        if _fonts_ready:
            return
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(ttfonts.TTFont(name, str(FONT_DIR / filename)))
        _fonts_ready = True


@functools.lru_cache(maxsize=64)
def _image_by_digest(digest: str, data: bytes, box: tuple[float, float]) -> ImageReader:
    # Keyed by digest so that equal bytes from different objects share one
    # entry; *data* rides along only to build it on a miss.
    from PIL import Image  # Pillow: ReportLab needs it for PNG anyway

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except Exception as exc:  # Pillow raises many types for broken files
        raise ValueError("Gambar logo/tanda tangan tidak dapat dibaca (gunakan PNG atau JPEG).") from exc
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if "transparency" in image.info or image.mode == "P" else "RGB")
    image.thumbnail((round(box[0] * _IMAGE_DPI / 72), round(box[1] * _IMAGE_DPI / 72)), Image.LANCZOS)
    return ImageReader(image)


def image_reader(data: bytes, box: tuple[float, float]) -> ImageReader:
    """Decoded image downscaled for a *box* (points), cached by content."""
    return _image_by_digest(hashlib.sha256(data).hexdigest(), data, box)


def _draw_image_box(c: Canvas, data: bytes, box: tuple[float, float], x: float, y: float) -> None:
    """Draw an image centred in *box* with its lower left at (x, y).

    The image lives in a form XObject defined once per document: a print pack
    embeds (and ReportLab hashes and compresses) each logo/signature once,
    not once per page.
    """
    digest = hashlib.sha256(data).hexdigest()
    name = f"PelitaImage{digest[:24]}_{box[0]}x{box[1]}"
    if not c.hasForm(name):
        reader = _image_by_digest(digest, data, box)
        c.beginForm(name, 0, 0, box[0], box[1])
        c.drawImage(reader, 0, 0, box[0], box[1], mask="auto", preserveAspectRatio=True, anchor="c")
        c.endForm()
    c.saveState()
    c.translate(x, y)
    c.doForm(name)
    c.restoreState()


# --- text helpers --------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _unit_width(text: str, font: str) -> float:
    # Width at 1 pt. Cached: labels, course titles and agency names repeat
    # on every certificate of a batch, and the fitting loops measure often.
    return pdfmetrics.stringWidth(text, font, 1.0)


def _width(text: str, font: str, size: float, spacing: float = 0.0) -> float:
    return _unit_width(text, font) * size + spacing * max(len(text) - 1, 0)


def _fit(text: str, font: str, size: float, max_width: float, minimum: float) -> float:
    """Largest size <= *size* (in 0.5 pt steps, >= *minimum*) at which *text* fits."""
    natural = _width(text, font, 1.0)
    if natural <= 0:
        return size
    return max(minimum, min(size, math.floor(2 * max_width / natural) / 2))


def _wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap; a single over-long word stays on its own line."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and _width(candidate, font, size) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


def _balanced_two_lines(text: str, font: str) -> list[str]:
    """Split *text* at the space that makes the longer of two lines shortest."""
    words = text.split()
    best = [text]
    best_width = _width(text, font, 1.0)
    for i in range(1, len(words)):
        lines = [" ".join(words[:i]), " ".join(words[i:])]
        widest = max(_width(line, font, 1.0) for line in lines)
        if widest < best_width:
            best, best_width = lines, widest
    return best


def _fit_block(text: str, font: str, size: float, max_width: float, max_lines: int, minimum: float):
    """(lines, size): wrap into at most *max_lines* lines, shrinking as needed."""
    current = size
    while current > minimum:
        lines = _wrap(text, font, current, max_width)
        if len(lines) <= max_lines and all(_width(line, font, current) <= max_width for line in lines):
            return lines, current
        current -= 0.5
    lines = _wrap(text, font, minimum, max_width)
    if len(lines) > max_lines:  # keep the layout: join the tail and let it shrink further
        lines = lines[: max_lines - 1] + [" ".join(lines[max_lines - 1:])]
    smallest = min(_fit(line, font, minimum, max_width, 4.0) for line in lines)
    return lines, smallest


def _centred(c: Canvas, text: str, x: float, y: float, font: str, size: float, color, spacing: float = 0.0):
    """Draw *text* centred on x, with optional letter spacing."""
    c.setFillColor(color)
    if not spacing:
        c.setFont(font, size)
        c.drawCentredString(x, y, text)
        return
    obj = c.beginText(x - _width(text, font, size, spacing) / 2, y)
    obj.setFont(font, size)
    obj.setCharSpace(spacing)
    obj.textOut(text)
    obj.setCharSpace(0)  # Tc is page state in PDF: it would leak into later text
    c.drawText(obj)


def format_jp(jp: int | float, language: str) -> str:
    """32 -> "32"; 32.5 -> "32,5" (id) / "32.5" (en)."""
    if float(jp).is_integer():
        return str(int(jp))
    text = f"{jp:g}"
    return text.replace(".", ",") if language == "id" else text


# --- static frame (one form XObject per document) ------------------------------


_ROSETTE_WAVES = 18
_ROSETTE_SEGMENTS = 4 * _ROSETTE_WAVES  # cubic Béziers per ring


@functools.cache
def _unit_ring() -> str:
    """PDF path for one closed wavy ring of radius ~1: r(t) = 1 + 0.09 sin(18 t).

    Cubic Bézier segments from the curve's derivative (Hermite form), so 72
    segments draw it smoothly at any zoom.
    """
    depth = 0.09
    step = 2 * math.pi / _ROSETTE_SEGMENTS

    def point(t):
        r = 1 + depth * math.sin(_ROSETTE_WAVES * t)
        dr = depth * _ROSETTE_WAVES * math.cos(_ROSETTE_WAVES * t)
        return (r * math.cos(t), r * math.sin(t),
                dr * math.cos(t) - r * math.sin(t), dr * math.sin(t) + r * math.cos(t))

    x0, y0, dx0, dy0 = point(0.0)
    parts = [f"{x0:.4f} {y0:.4f} m"]
    for i in range(1, _ROSETTE_SEGMENTS + 1):
        x1, y1, dx1, dy1 = point(i * step)
        k = step / 3
        parts.append(
            f"{x0 + dx0 * k:.4f} {y0 + dy0 * k:.4f} {x1 - dx1 * k:.4f} {y1 - dy1 * k:.4f} {x1:.4f} {y1:.4f} c"
        )
        x0, y0, dx0, dy0 = x1, y1, dx1, dy1
    parts.append("h")
    return " ".join(parts)


@functools.cache
def _rosette_operators(cx: float, cy: float, size: float, rings: int = 12) -> str:
    """PDF operators for a guilloche-style rosette, built once per process.

    The same unit ring is drawn *rings* times, each scaled up and turned a
    little against the last, so the rings interfere into an engraved moiré.
    Repeating one ring keeps the stream small and quick to compress, and
    emitting cached text with ``addLiteral`` skips ReportLab's slow
    per-number formatting.
    """
    ring = _unit_ring()
    parts = []
    for index in range(rings):
        scale = size * (0.55 + 0.035 * index)
        angle = index * math.pi / 90
        a, b = scale * math.cos(angle), scale * math.sin(angle)
        # Line width is in the scaled space: divide to keep 0.45 pt on paper.
        parts.append(f"q {a:.4f} {b:.4f} {-b:.4f} {a:.4f} {cx:.2f} {cy:.2f} cm {0.45 / scale:.5f} w {ring} S Q")
    return "\n".join(parts)


def _rgb(color) -> str:
    return f"{color.red:.4f} {color.green:.4f} {color.blue:.4f}"


# One corner ornament in its own coordinates (corner at the origin, pointing
# into the page): two nested L-brackets and a small diamond.
_CORNER = (
    "6 52 m 6 6 l 52 6 l S "
    "11 41 m 11 11 l 41 11 l S "
    "17 13 m 21 17 l 17 21 l 13 17 l h f"
)


@functools.cache
def _frame_operators() -> str:
    """The static page decoration as PDF operators, built once per process:
    the watermark rosette, a navy/gold/navy triple rule border and gold corner
    ornaments. Cached text (emitted with ``addLiteral``) instead of canvas
    calls, because ReportLab formats every number in pure Python."""
    w, h = PAGE_WIDTH, PAGE_HEIGHT
    ops = [f"{_rgb(WATERMARK)} RG", _rosette_operators(w / 2, h / 2 + 20, 190)]
    for color, width, inset in ((NAVY, 3.2, 16), (GOLD, 1.1, 22.5), (NAVY, 0.5, 26)):
        ops.append(f"{_rgb(color)} RG {width} w {inset} {inset} {w - 2 * inset:.2f} {h - 2 * inset:.2f} re S")
    ops.append(f"{_rgb(GOLD)} RG {_rgb(GOLD)} rg 0.9 w")
    inset = 26
    for x, y, sx, sy in ((inset, inset, 1, 1), (w - inset, inset, -1, 1),
                         (inset, h - inset, 1, -1), (w - inset, h - inset, -1, -1)):
        ops.append(f"q {sx} 0 0 {sy} {x:.2f} {y:.2f} cm {_CORNER} Q")
    return "\n".join(ops)


def _define_frame(c: Canvas) -> None:
    c.beginForm(_FRAME_FORM)
    c.addLiteral(_frame_operators())
    c.endForm()


def _ornamental_rule(c: Canvas, cx: float, y: float, half_gap: float, length: float) -> None:
    """Gold rules either side of a centred label, ending in small diamonds."""
    c.setStrokeColor(GOLD)
    c.setFillColor(GOLD)
    c.setLineWidth(0.8)
    for direction in (-1, 1):
        start = cx + direction * half_gap
        end = start + direction * length
        c.line(start, y, end, y)
        path = c.beginPath()
        path.moveTo(end + direction * 2.5, y + 2.5)
        path.lineTo(end + direction * 5, y)
        path.lineTo(end + direction * 2.5, y - 2.5)
        path.lineTo(end, y)
        path.close()
        c.drawPath(path, stroke=0, fill=1)


# --- page sections ---------------------------------------------------------------

_CONTENT_TOP = PAGE_HEIGHT - 44
_CONTENT_BOTTOM = 196  # above the QR/signature row
_TEXT_WIDTH = 620
_CX = PAGE_WIDTH / 2


class _Stack:
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


def _line_item(stack: _Stack, text: str, font: str, size: float, color, spacing: float = 0.0, leading=1.25):
    height = size * leading

    def draw(c, top, h):
        _centred(c, text, _CX, top - size * 0.95, font, size, color, spacing)

    stack.add(height, draw)


def _header(stack: _Stack, data: CertificateData, texts: dict) -> None:
    if data.agency_logo:
        image_reader(data.agency_logo, _LOGO_BOX)  # decode now: a broken image fails before drawing
        box_w, box_h = _LOGO_BOX

        def draw_logo(c, top, h):
            _draw_image_box(c, data.agency_logo, _LOGO_BOX, _CX - box_w / 2, top - box_h)

        stack.add(box_h, draw_logo)
        stack.gap(8)
    lines, size = _fit_block(data.agency_name.upper(), SANS_BOLD, 10.5, 560, 2, 7.5)
    for line in lines:
        _line_item(stack, line, SANS_BOLD, size, NAVY, spacing=0.9, leading=1.35)
    stack.gap(10)
    _line_item(stack, texts["title"], SERIF_BOLD, 40, NAVY, spacing=7, leading=1.08)
    subtitle = texts["subtitle"]

    def draw_subtitle(c, top, h):
        y = top - 13
        _centred(c, subtitle, _CX, y, SANS, 13, GOLD, spacing=2.2)
        half = _width(subtitle, SANS, 13, 2.2) / 2 + 12
        _ornamental_rule(c, _CX, y + 4.2, half, 58)

    stack.add(19, draw_subtitle)
    _line_item(stack, texts["number"].format(number=data.number), SANS, 9.5, MUTED, leading=1.4)


def _holder(stack: _Stack, data: CertificateData, texts: dict) -> None:
    stack.gap(12)
    _line_item(stack, texts["awarded"], SERIF, 12.5, MUTED)
    stack.gap(4)
    name = " ".join(data.holder_name.split())
    size = _fit(name, SERIF_BOLD, 30, _TEXT_WIDTH, 4)
    lines = [name]
    if size < 19 and " " in name:
        # A long name reads better on two balanced lines than tiny on one.
        lines = _balanced_two_lines(name, SERIF_BOLD)
        size = min(_fit(line, SERIF_BOLD, 22, _TEXT_WIDTH, 4) for line in lines)
    leading = size * 1.2
    block = 36 if len(lines) == 1 else max(36.0, leading * 2)

    def draw_name(c, top, h):
        first = top - (h - leading * len(lines)) / 2 - size * 0.9
        for i, line in enumerate(lines):
            _centred(c, line, _CX, first - i * leading, SERIF_BOLD, size, INK)
        widest = max(_width(line, SERIF_BOLD, size) for line in lines)
        half = min(_TEXT_WIDTH, max(widest + 60, 300)) / 2
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.8)
        c.line(_CX - half, top - h - 3, _CX + half, top - h - 3)

    stack.add(block, draw_name)
    stack.gap(14)


def _course(stack: _Stack, data: CertificateData, texts: dict) -> None:
    _line_item(stack, texts["completed"], SERIF, 12.5, MUTED)
    lines, size = _fit_block(data.course_title, SERIF_BOLD, 17, _TEXT_WIDTH, 2, 10)
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
        size = _fit(phrase, SERIF, 12.5, _TEXT_WIDTH, 7)
        _line_item(stack, phrase, SERIF, size, INK, leading=1.4)
    if data.expires_on:
        stack.gap(2)
        text = texts["expires"].format(date=format_long_date(data.expires_on, data.language))
        _line_item(stack, text, SANS_BOLD, 9, MUTED)


def _draw_qr(c: Canvas, data: CertificateData, x: float, y: float, size: float) -> None:
    """The QR code on a white tile (the tile keeps a quiet zone over the rosette)."""
    count, path = qr_path(data.qr_url)
    quiet = 2  # modules; plus the tile's margin this is the quiet zone
    module = size / (count + 2 * quiet)
    c.setFillColor(white)
    c.rect(x - 4, y - 4, size + 8, size + 8, stroke=0, fill=1)
    c.saveState()
    c.setFillColor(INK)
    c.translate(x + quiet * module, y + quiet * module)
    c.scale(module, module)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()
    # The same link, clickable in PDF viewers; it also lets `manage.py verify_certificate file.pdf` find the
    # signed payload without rasterising the QR code.
    c.linkURL(data.qr_url, (x, y, x + size, y + size), relative=0)


def _verification(c: Canvas, data: CertificateData, texts: dict) -> None:
    """Bottom left: QR code with the verification URL beside it."""
    qr_size = 104
    x, y = 60, 48
    _draw_qr(c, data, x, y, qr_size)
    tx = x + qr_size + 12
    width = 200
    ty = y + qr_size - 22
    c.setFillColor(NAVY)
    c.setFont(SANS_BOLD, 8)
    c.drawString(tx, ty, texts["verify"])
    url = data.verification_url
    c.setFont(SANS, _fit(url, SANS, 8.5, width, 5))
    c.drawString(tx, ty - 12, url)
    c.setFillColor(MUTED)
    c.setFont(SANS, 7)
    c.drawString(tx, ty - 23, texts["verify_hint"])
    c.setFillColor(INK)
    code = texts["course_code"].format(code=data.course_code)
    c.setFont(SANS, _fit(code, SANS, 7.5, width, 5))
    c.drawString(tx, ty - 40, code)


def _signatory(c: Canvas, data: CertificateData, texts: dict) -> None:
    """Bottom right: place (in-person events only) and date, position, signature, name (underlined), NIP."""
    cx = PAGE_WIDTH - 200
    width = 270
    y = 50
    if data.signatory_nip.strip():
        _centred(c, f"NIP. {data.signatory_nip.strip()}", cx, y, SANS, 9, INK)
        y += 13
    name_size = _fit(data.signatory_name, SERIF_BOLD, 11.5, width, 7)
    _centred(c, data.signatory_name, cx, y, SERIF_BOLD, name_size, INK)
    half = _width(data.signatory_name, SERIF_BOLD, name_size) / 2
    c.setStrokeColor(INK)
    c.setLineWidth(0.7)
    c.line(cx - half, y - 2.2, cx + half, y - 2.2)
    signature_bottom = y + 14
    box_w, signature_height = _SIGNATURE_BOX
    if data.signature_image:
        _draw_image_box(c, data.signature_image, _SIGNATURE_BOX, cx - box_w / 2, signature_bottom)
    y = signature_bottom + signature_height + 6
    lines, size = _fit_block(data.signatory_position, SERIF, 10.5, width, 3, 7.5)
    for line in reversed(lines):
        _centred(c, line, cx, y, SERIF, size, INK)
        y += size * 1.3
    place_date = format_long_date(data.issue_date, data.language)
    if data.place.strip():
        place_date = f"{data.place.strip()}, {place_date}"
    _centred(c, place_date, cx, y + 3, SERIF, 10.5, INK)


def _status_stamp(c: Canvas, note: str) -> None:
    """A red rubber-stamp style note (e.g. "DICABUT", "SPESIMEN") between the
    verification block and the signature, where it cannot be missed."""
    size = _fit(note, SANS_BOLD, 13, 120, 6)
    width = _width(note, SANS_BOLD, size, 1.5) + 18
    c.saveState()
    c.translate(445, 112)
    c.rotate(8)
    c.setStrokeColor(ALERT)
    c.setLineWidth(1.4)
    c.roundRect(-width / 2, -size * 0.75, width, size * 1.9, 3, stroke=1, fill=0)
    _centred(c, note, 0, -size * 0.05, SANS_BOLD, size, ALERT, spacing=1.5)
    c.restoreState()


def _footer(c: Canvas, data: CertificateData, texts: dict) -> None:
    if data.status_note.strip():
        _status_stamp(c, " ".join(data.status_note.split()))
    _centred(c, texts["disclaimer"], _CX, 34, SANS, 7.5, MUTED)


def _draw_page(c: Canvas, data: CertificateData) -> None:
    texts = TEXTS[data.language]
    c.doForm(_FRAME_FORM)
    stack = _Stack()
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
    _define_frame(c)
    for data in items:
        _draw_page(c, data)
        c.showPage()
    with _font_lock:
        c.save()
    return buffer.getvalue()


def render_certificate(data: CertificateData) -> bytes:
    """One certificate as a PDF (A4 landscape)."""
    return render_many([data])
