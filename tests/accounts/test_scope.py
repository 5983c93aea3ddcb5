from accounts.roles import STAFF, TRAINER
from accounts.selectors import agencies_for, region_in_scope, region_prefix_for, regions_for
from tests import factories


def test_scope_by_agency_level(db, roles):
    village = factories.region_chain()
    city = village.parent.parent
    province = city.parent
    city_b = factories.second_city()
    agency_city = factories.AgencyFactory(region=city)
    agency_city_b = factories.AgencyFactory(region=city_b)
    agency_province = factories.AgencyFactory(region=province)
    city_staff = factories.UserFactory(agency=agency_city, groups=[roles[STAFF]])
    city_trainer = factories.UserFactory(agency=agency_city, groups=[roles[TRAINER]])
    province_staff = factories.UserFactory(agency=agency_province, groups=[roles[STAFF]])
    assert region_prefix_for(city_staff) == "63.71." and region_prefix_for(city_trainer) == "63.71."
    assert region_prefix_for(province_staff) == "63."
    assert region_prefix_for(factories.UserFactory()) is None
    assert region_prefix_for(factories.UserFactory(is_superuser=True)) == ""
    assert set(agencies_for(city_staff)) == {agency_city} == set(agencies_for(city_trainer))
    assert set(agencies_for(province_staff)) == {agency_city, agency_city_b, agency_province}
    assert set(regions_for(city_staff)) == {city, village.parent, village}
    assert region_in_scope("63.71.04.1005", "63.71.") and not region_in_scope("63.72.01.2001", "63.71.")
    assert region_in_scope("63.71", "63.71.") and region_in_scope("63.72.01.2001", "63.")
    assert not region_in_scope("63.71.04.1005", None) and region_in_scope("11.01", "")


def test_an_agency_without_a_role_acts_for_nothing(db, roles):
    """A trainee recorded with an agency, or staff whose role was taken away, act for no agency."""
    agency = factories.AgencyFactory()
    former = factories.UserFactory(agency=agency)
    assert not agencies_for(former).exists() and region_prefix_for(former) is None
    inactive = factories.UserFactory(agency=agency, groups=[roles[STAFF]], is_active=False)
    assert not agencies_for(inactive).exists()
