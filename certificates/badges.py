"""Open Badges 3.0 credentials for certificates, signed as VC-JWT.

``build_credential`` turns a certificate into an OpenBadgeCredential (W3C VC
Data Model 2.0 + OB 3.0 context) that validates against the 1EdTech JSON
Schema. ``sign_vc_jwt`` / ``verify_vc_jwt`` implement the "JSON Web Token
Proof Format" (VC-JWT) of OB 3.0 with Ed25519 (JOSE ``EdDSA``, RFC 8037);
the JWS itself is joserfc's.

VC-JWT shape. The current OB 3.0 text (the VC 2.0 edition, which is what our
``validFrom``/``validUntil`` and context-3.0.3 are) says: "The JWT Payload is
the JSON object of the OpenBadgeCredential" with the claims ``iss``
(issuer.id), ``jti`` (id), ``nbf`` (validFrom), ``sub``
(credentialSubject.id) and ``exp`` (validUntil) added; credentials made
under VC 1.1 instead carry the credential in a ``vc`` claim, and verifiers
must accept that too. So by default the payload *is* the credential plus
those claims (and ``iat``); ``sign_vc_jwt(..., vc_claim=True)`` produces the
VC 1.1 ``{"vc": credential, ...}`` form, and ``verify_vc_jwt`` reads both.

No ``proof`` property is added to the credential: the JWS is the proof (the
1EdTech schema also wants ``proof`` as an array when present).

Pure module: no Django imports.
"""

from __future__ import annotations

import datetime
import json
import time
import uuid
import warnings
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from joserfc import jws
from joserfc.errors import BadSignatureError, JoseError, SecurityWarning
from joserfc.jwk import OKPKey

from .signing import b64url_decode, coerce_public_key

# OB 3.0 and the VC-JWT verifiers in the field name Ed25519 "EdDSA"; RFC 9864's newer "Ed25519" name
# is not yet understood by them, so we keep "EdDSA" and silence joserfc's reminder about it.
warnings.filterwarnings("ignore", message="EdDSA is deprecated", category=SecurityWarning)
ALGORITHMS = ["EdDSA"]

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
CREDENTIAL_TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
SCHEMA_URL = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
SCHEMA_TYPE = "1EdTechJsonSchemaValidator2019"
# A training certificate: completion of a course, not a licence/certification.
ACHIEVEMENT_TYPE = "CertificateOfCompletion"

JWT_CLAIMS = ("iss", "jti", "nbf", "sub", "exp", "iat")
# Clock skew tolerated between issuer and verifier when checking nbf/exp.
LEEWAY_SECONDS = 300
MAX_TOKEN_LENGTH = 256 * 1024


class InvalidCredential(ValueError):
    """A VC-JWT that is malformed, altered, signed by another key, or whose
    claims disagree with the credential inside. ``reason`` is a stable code."""

    def __init__(self, message: str, reason: str = "format"):
        super().__init__(message)
        self.reason = reason


class CredentialNotYetValid(InvalidCredential):
    pass


class CredentialExpired(InvalidCredential):
    pass


# --- building --------------------------------------------------------------------


def _utc(value: datetime.datetime | datetime.date) -> datetime.datetime:
    """Aware UTC datetime, whole seconds (NumericDate claims are integers and
    must equal validFrom/validUntil exactly). Naive datetimes are taken as UTC;
    a date means midnight UTC."""
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value.astimezone(datetime.UTC).replace(microsecond=0)


