"""Whole-page cache for anonymous readers.

A hit needs nothing but the cache: no database query, so cached pages keep being served
while the database is down or busy. Each entry remembers what it shows as tags with their
versions (core/cachetags.py); a change purges exactly the tags it touches (core/signals.py
for pages and settings, the apps for their lists and alerts), and with them the copies in
a reverse proxy (core/frontendcache.py). Apps narrow how long a page may live through the
`vnportal_page_cache_ttl` hook, e.g. until an alert starts or ends.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from wagtail import hooks
from wagtail.models import Site

from . import cachetags, frontendcache
from .reading import font_size_step

TTL_HOOK = "vnportal_page_cache_ttl"
# Called with the dict a view left in `request.page_cache_meta` whenever its cached copy
# is served, e.g. to count an article's views.
HIT_HOOK = "vnportal_page_cache_hit"
DEFAULT_TTL = 300
EXCLUDED_PREFIXES = ("/admin/", "/co-chu/", "/tai-lieu/", "/media/", "/static/", "/api/")
CACHEABLE_TYPES = ("text/html", "application/rss+xml", "application/xml", "text/xml")


def _host_key(host):
    return f"pagecache:host:{host}"


def purge_sites(site_ids):
    """Make every cached page of these sites stale at once: for changes whose app does
    not say which pages show them (documents, schedules, …). Page and settings changes
    purge exactly what shows them instead (core/signals.py)."""
    cachetags.purge_tags(cachetags.site_tag(site_id) for site_id in site_ids)


def purge_all_sites():
    purge_sites(Site.objects.values_list("pk", flat=True))


def _site_id_for(request):
    host = request.get_host().lower()
    site_id = cache.get(_host_key(host))
    if site_id is None:
        site = Site.find_for_request(request)
        if site is None:
            return None
        site_id = site.pk
        cache.set(_host_key(host), site_id, 3600)
    return site_id


def _cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    # Anyone with a session (editors, previews, people filling forms) sees live pages.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def _storable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith(CACHEABLE_TYPES):
        return False
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control:
        return False
    # Pages that used the CSRF token or the session vary per person.
    return "cookie" not in response.get("Vary", "").lower()


def page_ttl(request):
    ttl = getattr(settings, "VNPORTAL_PAGE_CACHE_SECONDS", DEFAULT_TTL)
    for hook in hooks.get_hooks(TTL_HOOK):
        limit = hook(request)
        if limit is not None:
            ttl = min(ttl, max(int(limit), 1))
    return ttl


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not getattr(settings, "VNPORTAL_PAGE_CACHE", True) or not _cacheable_request(request):
            return self.get_response(request)
        site_id = _site_id_for(request)
        if site_id is None:
            return self.get_response(request)
        step = font_size_step(request.COOKIES)
        digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
        key = f"pagecache:page:{site_id}:{step}:{digest}"
        found = cache.get_many([key, cachetags.CLOCK_KEY])
        stored = found.get(key)
        if stored is not None and len(stored) == 4 and cachetags.fresh(stored[3]):
            content, headers, meta, _ = stored
            if meta:
                for hook in hooks.get_hooks(HIT_HOOK):
                    hook(meta)
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "HIT"
            return response
        with cachetags.collecting() as collector:
            collector.tags.add(cachetags.site_tag(site_id))
            response = self.get_response(request)
        if _storable(response):
            self._store(request, key, response, collector, found.get(cachetags.CLOCK_KEY))
            response["X-Cache"] = "MISS"
        return response

    def _store(self, request, key, response, collector, started_clock):
        tags = collector.all_tags()
        if tags is None:
            return
        versions = cachetags.versions_to_store(tags, started_clock)
        if versions is None:
            return
        headers = [(k, v) for k, v in response.items() if k.lower() != "x-cache"]
        meta = getattr(request, "page_cache_meta", None)
        entry = (response.content, headers, meta, cachetags.by_key(versions))
        cache.set(key, entry, page_ttl(request))
        frontendcache.record(request.build_absolute_uri(), versions)
