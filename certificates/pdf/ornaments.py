"""What is drawn besides text: the page frame (rosette, rules, corners), images in boxes, the QR tile and
the status stamp. The static parts are cached PDF operator text, emitted once per document as a form XObject.

Pure module: no Django imports.
"""

import functools
import hashlib
import io
import math

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..qr import qr_path
from .text import SANS_BOLD, centred, fit, text_width

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)

NAVY = HexColor("#1B2F5B")
GOLD = HexColor("#B08A3E")
INK = HexColor("#1F2430")
MUTED = HexColor("#5A6272")
ALERT = HexColor("#9B2226")
# Solid, not alpha: transparency inside a form XObject needs ExtGState
# resources ReportLab does not attach to forms.
WATERMARK = HexColor("#F0E8D6")

FRAME_FORM = "PelitaFrame"

# Images are downscaled once to ~200 dpi at the size of their box: sharp in print, and it bounds the per-PDF
# cost of compressing pixels (ReportLab re-compresses an image for every document) when an agency uploads a
# 4000-pixel logo.
_IMAGE_DPI = 200


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


def draw_image_box(c: Canvas, data: bytes, box: tuple[float, float], x: float, y: float) -> None:
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


def define_frame(c: Canvas) -> None:
    c.beginForm(FRAME_FORM)
    c.addLiteral(_frame_operators())
    c.endForm()


def ornamental_rule(c: Canvas, cx: float, y: float, half_gap: float, length: float) -> None:
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


def draw_qr(c: Canvas, url: str, x: float, y: float, size: float) -> None:
    """The QR code for *url* on a white tile (the tile keeps a quiet zone over the rosette)."""
    count, path = qr_path(url)
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
    c.linkURL(url, (x, y, x + size, y + size), relative=0)


def status_stamp(c: Canvas, note: str) -> None:
    """A red rubber-stamp style note (e.g. "DICABUT", "SPESIMEN") between the
    verification block and the signature, where it cannot be missed."""
    size = fit(note, SANS_BOLD, 13, 120, 6)
    width = text_width(note, SANS_BOLD, size, 1.5) + 18
    c.saveState()
    c.translate(445, 112)
    c.rotate(8)
    c.setStrokeColor(ALERT)
    c.setLineWidth(1.4)
    c.roundRect(-width / 2, -size * 0.75, width, size * 1.9, 3, stroke=1, fill=0)
    centred(c, note, 0, -size * 0.05, SANS_BOLD, size, ALERT, spacing=1.5)
    c.restoreState()
