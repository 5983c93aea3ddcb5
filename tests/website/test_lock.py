"""requirements.lock pins every requirement in pyproject.toml, each version with its sha256 hashes."""
import re
import tomllib

from django.conf import settings
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)(?: ;.*)? \\$")


def locked():
    """{name: [(version, number of hashes)]}: a package may have one pin per Python-version marker."""
    pins, current = {}, None
    for line in (settings.BASE_DIR / "requirements.lock").read_text().splitlines():
        if match := PIN.match(line):
            current = [match[2], 0]
            pins.setdefault(canonicalize_name(match[1]), []).append(current)
        elif line.strip().startswith("--hash=sha256:"):
            current[1] += 1
        elif line and not line.lstrip().startswith("#"):
            raise AssertionError(f"not a hashed pin: {line}")
    return pins


def test_every_pin_has_a_hash():
    pins = locked()
    assert len(pins) > 50
    assert [name for name, versions in pins.items() if any(hashes == 0 for _, hashes in versions)] == []


def test_lock_satisfies_pyproject_ranges_with_dev_tools_and_build_backend():
    project = tomllib.loads((settings.BASE_DIR / "pyproject.toml").read_text())
    wanted = [
        *project["project"]["dependencies"],
        *project["project"]["optional-dependencies"]["dev"],
        *project["build-system"]["requires"],
    ]
    pins = locked()
    stale = []
    for text in wanted:
        requirement = Requirement(text)
        versions = pins.get(canonicalize_name(requirement.name), [])
        if not versions or not all(requirement.specifier.contains(v, prereleases=True) for v, _ in versions):
            stale.append(text)
    assert stale == [], "run bash bin/lock"
