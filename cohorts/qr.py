"""The check-in QR code as a small inline SVG, drawn on the server (no external request, no JavaScript).

segno encodes the symbol and writes it as one SVG path; we add the size, the white background and an
accessible name.
"""
import functools

import segno

QUIET_ZONE = 4  # modules of white border the standard asks for


@functools.lru_cache(maxsize=64)
def qr_svg(text: str, size: int = 240, label: str = "QR") -> str:
    code = segno.make_qr(text, error="m", boost_error=False, encoding="utf-8")
    # omitsize: we set width/height ourselves; the viewBox stays in modules.
    svg = code.svg_inline(border=QUIET_ZONE, omitsize=True, svgclass=None, lineclass=None, light="#fff")
    return svg.replace("<svg ", f'<svg width="{size}" height="{size}" shape-rendering="crispEdges" role="img" '
                                f'aria-label="{_attr(label)}" ', 1)


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
