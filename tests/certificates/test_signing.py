"""Signed QR tokens: round trip, tampering, truncation, garbage, keys."""

import datetime
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from certificates import signing
from certificates.signing import InvalidPayload, sign_payload, verify_payload

KEY_A = signing.private_key_from_raw(bytes(range(32)))
KEY_B = signing.private_key_from_raw(bytes(range(1, 33)))
ISSUER = "DP3A-BJM"

DATA = {
    "number": "001/PRL/DP3A-BJM/VIII/2024",
    "name": "Ni Luh Putu Ayu Dewi",
    "course": "PRL",
    "issue_date": datetime.date(2024, 8, 12),
    "issuer": ISSUER,
    "jp_hours": 32,
    "verification_code": "K7M2Q9XA",
}


def keys(key=KEY_A, issuer=ISSUER):
    return {issuer: key.public_key()}


def test_round_trip():
    token = sign_payload(DATA, KEY_A)
    assert token.startswith("PLT1.")
    assert verify_payload(token, keys()) == DATA


def test_token_is_compact():
    token = sign_payload(DATA, KEY_A)
    assert len(token) < 300
    url = "https://pelita.dp3a-banjarmasin.go.id/v/K7M2Q9XA?p=" + token
    assert len(url) < 350


def test_payload_is_canonical_short_key_json():
    payload = signing.make_payload(DATA)
    decoded = json.loads(payload)
    assert set(decoded) == {"n", "nm", "c", "d", "i", "jp", "v"}
    assert decoded["d"] == "2024-08-12"
    assert payload == signing.make_payload(dict(reversed(list(DATA.items()))))  # key order irrelevant
    assert b" " not in payload.replace(b"Ni Luh Putu Ayu Dewi", b"")


def test_expiry_is_omitted_when_none_and_kept_when_set():
    assert "x" not in json.loads(signing.make_payload({**DATA, "expires_on": None}))
    data = {**DATA, "expires_on": datetime.date(2027, 8, 12)}
    assert verify_payload(sign_payload(data, KEY_A), keys())["expires_on"] == datetime.date(2027, 8, 12)


def test_iso_strings_and_integral_floats_are_normalised():
    data = {**DATA, "issue_date": "2024-08-12", "jp_hours": 32.0}
    assert verify_payload(sign_payload(data, KEY_A), keys()) == DATA


@pytest.mark.parametrize(
    "change",
    [
        {"unknown": "x"},
        {"name": ""},
        {"number": None},
        {"issue_date": "12/08/2024"},
        {"jp_hours": "32"},
        {"jp_hours": -1},
        {"jp_hours": float("nan")},
        {"name": 5},
    ],
)
def test_make_payload_rejects_bad_data(change):
    with pytest.raises(ValueError):
        signing.make_payload({**DATA, **change})


def test_raw_and_pem_public_keys_work():
    token = sign_payload(DATA, KEY_A)
    raw = signing.public_key_to_raw(KEY_A.public_key())
    pem = signing.public_key_to_pem(KEY_A.public_key())
    assert verify_payload(token, {ISSUER: raw}) == DATA
    assert verify_payload(token, {ISSUER: pem}) == DATA


def _reason(token, public_keys=None):
    with pytest.raises(InvalidPayload) as info:
        verify_payload(token, public_keys or keys())
    assert str(info.value)  # an Indonesian message for the verification page
    return info.value.reason


def test_every_altered_payload_byte_is_detected():
    token = sign_payload(DATA, KEY_A)
    prefix, payload, signature = token.split(".")
    raw = signing.b64url_decode(payload)
    for index in range(len(raw)):
        altered = bytearray(raw)
        altered[index] ^= 0x01
        forged = f"{prefix}.{signing.b64url_encode(bytes(altered))}.{signature}"
        assert _reason(forged) in {"signature", "format", "unknown_issuer"}


def test_altered_name_with_valid_json_fails_on_signature():
    token = sign_payload(DATA, KEY_A)
    prefix, payload, signature = token.split(".")
    wire = json.loads(signing.b64url_decode(payload))
    wire["nm"] = "Orang Lain"
    forged_payload = signing.b64url_encode(json.dumps(wire).encode())
    assert _reason(f"{prefix}.{forged_payload}.{signature}") == "signature"


def test_altered_signature_character():
    token = sign_payload(DATA, KEY_A)
    flipped = token[:-3] + ("A" if token[-3] != "A" else "B") + token[-2:]
    assert _reason(flipped) in {"signature", "format"}


@pytest.mark.parametrize("cut", [1, 2, 10, 40, 90, 150])
def test_truncated_tokens(cut):
    token = sign_payload(DATA, KEY_A)
    assert _reason(token[:-cut]) in {"format", "signature"}


def test_non_canonical_base64_is_rejected():
    token = sign_payload(DATA, KEY_A)
    # The last char of an 86-char signature carries 2 padding bits: setting them
    # gives another string for the same bytes under a lax decoder.
    last = token[-1]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    sibling = alphabet[alphabet.index(last) ^ 1]
    assert _reason(token[:-1] + sibling) == "format"


