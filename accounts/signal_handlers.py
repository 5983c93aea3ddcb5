"""Forget the header links kept for everyone when roles or permissions change."""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save

from core import versions


def access_changed(**kwargs) -> None:
    versions.raise_version(versions.ACCESS)


def connect() -> None:
    User = get_user_model()
    for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(access_changed, sender=through, dispatch_uid=f"accounts_access_{through._meta.label}")
    for model in (User, Group, Permission):
        post_save.connect(access_changed, sender=model, dispatch_uid=f"accounts_access_saved_{model._meta.label}")
        post_delete.connect(access_changed, sender=model, dispatch_uid=f"accounts_access_deleted_{model._meta.label}")
