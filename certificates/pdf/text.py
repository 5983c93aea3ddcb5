"""Text on the certificate: the bundled fonts, measuring, fitting and wrapping, centred drawing.

Pure module: no Django imports.
"""

import functools
import math
import threading

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas

from core.fonts import FONT_DIR

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

# ReportLab's TTFont objects are shared by every document in the process, and building a font subset
# (at save time) moves a read cursor on the shared font data: one thread at a time registers or saves.
font_lock = threading.RLock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the bundled DejaVu fonts once per process (parsing a TTF costs ~10 ms)."""
    global _fonts_ready
    if _fonts_ready:
        return
    with font_lock:
        if _fonts_ready:
            return
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(ttfonts.TTFont(name, str(FONT_DIR / filename)))
        _fonts_ready = True



@functools.lru_cache(maxsize=4096)
def _unit_width(text: str, font: str) -> float:
    # Width at 1 pt. Cached: labels, course titles and agency names repeat
    # on every certificate of a batch, and the fitting loops measure often.
    return pdfmetrics.stringWidth(text, font, 1.0)


def text_width(text: str, font: str, size: float, spacing: float = 0.0) -> float:
    return _unit_width(text, font) * size + spacing * max(len(text) - 1, 0)


def fit(text: str, font: str, size: float, max_width: float, minimum: float) -> float:
    """Largest size <= *size* (in 0.5 pt steps, >= *minimum*) at which *text* fits."""
    natural = text_width(text, font, 1.0)
    if natural <= 0:
        return size
    return max(minimum, min(size, math.floor(2 * max_width / natural) / 2))


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap; a single over-long word stays on its own line."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and text_width(candidate, font, size) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


def balanced_two_lines(text: str, font: str) -> list[str]:
    """Split *text* at the space that makes the longer of two lines shortest."""
    words = text.split()
    best = [text]
    best_width = text_width(text, font, 1.0)
    for i in range(1, len(words)):
        lines = [" ".join(words[:i]), " ".join(words[i:])]
        widest = max(text_width(line, font, 1.0) for line in lines)
        if widest < best_width:
            best, best_width = lines, widest
    return best


def fit_block(text: str, font: str, size: float, max_width: float, max_lines: int, minimum: float):
    """(lines, size): wrap into at most *max_lines* lines, shrinking as needed."""
    current = size
    while current > minimum:
        lines = wrap(text, font, current, max_width)
        if len(lines) <= max_lines and all(text_width(line, font, current) <= max_width for line in lines):
            return lines, current
        current -= 0.5
    lines = wrap(text, font, minimum, max_width)
    if len(lines) > max_lines:  # keep the layout: join the tail and let it shrink further
        lines = lines[: max_lines - 1] + [" ".join(lines[max_lines - 1:])]
    smallest = min(fit(line, font, minimum, max_width, 4.0) for line in lines)
    return lines, smallest


def centred(c: Canvas, text: str, x: float, y: float, font: str, size: float, color, spacing: float = 0.0):
    """Draw *text* centred on x, with optional letter spacing."""
    c.setFillColor(color)
    if not spacing:
        c.setFont(font, size)
        c.drawCentredString(x, y, text)
        return
    obj = c.beginText(x - text_width(text, font, size, spacing) / 2, y)
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
