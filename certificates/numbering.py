"""Certificate numbers in the style Indonesian government offices use.

A number is built from a format string such as the default
``"{seq:03d}/{course}/{agency}/{month_roman}/{year}"`` which gives
``"001/PRL/DP3A-BJM/VIII/2024"``. Agency staff may edit the format, so
:func:`validate_number_format` checks a user-supplied format and returns
Indonesian error messages instead of raising.

Pure module: no Django imports.
"""

from __future__ import annotations

import datetime
import string

DEFAULT_FORMAT = "{seq:03d}/{course}/{agency}/{month_roman}/{year}"

# Placeholder name -> short Indonesian description (used in help texts/errors).
PLACEHOLDERS: dict[str, str] = {
    "seq": "nomor urut",
    "course": "kode pelatihan",
    "agency": "kode lembaga",
    "month": "bulan (angka)",
    "month_roman": "bulan (angka Romawi)",
    "year": "tahun",
}

MAX_FORMAT_LENGTH = 200

_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# Sample values used to trial-format a user's format string: the types must
# match what format_certificate_number passes so that a spec valid here is
# valid there (int for seq/month/year, str for the rest).
_SAMPLE_VALUES = {
    "seq": 1,
    "course": "PRL",
    "agency": "DP3A",
    "month": 8,
    "month_roman": "VIII",
    "year": 2024,
}


def to_roman(month: int) -> str:
    """Return the Roman numeral for a month (1..12), e.g. 8 -> "VIII"."""
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError(f"Bulan harus 1 sampai 12, bukan {month!r}.")
    return _ROMAN_MONTHS[month - 1]


def _values(seq: int, course: str, agency: str, issued: datetime.date) -> dict[str, object]:
    return {
        "seq": seq,
        "course": course,
        "agency": agency,
        "month": issued.month,
        "month_roman": to_roman(issued.month),
        "year": issued.year,
    }


def format_certificate_number(
    fmt: str,
    *,
    seq: int,
    course: str,
    agency: str,
    issued: datetime.date,
) -> str:
    """Build a certificate number from *fmt*.

    Raises ValueError (with the Indonesian messages) when *fmt* is invalid:
    callers are expected to have validated user formats at save time, so an
    invalid format here is a programming/configuration error.
    """
    errors = validate_number_format(fmt)
    if errors:
        raise ValueError(" ".join(errors))
    return fmt.format(**_values(seq, course, agency, issued))


def _parse(fmt: str) -> tuple[list[tuple[str, str | None, str | None]], str | None]:
    """Split *fmt* into (field_name, format_spec, conversion) items.

    Returns (fields, error). string.Formatter raises ValueError on unbalanced
    braces; we turn that into a message.
    """
    fields = []
    try:
        for _literal, name, spec, conversion in string.Formatter().parse(fmt):
            if name is not None:
                fields.append((name, spec, conversion))
    except ValueError:
        return [], "Kurung kurawal tidak seimbang: tulis placeholder seperti {seq} atau {year}."
    return fields, None


def _field_errors(name: str, spec: str | None, conversion: str | None) -> list[str]:
    """Errors for one placeholder (unknown name, conversions, bad spec)."""
    if name == "":
        return ["Placeholder kosong {} tidak diizinkan: tulis namanya, misalnya {seq}."]
    if name not in PLACEHOLDERS:
        known = ", ".join(f"{{{key}}}" for key in PLACEHOLDERS)
        return [f"Placeholder {{{name}}} tidak dikenal. Yang dikenal: {known}."]
    if conversion is not None:
        return [f"Konversi !{conversion} pada {{{name}}} tidak diizinkan."]
    if spec and ("{" in spec or "}" in spec):
        return [f"Format {{{name}:{spec}}} tidak boleh berisi placeholder bersarang."]
    if spec:
        try:
            format(_SAMPLE_VALUES[name], spec)
        except (ValueError, TypeError):
            return [f"Format {{{name}:{spec}}} tidak valid."]
    return []


def validate_number_format(fmt: object) -> list[str]:
    """Check a user-supplied number format; return a list of Indonesian errors.

    An empty list means the format is usable. Never raises on user input.
    """
    if not isinstance(fmt, str) or not fmt.strip():
        return ["Format nomor sertifikat wajib diisi."]
    if len(fmt) > MAX_FORMAT_LENGTH:
        return [f"Format nomor sertifikat terlalu panjang (maksimal {MAX_FORMAT_LENGTH} karakter)."]
    fields, error = _parse(fmt)
    if error:
        return [error]
    errors: list[str] = []
    for name, spec, conversion in fields:
        for message in _field_errors(name, spec, conversion):
            if message not in errors:
                errors.append(message)
    if not any(name == "seq" for name, _spec, _conv in fields):
        errors.append("Format wajib memuat {seq} (nomor urut) agar setiap nomor unik.")
    return errors
