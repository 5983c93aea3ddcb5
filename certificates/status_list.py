"""W3C Bitstring Status List v1.0: the revocation list a badge's ``credentialStatus`` points to.

Each certificate has a fixed index (its id) in its agency's list; the bit is 1 once the certificate is
revoked or superseded. The list is published as a credential signed by the agency (VC-JWT), so a verifier
checks revocation without asking Pelita about one particular person.

Pure module: no Django imports.
"""
from __future__ import annotations

import gzip
import io
from collections.abc import Iterable
from typing import Any

from .signing import b64url_decode, b64url_encode

# The spec's minimum (16 KB uncompressed) gives herd privacy; the list grows in whole bytes beyond it.
MIN_LENGTH_BITS = 131072
PURPOSE = "revocation"
MAX_DECODED_BYTES = 16 * 1024 * 1024


def entry(list_url: str, index: int) -> dict[str, str]:
    """The ``credentialStatus`` of one credential."""
    return {"id": f"{list_url}#{index}", "type": "BitstringStatusListEntry", "statusPurpose": PURPOSE,
            "statusListIndex": str(index), "statusListCredential": list_url}


def encode(set_indexes: Iterable[int], *, highest_index: int = 0) -> str:
    """Multibase (``u`` = base64url, no padding) of the GZIP-compressed bitstring; index 0 is the left-most bit."""
    indexes = list(set_indexes)
    length_bits = max(MIN_LENGTH_BITS, max([highest_index, *indexes], default=0) + 1)
    bits = bytearray((length_bits + 7) // 8)
    for index in indexes:
        if index < 0:
            raise ValueError("status list index must not be negative")
        bits[index // 8] |= 0x80 >> (index % 8)
    return "u" + b64url_encode(gzip.compress(bytes(bits), mtime=0))


def decode(encoded_list: str) -> bytes:
    if not encoded_list.startswith("u"):
        raise ValueError("encodedList must be multibase base64url ('u' prefix)")
    with gzip.GzipFile(fileobj=io.BytesIO(b64url_decode(encoded_list[1:]))) as stream:
        data = stream.read(MAX_DECODED_BYTES + 1)
    if len(data) > MAX_DECODED_BYTES:
        raise ValueError("status list too large")
    return data


def is_set(encoded_list: str, index: int) -> bool:
    bits = decode(encoded_list)
    if index >= len(bits) * 8:
        raise ValueError("status list index out of range")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def credential(*, list_url: str, issuer: dict[str, Any] | str, valid_from: str, encoded_list: str,
               valid_until: str | None = None) -> dict:
    """The BitstringStatusListCredential (unsigned; sign it with :func:`certificates.badges.sign_vc_jwt`)."""
    document = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer,
        "validFrom": valid_from,
        "credentialSubject": {"id": f"{list_url}#list", "type": "BitstringStatusList", "statusPurpose": PURPOSE,
                              "encodedList": encoded_list},
    }
    if valid_until:
        document["validUntil"] = valid_until
    return document
