import datetime

import pytest

from accounts.roles import STAFF, TRAINER
from tests import factories


@pytest.fixture
def world(db, roles):
    """Agency A (Kota Banjarmasin), agency B (Kota Banjarbaru), the province agency; their staff; a trainer;
    one event per city agency, each with two sessions today and two participants."""
    village = factories.region_chain()
    city_a = village.parent.parent
    province = city_a.parent
    city_b = factories.second_city()
    agency_a = factories.AgencyFactory(region=city_a, name="DP3A Kota Banjarmasin", code="DP3A-BJM")
    agency_b = factories.AgencyFactory(region=city_b, name="DP3A Kota Banjarbaru", code="DP3A-BJB")
    agency_p = factories.AgencyFactory(region=province, name="DP3AKB Kalsel", code="DP3AKB-KALSEL")
    staff = {key: factories.UserFactory(agency=agency, groups=[roles[STAFF]], full_name=f"Petugas {key}")
             for key, agency in (("a", agency_a), ("b", agency_b), ("p", agency_p))}
    trainer = factories.UserFactory(groups=[roles[TRAINER]], full_name="Fasilitator Uji", agency=agency_a)
    other_trainer = factories.UserFactory(groups=[roles[TRAINER]], full_name="Fasilitator Lain")
    course = factories.course_with_modules(2, code="PRLX")
    today = datetime.date.today()
    events = {}
    for key, agency in (("a", agency_a), ("b", agency_b)):
        event = factories.TrainingEventFactory(course=course, organiser=agency, title=f"Pelatihan {key.upper()}",
                                               start_date=today, end_date=today + datetime.timedelta(days=1))
        event.sessions_list = [
            factories.SessionFactory(event=event, date=today, start_time=datetime.time(8), end_time=datetime.time(12),
                                     topic="Sesi pagi", trainer=trainer if key == "a" else None),
            factories.SessionFactory(event=event, date=today, start_time=datetime.time(13),
                                     end_time=datetime.time(16), topic="Sesi siang")]
        event.people = [factories.ParticipantFactory(event=event, user__full_name=f"Peserta {key.upper()}{i}")
                        for i in range(2)]
        events[key] = event
    events["a"].trainers.add(trainer)
    return dict(agency_a=agency_a, agency_b=agency_b, agency_p=agency_p, staff=staff, trainer=trainer,
                other_trainer=other_trainer, course=course, events=events, village=village)


@pytest.fixture(autouse=True)
def _no_leftover_uploads(settings):
    """Import previews stash the upload in the media folder; remove what a test left there."""
    yield
    import shutil
    from pathlib import Path

    from cohorts.uploads import FOLDER

    shutil.rmtree(Path(settings.MEDIA_ROOT) / FOLDER, ignore_errors=True)
