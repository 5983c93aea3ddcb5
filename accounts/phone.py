"""Indonesian mobile numbers: one stored shape (08xxxxxxxxxx) whatever the person typed."""
import re

_NON_DIGITS = re.compile(r"[^\d+]")
_VALID = re.compile(r"^08\d{7,12}$")


def normalize_phone(raw: str) -> str:
    """'+62 812-3456-7890', '62812...' and '0812 3456 7890' all become '081234567890'."""
    digits = _NON_DIGITS.sub("", raw or "")
    if digits.startswith("+"):
        digits = digits[1:]
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    elif digits.startswith("8"):
        digits = "0" + digits
    return digits


def is_valid_phone(phone: str) -> bool:
    return bool(_VALID.match(phone or ""))
