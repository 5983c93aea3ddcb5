"""Reading the shipped Kemendagri region files (idn-area-data, ODbL) into plain rows. No ORM here."""
import csv
import gzip
import io
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data" / "regions"
DATA_VERSION = "idn-area-data 3.1.2"
FILES = [(1, "provinces.csv.gz", None), (2, "regencies.csv.gz", "province_code"),
         (3, "districts.csv.gz", "regency_code"), (4, "villages.csv.gz", "district_code")]
_KEEP_UPPER = {"Dki": "DKI", "Di": "DI"}


@dataclass(frozen=True)
class RegionRow:
    code: str
    name: str
    level: int
    parent_code: str | None
    full_name: str


def tidy_name(name: str) -> str:
    """Province and regency names are shipped in capitals: 'KOTA BANJARMASIN' -> 'Kota Banjarmasin'."""
    name = " ".join(name.split())
    if not name.isupper():
        return name
    return " ".join(_KEEP_UPPER.get(word, word) for word in name.title().split())


def read_region_rows(data_dir: Path = DATA_DIR) -> list[RegionRow]:
    """All regions, parents before children, each with its display name with parents."""
    rows: list[RegionRow] = []
    names: dict[str, str] = {}
    parents: dict[str, str | None] = {}
    for level, filename, parent_column in FILES:
        with gzip.open(data_dir / filename, "rb") as raw:
            reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))
            for record in reader:
                code = record["code"].strip()
                name = tidy_name(record["name"])
                parent = record[parent_column].strip() if parent_column else None
                names[code] = name
                parents[code] = parent
                chain = [name]
                ancestor = parent
                # Villages show kecamatan and kabupaten/kota; higher levels also show their province.
                while ancestor and len(chain) < 3:
                    chain.append(names[ancestor])
                    ancestor = parents[ancestor]
                rows.append(RegionRow(code, name, level, parent, ", ".join(chain)))
    return rows
