"""The alert banners at the top of public pages, and how long a cached page may live.

Both run only when a page is rendered (a page-cache miss) and read one cached state per
site (queries.site_alert_state), so a page costs the same with or without alerts.
"""

from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.models import Site

from vnportal.core import cachetags

from .queries import site_alert_state


def alerts_tag(site_id):
    """The cache tag of everything that shows a site's alerts: the banner on each of its
    pages, its alert pages and feeds (core/cachetags.py)."""
    return f"alerts:{site_id}"


def _site_id(request):
    site = Site.find_for_request(request)
    return None if site is None else site.pk


def top_banners(request):
    site_id = _site_id(request)
    if site_id is None:
        return []
    # Also without a banner: an alert issued later must reach this page.
    cachetags.add(alerts_tag(site_id))
    alerts, _ = site_alert_state(site_id)
    if not alerts:
        return []
    return [render_to_string("alerts/banner.html", {"alerts": alerts}, request=request)]


def page_cache_ttl(request):
    """Seconds until the next alert starts or ends on the request's site: a page cached
    now must not outlive it, so banners appear and disappear on time by themselves."""
    site_id = _site_id(request)
    if site_id is None:
        return None
    _, boundary = site_alert_state(site_id)
    if boundary is None:
        return None
    return max((boundary - timezone.now()).total_seconds(), 1)
