"""Purge cached pages when content that appears on them changes."""

from django.db.models.signals import post_delete, post_save
from wagtail import hooks
from wagtail.signals import page_published, page_unpublished, post_page_move

from .pagecache import purge_sites

PURGE_HOOK = "vnportal_purge_sites"


def sites_showing(page):
    """The page's own site plus any site an app says also shows it (e.g. province news
    on commune home pages)."""
    site_ids = set()
    site = page.get_site()
    if site is not None:
        site_ids.add(site.pk)
    for hook in hooks.get_hooks(PURGE_HOOK):
        site_ids.update(hook(page))
    return site_ids


def _page_changed(sender, instance, **kwargs):
    purge_sites(sites_showing(instance))


def _settings_changed(sender, instance, **kwargs):
    purge_sites([instance.site_id])


def connect():
    from wagtail.models import Page

    from .models import SiteSettings

    page_published.connect(_page_changed, dispatch_uid="pagecache-published")
    page_unpublished.connect(_page_changed, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(_page_changed, dispatch_uid="pagecache-moved")
    post_delete.connect(_page_changed, sender=Page, dispatch_uid="pagecache-deleted")
    post_save.connect(_settings_changed, sender=SiteSettings, dispatch_uid="pagecache-settings")
