"""The banner at the top of every page of every affected site, even on cached pages."""

import datetime
import time

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import html as lxml_html

from vnportal.alerts.actions import cancel_alert, issue_alert, update_alert
from vnportal.alerts.banners import page_cache_ttl
from vnportal.core.pagecache import page_ttl

from .world import alert_fields

pytestmark = pytest.mark.django_db

TAYYEN = "tayyen.localhost"
ANBIEN = "anbien.localhost"


def banners(response):
    """The banners a reader sees: (headline, text) of each [role=alert] element."""
    tree = lxml_html.fromstring(response.content.decode())
    return [
        (section.get("aria-labelledby"), " ".join(section.text_content().split()))
        for section in tree.xpath("//*[@role='alert']")
    ]


def banner_text(response):
    return " ".join(text for _, text in banners(response))


def get(client, path, host):
    return client.get(path, HTTP_HOST=host)


def wait_until(moment):
    """Sleep until just past `moment` (a second or two in these tests)."""
    delay = (moment - timezone.now()).total_seconds()
    if delay > 0:
        time.sleep(delay + 0.05)


def test_province_alert_shows_on_every_commune_home_and_article_page(
    client, world, province_officer
):
    issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )
    pages = [
        ("/", TAYYEN),
        (world.tayyen_article.url, TAYYEN),
        ("/", ANBIEN),
        (world.anbien_article.url, ANBIEN),
        ("/", "localhost"),
    ]
    for path, host in pages:
        response = get(client, path, host)
        assert response.status_code == 200, (path, host)
        assert "Bão số 3 đổ bộ vào tỉnh An Giang" in banner_text(response), (path, host)


def test_banner_names_kind_severity_window_and_links_to_the_alert(client, world, province_officer):
    starts = timezone.make_aware(datetime.datetime(2025, 7, 1, 6, 30))
    fields = alert_fields(starts_at=starts, ends_at=timezone.now() + datetime.timedelta(hours=2))
    alert = issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **fields
    )
    response = get(client, "/", TAYYEN)
    [(labelledby, text)] = banners(response)
    ends = timezone.localtime(alert.ends_at)
    assert "Cảnh báo: Bão" in text
    assert "Mức độ: Nguy hiểm" in text
    assert f"Hiệu lực từ 01/07/2025 06:30 đến {ends:%d/%m/%Y %H:%M}" in text
    assert "Người dân không ra khỏi nhà" in text
    tree = lxml_html.fromstring(response.content.decode())
    section = tree.xpath("//*[@role='alert']")[0]
    assert tree.get_element_by_id(labelledby).text_content() == alert.headline
    assert section.xpath(".//a/@href") == [f"/canh-bao/{alert.pk}/"]
    assert "alert-banner--severe" in section.get("class")
    # Works without JavaScript: nothing in the banner needs a script (the page's only
    # script is the search box's suggestions, loaded from a file).
    assert not section.xpath(".//script | .//@*[starts-with(name(), 'on')]")
    assert tree.xpath("//script/@src") == ["/static/js/search-suggest.js"]


def test_commune_alert_does_not_show_on_another_commune(client, world, tayyen_officer):
    issue_alert(
        tayyen_officer,
        site=world.tayyen.site,
        areas=[world.tayyen_unit],
        **alert_fields(headline="Sạt lở bờ sông ấp Xẻo Nhàu"),
    )
    assert "Sạt lở bờ sông ấp Xẻo Nhàu" in banner_text(get(client, "/", TAYYEN))
    assert banners(get(client, "/", ANBIEN)) == []
    assert banners(get(client, world.anbien_article.url, ANBIEN)) == []
    # The province is not a commune's area either.
    assert banners(get(client, "/", "localhost")) == []


def test_cached_page_shows_the_banner_on_the_next_request_after_issuing(
    client, world, province_officer
):
    get(client, world.tayyen_article.url, TAYYEN)
    cached = get(client, world.tayyen_article.url, TAYYEN)
    assert cached["X-Cache"] == "HIT"
    assert banners(cached) == []

    issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )
    response = get(client, world.tayyen_article.url, TAYYEN)
    assert "Bão số 3" in banner_text(response)


def test_update_shows_the_new_headline_on_cached_pages(client, world, province_officer):
    alert = issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )
    get(client, "/", TAYYEN)
    assert get(client, "/", TAYYEN)["X-Cache"] == "HIT"
    update_alert(province_officer, alert, headline="Bão số 3 đã vào đất liền, gió giật cấp 13")
    assert "gió giật cấp 13" in banner_text(get(client, "/", TAYYEN))


