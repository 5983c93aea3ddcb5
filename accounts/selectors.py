"""Reads for regions and users."""
from django.db.models import Q

from .models import Region

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


# --- agency scope -----------------------------------------------------------------------------------

def staff_region_prefix(user) -> str | None:
    """The Kemendagri code prefix a staff user may see: a kabupaten/kota agency its kabupaten/kota
    ("63.71."), a province agency its whole province ("63."). Superusers see everything (""); users without
    an agency see nothing (None)."""
    if user.is_superuser:
        return ""
    agency = getattr(user, "agency", None)
    if agency is None:
        return None
    return agency.region_id + "."


def region_in_scope(code: str | None, prefix: str | None) -> bool:
    if prefix is None or not code:
        return prefix == ""
    return prefix == "" or (code + ".").startswith(prefix)


def person_for_reset_handover(*, staff, contact: str):
    """The trainee with this email or phone whom `staff` may help (their village is in the staff's region).

    Accounts that can open the admin (trainers, staff) are never returned: they reset by email.
    """
    from .phone import normalize_phone
    from .models import User

    contact = (contact or "").strip()
    if not contact:
        return None
    prefix = staff_region_prefix(staff)
    if prefix is None:
        return None
    lookup = Q(email__iexact=contact) if "@" in contact else Q(phone=normalize_phone(contact))
    person = User.objects.filter(lookup, is_active=True, is_superuser=False).first()
    if person is None or person.has_perm("wagtailadmin.access_admin"):
        return None
    return person if region_in_scope(person.village_id, prefix) else None
