"""Wagtail permission policies and admin views that apply the agency scope (`selectors.agencies_for`).

A role's model permission ("may revoke certificates") says what a user may do; the scope says to which
agency's objects. A URL with an id outside the scope answers 404 before any permission check, so it reveals
nothing and changes nothing.
"""
from django.contrib.admin.utils import unquote
from django.db.models import Q
from django.http import Http404
from wagtail.admin.views.generic import CopyView, DeleteView, EditView, IndexView
from wagtail.permission_policies import ModelPermissionPolicy

from .selectors import agencies_for


class AgencyScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions as the role carries them, on the instances of the agencies the user acts for."""

    def __init__(self, model, *, agency_field: str = "agency", shared_when_unset: bool = False):
        super().__init__(model)
        self.agency_field = agency_field
        # e.g. a question bank attached to no course (or a course no agency issues) is shared by everyone
        self.shared_when_unset = shared_when_unset

    def scoped(self, user, actions=()):
        """Instances that belong to an agency the user acts for (what they may even know exists)."""
        manager = self.model._default_manager
        if user.is_active and user.is_superuser:
            return manager.all()
        mine = Q(**{f"{self.agency_field}__in": agencies_for(user)})
        if self.shared_when_unset:
            mine |= Q(**{f"{self.agency_field}__isnull": True})
        return manager.filter(mine)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.scoped(user, actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return (self.user_has_permission(user, action)
                and self.scoped(user, [action]).filter(pk=instance.pk).exists())


class AgencyPermissionPolicy(AgencyScopedPermissionPolicy):
    """Agencies themselves: staff see and change only their own agency (and only the fields their form offers
    them; region, code and signing identity are for superusers); adding and deleting agencies too."""

    def __init__(self, model):
        super().__init__(model, agency_field="pk")

    def scoped(self, user, actions=()):
        queryset = super().scoped(user, actions)
        return queryset if user.is_superuser else queryset.filter(pk=user.agency_id)

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return user.is_active and user.is_superuser
        return super().user_has_permission(user, action)


# Which instance permission each generic view needs; views not listed need any of view/change.
_VIEW_ACTIONS = ((EditView, ["change"]), (DeleteView, ["delete"]), (CopyView, ["add"]))


class ScopedObjectMixin:
    """For Wagtail generic views with an object id: outside the user's scope the object does not exist."""

    scope_actions = ("view", "change")

    def setup(self, request, *args, **kwargs):
        # Before Wagtail's own setup, which may load the object and refuse with a permission error instead.
        pk = kwargs.get(getattr(self, "pk_url_kwarg", "pk"))
        if pk is not None:
            policy = self.permission_policy
            if not policy.scoped(request.user, self.scope_actions).filter(pk=unquote(str(pk))).exists():
                raise Http404
        super().setup(request, *args, **kwargs)


class ScopedIndexMixin:
    """Listings show only the objects of the agencies the user acts for."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        return queryset.filter(pk__in=self.permission_policy.scoped(self.request.user).values("pk"))


class ScopedViewSetMixin:
    """Mix into a ModelViewSet whose model's registered permission policy is agency-scoped: every view it
    builds (listing, inspect, edit, delete, history, usage, copy) is confined to the user's scope."""

    def construct_view(self, view_class, **kwargs):
        if issubclass(view_class, IndexView):
            if not issubclass(view_class, ScopedIndexMixin):
                view_class = type(view_class.__name__, (ScopedIndexMixin, view_class), {})
        elif not issubclass(view_class, ScopedObjectMixin):
            actions = next((a for cls, a in _VIEW_ACTIONS if issubclass(view_class, cls)), ["view", "change"])
            view_class = type(view_class.__name__, (ScopedObjectMixin, view_class), {"scope_actions": actions})
        return super().construct_view(view_class, **kwargs)
