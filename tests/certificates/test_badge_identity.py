"""An Open Badge resolves like a verifier would resolve it: kid -> JWK, issuer.id -> Profile, credentialStatus ->
a signed revocation list that flips when the certificate is revoked. The download is the bare VC-JWT."""
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from jsonschema import Draft201909Validator

from certificates import badges, services, signing, status_list
from certificates.models import Certificate
from courses.models import ModulePage
from courses.services import enrollment_create, module_complete
from tests import factories

OB3 = Path(__file__).resolve().parent / "ob3"
SCHEMA = json.loads((OB3 / "ob_v3p0_achievementcredential_schema.json").read_text())


@pytest.fixture
def certificate(db, village, django_capture_on_commit_callbacks):
    agency = factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin")
    course = factories.course_with_modules(1, code="PRL", jp_hours=24)
    course.issuing_agency = agency
    course.save()
    user = factories.UserFactory(village=village, full_name="Siti Rahmawati")
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_create(user=user, course=course)
        for module in ModulePage.objects.child_of(course):
            module_complete(user=user, module=module)
    return Certificate.objects.get(user=user, course=course)


def fetch(client, url):
    """GET an absolute URL of this site the way a verifier would (path only: the test server has no host)."""
    parts = urlsplit(url)
    return client.get(parts.path)


def header(token):
    return json.loads(signing.b64url_decode(token.split(".")[0]))


def test_reference_schema_accepts_the_1edtech_example():
    Draft201909Validator(SCHEMA).validate(json.loads((OB3 / "basicOpenBadgeCredential.json").read_text()))


def test_badge_download_is_a_bare_vc_jwt_that_resolves(client, certificate):
    client.force_login(certificate.user)
    response = client.get(reverse("certificates:badge", args=(certificate.code,)))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    assert response["Content-Disposition"] == f'attachment; filename="badge-{certificate.code}.jwt"'
    token = response.content.decode("ascii")
    assert token.count(".") == 2 and not token.startswith("{")

    # kid: a URL answering with the public JWK, also listed in the JWK Set
    kid = header(token)["kid"]
    assert kid.startswith("http") and kid.endswith(".json")
    jwk = fetch(client, kid).json()
    assert jwk["kid"] == kid and jwk["kty"] == "OKP" and jwk["crv"] == "Ed25519" and "d" not in jwk
    credential = badges.verify_vc_jwt(token, jwk)
    jwks = client.get(reverse("certificates:jwks")).json()
    assert jwk in jwks["keys"]
    Draft201909Validator(SCHEMA).validate(credential)

    # issuer.id: the agency's Profile
    profile = fetch(client, credential["issuer"]["id"]).json()
    assert profile["id"] == credential["issuer"]["id"] and "Profile" in profile["type"]
    assert profile["name"] == "DP3A Kota Banjarmasin"

    # credentialStatus: a Bitstring Status List credential signed by the agency
    status = credential["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry" and status["statusPurpose"] == "revocation"
    list_token = fetch(client, status["statusListCredential"]).content.decode("ascii")
    list_credential = badges.verify_vc_jwt(list_token, fetch(client, header(list_token)["kid"]).json())
    assert list_credential["id"] == status["statusListCredential"]
    assert "BitstringStatusListCredential" in list_credential["type"]
    assert list_credential["validUntil"] > list_credential["validFrom"]  # a stale copy stops being accepted
    encoded = list_credential["credentialSubject"]["encodedList"]
    assert status_list.is_set(encoded, int(status["statusListIndex"])) is False
    assert len(status_list.decode(encoded)) * 8 >= status_list.MIN_LENGTH_BITS


def test_revoking_sets_the_bit_in_the_published_list(client, certificate, staff):
    client.force_login(certificate.user)
    token = client.get(reverse("certificates:badge", args=(certificate.code,))).content.decode("ascii")
    status = badges.verify_vc_jwt(token, bytes(services.signing_key_for(certificate.agency).public_key))[
        "credentialStatus"]
    services.certificate_revoke(certificate=certificate, actor=staff, reason="Dicabut")
    list_token = fetch(client, status["statusListCredential"]).content.decode("ascii")
    encoded = badges.verify_vc_jwt(list_token, bytes(services.signing_key_for(certificate.agency).public_key))[
        "credentialSubject"]["encodedList"]
    assert status_list.is_set(encoded, int(status["statusListIndex"])) is True


def test_status_list_bit_order_and_size():
    encoded = status_list.encode([0, 9, 200000])
    bits = status_list.decode(encoded)
    assert bits[0] == 0x80 and bits[1] == 0x40  # index 0 is the left-most bit
    assert len(bits) * 8 >= 200001
    assert [status_list.is_set(encoded, i) for i in (0, 1, 9, 200000)] == [True, False, True, True]


def test_unknown_key_and_issuer_answer_404(client, db):
    assert client.get(reverse("certificates:jwk", args=("tidak-ada",))).status_code == 404
    assert client.get(reverse("certificates:issuer", args=("TIDAK-ADA",))).status_code == 404
    assert client.get(reverse("certificates:status_list", args=("TIDAK-ADA",))).status_code == 404


def test_old_public_key_list_still_works(client, certificate):
    keys = client.get(reverse("certificates:keys")).json()["keys"]
    assert [k["issuer"] for k in keys] == ["DP3A-BJM"]
    assert bytes.fromhex(keys[0]["public_key"]) == bytes(services.signing_key_for(certificate.agency).public_key)
