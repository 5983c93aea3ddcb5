"""Open Badges 3.0 credentials: schema-valid, VC-JWT signed, tamper-evident."""

import datetime
import json
from pathlib import Path

import pytest

from certificates import badges, signing
from certificates.badges import (
    CredentialExpired,
    CredentialNotYetValid,
    InvalidCredential,
    build_credential,
    sign_vc_jwt,
    verify_vc_jwt,
)

OB3 = Path(__file__).resolve().parent / "ob3"  # 1EdTech files, licence in ob3/README.md
SCHEMA = OB3 / "ob_v3p0_achievementcredential_schema.json"

KEY = signing.private_key_from_raw(bytes(range(32)))
OTHER = signing.private_key_from_raw(bytes(range(2, 34)))
KID = "https://pelita.dp3a-banjarmasin.go.id/.well-known/jwks.json#" + signing.key_id(KEY)
ISSUED = datetime.datetime(2024, 8, 12, 3, 0, tzinfo=datetime.UTC)
NOW = ISSUED.timestamp() + 86400
URL = "https://pelita.dp3a-banjarmasin.go.id/v/K7M2Q9XA"


def credential(**overrides):
    values = dict(
        verification_url=URL,
        issuer_id="https://pelita.dp3a-banjarmasin.go.id/",
        issuer_name="DP3A Kota Banjarmasin",
        issuer_url="https://dp3a.banjarmasinkota.go.id/",
        holder_name="Nur'aini Séverine Siregar-Hutapea",
        course_name="Pelatihan Paralegal Pendamping Korban",
        course_description="Pelatihan 32 JP tentang pendampingan korban kekerasan terhadap perempuan dan anak.",
        course_url="https://pelita.dp3a-banjarmasin.go.id/kursus/prl/",
        criteria_narrative="Hadir minimal 80% dan lulus post-test dengan nilai minimal 70.",
        issued=ISSUED,
        course_code="PRL",
        language="id",
        activity_start=datetime.date(2024, 8, 8),
        activity_end=datetime.date(2024, 8, 11),
    )
    values.update(overrides)
    return build_credential(**values)