def test_narrowing_the_area_removes_the_banner_from_communes_left_out(
    client, world, province_officer
):
    alert = issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )
    get(client, "/", ANBIEN)
    assert get(client, "/", ANBIEN)["X-Cache"] == "HIT"
    update_alert(province_officer, alert, areas=[world.tayyen_unit])
    assert banners(get(client, "/", ANBIEN)) == []
    assert "Bão số 3" in banner_text(get(client, "/", TAYYEN))


def test_cancelling_removes_the_banner_at_once(client, world, province_officer):
    alert = issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )
    get(client, "/", TAYYEN)
    assert "Bão số 3" in banner_text(get(client, "/", TAYYEN))
    cancel_alert(province_officer, alert, "Bão đã đổi hướng ra biển.")
    assert banners(get(client, "/", TAYYEN)) == []


def test_alert_disappears_by_itself_at_its_end_time(client, world, province_officer):
    now = timezone.now()
    alert = issue_alert(
        province_officer,
        site=world.province.site,
        areas=[world.province_unit],
        **alert_fields(
            starts_at=now - datetime.timedelta(hours=1), ends_at=now + datetime.timedelta(seconds=2)
        ),
    )
    assert "Bão số 3" in banner_text(get(client, "/", TAYYEN))
    assert get(client, "/", TAYYEN)["X-Cache"] == "HIT"
    # The page cached with the banner may not outlive the alert's end.
    wait_until(alert.ends_at + datetime.timedelta(seconds=1))
    response = get(client, "/", TAYYEN)
    assert banners(response) == []


def test_scheduled_alert_appears_when_its_start_time_comes(client, world, province_officer):
    now = timezone.now()
    alert = issue_alert(
        province_officer,
        site=world.province.site,
        areas=[world.province_unit],
        **alert_fields(starts_at=now + datetime.timedelta(seconds=2)),
    )
    assert banners(get(client, "/", TAYYEN)) == []
    assert get(client, "/", TAYYEN)["X-Cache"] == "HIT"

    request = RequestFactory().get("/", HTTP_HOST=TAYYEN)
    seconds_to_start = (alert.starts_at - timezone.now()).total_seconds()
    assert 0 < page_cache_ttl(request) <= seconds_to_start
    assert page_ttl(request) <= seconds_to_start

    wait_until(alert.starts_at + datetime.timedelta(seconds=1))
    assert "Bão số 3" in banner_text(get(client, "/", TAYYEN))


def test_cached_page_lifetime_is_not_limited_without_alerts(world):
    request = RequestFactory().get("/", HTTP_HOST=TAYYEN)
    assert page_cache_ttl(request) is None


def test_cached_page_lifetime_ends_with_an_active_alert(world, province_officer):
    alert = issue_alert(
        province_officer,
        site=world.province.site,
        areas=[world.province_unit],
        **alert_fields(ends_at=timezone.now() + datetime.timedelta(seconds=90)),
    )
    request = RequestFactory().get("/", HTTP_HOST=TAYYEN)
    seconds_to_end = (alert.ends_at - timezone.now()).total_seconds()
    assert 0 < page_cache_ttl(request) <= seconds_to_end


def test_gravest_alert_comes_first(client, world, province_officer, tayyen_officer):
    issue_alert(
        tayyen_officer,
        site=world.tayyen.site,
        areas=[world.tayyen_unit],
        **alert_fields(severity="Minor", headline="Triều cường nhẹ"),
    )
    issue_alert(
        province_officer,
        site=world.province.site,
        areas=[world.province_unit],
        **alert_fields(severity="Extreme", headline="Siêu bão"),
    )
    texts = [text for _, text in banners(get(client, "/", TAYYEN))]
    assert ["Siêu bão" in texts[0], "Triều cường nhẹ" in texts[1]] == [True, True]


def _queries_for_home(client, host):
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert get(client, "/", host).status_code == 200
    return len(queries)


def test_banner_queries_do_not_grow_with_the_number_of_alerts(client, world, province_officer):
    issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )
    one = _queries_for_home(client, TAYYEN)
    for number in range(4):
        issue_alert(
            province_officer,
            site=world.province.site,
            areas=[world.province_unit, world.tayyen_unit],
            **alert_fields(headline=f"Cảnh báo thêm {number}"),
        )
    five = _queries_for_home(client, TAYYEN)
    assert five == one
    assert len(banners(get(client, "/", TAYYEN))) == 5
