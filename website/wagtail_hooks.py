"""Wagtail wiring for the site as a whole."""
from wagtail import hooks

from . import page_cache


@hooks.register("before_serve_page")
def mark_visitor_page_cacheable(page, request, serve_args, serve_kwargs):
    page_cache.mark_cacheable(page, request)
