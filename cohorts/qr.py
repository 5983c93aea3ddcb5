"""The check-in QR code as a small inline SVG, drawn on the server (no external request, no JavaScript).

ReportLab's encoder computes the modules; the SVG is one path of horizontal runs (a few kilobytes, where
renderSVG writes ~45 kB of separate rectangles).
"""
import functools

from reportlab.graphics.barcode import qrencoder

QUIET_ZONE = 4  # modules of white border the standard asks for


@functools.lru_cache(maxsize=64)
def qr_svg(text: str, size: int = 240, label: str = "QR") -> str:
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    count = qr.getModuleCount()
    parts = []
    for y, row in enumerate(qr.modules):
        x = 0
        while x < count:
            if row[x]:
                start = x
                while x < count and row[x]:
                    x += 1
                parts.append(f"M{start + QUIET_ZONE} {y + QUIET_ZONE}h{x - start}v1h-{x - start}z")
            else:
                x += 1
    full = count + 2 * QUIET_ZONE
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {full} {full}" '
            f'shape-rendering="crispEdges" role="img" aria-label="{_attr(label)}">'
            f'<rect width="{full}" height="{full}" fill="#fff"/><path fill="#000" d="{"".join(parts)}"/></svg>')


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
