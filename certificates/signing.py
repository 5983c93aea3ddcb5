"""Ed25519 signatures for the certificate QR code.

The QR code on a printed certificate carries a compact signed token so that a
verifier (a phone, or an offline checker holding the agency's public key) can
confirm the certificate's key facts even without reaching the server:

    PLT1.<base64url(JSON)>.<base64url(Ed25519 signature)>

The JSON uses short keys to keep the QR small::

    n  = certificate number          nm = holder name
    c  = course code                 d  = issue date (ISO)
    i  = issuer code (picks the key) jp = JP hours
    x  = expiry date (ISO, omitted when the certificate does not expire)
    v  = verification code

The signature covers the ASCII bytes ``"PLT1." + base64url(JSON)`` (like JWS),
so the version prefix is authenticated too. A typical token is ~270 chars.

Pure module: no Django imports.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import re
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from joserfc.jwk import OKPKey

TOKEN_PREFIX = "PLT1"
# Hard cap before any decoding work: a QR token is a few hundred chars; this
# rejects pasted garbage cheaply.
MAX_TOKEN_LENGTH = 2048

# Long (caller-facing) key -> short (wire) key.
SHORT_KEYS: dict[str, str] = {
    "number": "n",
    "name": "nm",
    "course": "c",
    "issue_date": "d",
    "issuer": "i",
    "jp_hours": "jp",
    "expires_on": "x",
    "verification_code": "v",
}
LONG_KEYS = {short: long for long, short in SHORT_KEYS.items()}
_REQUIRED = ("number", "name", "course", "issue_date", "issuer")
_DATE_KEYS = ("issue_date", "expires_on")

_B64URL_RE = re.compile(r"^[A-Za-z0-9_-]*$")


class InvalidPayload(ValueError):
    """A QR token that is not a genuine, intact Pelita certificate token.

    ``reason`` is a stable machine code (``"format"``, ``"unknown_issuer"``,
    ``"signature"``) for views/logs; ``str(exc)`` is an Indonesian message fit
    to show a member of the public.
    """

    def __init__(self, message: str, reason: str = "format"):
        super().__init__(message)
        self.reason = reason


# --- base64url ---------------------------------------------------------------


def b64url_encode(data: bytes) -> str:
    """Unpadded base64url (RFC 7515 §2)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Strict unpadded base64url decode.

    Rejects padding, foreign characters and non-canonical encodings (non-zero
    trailing bits), so each byte string has exactly one textual form: a token
    cannot be altered into a different string that still verifies.
    """
    if not isinstance(text, str) or not _B64URL_RE.match(text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not base64url") from exc
    if b64url_encode(data) != text:
        raise ValueError("non-canonical base64url")
    return data


# --- keys --------------------------------------------------------------------


def generate_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_to_pem(key: Ed25519PrivateKey, password: bytes | None = None) -> bytes:
    """PKCS#8 PEM, encrypted when *password* is given (for storing in settings/secrets)."""
    encryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def private_key_from_pem(pem: bytes | str, password: bytes | None = None) -> Ed25519PrivateKey:
    if isinstance(pem, str):
        pem = pem.encode("ascii")
    key = serialization.load_pem_private_key(pem, password=password)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("Kunci privat bukan kunci Ed25519.")
    return key


