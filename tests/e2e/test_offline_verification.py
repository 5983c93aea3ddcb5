"""Offline verification in the browser: a certificate signed before a key rotation still verifies, and an approved
signature comes with the warning that revocation can only be checked online."""
import datetime

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from certificates import services, signing
from tests import factories

pytestmark = pytest.mark.e2e


def test_offline_check_tries_every_key_and_warns_about_revocation(page, live_server):
    agency = factories.AgencyFactory(code="DP3A-BJM", name="DP3A Kota Banjarmasin")
    token = signing.sign_payload({"number": "001/PRL/DP3A-BJM/XII/2026", "name": "Siti Rahmawati",
                                  "course": "Dasar Hukum", "issue_date": datetime.date(2026, 12, 1),
                                  "issuer": "DP3A-BJM", "verification_code": "7KQ2M9XH4T"},
                                 services.signing_private_key(services.signing_key_for(agency)))
    services.signing_key_rotate(agency=agency)  # the token was signed with the key now retired
    page.goto(live_server.url + reverse("certificates:offline"))
    expect(page.get_by_role("note")).to_contain_text("Tanda tangan sah belum berarti sertifikat berlaku")
    page.locator("#token").fill(f"{live_server.url}/sertifikat/7KQ2M9XH4T/?p={token}")
    page.get_by_role("button", name="Periksa tanda tangan").click()
    result = page.locator("#token-result")
    expect(result).to_contain_text("Tanda tangan SAH")
    expect(result).to_contain_text("Siti Rahmawati")
    expect(result).to_contain_text("status pencabutan atau penggantian hanya dapat diperiksa daring")
    expect(result.get_by_role("link")).to_have_attribute("href", "/sertifikat/7KQ2M9XH4T/")
    expect(result).not_to_have_class("alert alert-success")

    page.locator("#token").fill(token[:-6] + ("AAAAAA" if not token.endswith("AAAAAA") else "BBBBBB"))
    page.get_by_role("button", name="Periksa tanda tangan").click()
    expect(result).to_contain_text("TIDAK cocok")
