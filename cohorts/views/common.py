"""Access rules shared by the training views: what a user cannot see does not exist for them (404)."""
import functools

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404

from .. import selectors
from ..models import Session


def training_staff_required(view):
    """Signed-in staff or trainers only; anyone else gets 404, as if the page did not exist."""
    @login_required
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not selectors.is_training_staff(request.user):
            raise Http404
        return view(request, *args, **kwargs)
    return wrapped


def visible_event(request, pk: int):
    return get_object_or_404(selectors.events_for_user(request.user), pk=pk)


def managed_event(request, pk: int):
    return get_object_or_404(selectors.managed_events(request.user).select_related("course", "organiser"), pk=pk)


def event_session(event, session_id: int) -> Session:
    session = get_object_or_404(Session.objects.select_related("trainer"), event=event, pk=session_id)
    session.event = event  # already loaded and access-checked
    return session


def apply_validation_error(form, error: ValidationError) -> None:
    """Show a service's ValidationError on the form (field errors on their fields when the form has them)."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