def private_key_to_raw(key: Ed25519PrivateKey) -> bytes:
    """The 32-byte seed (keep secret)."""
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def private_key_from_raw(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_key_to_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def public_key_from_pem(pem: bytes | str) -> Ed25519PublicKey:
    if isinstance(pem, str):
        pem = pem.encode("ascii")
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("Kunci publik bukan kunci Ed25519.")
    return key


def public_key_to_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_from_raw(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(raw)


def coerce_public_key(key: Ed25519PublicKey | Ed25519PrivateKey | bytes | str) -> Ed25519PublicKey:
    """Accept a key object, 32 raw bytes or PEM; a private key yields its public half."""
    if isinstance(key, Ed25519PublicKey):
        return key
    if isinstance(key, Ed25519PrivateKey):
        return key.public_key()
    if isinstance(key, str):
        key = key.encode("ascii")
    if isinstance(key, (bytes, bytearray, memoryview)):
        key = bytes(key)
        if key.lstrip().startswith(b"-----BEGIN"):
            return public_key_from_pem(key)
        return public_key_from_raw(key)
    raise TypeError(f"Unsupported public key type: {type(key).__name__}")


def jwk(public_key: Ed25519PublicKey | bytes) -> dict[str, str]:
    """The public key as an OKP JWK (RFC 8037), e.g. for a JWKS endpoint."""
    return OKPKey.import_key(coerce_public_key(public_key)).as_dict(private=False)


def key_id(public_key: Ed25519PublicKey | Ed25519PrivateKey | bytes) -> str:
    """RFC 7638 JWK thumbprint (base64url SHA-256, 43 chars).

    A standard fingerprint, so the same value works as a JWS ``kid`` and can
    be recomputed by any JOSE library from the published key.
    """
    return OKPKey.import_key(coerce_public_key(public_key)).thumbprint()


# --- payload -----------------------------------------------------------------


def _iso_date(value: Any, field: str) -> str:
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        return datetime.date.fromisoformat(value).isoformat()
    raise ValueError(f"{field} harus berupa tanggal.")


def _wire_dict(data: Mapping[str, Any]) -> dict[str, Any]:
    """Validate caller data (long keys) and map it to short wire keys."""
    unknown = set(data) - set(SHORT_KEYS)
    if unknown:
        raise ValueError(f"Kolom tidak dikenal: {', '.join(sorted(unknown))}")
    missing = [k for k in _REQUIRED if data.get(k) in (None, "")]
    if missing:
        raise ValueError(f"Kolom wajib kosong: {', '.join(missing)}")
    wire: dict[str, Any] = {}
    for long_key, value in data.items():
        if value is None:  # optional and absent (e.g. no expiry): omit, keeps QR small
            continue
        if long_key in _DATE_KEYS:
            value = _iso_date(value, long_key)
        elif long_key == "jp_hours":
            value = _jp(value)
        elif not isinstance(value, str):
            raise ValueError(f"{long_key} harus berupa teks.")
        wire[SHORT_KEYS[long_key]] = value
    return wire


def _jp(value: Any) -> int | float:
    """JP hours: a non-negative number; integral floats collapse to int for a canonical form."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("jp_hours harus berupa angka.")
    if value != value or value in (float("inf"), float("-inf")) or value < 0:
        raise ValueError("jp_hours tidak valid.")
    return int(value) if float(value).is_integer() else value


def make_payload(data: Mapping[str, Any]) -> bytes:
    """Canonical compact JSON (short keys, sorted, no spaces, UTF-8) for *data*.

    *data* uses the long keys of :data:`SHORT_KEYS`; dates may be ``date``
    objects or ISO strings; ``None`` values are omitted.
    """
    wire = _wire_dict(data)
    # ensure_ascii=False: UTF-8 is shorter than \\uXXXX escapes for names with diacritics.
    text = json.dumps(wire, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates
        raise ValueError("Teks berisi karakter yang tidak valid.") from exc


def sign_payload(data: Mapping[str, Any], private_key: Ed25519PrivateKey) -> str:
    """Return the QR token ``PLT1.<payload>.<signature>``."""
    signing_input = f"{TOKEN_PREFIX}.{b64url_encode(make_payload(data))}"
    signature = private_key.sign(signing_input.encode("ascii"))
    return f"{signing_input}.{b64url_encode(signature)}"


# --- verification --------------------------------------------------------------

_MSG_FORMAT = "Kode QR tidak dikenali sebagai sertifikat Pelita (format rusak atau terpotong)."
_MSG_ISSUER = "Penerbit sertifikat ini tidak dikenal: sertifikat tidak dapat diverifikasi."
_MSG_SIGNATURE = "Tanda tangan digital tidak cocok: data sertifikat telah diubah atau palsu."


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Duplicate keys would let two parsers disagree about the same signed bytes.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("duplicate key")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    # NaN/Infinity are not JSON; Python's parser accepts them unless told otherwise.
    raise ValueError(name)


def _split_token(token: Any) -> tuple[bytes, bytes, bytes]:
    """-> (signing_input, payload_json, signature) or InvalidPayload."""
    if not isinstance(token, str):
        raise InvalidPayload(_MSG_FORMAT)
    token = token.strip()
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise InvalidPayload(_MSG_FORMAT)
    parts = token.split(".")
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
        raise InvalidPayload(_MSG_FORMAT)
    try:
        payload = b64url_decode(parts[1])
        signature = b64url_decode(parts[2])
    except ValueError:
        raise InvalidPayload(_MSG_FORMAT) from None
    if len(signature) != 64:
        raise InvalidPayload(_MSG_FORMAT)
    return f"{parts[0]}.{parts[1]}".encode("ascii"), payload, signature


def _parse_wire(payload: bytes) -> dict[str, Any]:
    try:
        wire = json.loads(
            payload.decode("utf-8"),
            object_pairs_hook=_reject_duplicates,
            parse_constant=_reject_constant,
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvalidPayload(_MSG_FORMAT) from None
    if not isinstance(wire, dict) or not isinstance(wire.get("i"), str):
        raise InvalidPayload(_MSG_FORMAT)
    return wire


def _from_wire(wire: dict[str, Any]) -> dict[str, Any]:
    """Signed wire dict -> long-key dict with date objects (schema re-checked)."""
    data: dict[str, Any] = {}
    for short, value in wire.items():
        long_key = LONG_KEYS.get(short)
        if long_key is None:
            raise InvalidPayload(_MSG_FORMAT)
        data[long_key] = value
    try:
        _wire_dict(data)  # same rules as signing: types, required fields
        for key in _DATE_KEYS:
            if key in data:
                data[key] = datetime.date.fromisoformat(data[key])
    except (ValueError, TypeError):
        raise InvalidPayload(_MSG_FORMAT) from None
    return data


def verify_payload(
    token: str,
    public_keys: Mapping[str, Any],
) -> dict[str, Any]:
    """Verify a QR token and return its data with long keys.

    *public_keys* maps issuer code (the ``i`` field) -> public key (object,
    raw 32 bytes or PEM), or a list of them: an issuer that rotated its key
    keeps its old public keys, and the token verifies if any of them signed
    it. Dates come back as ``datetime.date``. Raises
    :class:`InvalidPayload` for garbage, truncated, altered or forged tokens
    and for unknown issuers. Expiry is *not* judged here: the caller shows
    "kedaluwarsa" with the verified data.
    """
    signing_input, payload, signature = _split_token(token)
    # Parsing before the signature check is needed to pick the issuer's key;
    # nothing from the payload is trusted until the signature verifies.
    wire = _parse_wire(payload)
    candidates = public_keys.get(wire["i"])
    if candidates is None or (isinstance(candidates, (list, tuple)) and not candidates):
        raise InvalidPayload(_MSG_ISSUER, reason="unknown_issuer")
    if not isinstance(candidates, (list, tuple)):
        candidates = [candidates]
    for raw_key in candidates:
        try:
            coerce_public_key(raw_key).verify(signature, signing_input)
        except InvalidSignature:
            continue
        return _from_wire(wire)
    raise InvalidPayload(_MSG_SIGNATURE, reason="signature")
