import datetime
import pickle

import pytest
from django.core.cache import cache
from django.utils import timezone

from vnportal.testing.builders import build_site
from vnportal.visitors import tally
from vnportal.visitors.models import DailyVisits
from vnportal.visitors.tally import figures

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"
ADDRESS = "203.113.152.77"


@pytest.fixture
def site(db):
    return build_site().site


def visit(client, path="/", address=ADDRESS, agent=BROWSER, host="localhost"):
    return client.get(path, REMOTE_ADDR=address, HTTP_USER_AGENT=agent, HTTP_HOST=host)


def test_each_view_counts_once_cached_or_not(client, site):
    first = visit(client)
    second = visit(client)
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert figures(site.pk).today == 2
    assert figures(site.pk).total == 2


def test_views_reach_the_database_in_batches(client, site, monkeypatch):
    monkeypatch.setattr(tally, "FLUSH_EVERY", 3)
    visit(client)
    visit(client)
    assert not DailyVisits.objects.exists()
    visit(client)
    row = DailyVisits.objects.get()
    assert (row.site_id, row.day, row.views) == (site.pk, timezone.localdate(), 3)
    visit(client)
    assert DailyVisits.objects.get().views == 3
    assert figures(site.pk).today == 4


def test_bots_and_scripts_are_not_counted(client, site):
    for agent in (
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "AhrefsCrawler",
        "",
        "x Spider",
    ):
        visit(client, agent=agent)
    assert figures(site.pk) == tally.Figures(online=0, today=0, total=0)


@pytest.mark.parametrize("path", ["/admin/", "/static/css/portal.css", "/media/x.jpg", "/api/v1/"])
def test_admin_files_and_api_are_not_counted(client, site, path):
    visit(client, path)
    assert figures(site.pk).today == 0


def test_a_missing_page_is_not_counted(client, site):
    assert visit(client, "/khong-co-trang-nay/").status_code == 404
    assert figures(site.pk).today == 0


def test_online_counts_distinct_visitors(client, site):
    visit(client)
    visit(client, "/tin-tuc/")
    visit(client, address="198.51.100.4")
    assert figures(site.pk).online == 2


def test_no_address_is_kept_in_clear(client, site, monkeypatch):
    monkeypatch.setattr(tally, "FLUSH_EVERY", 2)
    visit(client)
    visit(client, "/tin-tuc/")
    assert DailyVisits.objects.exists()
    rows = [str(row) for row in DailyVisits.objects.values()]
    assert not any(ADDRESS in row for row in rows)
    stored = cache._cache  # LocMemCache: key -> pickled value
    assert any(key.split(":", 2)[2].startswith("visitors:seen:") for key in stored)
    for key, value in stored.items():
        assert ADDRESS not in key
        assert ADDRESS.encode() not in value
        assert ADDRESS not in repr(pickle.loads(value))  # noqa: S301  (our own test cache)


def test_today_and_total_are_per_site(client, site):
    commune = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False).site
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    DailyVisits.objects.create(site=site, day=yesterday, views=1000)
    DailyVisits.objects.create(site=commune, day=yesterday, views=7)
    visit(client)
    visit(client, host="anbien.localhost")
    visit(client, "/tin-tuc/", host="anbien.localhost")
    assert figures(site.pk) == tally.Figures(online=1, today=1, total=1001)
    assert figures(commune.pk) == tally.Figures(online=1, today=2, total=9)


def test_first_view_of_a_day_writes_the_day_before(site):
    today = timezone.localdate()
    yesterday = today - datetime.timedelta(days=1)
    tally.record_view(site.pk, ADDRESS, BROWSER, day=yesterday)
    tally.record_view(site.pk, ADDRESS, BROWSER, day=today)
    assert DailyVisits.objects.get(day=yesterday).views == 1
    assert figures(site.pk).total == 2


def test_footer_shows_the_figures_in_vietnamese_format(client, site):
    DailyVisits.objects.create(
        site=site, day=timezone.localdate() - datetime.timedelta(days=3), views=1234566
    )
    visit(client, "/tin-tuc/")
    page = visit(client).content.decode()
    assert "Đang trực tuyến: 1 · Hôm nay: 1 · Tổng lượt truy cập: 1.234.567" in page