def format_datetime(value: datetime.datetime | datetime.date) -> str:
    """DateTimeZ as OB 3.0 wants it: ``2024-08-12T03:00:00Z``."""
    return _utc(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_datetime(text: str) -> datetime.datetime:
    return _utc(datetime.datetime.fromisoformat(text.replace("Z", "+00:00")))


def default_subject_id(verification_url: str) -> str:
    """A stable, pseudonymous subject id (``urn:uuid:``) derived from the
    credential id: VC-JWT needs ``sub`` = credentialSubject.id, and Pelita
    does not give learners DIDs or publish their emails."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, verification_url + '#subject')}"


def build_credential(
    *,
    verification_url: str,
    issuer_id: str,
    issuer_name: str,
    holder_name: str,
    course_name: str,
    course_description: str,
    course_url: str,
    criteria_narrative: str,
    issued: datetime.datetime | datetime.date,
    expires: datetime.datetime | datetime.date | None = None,
    issuer_url: str | None = None,
    subject_id: str | None = None,
    course_code: str | None = None,
    credential_name: str | None = None,
    language: str | None = None,
    activity_start: datetime.date | None = None,
    activity_end: datetime.date | None = None,
    credential_status: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """An OpenBadgeCredential (OB 3.0, VC 2.0) for one certificate.

    ``id`` is the verification URL (the one in the PDF's QR code). The holder
    is identified by name (an IdentityObject of type "name", in clear: it is
    printed on the certificate anyway) and a pseudonymous ``subject_id``.
    """
    issuer: dict[str, Any] = {"id": issuer_id, "type": ["Profile"], "name": issuer_name}
    if issuer_url:
        issuer["url"] = issuer_url
    achievement: dict[str, Any] = {
        "id": course_url,
        "type": ["Achievement"],
        "achievementType": ACHIEVEMENT_TYPE,
        "name": course_name,
        "description": course_description,
        "criteria": {"narrative": criteria_narrative},
    }
    if course_code:
        achievement["humanCode"] = course_code
    if language:
        achievement["inLanguage"] = language
    subject: dict[str, Any] = {
        "id": subject_id or default_subject_id(verification_url),
        "type": ["AchievementSubject"],
        "identifier": [
            {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": holder_name}
        ],
        "achievement": achievement,
    }
    if activity_start:
        subject["activityStartDate"] = format_datetime(activity_start)
    if activity_end:
        subject["activityEndDate"] = format_datetime(activity_end)
    credential: dict[str, Any] = {
        "@context": list(CONTEXT),
        "id": verification_url,
        "type": list(CREDENTIAL_TYPES),
        "name": credential_name or course_name,
        "issuer": issuer,
        "validFrom": format_datetime(issued),
        "awardedDate": format_datetime(issued),
        "credentialSubject": subject,
        "credentialSchema": [{"id": SCHEMA_URL, "type": SCHEMA_TYPE}],
    }
    if expires:
        credential["validUntil"] = format_datetime(expires)
    if credential_status:
        credential["credentialStatus"] = dict(credential_status)
    return credential


def issuer_profile(*, issuer_id: str, name: str, url: str | None = None) -> dict[str, Any]:
    """The JSON-LD Profile document an ``issuer.id`` URL answers with."""
    profile: dict[str, Any] = {"@context": list(CONTEXT), "id": issuer_id, "type": ["Profile"], "name": name}
    if url:
        profile["url"] = url
    return profile


# --- JWS (compact, EdDSA, joserfc) ---------------------------------------------------


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def _numeric_date(text: str) -> int:
    return int(_parse_datetime(text).timestamp())


def _issuer_id(credential: Mapping[str, Any]) -> Any:
    issuer = credential.get("issuer")
    return issuer.get("id") if isinstance(issuer, Mapping) else issuer


def _subject_id(credential: Mapping[str, Any]) -> Any:
    subject = credential.get("credentialSubject")
    if isinstance(subject, list):  # VC allows several subjects; OB uses one
        subject = subject[0] if subject else None
    return subject.get("id") if isinstance(subject, Mapping) else None


def jwt_claims(credential: Mapping[str, Any]) -> dict[str, Any]:
    """The registered claims OB 3.0 derives from a credential."""
    claims: dict[str, Any] = {
        "iss": _issuer_id(credential),
        "jti": credential["id"],
        "nbf": _numeric_date(credential["validFrom"]),
    }
    subject = _subject_id(credential)
    if subject is not None:
        claims["sub"] = subject
    if credential.get("validUntil"):
        claims["exp"] = _numeric_date(credential["validUntil"])
    return claims


def sign_vc_jwt(
    credential: Mapping[str, Any],
    private_key: Ed25519PrivateKey,
    kid: str,
    *,
    issued_at: int | None = None,
    vc_claim: bool = False,
) -> str:
    """Compact JWS of *credential* (header ``{"alg":"EdDSA","typ":"JWT","kid":kid}``).

    *kid* should be dereferenceable to the public JWK (e.g. the JWKS URL with
    ``#`` + :func:`certificates.signing.key_id`). ``iat`` is now unless given.
    """
    if "proof" in credential:
        raise ValueError("VC-JWT: the JWS is the proof; remove 'proof' from the credential first.")
    claims = jwt_claims(credential)
    claims["iat"] = int(time.time()) if issued_at is None else int(issued_at)
    if vc_claim:
        payload = {**claims, "vc": dict(credential)}
    else:
        clash = set(claims) & set(credential)
        if clash:
            raise ValueError(f"Credential has properties named like JWT claims: {sorted(clash)}")
        payload = {**credential, **claims}
    header = {"alg": "EdDSA", "typ": "JWT", "kid": kid}
    return jws.serialize_compact(header, _json_bytes(payload), OKPKey.import_key(private_key), algorithms=ALGORITHMS)


def _public_key(key: Any) -> OKPKey:
    """Key object, raw bytes, PEM, or an OKP/Ed25519 public JWK dict."""
    if isinstance(key, Mapping):
        if key.get("kty") != "OKP" or key.get("crv") != "Ed25519" or "d" in key:
            raise InvalidCredential("Kunci publik JWK tidak didukung.", reason="key")
        try:
            return OKPKey.import_key(dict(key))
        except (JoseError, ValueError, TypeError):
            raise InvalidCredential("Kunci publik JWK tidak didukung.", reason="key") from None
    return OKPKey.import_key(coerce_public_key(key))


def _verified(token: Any, key: OKPKey) -> bytes:
    """The payload bytes of a compact JWS signed by *key* with EdDSA, and nothing else."""
    if not isinstance(token, str) or len(token) > MAX_TOKEN_LENGTH:
        raise InvalidCredential("VC-JWT rusak atau bukan token.")
    token = token.strip()
    parts = token.split(".")
    if len(parts) != 3:
        raise InvalidCredential("VC-JWT rusak: harus terdiri dari tiga bagian.")
    try:
        for part in parts:  # one textual form per token: no padding, no stray bits
            b64url_decode(part)
        header = jws.extract_compact(token.encode("ascii")).headers()
    except (JoseError, ValueError, TypeError, UnicodeError, RecursionError):
        raise InvalidCredential("VC-JWT rusak: bagian token tidak dapat dibaca.") from None
    # Pin the algorithm and the header: never let the token choose ("none", HMAC with the public key...).
    if header.get("alg") != "EdDSA" or header.get("typ", "JWT") != "JWT" or "crit" in header:
        raise InvalidCredential("VC-JWT memakai algoritme/header yang tidak didukung.", reason="header")
    try:
        return jws.deserialize_compact(token, key, algorithms=ALGORITHMS).payload
    except BadSignatureError:
        raise InvalidCredential("Tanda tangan VC-JWT tidak valid.", reason="signature") from None
    except (JoseError, ValueError):
        raise InvalidCredential("VC-JWT rusak atau bukan token.") from None


def _credential_from(payload: Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(payload.get("vc"), Mapping):  # VC 1.1 style
        return dict(payload["vc"])
    return {k: v for k, v in payload.items() if k not in JWT_CLAIMS}


def _check_claims(payload: Mapping[str, Any], credential: Mapping[str, Any]) -> None:
    """OB 3.0 "Verify a Credential VC-JWT Signature": claims must match the credential."""
    try:
        expected = jwt_claims(credential)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise InvalidCredential("Isi kredensial tidak lengkap (id/issuer/validFrom).") from None
    for claim in ("iss", "jti", "nbf"):
        if payload.get(claim) != expected[claim]:
            raise InvalidCredential(f"Klaim '{claim}' tidak cocok dengan kredensial.", reason="claims")
    if payload.get("sub") != expected.get("sub"):
        raise InvalidCredential("Klaim 'sub' tidak cocok dengan credentialSubject.id.", reason="claims")
    if payload.get("exp") != expected.get("exp"):
        raise InvalidCredential("Klaim 'exp' tidak cocok dengan validUntil.", reason="claims")


def _check_period(payload: Mapping[str, Any], now: float) -> None:
    if payload["nbf"] > now + LEEWAY_SECONDS:
        raise CredentialNotYetValid("Kredensial belum berlaku.", reason="not_yet_valid")
    if "exp" in payload and payload["exp"] <= now - LEEWAY_SECONDS:
        raise CredentialExpired("Kredensial sudah kedaluwarsa.", reason="expired")


def verify_vc_jwt(
    token: str,
    public_key: Ed25519PublicKey | bytes | Mapping[str, str],
    *,
    now: float | None = None,
    check_validity_period: bool = True,
) -> dict[str, Any]:
    """Verify a VC-JWT and return the credential inside it.

    Raises :class:`InvalidCredential` for malformed tokens, other algorithms,
    bad signatures (any altered byte) and claims that disagree with the
    credential; :class:`CredentialNotYetValid` / :class:`CredentialExpired`
    for the validity period unless ``check_validity_period=False``.
    """
    payload_bytes = _verified(token, _public_key(public_key))
    try:
        payload = json.loads(payload_bytes.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise InvalidCredential("VC-JWT rusak: payload tidak dapat dibaca.") from None
    if not isinstance(payload, dict):
        raise InvalidCredential("VC-JWT rusak: payload bukan objek JSON.")
    credential = _credential_from(payload)
    _check_claims(payload, credential)
    if check_validity_period:
        _check_period(payload, time.time() if now is None else now)
    return credential
