"""Reads for regions and users."""
from django.core.cache import cache
from django.db.models import Q, QuerySet

from core import versions

from .models import Agency, Region, User
from .phone import normalize_phone
from .roles import STAFF, TRAINER

MAX_REGION_RESULTS = 20


def regions_search(*, query: str, level: int | None = None, limit: int = MAX_REGION_RESULTS):
    """Regions whose name starts with (or, failing that, contains) every word typed, villages first."""
    words = [w for w in (query or "").split() if w][:5]
    if not words or len(" ".join(words)) < 2:
        return []
    qs = Region.objects.all()
    if level:
        qs = qs.filter(level=level)
    first, rest = words[0], words[1:]
    for word in rest:
        qs = qs.filter(full_name__icontains=word)
    results = list(qs.filter(name__istartswith=first).order_by("-level", "name", "code")[:limit])
    if len(results) < limit:
        seen = {r.code for r in results}
        more = qs.filter(name__icontains=first).exclude(code__in=seen).order_by("-level", "name", "code")
        results += list(more[: limit - len(results)])
    return results


def region_from_label(*, label: str, level: int | None = None):
    """Resolve what a person typed in the region picker: 'Name, ... [63.71.03.1005]' or a unique name.

    Returns (region, candidates): region is None when nothing or several match.
    """
    label = (label or "").strip()
    if label.endswith("]") and "[" in label:
        code = label.rsplit("[", 1)[1].rstrip("]").strip()
        region = Region.objects.filter(code=code, **({"level": level} if level else {})).first()
        return region, []
    exact = Region.objects.filter(Q(full_name__iexact=label) | Q(name__iexact=label))
    if level:
        exact = exact.filter(level=level)
    exact = list(exact[:10])
    if len(exact) == 1:
        return exact[0], []
    return None, exact or regions_search(query=label, level=level, limit=10)


# --- agency scope: the one rule for whom a user may act ------------------------------------------------
#
# Staff and trainers act for their own agency; an agency whose region is a province also acts for the agencies
# inside that province. Superusers act for every agency. Everyone else (trainees, role holders without an
# agency, role holders whose role was taken away) acts for none, whatever model permission they carry.
# Every screen, download and export that reaches an agency's objects starts from `agencies_for` (objects that
# belong to an agency) or `region_prefix_for` (people, who belong to the region where they live).

def acting_roles(user) -> set[str]:
    """The user's Pelita role groups, read once per request (the user object lives as long as the request)."""
    if not user.is_authenticated or not user.is_active:
        return set()
    cached = getattr(user, "_pelita_roles", None)
    if cached is None:
        cached = set(user.groups.filter(name__in=[STAFF, TRAINER]).values_list("name", flat=True))
        user._pelita_roles = cached
    return cached


def header_links(user) -> dict[str, bool]:
    """Which staff links the site header shows this user ("training": the training pages, "admin": Wagtail's
    admin), kept in the cache until roles or permissions change. Only what the header shows: every page checks
    the user's authority itself, uncached."""
    if not user.is_authenticated or not user.is_active:
        return {"training": False, "admin": False}
    key = f"pelita:header-links:{versions.current(versions.ACCESS)}:{user.pk}"
    links = cache.get(key)
    if links is None:
        links = {"training": user.is_superuser or bool(acting_roles(user)),
                 "admin": user.has_perm("wagtailadmin.access_admin")}
        cache.set(key, links, timeout=600)
    return links


def _scoped_agency(user) -> Agency | None:
    """The agency a staff member or trainer works for (None for everyone else)."""
    if not acting_roles(user) or user.agency_id is None:
        return None
    return user.agency  # cached on the user object, like its region on the agency


def region_prefix_for(user) -> str | None:
    """The Kemendagri code prefix of the region the user acts for: "63.71." for a kabupaten/kota agency,
    "63." for a province agency, "" for a superuser (everywhere), None for no region at all."""
    if user.is_authenticated and user.is_active and user.is_superuser:
        return ""
    agency = _scoped_agency(user)
    return None if agency is None else agency.region_id + "."  # the code is the key: no query for the region


def agencies_for(user) -> QuerySet[Agency]:
    """Agencies the user may act for: all for a superuser; their own agency for staff and trainers, plus the
    agencies inside its province when it is a province agency; none for anyone else."""
    if user.is_authenticated and user.is_active and user.is_superuser:
        return Agency.objects.all()
    agency = _scoped_agency(user)
    if agency is None:
        return Agency.objects.none()
    if agency.region.level == Region.Level.PROVINCE:
        return Agency.objects.filter(Q(pk=agency.pk) | Q(region__code__startswith=agency.region.code_prefix()))
    return Agency.objects.filter(pk=agency.pk)


def agency_in_scope(user, agency_id: int | None) -> bool:
    return agency_id is not None and agencies_for(user).filter(pk=agency_id).exists()


def regions_for(user) -> QuerySet[Region]:
    """The regions (and every region inside them) the user acts for."""
    prefix = region_prefix_for(user)
    if prefix is None:
        return Region.objects.none()
    if prefix == "":
        return Region.objects.all()
    return Region.objects.filter(Q(code=prefix[:-1]) | Q(code__startswith=prefix))


def region_in_scope(code: str | None, prefix: str | None) -> bool:
    """Whether a region code lies inside a prefix from `region_prefix_for` ("" covers all, None nothing)."""
    if prefix is None or not code:
        return prefix == ""
    return prefix == "" or (code + ".").startswith(prefix)


def person_for_reset_handover(*, staff, contact: str):
    """The trainee with this email or phone whom `staff` may help (their village is in the staff's region).

    Accounts that can open the admin (trainers, staff) are never returned: they reset by email.
    """
    contact = (contact or "").strip()
    if not contact:
        return None
    prefix = region_prefix_for(staff)
    if prefix is None:
        return None
    lookup = Q(email__iexact=contact) if "@" in contact else Q(phone=normalize_phone(contact))
    person = User.objects.filter(lookup, is_active=True, is_superuser=False).first()
    if person is None or person.has_perm("wagtailadmin.access_admin"):
        return None
    return person if region_in_scope(person.village_id, prefix) else None
