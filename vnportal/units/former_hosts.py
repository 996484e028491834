"""Redirect the host names of closed portals to the archive inside a successor's site.

When a district was abolished on 01/07/2025 (or communes merged), its portal's host name
(say `anbien.kiengiang.gov.vn`) became a `FormerHost` of the former unit. A request to it
gets a 301 to the unit's archive page (`news.ArchivePage`) on the host of the successor
site that holds it, with the request's scheme and port. Nothing of the old path is kept,
unless a `wagtail.contrib.redirects` Redirect on that successor site has the old path as
its `old_path`: the importer of old portals adds one per article (see `redirect_for_old_path`,
the extension point).

Former host names must be listed in ALLOWED_HOSTS (set by the environment in production,
e.g. `ALLOWED_HOSTS=angiang.gov.vn,.angiang.gov.vn,anbien.kiengiang.gov.vn`): Django
answers 400 to any other host before this middleware can redirect it.

The middleware runs before the page cache: the cache would otherwise serve the default
site's cached pages for a former host name (an unknown host falls back to the default
site). On every other host it costs one cache read and no query: the set of former host
names is kept in the cache and dropped whenever a FormerHost is saved or deleted (in a
process that never loaded this module, e.g. a management command, the set expires after
`CACHE_SECONDS` at the latest).
"""

from urllib.parse import urlsplit

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.http.request import split_domain_port
from wagtail.contrib.redirects.models import Redirect

from .models import FormerHost
from .urls_across_sites import page_absolute_url, request_origin_for, site_absolute_url

CACHE_KEY = "former_hosts:names"
CACHE_SECONDS = 600


def former_hostnames():
    """Every former host name, lower case; from the cache when it holds them."""
    names = cache.get(CACHE_KEY)
    if names is None:
        names = frozenset(h.lower() for h in FormerHost.objects.values_list("hostname", flat=True))
        cache.set(CACHE_KEY, names, CACHE_SECONDS)
    return names


def forget_former_hostnames(*args, **kwargs):
    cache.delete(CACHE_KEY)


post_save.connect(forget_former_hostnames, sender=FormerHost, dispatch_uid="former-hosts-saved")
post_delete.connect(forget_former_hostnames, sender=FormerHost, dispatch_uid="former-hosts-gone")


def archive_of(unit):
    """The live archive page of a former unit (the first by tree order), or None."""
    return unit.archive_pages.live().order_by("path").first()


def redirect_for_old_path(site, request):
    """The Redirect on the successor `site` whose old path is the path requested on the
    former host, or None. The importer of old portals fills these per article."""
    path = Redirect.normalise_path(request.get_full_path())
    redirect = Redirect.objects.filter(site=site, old_path=path).first()
    if redirect is None:
        path_without_query = urlsplit(path).path
        if path_without_query != path:
            redirect = Redirect.objects.filter(site=site, old_path=path_without_query).first()
    return redirect


def _redirect_target(redirect, site, request):
    if redirect.redirect_page_id is not None:
        url = page_absolute_url(redirect.redirect_page.specific_deferred, request)
        if url and redirect.redirect_page_route_path:
            url = url.rstrip("/") + redirect.redirect_page_route_path
        return url
    link = redirect.redirect_link
    if link and link.startswith("/"):
        return request_origin_for(site.hostname, request) + link
    return link or None


def former_host_response(request, hostname):
    former = FormerHost.objects.select_related("unit").filter(hostname__iexact=hostname).first()
    if former is None:
        return None
    archive = archive_of(former.unit)
    if archive is not None:
        site = archive.get_site()
        redirect = redirect_for_old_path(site, request) if site is not None else None
        if redirect is not None:
            target = _redirect_target(redirect, site, request)
            if target:
                if redirect.is_permanent:
                    return HttpResponsePermanentRedirect(target)
                return HttpResponseRedirect(target)
        url = page_absolute_url(archive, request)
        if url:
            return HttpResponsePermanentRedirect(url)
    # No archive yet: the home page of the first successor that has a site.
    successor = former.unit.successors.filter(site__isnull=False).select_related("site").first()
    if successor is not None:
        return HttpResponsePermanentRedirect(site_absolute_url(successor.site, request))
    return None


class FormerHostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname, _ = split_domain_port(request.get_host())
        if hostname.lower() in former_hostnames():
            response = former_host_response(request, hostname)
            if response is not None:
                return response
        return self.get_response(request)
