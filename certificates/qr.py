"""Fast QR symbols for certificates, built on ReportLab's QR tables.

ReportLab's ``qrencoder.QRCode.make()`` (used by ``reportlab.graphics.barcode
.qr``) lays the symbol out nine times with a Python call per module and scores
masks with slow list-based rules: ~25 ms for the version-13 code a certificate
needs, more than everything else on the page. Here the same symbol is built in
about half a millisecond, still with no extra dependency:

* ReportLab supplies the tables and layout: Reed-Solomon block structure
  (``QRRSBlock``), function patterns and format/version info (``makeImpl``),
  the data placement order (``dataPosIterator``) and mask formulas. Those
  depend only on (version, level, mask) and are cached as templates.
* This module encodes the data (byte mode, UTF-8), computes Reed-Solomon
  codewords with packed product tables, holds the whole symbol as one big
  integer, and picks the mask with the ISO/IEC 18004 penalty rules evaluated
  as whole-symbol bit operations.

Any mask gives a valid symbol; the penalty only picks the one scanners like
best, as the standard asks. ``tests/certificates/test_qr.py`` checks the
codewords against ReportLab's encoder, the penalty against a literal
implementation of the rules, and decodes symbols with zbarimg.

Pure module: no Django imports.
"""

from __future__ import annotations

import functools
import operator
import re
from itertools import zip_longest

from reportlab.graphics.barcode import qrencoder

LEVELS = {
    "L": qrencoder.QRErrorCorrectLevel.L,
    "M": qrencoder.QRErrorCorrectLevel.M,
    "Q": qrencoder.QRErrorCorrectLevel.Q,
    "H": qrencoder.QRErrorCorrectLevel.H,
}
_BYTE_MODE = 0b0100


# --- Reed-Solomon over GF(256), polynomial 0x11D (ISO 18004 §7.5.2) ---------