@pytest.mark.parametrize(
    "garbage",
    ["", " ", "PLT1", "PLT1..", "PLT2.e30.AAAA", "hello world", "a.b.c", "PLT1.!!!.???", "\x00" * 10,
     "PLT1." + "A" * 5000, "https://evil.example/?p=PLT1.x.y", None, 42, b"PLT1.x.y"],
)
def test_garbage(garbage):
    assert _reason(garbage) == "format"


def test_valid_signature_over_non_object_json_is_format_error():
    body = signing.b64url_encode(b"[1,2,3]")
    signing_input = f"PLT1.{body}"
    token = f"{signing_input}.{signing.b64url_encode(KEY_A.sign(signing_input.encode()))}"
    assert _reason(token) == "format"


def test_wrong_key():
    token = sign_payload(DATA, KEY_B)
    assert _reason(token) == "signature"


def test_unknown_issuer():
    token = sign_payload({**DATA, "issuer": "DP3A-XYZ"}, KEY_A)
    assert _reason(token) == "unknown_issuer"


def test_key_is_chosen_by_issuer():
    token_a = sign_payload(DATA, KEY_A)
    token_b = sign_payload({**DATA, "issuer": "DP3A-SBY"}, KEY_B)
    registry = {ISSUER: KEY_A.public_key(), "DP3A-SBY": KEY_B.public_key()}
    assert verify_payload(token_a, registry)["issuer"] == ISSUER
    assert verify_payload(token_b, registry)["issuer"] == "DP3A-SBY"
    # Another issuer's key cannot vouch for a token naming this issuer.
    assert _reason(token_a, {ISSUER: KEY_B.public_key()}) == "signature"


def test_whitespace_around_token_is_tolerated():
    assert verify_payload("  " + sign_payload(DATA, KEY_A) + "\n", keys()) == DATA


def test_key_serialisation_round_trips():
    key = signing.generate_private_key()
    assert signing.private_key_to_raw(signing.private_key_from_pem(signing.private_key_to_pem(key))) == \
        signing.private_key_to_raw(key)
    encrypted = signing.private_key_to_pem(key, password=b"rahasia")
    assert b"ENCRYPTED" in encrypted
    restored = signing.private_key_from_pem(encrypted, password=b"rahasia")
    assert signing.private_key_to_raw(restored) == signing.private_key_to_raw(key)
    public = key.public_key()
    assert signing.public_key_to_raw(signing.public_key_from_pem(signing.public_key_to_pem(public))) == \
        signing.public_key_to_raw(public)
    assert len(signing.private_key_to_raw(key)) == 32


def test_key_id_is_rfc7638_thumbprint():
    # RFC 8037 appendix A.3: the thumbprint of its example Ed25519 key.
    x = signing.b64url_decode("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")
    assert signing.key_id(x) == "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
    assert signing.key_id(KEY_A) == signing.key_id(KEY_A.public_key())
    assert signing.key_id(KEY_A) != signing.key_id(KEY_B)


# Any Unicode except lone surrogates (not encodable, never in a real name).
names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=150)
codes = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
dates = st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2100, 12, 31))


@st.composite
def payloads(draw):
    data = {
        "number": draw(codes),
        "name": draw(names),
        "course": draw(codes),
        "issue_date": draw(dates),
        "issuer": draw(codes),
        "jp_hours": draw(st.one_of(st.integers(0, 10_000), st.floats(0, 10_000, allow_nan=False).map(
            lambda f: f if not float(f).is_integer() else int(f)))),
    }
    if draw(st.booleans()):
        data["expires_on"] = draw(dates)
    if draw(st.booleans()):
        data["verification_code"] = draw(codes)
    return data


@settings(max_examples=150, deadline=None)
@given(payloads())
def test_round_trip_property(data):
    token = sign_payload(data, KEY_A)
    assert verify_payload(token, {data["issuer"]: KEY_A.public_key()}) == data
    assert verify_payload(token, {data["issuer"]: KEY_A.public_key()}) == data  # no hidden state


@settings(max_examples=100, deadline=None)
@given(payloads(), st.data())
def test_any_single_character_change_is_rejected(data, draw):
    token = sign_payload(data, KEY_A)
    index = draw.draw(st.integers(0, len(token) - 1))
    replacement = draw.draw(st.sampled_from("ABCabc019-_.=+/ "))
    forged = token[:index] + replacement + token[index + 1:]
    if forged == token:
        return
    with pytest.raises(InvalidPayload):
        verify_payload(forged, {data["issuer"]: KEY_A.public_key()})


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=400), st.from_regex(r"PLT1\.[A-Za-z0-9_-]{0,200}\.[A-Za-z0-9_-]{0,100}")))
def test_garbage_never_raises_anything_but_invalid_payload(text):
    with pytest.raises(InvalidPayload):
        verify_payload(text, keys())


def test_pure_modules_do_not_import_django():
    code = (
        "import sys; import certificates.numbering, core.dates, certificates.signing, "
        "certificates.qr, certificates.pdf, certificates.badges; "
        "assert not [m for m in sys.modules if m == 'django' or m.startswith('django.')], 'django imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True,
                   cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]))
