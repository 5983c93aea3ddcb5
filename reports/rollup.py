"""The dashboard's people counts added up from (village, organisation type, sex) cells to the headline and
every breakdown. Plain data in, plain data out; no ORM here."""
REGENCY_CODE_LENGTH = 5    # "63.71"
DISTRICT_CODE_LENGTH = 8   # "63.71.04"
COUNTS = ("participants", "completed", "certified")


def roll_up(rows: list[dict], key, label: str) -> list[dict]:
    """The rows' counts summed per `key(row)` -> (group key, name), sorted by key (none last), each group
    under "key" and `label`."""
    groups = {}
    for row in rows:
        group_key, name = key(row)
        group = groups.get(group_key)
        if group is None:
            groups[group_key] = {"key": group_key, label: name, **{count: row[count] for count in COUNTS}}
        else:
            group["participants"] += row["participants"]
            group["completed"] += row["completed"]
            group["certified"] += row["certified"]
    return [groups[k] for k in sorted(groups, key=lambda k: (k is None, k or ""))]


def _region_key(length: int, name: str):
    return lambda row: (row["key"] and row["key"][:length], row[name])


def people_breakdowns(cells: list[dict]) -> dict:
    """Cells (village, organisation_type, sex, the three counts, village/district/regency names) summed to
    villages, villages to kecamatan and kabupaten/kota; cells to organisation types and sexes."""
    villages = roll_up(cells, lambda c: (c["village"] or None, (c["village_name"], c["district_name"],
                                                                  c["regency_name"])), "names")
    for village in villages:
        village["name"], village["district_name"], village["regency_name"] = village.pop("names")
    return {
        "headline": {count: sum(village[count] for village in villages) for count in COUNTS},
        "by_regency": roll_up(villages, _region_key(REGENCY_CODE_LENGTH, "regency_name"), "name"),
        "by_district": roll_up(villages, _region_key(DISTRICT_CODE_LENGTH, "district_name"), "name"),
        "by_village": villages,
        "by_organisation_type": roll_up(cells, lambda c: (c["organisation_type"], c["organisation_type"]),
                                        "organisation_type"),
        "by_sex": roll_up(cells, lambda c: (c["sex"], c["sex"]), "sex"),
    }
