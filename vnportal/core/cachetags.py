"""What a cached page shows ("tags"), and the versions that make it stale.

While a page renders for the page cache, everything it shows registers a tag:

- `page:<id>`: every Wagtail page loaded during the render (the page itself, the articles
  of a list, the menu's pages, breadcrumbs, a republished article's original). This is
  automatic (a `post_init` receiver, see `connect()`), so a template that shows one more
  page needs no code here.
- `settings:<site id>`: a site's settings (header, footer, feed titles), also automatic.
- list tags, registered by the code that queries a list, because a page that is not in
  a list yet cannot be seen loading: `below:<tree path>` (newest articles under a page),
  `menu:<tree path>`, `topic:<id>`, `featured:<tree path>`, … (news/queries.py, menu.py).
- `site:<site id>` on every page of a site: `pagecache.purge_sites()` bumps it for apps
  that have not said more precisely what their pages show.

Every tag has a version in the cache (a random token). A cached entry stores the versions
of its tags when it was built; serving it compares them with the current ones in one
`get_many`, so a hit still touches no database. Purging a tag gives it a new version,
which every app process sees through the shared cache (Redis in production).

A render that overlaps a purge must not store what it read before the purge: every purge
also changes one "clock" key, read when the request starts and again before storing.
"""

import contextvars
import hashlib
import uuid
from contextlib import contextmanager

from django.core.cache import cache
from django.db import connection, transaction

CLOCK_KEY = "pagecache:clock"
VERSION_PREFIX = "pagecache:v:"
# Past this many pages shown (a sitemap, a site map), an entry depends on whole page
# trees instead (`tree:<path of the site's home>`), so that checking it stays one short
# `get_many`.
MAX_PAGE_TAGS = 200
TREE_DEPTH = 2  # the home pages of sites sit at depth 2 of Wagtail's tree
STEPLEN = 4  # treebeard's path step

_current = contextvars.ContextVar("vnportal_page_tags", default=None)


def page_tag(page_id):
    return f"page:{page_id}"


def site_tag(site_id):
    return f"site:{site_id}"


def settings_tag(site_id):
    return f"settings:{site_id}"


def below_tag(path):
    """Lists of the articles (or pages) anywhere under the page at `path`."""
    return f"below:{path}"


def menu_tag(path):
    return f"menu:{path}"


def tree_tag(path):
    return f"tree:{path[: STEPLEN * TREE_DEPTH]}"


def ancestor_paths(path):
    """Tree paths of the ancestors of the page at `path`, nearest last."""
    return [path[:end] for end in range(STEPLEN, len(path), STEPLEN)]


class Collector:
    """The tags one render registers."""

    def __init__(self):
        self.tags = set()
        self.pages = {}

    def add_page(self, page_id, path):
        if self.pages.get(page_id) is None:
            self.pages[page_id] = path

    def all_tags(self):
        """The entry's tags, or None when it cannot be described (too many pages of
        unknown place): such a page is served live."""
        tags = set(self.tags)
        if len(self.pages) <= MAX_PAGE_TAGS:
            tags.update(page_tag(page_id) for page_id in self.pages)
            return tags
        if None in self.pages.values():
            return None
        tags.update(tree_tag(path) for path in self.pages.values())
        return tags


@contextmanager
def collecting():
    collector = Collector()
    token = _current.set(collector)
    try:
        yield collector
    finally:
        _current.reset(token)


def add(*tags):
    """Register tags on the page being rendered for the cache (no-op otherwise)."""
    collector = _current.get()
    if collector is not None:
        collector.tags.update(tags)


def add_page(page):
    collector = _current.get()
    if collector is not None and page.pk is not None:
        collector.add_page(page.pk, page.__dict__.get("path"))


def _page_loaded(sender, instance, **kwargs):
    if _current.get() is not None:
        add_page(instance)


def _settings_loaded(sender, instance, **kwargs):
    site_id = instance.__dict__.get("site_id")
    if site_id is not None:
        add(settings_tag(site_id))


def _serving(page, request, serve_args, serve_kwargs):
    # A page served by Wagtail may list anything below it (its articles, its sections).
    add(below_tag(page.path))


def connect():
    """Register every page and site-settings object loaded while a page renders, and
    what the page Wagtail serves lists."""
    from django.db.models.signals import post_init
    from wagtail import hooks
    from wagtail.models import get_page_models

    from .models import SiteSettings

    for model in get_page_models():
        post_init.connect(_page_loaded, sender=model, dispatch_uid=f"cachetags-{model._meta.label}")
    post_init.connect(_settings_loaded, sender=SiteSettings, dispatch_uid="cachetags-settings")
    hooks.register("before_serve_page", _serving)


def version_key(tag):
    # Tags may hold Vietnamese keywords; memcached-style backends want short ASCII keys.
    return VERSION_PREFIX + hashlib.sha256(tag.encode()).hexdigest()[:32]


def new_token():
    return uuid.uuid4().hex


def clock():
    return cache.get(CLOCK_KEY)


def by_key(versions):
    """{tag: version} as {version key: version}, the form an entry stores: a hit then
    compares versions without hashing its (up to hundreds of) tags again."""
    return {version_key(tag): version for tag, version in versions.items()}


def fresh(keyed_versions):
    """Whether an entry built with these {version key: version} is still current."""
    if not keyed_versions:
        return True
    current = cache.get_many(list(keyed_versions))
    return all(current.get(key) == version for key, version in keyed_versions.items())


def versions_to_store(tags, started_clock):
    """{tag: version} for an entry rendered since `started_clock`, or None when a purge
    happened meanwhile (what was rendered may be stale)."""
    keys = {tag: version_key(tag) for tag in tags}
    current = cache.get_many([*keys.values(), CLOCK_KEY])
    if current.get(CLOCK_KEY) != started_clock:
        return None
    missing = {key: new_token() for key in keys.values() if key not in current}
    if missing:
        # A new token can only make older entries stale, never revive one; but a purge
        # between the read above and this write must not be overwritten unnoticed.
        cache.set_many(missing, None)
        if clock() != started_clock:
            return None
        current.update(missing)
    return {tag: current[key] for tag, key in keys.items()}


def _bump(tags):
    token = new_token()
    values = {version_key(tag): token for tag in tags}
    values[CLOCK_KEY] = token
    cache.set_many(values, None)


def purge_tags(tags):
    """Make every cached page that shows one of `tags` stale, here and in the reverse
    proxy. Inside a transaction this happens now and again once it commits: a reader
    rendering in between saw the old rows and may have cached them."""
    from . import frontendcache

    tags = set(tags)
    if not tags:
        return
    urls = frontendcache.urls_for(tags)
    _bump(tags)
    if not connection.in_atomic_block:
        frontendcache.purge(urls)
        return

    def again():
        later = urls | frontendcache.urls_for(tags)
        _bump(tags)
        frontendcache.purge(later)

    transaction.on_commit(again)
