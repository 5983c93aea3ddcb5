"""The fast QR encoder: same codewords as ReportLab, correct penalty, scannable."""

import random
import re
import shutil
import subprocess

import pytest
from reportlab.graphics.barcode import qrencoder

from certificates import qr

ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/?="


def _random_text(rng, length):
    return "https://x.id/v?p=" + "".join(rng.choice(ALPHABET) for _ in range(length))


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
@pytest.mark.parametrize("length", [0, 1, 14, 60, 250, 400, 900])
def test_codewords_match_reportlab(level, length):
    text = _random_text(random.Random(length), length)
    lvl = qr.LEVELS[level]
    reference = qrencoder.QRCode(None, lvl)
    reference.addData(qrencoder.QR8bitByte(text))
    version = reference.calculate_version()
    assert qr._choose_version(len(text.encode()), lvl) == version
    assert qr.codewords(text.encode(), version, lvl) == qrencoder.QRCode.createData(version, lvl, reference.dataList)


def _literal_penalty(rows):
    """ISO 18004 §7.8.3 rules, written out plainly."""
    n = len(rows)
    cols = ["".join(c) for c in zip(*rows)]
    score = 0
    for line in rows + cols:
        score += sum(len(m.group()) - 2 for m in re.finditer(r"0{5,}|1{5,}", line))
        for pattern in ("10111010000", "00001011101"):
            score += 40 * sum(line[i:i + 11] == pattern for i in range(n - 10))
    for r in range(n - 1):
        for c in range(n - 1):
            score += 3 * (rows[r][c] == rows[r][c + 1] == rows[r + 1][c] == rows[r + 1][c + 1])
    dark = sum(row.count("1") for row in rows)
    return score + 10 * (abs(dark * 100 // (n * n) - 50) // 5)


@pytest.mark.parametrize("seed", range(25))
def test_penalty_matches_literal_rules(seed):
    rng = random.Random(seed)
    n = rng.choice([21, 25, 33, 57, 69])
    density = rng.random()
    rows = ["".join("1" if rng.random() < density else "0" for _ in range(n)) for _ in range(n)]
    assert qr._penalty(qr._pack(rows), n) == _literal_penalty(rows)
    assert qr._unpack(qr._pack(rows), n) == tuple(rows)


def test_matrix_shape_and_finder_patterns():
    matrix = qr.qr_matrix("https://pelita.test/v/ABC?p=PLT1.xyz")
    size = len(matrix)
    assert (size - 17) % 4 == 0 and all(len(row) == size for row in matrix)
    finder_top = ["1111111", "1000001", "1011101", "1011101", "1011101", "1000001", "1111111"]
    assert [row[:7] for row in matrix[:7]] == finder_top
    assert [row[-7:] for row in matrix[:7]] == finder_top
    assert [row[:7] for row in matrix[-7:]] == finder_top


def test_dark_runs_cover_exactly_the_dark_modules():
    matrix = qr.qr_matrix("dark runs")
    painted = {(r, c) for r, start, length in qr.dark_runs(matrix) for c in range(start, start + length)}
    assert painted == {(r, c) for r, row in enumerate(matrix) for c, ch in enumerate(row) if ch == "1"}


def _to_png(matrix, path, scale=4):
    from PIL import Image

    size = len(matrix)
    image = Image.new("L", (size + 8, size + 8), 255)
    image.putdata([0 if ch == "1" else 255 for row in (["0" * (size + 8)] * 4 + [
        "0000" + row + "0000" for row in matrix] + ["0" * (size + 8)] * 4) for ch in row])
    image.resize(((size + 8) * scale, (size + 8) * scale), Image.NEAREST).save(path)


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbarimg (zbar-tools) not installed")
@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
@pytest.mark.parametrize("length", [1, 40, 270, 600])
def test_symbols_decode_with_zbar(tmp_path, level, length):
    text = _random_text(random.Random(length * 7), length)
    path = tmp_path / "qr.png"
    _to_png(qr.qr_matrix(text, level), path)
    out = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(path)], capture_output=True, check=True)
    assert out.stdout.decode().rstrip("\n") == text


def test_too_long_text_raises():
    with pytest.raises(ValueError):
        qr.qr_matrix("x" * 5000, "H")
