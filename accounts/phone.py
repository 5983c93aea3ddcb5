"""Indonesian mobile numbers: one stored shape (08xxxxxxxxxx) whatever the person typed."""
import re

_NON_DIGITS = re.compile(r"[^\d+]")
_VALID = re.compile(r"^08\d{7,12}$")


def normalize_phone(raw: str) -> str:
    """'+62 812-3456-7890', '+62 (0)812 3456 7890', '62812...', '0812 3456 7890' and 812... (a number cell
    that lost its leading 0) all become '081234567890'."""
    digits = _NON_DIGITS.sub("", raw or "")
    if digits.startswith("+"):
        digits = digits[1:]
    if digits.startswith("620"):  # "+62 (0)812 ...": the trunk 0 written after the country code
        digits = digits[2:]
    elif digits.startswith("62"):
        digits = "0" + digits[2:]
    elif digits.startswith("8"):
        digits = "0" + digits
    return digits


def is_valid_phone(phone: str) -> bool:
    return bool(_VALID.match(phone or ""))
