"""Certificate PDFs: valid, A4 landscape, the right text, embedded fonts, a
QR code that scans to the verification URL with a verifying token, and text
that stays inside the border for long names and titles."""

import datetime
import re
import subprocess
import sys
import unicodedata
from html import unescape
from pathlib import Path

import pytest

from certificates import signing
from certificates.pdf import PAGE_HEIGHT, PAGE_WIDTH, render_certificate, render_many
from tests import tools

from . import sample

ROOT = Path(__file__).resolve().parents[2]

needs = {tool: pytest.mark.needs_tool(tool) for tool in ("qpdf", "pdftotext", "pdffonts", "pdftoppm", "zbarimg")}


@pytest.fixture(scope="module")
def pdf_id():
    return render_certificate(sample.sample_data())


@pytest.fixture(scope="module")
def pdf_en():
    return render_certificate(sample.sample_data(
        language="en", agency_logo=None, signature_image=None, end_date=None,
        expires_on=datetime.date(2027, 8, 12), status_note="SPESIMEN"))


def _write(tmp_path, data, name="c.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _text(path, *args):
    out = subprocess.run(["pdftotext", *args, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return unicodedata.normalize("NFC", out.stdout.decode("utf-8"))


def _flat(text):
    return " ".join(text.split())


def test_is_pdf(pdf_id):
    assert pdf_id.startswith(b"%PDF-") and pdf_id.rstrip().endswith(b"%%EOF")


@needs["qpdf"]
def test_qpdf_check(tmp_path, pdf_id, pdf_en):
    for data in (pdf_id, pdf_en):
        result = subprocess.run(["qpdf", "--check", str(_write(tmp_path, data))], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_a4_landscape(pdf_id):
    assert (round(PAGE_WIDTH, 1), round(PAGE_HEIGHT, 1)) == (841.9, 595.3)
    boxes = re.findall(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf_id)
    assert boxes and all((round(float(w)), round(float(h))) == (842, 595) for w, h in boxes)


@needs["pdftotext"]
def test_indonesian_text(tmp_path, pdf_id):
    text = _flat(_text(_write(tmp_path, pdf_id)))
    for expected in (
        "SERTIFIKAT", "Sertifikat Pelatihan", "diberikan kepada", "Ni Luh Putu Ayu Dewi",
        "001/PRL/DP3A-BJM/VIII/2024", "12 Agustus 2024", "dengan jumlah 32 JP (jam pelajaran)",
        "8\u201311 Agustus 2024 di Banjarmasin", "telah mengikuti dan menyelesaikan pelatihan",
        "DINAS PEMBERDAYAAN PEREMPUAN", "NIP. 196805121994032007", sample.VERIFICATION_URL,
        "Sertifikat ini adalah bukti mengikuti pelatihan, bukan lisensi profesi.",
    ):
        assert expected in text, expected
    assert "CPLA" not in text.upper()
    assert "PARALEGAL CERTIFIED" not in text.upper()
    assert "?p=" not in text  # the printed URL is the plain one; the token is only in the QR


@needs["pdftotext"]
def test_english_text(tmp_path, pdf_en):
    text = _flat(_text(_write(tmp_path, pdf_en)))
    for expected in ("CERTIFICATE", "Training Certificate", "awarded to", "12 August 2024",
                     "totalling 32 JP", "held on 8 August 2024 in Banjarmasin", "Valid until 12 August 2027",
                     "not a professional licence", "SPES"):  # the rotated stamp may split in two
        assert expected in text, expected
    assert "CPLA" not in text.upper()


@needs["pdffonts"]
def test_fonts_are_embedded_dejavu(tmp_path, pdf_id):
    out = subprocess.run(["pdffonts", str(_write(tmp_path, pdf_id))], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert "DejaVu" in row, row
        assert re.search(r"\byes\s+yes\s+yes\b", row), row  # embedded, subset, unicode map


@needs["pdffonts"]
def test_renders_on_a_server_without_system_fonts(tmp_path):
    # A fresh server may have no DejaVu: rendering must read only the fonts shipped in the package
    # (with their licence), so any attempt to open a system font folder fails this run.
    script = (
        "import sys\n"
        "def guard(event, args):\n"
        "    if event == 'open' and isinstance(args[0], str) and \\\n"
        "            args[0].startswith(('/usr/share/fonts', '/usr/local/share/fonts')):\n"
        "        raise RuntimeError('system font opened: ' + args[0])\n"
        "sys.addaudithook(guard)\n"
        "from tests.certificates import sample\n"
        "from certificates.pdf import FONT_DIR, render_certificate\n"
        "assert (FONT_DIR / 'LICENSE').is_file()\n"
        "sys.stdout.buffer.write(render_certificate(sample.sample_data()))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True, cwd=ROOT)
    fonts = subprocess.run(["pdffonts", str(_write(tmp_path, out.stdout))], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert len(fonts) == 4 and all("DejaVu" in row and re.search(r"\byes\s+yes\s+yes\b", row) for row in fonts)


@needs["pdftoppm"]
@needs["zbarimg"]
def test_qr_decodes_to_url_with_verifying_token(tmp_path, pdf_id):
    path = _write(tmp_path, pdf_id)
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(path), str(tmp_path / "page")], check=True)
    out = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(tmp_path / "page.png")],
                         capture_output=True, check=True)
    decoded = out.stdout.decode().strip()
    data = sample.sample_data()
    assert decoded == f"{sample.VERIFICATION_URL}?p={data.qr_payload}"
    token = decoded.split("?p=", 1)[1]
    verified = signing.verify_payload(token, {sample.ISSUER: sample.issuer_key().public_key()})
    assert verified["number"] == data.number
    assert verified["name"] == data.holder_name


def test_qr_url_joins_existing_query():
    data = sample.sample_data(verification_url="https://x.id/verify?lang=id")
    assert data.qr_url == f"https://x.id/verify?lang=id&p={data.qr_payload}"


def _words(path):
    """(text, xMin, yMin, xMax, yMax) for each word, from pdftotext -bbox."""
    html = _text(path, "-bbox")
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(unescape(w), float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(pattern, html)]


@needs["pdftotext"]
@needs["pdffonts"]
@pytest.mark.parametrize("name", sample.TRICKY_NAMES)
def test_tricky_names_render_inside_the_border(tmp_path, name):
    long_title = ("Pelatihan Penanganan Kasus Kekerasan Seksual terhadap Perempuan dan Anak "
                  "Berbasis Hak dan Sensitif Gender bagi Pendamping UPTD PPA dan Paralegal Desa")
    data = sample.sample_data(holder_name=name, course_title=long_title)
    path = _write(tmp_path, render_certificate(data))
    text = _flat(_text(path))
    assert _flat(name) in text
    margin = 26  # the innermost border line
    for word, x0, y0, x1, y1 in _words(path):
        assert margin < x0 and x1 < PAGE_WIDTH - margin, (word, x0, x1)
        assert margin < y0 and y1 < PAGE_HEIGHT - margin, (word, y0, y1)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert all("yes" in row for row in fonts.splitlines()[2:])


def test_name_of_150_characters_is_shrunk_not_cut():
    name = sample.TRICKY_NAMES[-1]
    assert len(name) == 150
    data = sample.sample_data(holder_name=name)
    assert render_certificate(data).startswith(b"%PDF")


@pytest.mark.parametrize("overrides", [
    {"agency_logo": None, "signature_image": None},
    {"agency_logo": None},
    {"signature_image": None},
    {"agency_logo": sample.jpeg_logo()},
    {"place": "", "signatory_nip": ""},
    {"jp_hours": 32.5},
    {"status_note": "DICABUT"},
    {"agency_name": "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
                    "Perlindungan Anak Kabupaten Hulu Sungai Selatan Provinsi Kalimantan Selatan"},
])
def test_variants_render(tmp_path, overrides):
    data = render_certificate(sample.sample_data(**overrides))
    assert data.startswith(b"%PDF")
    if tools.present("qpdf"):
        assert subprocess.run(["qpdf", "--check", str(_write(tmp_path, data))], capture_output=True).returncode == 0


@needs["pdftotext"]
def test_jp_decimal_uses_comma_in_indonesian(tmp_path):
    text = _flat(_text(_write(tmp_path, render_certificate(sample.sample_data(jp_hours=32.5)))))
    assert "dengan jumlah 32,5 JP" in text


def test_invalid_language():
    with pytest.raises(ValueError):
        sample.sample_data(language="fr")


def test_broken_image_raises_clear_error():
    with pytest.raises(ValueError, match="tidak dapat dibaca"):
        render_certificate(sample.sample_data(agency_logo=b"not an image"))


def _page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", data))


def test_render_many_one_page_per_certificate(tmp_path):
    items = [sample.sample_data(number=f"{i:03d}/PRL/DP3A-BJM/VIII/2024", holder_name=name)
             for i, name in enumerate(sample.TRICKY_NAMES, start=1)]
    pack = render_many(items)
    assert _page_count(pack) == len(items)
    if tools.present("qpdf"):
        path = _write(tmp_path, pack)
        out = subprocess.run(["qpdf", "--show-npages", str(path)], capture_output=True, text=True, check=True)
        assert out.stdout.strip() == str(len(items))
        assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0
    # Shared resources: the logo is embedded once, not once per page.
    assert pack.count(b"/Subtype /Image") < 2 * 2 + 1
    if tools.present("pdftotext"):
        text = _flat(_text(_write(tmp_path, pack, "pack.pdf")))
        for item in items:
            assert item.number in text


def test_render_many_rejects_empty():
    with pytest.raises(ValueError):
        render_many([])


def test_rendering_twice_gives_same_page_content():
    # Caches (fonts, subsets, images, QR) must not leak state between documents.
    first = render_certificate(sample.sample_data())
    second = render_certificate(sample.sample_data())
    strip = re.compile(rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[<[0-9a-f]+><[0-9a-f]+>\]")
    assert strip.sub(b"", first) == strip.sub(b"", second)
