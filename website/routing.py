"""Serving a page in a fixed few queries: the page chain found by URL path in one query, not one per level.

Wagtail's `serve` walks the tree from the site root, one query per level and one per specific page (about 7 for a
module). Here every page on the path is read at once by `url_path`; the walk then happens in memory with Wagtail's
own rules (a live routable page answers its sub-routes before its children; the page reached must be live), and
only the page that answers is loaded as its own type. The serve hooks run exactly as in `wagtail.views.serve`.
"""
from django.http import Http404, HttpResponse
from django.urls import Resolver404
from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site


def _route(request, path: str):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    root_path = next((p.root_path for p in Site.get_site_root_paths() if p.site_id == site.pk), None)
    if root_path is None:
        raise Http404
    components = [component for component in path.split("/") if component]
    prefixes = [root_path + "".join(f"{c}/" for c in components[:n]) for n in range(len(components) + 1)]
    chain = {page.url_path: page for page in Page.objects.filter(url_path__in=prefixes).only(
        "url_path", "live", "content_type")}
    for depth, prefix in enumerate(prefixes):
        page = chain.get(prefix)
        if page is None:
            raise Http404
        remaining = components[depth:]
        routable = issubclass(page.specific_class or Page, RoutablePageMixin)
        if remaining and not (routable and page.live and _answers(page.specific_class, remaining)):
            continue
        return page.specific.route(request, remaining)
    raise Http404


def _answers(page_class, remaining) -> bool:
    try:
        page_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
    except (Http404, Resolver404):
        return False
    return True


def serve(request, path):
    """`wagtail.views.serve` with `_route` in place of the tree walk."""
    page, args, kwargs = _route(request, path)

    def chain(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    for wrap in reversed(hooks.get_hooks("on_serve_page")):
        chain = wrap(chain)
    for before in hooks.get_hooks("before_serve_page"):
        result = before(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)
