"""Absolute URLs of pages on another site of the installation, as the reader reaches them.

Wagtail's `Site.root_url` assumes port 80 (or 443), but the portal runs on :8000 in
development and on a random port under the test live server. A link from a commune page to
the province site, or a redirect from a former host, must keep the scheme and port the
reader is using, so every cross-site URL is built here from the current request: the
target site's host name with the request's scheme and the port of its Host header.

It lives in `units` (sites and their host names) so that both `news` and the former-host
middleware of this app can use it without an upward import.
"""

from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": "80", "https": "443"}


def request_origin_for(hostname, request):
    """`scheme://hostname[:port]` with the scheme and port of `request`."""
    port = _request_port(request)
    suffix = "" if not port or DEFAULT_PORTS.get(request.scheme) == port else f":{port}"
    return f"{request.scheme}://{hostname}{suffix}"


def _request_port(request):
    # The Host header carries the port the reader typed (a proxy in front keeps it), where
    # SERVER_PORT would be the app server's own port behind that proxy.
    host = request.get_host()
    if host.endswith("]"):  # an IPv6 literal without a port
        return ""
    _, _, port = host.rpartition(":")
    return port if port.isdigit() else ""


def page_absolute_url(page, request):
    """The page's URL on its own site, as seen from `request`; None if not routable."""
    parts = page.get_url_parts(request=request)
    if parts is None or parts[1] is None:
        return None
    _, root_url, page_path = parts
    return request_origin_for(urlsplit(root_url).hostname, request) + page_path


def reader_absolute_url(page, request):
    """The page's absolute URL as the reader reaches it: on the reader's own site with the
    host they typed (127.0.0.1:8000 stays 127.0.0.1:8000), on another site with that
    site's host name. None if the page is not routable."""
    path = page.get_url(request)
    if path is None:
        return None
    if path.startswith("/"):
        return request.build_absolute_uri(path)
    return page_absolute_url(page, request)


def site_absolute_url(site, request, path="/"):
    """`path` on `site`, as seen from `request`."""
    return request_origin_for(site.hostname, request) + path


def site_id_of(page, request=None):
    """The id of the site the page belongs to, from Wagtail's cached site root paths (no
    query once they are cached)."""
    parts = page.get_url_parts(request=request)
    return None if parts is None else parts[0]
