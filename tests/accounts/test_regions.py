"""Region data loads fully and idempotently; the picker searches on the server."""
import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import Region
from accounts.regions_data import read_region_rows, tidy_name


def test_region_rows_are_complete_and_ordered():
    rows = read_region_rows()
    levels = [r.level for r in rows]
    assert levels == sorted(levels)
    counts = {level: levels.count(level) for level in (1, 2, 3, 4)}
    assert counts[1] == 38 and 500 < counts[2] < 530 and 7000 < counts[3] < 7500 and 83000 < counts[4] < 84500
    village = next(r for r in rows if r.code == "63.71.04.1005")
    assert village.full_name == "Sungai Miai, Banjarmasin Utara, Kota Banjarmasin"


def test_tidy_name():
    assert tidy_name("KOTA BANJARMASIN") == "Kota Banjarmasin"
    assert tidy_name("DKI JAKARTA") == "DKI Jakarta"
    assert tidy_name("Sungai Miai") == "Sungai Miai"


@pytest.mark.django_db(transaction=False)
def test_load_regions_twice(capsys):
    call_command("load_regions")
    total = Region.objects.count()
    assert total > 90000
    call_command("load_regions")
    assert Region.objects.count() == total
    assert "tidak ada perubahan" in capsys.readouterr().out
    assert Region.objects.get(code="63.71.04.1005").parent.parent.name == "Kota Banjarmasin"


def test_region_search_endpoint(client, village):
    response = client.get(reverse("accounts:region_search"), {"q": "sungai mi", "level": 4})
    assert response.status_code == 200
    assert response.json()["results"] == [
        {"code": "63.71.04.1005", "label": "Sungai Miai, Banjarmasin Utara, Kota Banjarmasin [63.71.04.1005]"}]
    assert client.get(reverse("accounts:region_search"), {"q": "s"}).json() == {"results": []}
    assert client.get(reverse("accounts:region_search"), {"q": "x" * 5000, "level": "abc"}).status_code == 200