def _gf_tables() -> tuple[list[int], list[int]]:
    exp, log = [0] * 512, [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x <<= 1
        if x & 0x100:
            x ^= 0x11D
    for i in range(255, 512):  # doubled so exp[a + b] needs no modulo
        exp[i] = exp[i - 255]
    return exp, log


_EXP, _LOG = _gf_tables()


@functools.lru_cache(maxsize=None)
def _generator(degree: int) -> tuple[int, ...]:
    """Coefficients of prod(x - a^i, i < degree), leading 1 dropped."""
    poly = [1]
    for i in range(degree):
        nxt = poly + [0]
        for j, coef in enumerate(poly):
            if coef:
                nxt[j + 1] ^= _EXP[_LOG[coef] + i]
        poly = nxt
    return tuple(poly[1:])


@functools.lru_cache(maxsize=None)
def _product_table(degree: int) -> tuple[int, ...]:
    """factor -> factor * g(x), the *degree* coefficient bytes packed in one int.

    Packing lets the division loop below do one shift and one XOR per data
    byte instead of a Python step per coefficient.
    """
    gen = _generator(degree)
    table = [0]
    for factor in range(1, 256):
        lf = _LOG[factor]
        packed = 0
        for g in gen:
            packed = (packed << 8) | (_EXP[lf + _LOG[g]] if g else 0)
        table.append(packed)
    return tuple(table)


def _ec_bytes(data: list[int], degree: int) -> list[int]:
    """Error-correction codewords: remainder of data(x) * x^degree / g(x)."""
    table = _product_table(degree)
    top = 8 * (degree - 1)
    keep = (1 << top) - 1
    rem = 0  # the remainder's *degree* bytes, highest coefficient first
    for byte in data:
        factor = (rem >> top) ^ byte
        rem = ((rem & keep) << 8) ^ table[factor]
    return list(rem.to_bytes(degree, "big"))


# --- data encoding -----------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _blocks(version: int, level: int) -> tuple[tuple[int, int], ...]:
    """(data codewords, total codewords) for each RS block."""
    return tuple((b.dataCount, b.totalCount) for b in qrencoder.QRRSBlock.getRSBlocks(version, level))


def _choose_version(length: int, level: int) -> int:
    """Smallest version whose data capacity holds *length* bytes in byte mode."""
    for version in range(1, 41):
        count_bits = 8 if version < 10 else 16
        capacity = sum(dc for dc, _tc in _blocks(version, level)) * 8
        if 4 + count_bits + 8 * length <= capacity and length < (1 << count_bits):
            return version
    raise ValueError("Teks terlalu panjang untuk kode QR.")


def _data_codewords(payload: bytes, version: int, level: int) -> list[int]:
    """Byte-mode segment + terminator + padding, as codewords (§7.4)."""
    capacity = sum(dc for dc, _tc in _blocks(version, level)) * 8
    count_bits = 8 if version < 10 else 16
    bits = f"{_BYTE_MODE:04b}{len(payload):0{count_bits}b}" + "".join(f"{b:08b}" for b in payload)
    bits += "0" * min(4, capacity - len(bits))  # terminator
    bits += "0" * (-len(bits) % 8)
    words = [int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)]
    pads = (0xEC, 0x11)
    words += [pads[i % 2] for i in range(capacity // 8 - len(words))]
    return words


def codewords(payload: bytes, version: int, level: int) -> list[int]:
    """Data and EC codewords, interleaved by block (§7.6)."""
    data = _data_codewords(payload, version, level)
    dc_blocks, ec_blocks, offset = [], [], 0
    for data_count, total_count in _blocks(version, level):
        chunk = data[offset:offset + data_count]
        offset += data_count
        dc_blocks.append(chunk)
        ec_blocks.append(_ec_bytes(chunk, total_count - data_count))
    out: list[int] = []
    for group in (dc_blocks, ec_blocks):
        for column in zip_longest(*group):
            out.extend(c for c in column if c is not None)
    return out


# --- layout (from ReportLab), as one big integer per symbol --------------------
#
# A symbol of size n is held as ONE Python int: the rows, top first, each
# followed by a "0" guard bit (row width w = n + 1). Shifting by 1 moves along
# a row, shifting by w moves to the next row, and the guard bits (0 in both
# the dark and the light plane) stop runs and patterns at the edges. Masking
# and every penalty rule then become a few dozen whole-symbol integer
# operations instead of thousands of per-module Python steps.


def _pack(rows: list[str]) -> int:
    """Rows of "0"/"1" -> the guarded big-int layout."""
    return int("0".join(rows) + "0", 2)


def _unpack(value: int, size: int) -> tuple[str, ...]:
    width = size + 1
    text = f"{value:0{width * size}b}"
    return tuple(text[i:i + size] for i in range(0, width * size, width))


class _FunctionPatterns(qrencoder.QRCode):
    """ReportLab's symbol layout with no data mapped."""

    def mapData(self, data, maskPattern):  # noqa: N802 (ReportLab's name)
        pass


@functools.lru_cache(maxsize=128)
def _template(version: int, level: int, mask: int) -> int:
    """Finder/timing/alignment patterns + format/version info (ReportLab's makeImpl)."""
    layout = _FunctionPatterns(version, level)
    layout.dataCache = []  # makeImpl only encodes when dataCache is None: skip it
    layout.makeImpl(False, mask)
    return _pack(["".join("1" if m else "0" for m in row) for row in layout.modules])


@functools.lru_cache(maxsize=64)
def _placement(version: int) -> tuple[tuple[operator.itemgetter, ...], int, int]:
    """How data bits land in the symbol (ReportLab's dataPosIterator order).

    Returns (per-row itemgetters that gather a row's bits from the bit stream,
    stream length incl. a trailing "0" picked for non-data modules,
    big-int flag plane of the data modules).
    """
    layout = _FunctionPatterns(version, 0)
    size = layout.moduleCount = version * 4 + 17  # dataPosIterator reads moduleCount
    positions = layout.dataPosIterator()
    zero = len(positions)
    index = [[zero] * size for _ in range(size)]
    for i, (col, row) in enumerate(positions):
        index[row][col] = i
    pickers = tuple(operator.itemgetter(*row) for row in index)
    where = _pack(["".join("0" if i == zero else "1" for i in row) for row in index])
    return pickers, zero + 1, where


@functools.lru_cache(maxsize=64)
def _mask_plane(size: int, mask: int) -> int:
    fn = qrencoder.QRUtil.getMask(mask)
    return _pack(["".join("1" if fn(r, c) else "0" for c in range(size)) for r in range(size)])


@functools.lru_cache(maxsize=64)
def _valid_plane(size: int) -> int:
    """1 at every module, 0 at guard bits: complementing within it gives the light plane."""
    return _pack(["1" * size] * size)


def _data_plane(version: int, words: list[int]) -> int:
    """Unmasked data bits in the big-int layout."""
    pickers, length, _where = _placement(version)
    stream = "".join(f"{w:08b}" for w in words)
    stream = stream[:length - 1].ljust(length, "0")  # remainder bits + the "0" sentinel
    return _pack(["".join(pick(stream)) for pick in pickers])


# --- mask choice ---------------------------------------------------------------

_FINDER = "10111010000"  # 1:1:3:1:1 finder-like run with 4 light modules (N3)


def _count_pattern(dark: int, light: int, pattern: str, step: int) -> int:
    """Occurrences of *pattern* along rows (step 1) or columns (step w).

    Which end of the pattern lands on which side does not matter: the caller
    counts the pattern and its reverse."""
    last = len(pattern) - 1
    acc = -1
    for k, ch in enumerate(pattern):
        acc &= (dark if ch == "1" else light) >> ((last - k) * step)
    return acc.bit_count()


def _penalty(symbol: int, size: int) -> int:
    """ISO/IEC 18004 §7.8.3 penalty score (N1..N4) of a finished symbol."""
    width = size + 1
    light = ~symbol & _valid_plane(size)
    score = 0
    for plane in (symbol, light):
        for step in (1, width):
            # N1: each run of L >= 5 scores L - 2 = 3 * (#5-windows) - 2 * (#6-windows).
            two = plane & (plane >> step)
            four = two & (two >> 2 * step)
            score += 3 * (four & (plane >> 4 * step)).bit_count() - 2 * (four & (two >> 4 * step)).bit_count()
        # N2: 2x2 blocks of one colour, 3 each.
        score += 3 * (plane & (plane >> 1) & (plane >> width) & (plane >> (width + 1))).bit_count()
    for step in (1, width):
        # N3: finder-like patterns, both orientations, 40 each.
        for pattern in (_FINDER, _FINDER[::-1]):
            score += 40 * _count_pattern(symbol, light, pattern, step)
    # N4: deviation of the dark proportion from 50 %, 10 points per 5 %.
    score += 10 * (abs(symbol.bit_count() * 100 // (size * size) - 50) // 5)
    return score


@functools.lru_cache(maxsize=256)
def qr_matrix(text: str, level: str = "M") -> tuple[str, ...]:
    """The QR symbol for *text* (UTF-8, byte mode) as rows of "0"/"1" (1 = dark),
    without the quiet zone."""
    lvl = LEVELS[level]
    payload = text.encode("utf-8")
    version = _choose_version(len(payload), lvl)
    size = version * 4 + 17
    data = _data_plane(version, codewords(payload, version, lvl))
    where = _placement(version)[2]
    candidates = (
        _template(version, lvl, mask) | (data ^ (_mask_plane(size, mask) & where)) for mask in range(8)
    )
    best = min(candidates, key=lambda symbol: _penalty(symbol, size))
    return _unpack(best, size)


_DARK_RE = re.compile(r"1+")


def dark_runs(matrix: tuple[str, ...]) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules as (row, start column, length).

    One rectangle per run instead of per module keeps the PDF small and fast.
    """
    return [(r, m.start(), m.end() - m.start()) for r, row in enumerate(matrix) for m in _DARK_RE.finditer(row)]
