"""Whole-page cache for anonymous readers.

A hit needs nothing but the cache: no database query, so cached pages keep being served
while the database is down or busy. Entries are keyed by site and a per-site generation;
purging a site bumps its generation, which every app process sees through the shared cache
(Redis in production). Apps narrow how long a page may live through the
`vnportal_page_cache_ttl` hook, e.g. until an alert starts or ends.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from wagtail import hooks
from wagtail.models import Site

from .reading import font_size_step

TTL_HOOK = "vnportal_page_cache_ttl"
# Called with the dict a view left in `request.page_cache_meta` whenever its cached copy
# is served, e.g. to count an article's views.
HIT_HOOK = "vnportal_page_cache_hit"
DEFAULT_TTL = 300
EXCLUDED_PREFIXES = ("/admin/", "/co-chu/", "/tai-lieu/", "/media/", "/static/", "/api/")
CACHEABLE_TYPES = ("text/html", "application/rss+xml", "application/xml", "text/xml")


def _generation_key(site_id):
    return f"pagecache:gen:{site_id}"


def _host_key(host):
    return f"pagecache:host:{host}"


def purge_sites(site_ids):
    """Make every cached page of these sites stale at once."""
    token = time.time_ns()
    cache.set_many({_generation_key(site_id): token for site_id in site_ids}, None)


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
        generation = cache.get(_generation_key(site_id), 0)
        step = font_size_step(request.COOKIES)
        digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
        key = f"pagecache:page:{site_id}:{generation}:{step}:{digest}"
        stored = cache.get(key)
        if stored is not None:
            content, headers, *rest = stored  # entries written before meta have none
            meta = rest[0] if rest else None
            if meta:
                for hook in hooks.get_hooks(HIT_HOOK):
                    hook(meta)
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "HIT"
            return response
        response = self.get_response(request)
        if _storable(response):
            headers = [(k, v) for k, v in response.items() if k.lower() != "x-cache"]
            meta = getattr(request, "page_cache_meta", None)
            cache.set(key, (response.content, headers, meta), page_ttl(request))
            response["X-Cache"] = "MISS"
        return response