def test_shape():
    cred = credential()
    assert cred["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert cred["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert cred["id"] == URL
    assert cred["validFrom"] == "2024-08-12T03:00:00Z"
    assert "validUntil" not in cred and "proof" not in cred
    subject = cred["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["id"].startswith("urn:uuid:")
    assert subject["identifier"][0]["identityHash"] == "Nur'aini Séverine Siregar-Hutapea"
    achievement = subject["achievement"]
    assert achievement["type"] == ["Achievement"]
    assert achievement["achievementType"] == "CertificateOfCompletion"  # not a licence
    assert achievement["criteria"]["narrative"].startswith("Hadir")
    assert cred["credentialSchema"] == [{"id": badges.SCHEMA_URL, "type": "1EdTechJsonSchemaValidator2019"}]
    assert "CPLA" not in json.dumps(cred)


def test_subject_id_is_stable_and_overridable():
    assert credential()["credentialSubject"]["id"] == credential()["credentialSubject"]["id"]
    assert credential(subject_id="did:example:123")["credentialSubject"]["id"] == "did:example:123"


def test_expiry_and_timezones():
    wib = datetime.timezone(datetime.timedelta(hours=7))
    cred = credential(issued=datetime.datetime(2024, 8, 12, 10, 0, 30, 999, tzinfo=wib),
                      expires=datetime.date(2027, 8, 12))
    assert cred["validFrom"] == "2024-08-12T03:00:30Z"
    assert cred["validUntil"] == "2027-08-12T00:00:00Z"


@pytest.fixture(scope="module")
def validator():
    from jsonschema import Draft201909Validator

    schema = json.loads(SCHEMA.read_text())
    Draft201909Validator.check_schema(schema)
    return Draft201909Validator(schema, format_checker=Draft201909Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("overrides", [
    {},
    {"expires": datetime.date(2027, 8, 12)},
    {"issuer_url": None, "course_code": None, "language": None, "activity_start": None, "activity_end": None},
    {"language": "en", "credential_name": "Training Certificate: Paralegal"},
])
def test_schema_valid(validator, overrides):
    errors = sorted(validator.iter_errors(credential(**overrides)), key=str)
    assert not errors, [e.message for e in errors]


def test_schema_catches_a_broken_credential(validator):
    broken = credential()
    del broken["validFrom"]
    assert any("validFrom" in e.message for e in validator.iter_errors(broken))


def test_spec_example_passes_the_same_validator(validator):
    example = json.loads((OB3 / "basicOpenBadgeCredential.json").read_text())
    assert not list(validator.iter_errors(example))


def _parts(token):
    header, payload, _sig = token.split(".")
    return json.loads(signing.b64url_decode(header)), json.loads(signing.b64url_decode(payload))


def test_sign_and_verify():
    cred = credential(expires=datetime.date(2027, 8, 12))
    token = sign_vc_jwt(cred, KEY, KID, issued_at=int(NOW))
    header, payload = _parts(token)
    assert header == {"alg": "EdDSA", "typ": "JWT", "kid": KID}
    assert payload["iss"] == cred["issuer"]["id"]
    assert payload["jti"] == URL
    assert payload["nbf"] == int(ISSUED.timestamp())
    assert payload["sub"] == cred["credentialSubject"]["id"]
    assert payload["exp"] == int(datetime.datetime(2027, 8, 12, tzinfo=datetime.UTC).timestamp())
    assert payload["iat"] == int(NOW)
    assert verify_vc_jwt(token, KEY.public_key(), now=NOW) == cred


def test_vc_claim_form_round_trips():
    cred = credential()
    token = sign_vc_jwt(cred, KEY, KID, vc_claim=True)
    _header, payload = _parts(token)
    assert payload["vc"] == cred and payload["jti"] == URL
    assert verify_vc_jwt(token, KEY.public_key(), now=NOW) == cred


@pytest.mark.parametrize("key", [
    KEY.public_key(),
    signing.public_key_to_raw(KEY.public_key()),
    signing.public_key_to_pem(KEY.public_key()),
    signing.jwk(KEY.public_key()),
])
def test_key_forms(key):
    token = sign_vc_jwt(credential(), KEY, KID)
    assert verify_vc_jwt(token, key, now=NOW)["id"] == URL


def test_tampered_payload_fails():
    token = sign_vc_jwt(credential(), KEY, KID)
    header, payload, signature = token.split(".")
    claims = json.loads(signing.b64url_decode(payload))
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Orang Lain"
    forged = f"{header}.{signing.b64url_encode(json.dumps(claims).encode())}.{signature}"
    with pytest.raises(InvalidCredential) as info:
        verify_vc_jwt(forged, KEY.public_key(), now=NOW)
    assert info.value.reason == "signature"


def test_every_flipped_character_fails():
    token = sign_vc_jwt(credential(), KEY, KID)
    for index in range(0, len(token), 7):
        if token[index] == ".":
            continue
        forged = token[:index] + ("A" if token[index] != "A" else "B") + token[index + 1:]
        with pytest.raises(InvalidCredential):
            verify_vc_jwt(forged, KEY.public_key(), now=NOW)


def test_wrong_key_fails():
    token = sign_vc_jwt(credential(), OTHER, KID)
    with pytest.raises(InvalidCredential):
        verify_vc_jwt(token, KEY.public_key(), now=NOW)


@pytest.mark.parametrize("token", ["", "abc", "a.b", "a.b.c", "a.b.c.d", None, "e30.e30.", "x" * 300_000])
def test_garbage_fails(token):
    with pytest.raises(InvalidCredential):
        verify_vc_jwt(token, KEY.public_key(), now=NOW)


def _resign(header: dict, payload: dict, key=KEY) -> str:
    signing_input = (f"{signing.b64url_encode(json.dumps(header).encode())}."
                     f"{signing.b64url_encode(json.dumps(payload).encode())}")
    return f"{signing_input}.{signing.b64url_encode(key.sign(signing_input.encode()))}"


@pytest.mark.parametrize("header", [
    {"alg": "none", "typ": "JWT"},
    {"alg": "HS256", "typ": "JWT"},
    {"alg": "EdDSA", "typ": "vc+ld+jwt"},
    {"alg": "EdDSA", "typ": "JWT", "crit": ["exp"]},
])
def test_other_algorithms_and_headers_are_refused(header):
    token = sign_vc_jwt(credential(), KEY, KID)
    _h, payload = _parts(token)
    with pytest.raises(InvalidCredential) as info:
        verify_vc_jwt(_resign(header, payload), KEY.public_key(), now=NOW)
    assert info.value.reason == "header"


@pytest.mark.parametrize("claim, value", [("iss", "https://evil.example/"), ("jti", "https://x/other"),
                                          ("nbf", 0), ("sub", "urn:uuid:other"), ("exp", 1)])
def test_claims_must_match_the_credential(claim, value):
    token = sign_vc_jwt(credential(), KEY, KID)
    header, payload = _parts(token)
    payload[claim] = value
    with pytest.raises(InvalidCredential) as info:
        verify_vc_jwt(_resign(header, payload), KEY.public_key(), now=NOW)
    assert info.value.reason == "claims"


def test_validity_period():
    cred = credential(expires=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC))
    token = sign_vc_jwt(cred, KEY, KID)
    with pytest.raises(CredentialExpired):
        verify_vc_jwt(token, KEY.public_key(), now=datetime.datetime(2026, 1, 1).timestamp())
    with pytest.raises(CredentialNotYetValid):
        verify_vc_jwt(token, KEY.public_key(), now=ISSUED.timestamp() - 86400)
    assert verify_vc_jwt(token, KEY.public_key(), now=0, check_validity_period=False) == cred


def test_credential_with_proof_is_refused_for_jwt():
    with pytest.raises(ValueError):
        sign_vc_jwt({**credential(), "proof": [{}]}, KEY, KID)
