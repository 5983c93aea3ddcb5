"""Sample certificate data and placeholder images for tests and the benchmark.

Images are drawn with Pillow (already needed by ReportLab for PNG) so no
binary fixtures are committed.
"""

from __future__ import annotations

import datetime
import functools
import io
import math

from certificates import signing
from certificates.pdf import CertificateData

TRICKY_NAMES = (
    "Ni Luh Putu Ayu Dewi",
    "Nur'aini",
    "Muhammad Zulfikar Al-Ghifari",
    "Dewi Ayu Lestari Siregar-Hutapea",
    "Aurélie Séverine",
    # 150 characters: the longest name the form accepts.
    ("Raden Ajeng Siti Nurhaliza Kusumawardhani Puspitasari Wulandari Hadiningrat "
     "Sekar Arum Mawar Melati Cempaka Kenanga Anggrek Soekarno Putri Haryanti Rr"),
)

VERIFICATION_URL = "https://pelita.dp3a-banjarmasin.go.id/v/K7M2Q9XA"


@functools.cache
def emblem_png(size: int = 400) -> bytes:
    """A round agency-style emblem: navy disc, gold rings, a star."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    s = size
    draw.ellipse((0.02 * s, 0.02 * s, 0.98 * s, 0.98 * s), fill=(176, 138, 62, 255))
    draw.ellipse((0.07 * s, 0.07 * s, 0.93 * s, 0.93 * s), fill=(27, 47, 91, 255))
    draw.ellipse((0.14 * s, 0.14 * s, 0.86 * s, 0.86 * s), outline=(233, 221, 191, 255), width=max(2, s // 100))
    cx = cy = s / 2
    points = []
    for i in range(10):
        radius = 0.3 * s if i % 2 == 0 else 0.12 * s
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=(233, 200, 110, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@functools.cache
def signature_png(width: int = 480, height: int = 160) -> bytes:
    """A hand-signature-like scribble on a transparent background."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for i in range(400):
        t = i / 399
        x = 30 + t * (width - 60)
        y = height / 2 + 38 * math.sin(t * 5.5 * math.pi) * (1 - 0.6 * t) - 25 * math.sin(t * 2 * math.pi)
        points.append((x, y))
    draw.line(points, fill=(20, 30, 90, 255), width=5, joint="curve")
    draw.line([(60, height - 30), (width - 80, height - 40)], fill=(20, 30, 90, 255), width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@functools.cache
def jpeg_logo() -> bytes:
    from PIL import Image

    emblem = Image.open(io.BytesIO(emblem_png(200)))
    flat = Image.new("RGB", emblem.size, (255, 255, 255))
    flat.paste(emblem, mask=emblem.getchannel("A"))  # JPEG has no alpha: flatten on white
    out = io.BytesIO()
    flat.save(out, "JPEG", quality=85)
    return out.getvalue()


@functools.cache
def issuer_key():
    """One deterministic Ed25519 key for tests (never use outside tests)."""
    return signing.private_key_from_raw(bytes(range(32)))


ISSUER = "DP3A-BJM"


def payload_for(number: str, name: str, issued: datetime.date, **extra) -> dict:
    return {
        "number": number,
        "name": name,
        "course": "PRL",
        "issue_date": issued,
        "issuer": ISSUER,
        "jp_hours": 32,
        "verification_code": "K7M2Q9XA",
        **extra,
    }


def sample_data(**overrides) -> CertificateData:
    """A realistic Indonesian certificate; keyword arguments override fields."""
    issued = overrides.get("issue_date", datetime.date(2024, 8, 12))
    number = overrides.get("number", "001/PRL/DP3A-BJM/VIII/2024")
    name = overrides.get("holder_name", "Ni Luh Putu Ayu Dewi")
    token = signing.sign_payload(payload_for(number, name, issued), issuer_key())
    values = dict(
        number=number,
        holder_name=name,
        course_title="Pelatihan Paralegal Pendamping Korban Kekerasan terhadap Perempuan dan Anak",
        course_code="PRL",
        jp_hours=32,
        start_date=datetime.date(2024, 8, 8),
        end_date=datetime.date(2024, 8, 11),
        place="Banjarmasin",
        issue_date=issued,
        language="id",
        agency_name="Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Banjarmasin",
        agency_logo=emblem_png(),
        signatory_name="Dra. Hj. Siti Rahmah Fauziah, M.Si.",
        signatory_nip="196805121994032007",
        signatory_position="Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Banjarmasin",
        signature_image=signature_png(),
        verification_url=VERIFICATION_URL,
        qr_payload=token,
    )
    values.update(overrides)
    return CertificateData(**values)
