"""Certificate QR symbols (segno): the right shape, painted exactly, and scannable by zbar."""

import random
import subprocess

import pytest

from certificates import qr

ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/?="


def _random_text(rng, length):
    return "https://x.id/v?p=" + "".join(rng.choice(ALPHABET) for _ in range(length))


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


def test_path_fills_one_rectangle_per_dark_run():
    text = "https://pelita.test/v/ABC?p=PLT1.path"
    count, path = qr.qr_path(text)
    matrix = qr.qr_matrix(text)
    assert count == len(matrix)
    assert path.getCode().count(" re") == len(qr.dark_runs(matrix))


def _to_png(matrix, path, scale=4):
    from PIL import Image

    size = len(matrix)
    image = Image.new("L", (size + 8, size + 8), 255)
    image.putdata([0 if ch == "1" else 255 for row in (["0" * (size + 8)] * 4 + [
        "0000" + row + "0000" for row in matrix] + ["0" * (size + 8)] * 4) for ch in row])
    image.resize(((size + 8) * scale, (size + 8) * scale), Image.NEAREST).save(path)


@pytest.mark.needs_tool("zbarimg")
@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
@pytest.mark.parametrize("length", [1, 40, 270, 600])
def test_symbols_decode_with_zbar(tmp_path, level, length):
    text = _random_text(random.Random(length * 7), length)
    path = tmp_path / "qr.png"
    _to_png(qr.qr_matrix(text, level), path)
    out = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(path)],
                         capture_output=True, check=True)
    assert out.stdout.decode().rstrip("\n") == text


@pytest.mark.needs_tool("zbarimg")
def test_non_ascii_text_decodes(tmp_path):
    text = "Siti Nurhaliza — Banjarmasin, Kalimantan Selatan"
    _to_png(qr.qr_matrix(text), tmp_path / "qr.png")
    out = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(tmp_path / "qr.png")],
                         capture_output=True, check=True)
    assert out.stdout.decode().rstrip("\n") == text


def test_too_long_text_raises():
    with pytest.raises(ValueError):
        qr.qr_matrix("x" * 5000, "H")
