"""Long dates for certificates, in Indonesian or English.

Own month tables on purpose: the server's C locale may lack id_ID, and
setlocale() is process-global (unsafe in threads).

Pure module: no Django imports.
"""

from __future__ import annotations

import datetime

MONTHS = {
    "id": (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}

# En dash between the ends of a range, as typeset Indonesian documents do.
RANGE_DASH = "\u2013"


def _months(lang: str) -> tuple[str, ...]:
    """Month names for *lang*; regional tags like "id-ID" or "en_GB" fall back to the base."""
    base = (lang or "id").replace("_", "-").split("-")[0].lower()
    try:
        return MONTHS[base]
    except KeyError:
        raise ValueError(f"Bahasa tidak didukung: {lang!r} (pilih 'id' atau 'en').") from None


def month_name(month: int, lang: str) -> str:
    """Name of *month* (1..12) in *lang*."""
    return _months(lang)[month - 1]


def format_long_date(d: datetime.date, lang: str) -> str:
    """"12 Agustus 2024" (id) or "12 August 2024" (en)."""
    return f"{d.day} {month_name(d.month, lang)} {d.year}"


def format_date_range(start: datetime.date, end: datetime.date | None, lang: str) -> str:
    """A compact range: "12–14 Agustus 2024", "30 Juli – 2 Agustus 2024",
    "30 Desember 2024 – 2 Januari 2025"; a single date when *end* is missing
    or equal to *start*.
    """
    if end is None or end == start:
        return format_long_date(start, lang)
    if end < start:
        start, end = end, start
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{RANGE_DASH}{end.day} {month_name(end.month, lang)} {end.year}"
    if start.year == end.year:
        return f"{start.day} {month_name(start.month, lang)} {RANGE_DASH} {format_long_date(end, lang)}"
    return f"{format_long_date(start, lang)} {RANGE_DASH} {format_long_date(end, lang)}"
