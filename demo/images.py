"""Drawn demo images (an agency emblem and a signature) so the demo certificate looks like a real one."""
import io
import math

from PIL import Image, ImageDraw, ImageFont


def _font(size: int):
    from core.fonts import FONT_DIR

    path = FONT_DIR / "DejaVuSans-Bold.ttf"
    try:
        return ImageFont.truetype(str(path), size)
    except OSError:
        return ImageFont.load_default()


def emblem_png(text: str = "DP3A") -> bytes:
    """A round emblem: navy ring, gold star band and the agency's short name (clearly a demo, not a real logo)."""
    size = 400
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, size - 8, size - 8), fill=(24, 44, 94, 255))
    draw.ellipse((34, 34, size - 34, size - 34), fill=(255, 255, 255, 255))
    draw.ellipse((52, 52, size - 52, size - 52), outline=(191, 146, 42, 255), width=8)
    for i in range(12):
        angle = 2 * math.pi * i / 12
        x, y = size / 2 + 120 * math.cos(angle), size / 2 + 120 * math.sin(angle)
        draw.ellipse((x - 9, y - 9, x + 9, y + 9), fill=(191, 146, 42, 255))
    font = _font(74)
    width = draw.textlength(text, font=font)
    draw.text(((size - width) / 2, size / 2 - 48), text, font=font, fill=(24, 44, 94, 255))
    small = _font(28)
    label = "DEMO"
    draw.text(((size - draw.textlength(label, font=small)) / 2, size / 2 + 40), label, font=small,
              fill=(191, 146, 42, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def signature_png() -> bytes:
    """A pen-like scribble on a transparent background."""
    width, height = 600, 220
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for step in range(400):
        t = step / 399
        x = 40 + 520 * t
        y = 120 + 55 * math.sin(t * 14) * (1 - t * 0.6) - 30 * math.sin(t * 3.2)
        points.append((x, y))
    draw.line(points, fill=(20, 30, 80, 255), width=6, joint="curve")
    draw.line([(90, 170), (520, 150)], fill=(20, 30, 80, 255), width=4)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
