"""Template tags of the site shell."""
from django import template
from django.urls import reverse
from wagtail.models import Page

from accounts.selectors import header_links

register = template.Library()


@register.inclusion_tag("components/edit_link.html", takes_context=True)
def page_edit_link(context):
    """A plain "edit this page" link for people who may edit it.

    Wagtail's userbar would do this too, but it loads about 1.2 MB of admin scripts and styles on every
    front-end page a trainer or staff member opens, on the same slow connections the trainees have.
    """
    request, page = context.get("request"), context.get("page")
    user = getattr(request, "user", None)
    if not isinstance(page, Page) or not page.pk or user is None or not user.is_authenticated:
        return {"url": None}
    if not header_links(user)["admin"] or not page.permissions_for_user(user).can_edit():
        return {"url": None}
    return {"url": reverse("wagtailadmin_pages:edit", args=[page.pk])}
