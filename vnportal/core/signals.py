"""Purge exactly the cached pages that show what changed (see core/cachetags.py).

A page that is published, unpublished, moved, renamed (slug) or deleted purges:

- `page:<id>`: every cached page that showed it (its own page and feeds, the lists,
  menus and breadcrumbs it appears in, pages republishing it);
- `tree:<home path>`: the few pages that show too many pages to name them (sitemaps);
- the list tags whose membership or order it changed: the lists it is in are compared
  before and after (`memberships`), so correcting a typo in an old article leaves the
  home page alone while a new article purges its category, the categories above it, the
  home page and feeds, and nothing else. Apps add their own lists (topics, featured
  articles, province news) through the `vnportal_page_cache_lists` hook.

Site settings purge `settings:<site id>`: every page of that site and its feeds.
"""

import threading

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail import hooks
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    pre_page_move,
)

from . import cachetags
from .cachetags import ancestor_paths, below_tag, menu_tag, page_tag, tree_tag

# `(page) -> {tag: position}` for the lists a live page appears in besides the generic
# ones; the position is anything that changes when the page's place in the list does.
LISTS_HOOK = "vnportal_page_cache_lists"
MENU_LEVELS = 2  # core/menu.py shows the home page's children and their children

_ABSENT = object()
_moves = threading.local()


def memberships(page, live=None):
    """{list tag: position} of the lists `page` appears in while it is live."""
    live = page.live if live is None else live
    if not live or not page.path:
        return {}
    ancestors = ancestor_paths(page.path)
    lists = {below_tag(path): None for path in ancestors}
    if page.show_in_menus:
        lists.update({menu_tag(path): None for path in ancestors[-MENU_LEVELS:]})
    for hook in hooks.get_hooks(LISTS_HOOK):
        lists.update(hook(page))
    return lists


def _changed(before, after):
    return {
        tag
        for tag in before.keys() | after.keys()
        if before.get(tag, _ABSENT) != after.get(tag, _ABSENT)
    }


def _own_tags(page, *paths):
    return {page_tag(page.pk), *(tree_tag(path) for path in paths if path)}


def _descendant_tags(page):
    """The page and everything below it: their addresses change with its own."""
    from wagtail.models import Page

    ids = Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
    return {page_tag(pk) for pk in ids}


def purge_page(page, before=None):
    """Purge what a publication of `page` changes; `before` is what `memberships` gave
    before the change ({} for a page that was not live)."""
    after = memberships(page)
    changed = set(after) if before is None else _changed(before, after)
    cachetags.purge_tags(changed | _own_tags(page, page.path))


def _remember_lists(sender, instance, raw=False, update_fields=None, **kwargs):
    # Publishing and unpublishing save the whole page; drafts save a few fields only.
    if raw or instance.pk is None or update_fields is not None:
        return
    stored = sender._default_manager.filter(pk=instance.pk).first()
    instance._pagecache_lists = memberships(stored) if stored is not None else {}


def _published(sender, instance, **kwargs):
    purge_page(instance, instance.__dict__.pop("_pagecache_lists", None))


def _unpublished(sender, instance, **kwargs):
    lists = memberships(instance, live=True)
    cachetags.purge_tags(set(lists) | _own_tags(instance, instance.path))


def _before_move(sender, instance, **kwargs):
    if not hasattr(_moves, "pending"):
        _moves.pending = {}
    _moves.pending[instance.pk] = (memberships(instance.specific), instance.path)


def _moved(sender, instance, **kwargs):
    before, old_path = getattr(_moves, "pending", {}).pop(instance.pk, ({}, None))
    after = memberships(instance)
    tags = _changed(before, after) | _own_tags(instance, old_path, instance.path)
    cachetags.purge_tags(tags | _descendant_tags(instance))


def _slug_changed(sender, instance, **kwargs):
    if instance.live:
        cachetags.purge_tags(_descendant_tags(instance) | _own_tags(instance, instance.path))


def _deleted(sender, instance, **kwargs):
    # A live page was unpublished just before (Wagtail's pre_delete handler).
    cachetags.purge_tags(_own_tags(instance, instance.path))


def _settings_changed(sender, instance, **kwargs):
    cachetags.purge_tags({cachetags.settings_tag(instance.site_id)})


def connect():
    from wagtail.models import Page, get_page_models

    from .models import SiteSettings

    cachetags.connect()
    for model in get_page_models():
        pre_save.connect(
            _remember_lists, sender=model, dispatch_uid=f"pagecache-lists-{model._meta.label}"
        )
    page_published.connect(_published, dispatch_uid="pagecache-published")
    page_unpublished.connect(_unpublished, dispatch_uid="pagecache-unpublished")
    pre_page_move.connect(_before_move, dispatch_uid="pagecache-before-move")
    post_page_move.connect(_moved, dispatch_uid="pagecache-moved")
    page_slug_changed.connect(_slug_changed, dispatch_uid="pagecache-slug")
    post_delete.connect(_deleted, sender=Page, dispatch_uid="pagecache-deleted")
    post_save.connect(_settings_changed, sender=SiteSettings, dispatch_uid="pagecache-settings")
