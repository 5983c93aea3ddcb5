"""The site header's staff links, read only when a template asks."""
from django.utils.functional import SimpleLazyObject

from .selectors import header_links


def header(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"header_links": {}}
    return {"header_links": SimpleLazyObject(lambda: header_links(user))}
