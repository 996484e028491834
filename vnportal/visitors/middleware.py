"""Counts page views, those served from the page cache included.

It sits just before `vnportal.core.pagecache.PageCacheMiddleware`, so it sees every
response, cached or rendered, together with the request (the page cache's hit hook gets
only the view's metadata, not the user agent a bot filter needs). Counting costs a few
cache operations per view and no database query: the host's site is remembered in the
cache, and views reach the database in batches (tally.py).
"""

import logging

from django.core.cache import cache
from wagtail.models import Site

from vnportal.core.client_address import client_address

from . import rules, tally

logger = logging.getLogger(__name__)
HOST_SECONDS = 3600


def site_id_for(request):
    host = request.get_host().lower()
    key = f"visitors:host:{host}"
    site_id = cache.get(key)
    if site_id is None:
        site = Site.find_for_request(request)
        if site is None:
            return None
        site_id = site.pk
        cache.set(key, site_id, HOST_SECONDS)
    return site_id


class VisitorCountMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not rules.is_page_view(
            request.method,
            request.path,
            response.status_code,
            response.get("Content-Type", ""),
            request.headers.get("User-Agent", ""),
        ):
            return response
        try:
            site_id = site_id_for(request)
            if site_id is not None:
                tally.record_view(
                    site_id, client_address(request), request.headers.get("User-Agent", "")
                )
        except Exception:
            # A counter must never cost a reader the page.
            logger.exception("Page view not counted")
        return response
