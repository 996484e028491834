"""The page cache's purges reach a reverse proxy: a tiny HTTP server on 127.0.0.1 stands
in for Varnish or nginx and records the PURGE requests it receives."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from vnportal.core import frontendcache

from . import test_cache_invalidation as base
from .test_cache_invalidation import PROVINCE, prime, publish_new_article

world = base.world  # the same small province, commune and topic

pytestmark = pytest.mark.django_db

PORTS = range(17040, 17060)


def path(page):
    return page.get_url_parts()[2]


class RecordingProxy(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(settings):
    server = None
    for port in PORTS:
        try:
            server = ThreadingHTTPServer(("127.0.0.1", port), RecordingProxy)
            break
        except OSError:
            continue
    if server is None:
        pytest.skip(f"no free port in {PORTS.start}-{PORTS.stop - 1} for the recording proxy")
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


def test_publishing_sends_purges_for_exactly_the_pages_that_show_it(
    client, world, proxy, django_capture_on_commit_callbacks
):
    prime(client, world)
    assert proxy.purged == []
    with django_capture_on_commit_callbacks(execute=True):
        new = publish_new_article(world.category, "Tỉnh khởi công đường ven biển", [world.topic])
    purged = set(proxy.purged)
    expected = {
        (PROVINCE, path(world.article)),  # its related articles share the topic
        (PROVINCE, path(world.category)),
        (PROVINCE, "/"),
        (PROVINCE, "/tin-tuc/rss/"),
        (PROVINCE, "/sitemap.xml"),
        (PROVINCE, path(world.topic)),
    }
    assert purged == expected
    assert (PROVINCE, path(world.unrelated_category)) not in purged
    assert not any(host == "tayyen.localhost" for host, _ in purged)
    assert new.slug in client.get("/sitemap.xml").content.decode()


def test_site_settings_purge_every_recorded_page_of_the_site(
    client, world, proxy, django_capture_on_commit_callbacks
):
    prime(client, world)
    with django_capture_on_commit_callbacks(execute=True):
        settings = world.province.site.sitesettings
        settings.phone = "0296 3 999 999"
        settings.save()
    paths = {path for host, path in proxy.purged if host == PROVINCE}
    assert path(world.unrelated_category) in paths
    assert "/" in paths
    assert "/sitemap.xml" not in paths
    assert not any(host == "tayyen.localhost" for host, _ in proxy.purged)


def test_nothing_is_recorded_without_a_proxy(client, world):
    prime(client, world)
    assert not frontendcache.enabled()
    assert frontendcache.urls_for({"page:1", "site:1"}) == set()
