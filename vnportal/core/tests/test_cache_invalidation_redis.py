"""The same purges with Redis as the shared cache, as in production (REDIS_URL): tag
versions live in Redis, so what one app process purges, every other one sees. A private
redis-server is started on 127.0.0.1 for these tests; they skip where none is installed."""

import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import cache, caches

from vnportal.core import cachetags

from . import test_cache_invalidation as base
from .test_cache_invalidation import expect, fetch, prime, publish_new_article, text

pytestmark = [pytest.mark.django_db, pytest.mark.servers]

world = base.world
PORTS = range(17060, 17080)


def _free_port():
    for port in PORTS:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    return None


@pytest.fixture
def redis_cache(settings, tmp_path):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")
    port = _free_port()
    if port is None:
        pytest.skip(f"no free port in {PORTS.start}-{PORTS.stop - 1} for redis-server")
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": f"redis://127.0.0.1:{port}/0",
                "KEY_PREFIX": "vnportal-test",
            }
        }
        cache.clear()
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_publishing_purges_exactly_with_redis(client, redis_cache, world):
    prime(client, world)
    publish_new_article(world.category, "Tỉnh khởi công đường ven biển")
    after = fetch(client, world)
    expect(after, changed={"article", "category", "home", "feed", "sitemap"})
    assert "Tỉnh khởi công đường ven biển" in text(after["home"])


def test_another_process_sees_the_purge(client, redis_cache, world):
    prime(client, world)
    tag = cachetags.below_tag(world.category.path)
    # A second connection stands in for another app process sharing the same Redis.
    other = caches.create_connection("default")
    before = other.get(cachetags.version_key(tag))
    assert before is not None
    publish_new_article(world.category, "Họp báo định kỳ tháng 11")
    assert other.get(cachetags.version_key(tag)) not in (None, before)
    assert client.get(world.category.url)["X-Cache"] == "MISS"
