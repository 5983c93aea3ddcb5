"""The roles of Pelita as Django groups, and the permissions each carries."""
from django.contrib.auth.models import Group, Permission

TRAINER = "Fasilitator"
STAFF = "Petugas lembaga"

_COMMON = [
    ("wagtailadmin", "access_admin"),
    ("wagtailimages", "add_image"), ("wagtailimages", "change_image"), ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"), ("wagtaildocs", "choose_document"),
]
# Question banks and quiz results (named by app label, so accounts imports no higher app).
_TRAINING = [
    ("assessments", "add_question"), ("assessments", "change_question"), ("assessments", "view_question"),
    ("assessments", "add_questioncategory"), ("assessments", "change_questioncategory"),
    ("assessments", "view_questioncategory"), ("assessments", "view_attempt"),
]
_MODEL_PERMISSIONS = {
    TRAINER: _COMMON + _TRAINING + [("certificates", "add_trainersignoff")],
    STAFF: _COMMON + _TRAINING + [("certificates", "view_certificate"), ("certificates", "change_certificate"),
                                  ("certificates", "add_trainersignoff"), ("assessments", "delete_question"),
                                  ("accounts", "view_agency"), ("accounts", "change_agency")],
}


def roles_ensure() -> dict[str, Group]:
    """Create the role groups with their model permissions (idempotent)."""
    groups = {}
    for name, perms in _MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = [Permission.objects.get(content_type__app_label=app, codename=code) for app, code in perms]
        group.permissions.add(*wanted)
        groups[name] = group
    return groups


def user_has_role(user, role: str) -> bool:
    return user.is_authenticated and (user.is_superuser or user.groups.filter(name=role).exists())
