"""Certificate numbers: formatting, Roman months, validation of user formats."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from certificates.numbering import (
    DEFAULT_FORMAT,
    format_certificate_number,
    to_roman,
    validate_number_format,
)

AUG = datetime.date(2024, 8, 12)


def test_default_format_example():
    number = format_certificate_number(DEFAULT_FORMAT, seq=1, course="PRL", agency="DP3A-BJM", issued=AUG)
    assert number == "001/PRL/DP3A-BJM/VIII/2024"


@pytest.mark.parametrize(
    "fmt, expected",
    [
        ("{seq}", "7"),
        ("{seq:04d}-{year}", "0007-2024"),
        ("{agency}/{course}/{month:02d}/{year}/{seq:03d}", "DP3A-BJM/PRL/08/2024/007"),
        ("No. {{{seq}}}/{month_roman}", "No. {7}/VIII"),
        ("{seq:>5}|{course:<5}|", "    7|PRL  |"),
    ],
)
def test_formats(fmt, expected):
    assert validate_number_format(fmt) == []
    assert format_certificate_number(fmt, seq=7, course="PRL", agency="DP3A-BJM", issued=AUG) == expected


def test_sequence_wider_than_padding_is_kept_whole():
    number = format_certificate_number(DEFAULT_FORMAT, seq=1234, course="PRL", agency="X", issued=AUG)
    assert number.startswith("1234/")


@pytest.mark.parametrize(
    "month, roman",
    list(zip(range(1, 13), ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"])),
)
def test_roman_months(month, roman):
    assert to_roman(month) == roman
    issued = datetime.date(2025, month, 1)
    number = format_certificate_number(DEFAULT_FORMAT, seq=1, course="C", agency="A", issued=issued)
    assert number.split("/")[3] == roman


@pytest.mark.parametrize("bad", [0, 13, -1, True, 1.0, "8", None])
def test_roman_rejects_non_months(bad):
    with pytest.raises(ValueError):
        to_roman(bad)


@pytest.mark.parametrize(
    "fmt, fragment",
    [
        ("{seq}/{kursus}", "{kursus} tidak dikenal"),
        ("{course}/{year}", "wajib memuat {seq}"),
        ("{seq:xyz}", "tidak valid"),
        ("{seq:03s}", "tidak valid"),
        ("{year:.2f}/{seq}", None),  # valid: floats accept ints
        ("{seq", "Kurung kurawal"),
        ("{seq}}", "Kurung kurawal"),
        ("{}/{seq}", "kosong"),
        ("{0}/{seq}", "{0} tidak dikenal"),
        ("{seq.real}", "tidak dikenal"),
        ("{seq[0]}", "tidak dikenal"),
        ("{seq!r}", "Konversi"),
        ("{seq:{year}}", "bersarang"),
        ("", "wajib diisi"),
        ("   ", "wajib diisi"),
        ("{seq}" * 100, "terlalu panjang"),
    ],
)
def test_validation_messages(fmt, fragment):
    errors = validate_number_format(fmt)
    if fragment is None:
        assert errors == []
    else:
        assert errors, fmt
        assert any(fragment in e for e in errors), errors


@pytest.mark.parametrize("not_text", [None, 12, b"{seq}", ["{seq}"]])
def test_validation_of_non_text(not_text):
    assert validate_number_format(not_text) == ["Format nomor sertifikat wajib diisi."]


def test_errors_are_not_repeated():
    errors = validate_number_format("{x}/{x}/{seq}")
    assert len(errors) == 1


def test_format_raises_on_invalid_format():
    with pytest.raises(ValueError, match="tidak dikenal"):
        format_certificate_number("{seq}/{foo}", seq=1, course="C", agency="A", issued=AUG)


@given(st.text(max_size=80))
def test_validate_never_raises_and_valid_formats_format(fmt):
    errors = validate_number_format(fmt)
    assert isinstance(errors, list)
    assert all(isinstance(e, str) for e in errors)
    if not errors:
        number = format_certificate_number(fmt, seq=42, course="PRL", agency="DP3A", issued=AUG)
        assert isinstance(number, str)
