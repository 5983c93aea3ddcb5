"""Whether the header shows the "Pelatihan" link (staff and trainers), read only when a template asks."""
from django.utils.functional import SimpleLazyObject

from .selectors import is_training_staff


def training_nav(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"show_training_nav": False}
    return {"show_training_nav": SimpleLazyObject(lambda: is_training_staff(user))}
