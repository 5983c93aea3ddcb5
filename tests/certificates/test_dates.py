"""Long dates and date ranges in Indonesian and English."""

import datetime

import pytest

from core.dates import format_date_range, format_long_date

D = datetime.date


def test_examples():
    assert format_long_date(D(2024, 8, 12), "id") == "12 Agustus 2024"
    assert format_long_date(D(2024, 8, 12), "en") == "12 August 2024"
    assert format_long_date(D(2025, 1, 1), "id") == "1 Januari 2025"


@pytest.mark.parametrize(
    "month, indonesian, english",
    [
        (1, "Januari", "January"), (2, "Februari", "February"), (3, "Maret", "March"),
        (4, "April", "April"), (5, "Mei", "May"), (6, "Juni", "June"), (7, "Juli", "July"),
        (8, "Agustus", "August"), (9, "September", "September"), (10, "Oktober", "October"),
        (11, "November", "November"), (12, "Desember", "December"),
    ],
)
def test_all_months(month, indonesian, english):
    assert format_long_date(D(2024, month, 5), "id") == f"5 {indonesian} 2024"
    assert format_long_date(D(2024, month, 5), "en") == f"5 {english} 2024"


def test_regional_tags_fall_back_to_language():
    assert format_long_date(D(2024, 8, 12), "id-ID") == "12 Agustus 2024"
    assert format_long_date(D(2024, 8, 12), "en_GB") == "12 August 2024"


def test_unknown_language():
    with pytest.raises(ValueError):
        format_long_date(D(2024, 8, 12), "fr")


def test_datetime_is_accepted():
    assert format_long_date(datetime.datetime(2024, 8, 12, 23, 59), "id") == "12 Agustus 2024"


@pytest.mark.parametrize(
    "start, end, lang, expected",
    [
        (D(2024, 8, 12), D(2024, 8, 14), "id", "12\u201314 Agustus 2024"),
        (D(2024, 8, 12), D(2024, 8, 14), "en", "12\u201314 August 2024"),
        (D(2024, 7, 30), D(2024, 8, 2), "id", "30 Juli \u2013 2 Agustus 2024"),
        (D(2024, 12, 30), D(2025, 1, 2), "id", "30 Desember 2024 \u2013 2 Januari 2025"),
        (D(2024, 8, 12), None, "id", "12 Agustus 2024"),
        (D(2024, 8, 12), D(2024, 8, 12), "id", "12 Agustus 2024"),
        (D(2024, 8, 14), D(2024, 8, 12), "id", "12\u201314 Agustus 2024"),  # swapped ends
    ],
)
def test_ranges(start, end, lang, expected):
    assert format_date_range(start, end, lang) == expected
