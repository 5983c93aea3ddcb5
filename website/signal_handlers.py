"""Purge visitors' cached pages whenever the page tree changes."""
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import page_cache


@receiver(page_published, dispatch_uid="website_purge_on_publish")
@receiver(page_unpublished, dispatch_uid="website_purge_on_unpublish")
@receiver(post_page_move, dispatch_uid="website_purge_on_move")
def purge_on_page_change(sender, **kwargs):
    page_cache.purge_all()


@receiver(post_save, dispatch_uid="website_purge_on_page_save")
@receiver(post_delete, dispatch_uid="website_purge_on_page_delete")
def purge_on_page_save_or_delete(sender, instance, **kwargs):
    # Pages saved without publishing through Wagtail (data loads, scripts) change what visitors see too.
    if isinstance(instance, Page):
        page_cache.purge_all()
