from accounts.selectors import region_in_scope, staff_region_prefix
from tests import factories


def test_staff_scope_by_agency_level(db):
    village = factories.region_chain()
    city = village.parent.parent
    province = city.parent
    city_staff = factories.UserFactory(agency=factories.AgencyFactory(region=city))
    province_staff = factories.UserFactory(agency=factories.AgencyFactory(region=province))
    assert staff_region_prefix(city_staff) == "63.71."
    assert staff_region_prefix(province_staff) == "63."
    assert staff_region_prefix(factories.UserFactory()) is None
    assert region_in_scope("63.71.04.1005", "63.71.") and not region_in_scope("63.72.01.2001", "63.71.")
    assert region_in_scope("63.71", "63.71.") and region_in_scope("63.72.01.2001", "63.")
    assert not region_in_scope("63.71.04.1005", None) and region_in_scope("11.01", "")
