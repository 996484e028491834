"""The page cache's purges, sent on to a caching reverse proxy (Varnish, or nginx with a
purge endpoint) when `WAGTAILFRONTENDCACHE` names one.

A proxy forgets pages by address, not by what they show. So when a page is stored in the
page cache, its address is recorded under each of its tags (at the tags' current
versions); purging a tag reads those addresses and hands them to Wagtail's frontend cache
(`wagtail.contrib.frontend_cache`), whose HTTP backend sends `PURGE <path>` with the page's
`Host` to the proxy. See docs/caching.md for what the proxy must accept.

Records are append-only lists built with the cache's atomic `incr`, so app processes
recording at the same time lose nothing. They are kept `VNPORTAL_FRONTEND_CACHE_RECORD_SECONDS`
(a day by default), which must be longer than the proxy keeps a page.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from .cachetags import version_key

RECORD_PREFIX = "pagecache:urls:"
DEFAULT_RECORD_SECONDS = 86400


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _record_seconds():
    return getattr(settings, "VNPORTAL_FRONTEND_CACHE_RECORD_SECONDS", DEFAULT_RECORD_SECONDS)


def _record_key(tag, version):
    digest = hashlib.sha256(f"{tag}\n{version}".encode()).hexdigest()[:32]
    return RECORD_PREFIX + digest


def record(url, versions):
    """Remember that the page at `url` was cached with these {tag: version}."""
    if not enabled():
        return
    seconds = _record_seconds()
    slots = {}
    for tag, version in versions.items():
        key = _record_key(tag, version)
        counter = f"{key}:n"
        cache.add(counter, 0, seconds)
        try:
            number = cache.incr(counter)
        except ValueError:  # evicted between add and incr: this address goes unrecorded
            continue
        cache.touch(counter, seconds)
        slots[f"{key}:{number}"] = url
    if slots:
        cache.set_many(slots, seconds)


def urls_for(tags):
    """The addresses recorded under the current versions of `tags`."""
    if not enabled():
        return set()
    tags = list(tags)
    versions = cache.get_many([version_key(tag) for tag in tags])
    keys = [
        _record_key(tag, versions[version_key(tag)]) for tag in tags if version_key(tag) in versions
    ]
    counters = cache.get_many([f"{key}:n" for key in keys])
    slots = [
        f"{key}:{number}"
        for key in keys
        for number in range(1, int(counters.get(f"{key}:n", 0)) + 1)
    ]
    return set(cache.get_many(slots).values()) if slots else set()


def purge(urls):
    if not urls or not enabled():
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(sorted(urls))
