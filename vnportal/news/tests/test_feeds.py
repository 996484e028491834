"""RSS 2.0 per site, category and topic; the sitemap and robots.txt of each site."""

import datetime
import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from vnportal.news.models import CategoryPage, TopicIndexPage, TopicPage
from vnportal.testing.builders import add_article, add_articles, make_image

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _rss(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


def _titles(channel):
    return [item.findtext("title") for item in channel.findall("item")]


def add_topic(built, title, slug):
    index = TopicIndexPage.objects.child_of(built.home).first()
    if index is None:
        index = built.home.add_child(instance=TopicIndexPage(title="Chuyên đề", slug="chuyen-de"))
    return index.add_child(instance=TopicPage(title=title, slug=slug, intro=f"Về {title}."))


def test_site_feed_has_the_required_rss_elements(client, province):
    article = add_article(
        province.categories["tin-hoat-dong"],
        title="Tỉnh ra quân chuyển đổi số",
        sapo="Tóm tắt của bài ra quân.",
        published_at=datetime.datetime(2026, 11, 20, 2, 27, tzinfo=UTC),
    )
    channel = _rss(client, "/tin-tuc/rss/", HTTP_HOST="localhost")
    assert channel.findtext("title") == "Tin tức – Cổng thông tin điện tử tỉnh An Giang"
    assert channel.findtext("link") == "http://localhost/tin-tuc/"
    assert channel.findtext("description")
    assert channel.findtext("language") == "vi"
    (item,) = channel.findall("item")
    url = "http://localhost" + article.url
    assert item.findtext("title") == "Tỉnh ra quân chuyển đổi số"
    assert item.findtext("link") == url
    assert item.findtext("description") == "Tóm tắt của bài ra quân."
    guid = item.find("guid")
    assert guid.text == url and guid.get("isPermaLink") == "true"
    # RFC 822 date in Vietnam time: 02:27 UTC is 09:27 +0700.
    assert item.findtext("pubDate") == "Fri, 20 Nov 2026 09:27:00 +0700"
    assert parsedate_to_datetime(item.findtext("pubDate")) == article.published_at


def test_feed_urls_keep_the_readers_host_and_port(client, commune):
    add_article(commune.categories["tin-hoat-dong"], title="Tin của xã")
    channel = _rss(client, "/tin-tuc/rss/", HTTP_HOST="tayyen.localhost:8000")
    assert channel.findtext("link") == "http://tayyen.localhost:8000/tin-tuc/"
    assert channel.find("item").findtext("link").startswith("http://tayyen.localhost:8000/")


def test_feed_leaves_out_drafts_and_other_sites(client, province, commune):
    add_article(province.categories["tin-hoat-dong"], title="Tin đã đăng")
    add_article(province.categories["tin-hoat-dong"], title="Bản nháp", live=False)
    add_article(commune.categories["tin-hoat-dong"], title="Tin của xã Tây Yên")
    titles = _titles(_rss(client, "/tin-tuc/rss/"))
    assert titles == ["Tin đã đăng"]
    commune_titles = _titles(_rss(client, "/tin-tuc/rss/", HTTP_HOST="tayyen.localhost"))
    assert commune_titles == ["Tin của xã Tây Yên"]


def test_feed_lists_the_twenty_newest(client, province):
    category = province.categories["tin-hoat-dong"]
    articles = add_articles(category, 23)  # each one a minute older than the one before
    titles = _titles(_rss(client, "/tin-tuc/rss/"))
    assert titles == [a.title for a in articles[:20]]


def test_category_feed_includes_subcategories_only(client, province):
    category = province.categories["tin-hoat-dong"]
    sub = category.add_child(instance=CategoryPage(title="Tin xã phường", slug="tin-xa"))
    add_article(category, title="Bài của chuyên mục")
    add_article(sub, title="Bài của chuyên mục con")
    add_article(province.categories["chuyen-doi-so"], title="Bài chuyên mục khác")
    channel = _rss(client, category.url + "rss/")
    assert channel.findtext("title").startswith("Tin hoạt động – ")
    assert set(_titles(channel)) == {"Bài của chuyên mục", "Bài của chuyên mục con"}


def test_topic_feed_lists_its_articles_from_every_category(client, province):
    topic = add_topic(province, "Chuyển đổi số", "chuyen-doi-so")
    first = add_article(province.categories["tin-hoat-dong"], title="Bài A")
    second = add_article(province.categories["chuyen-doi-so"], title="Bài B")
    add_article(province.categories["chuyen-doi-so"], title="Bài ngoài chuyên đề")
    for article in (first, second):
        article.topics.add(topic)
        article.save()
    channel = _rss(client, topic.url + "rss/")
    assert _titles(channel) == ["Bài A", "Bài B"]


def test_list_pages_announce_their_feed(client, province):
    topic = add_topic(province, "Gương điển hình", "guong-dien-hinh")
    category = province.categories["tin-hoat-dong"]
    for url in ("/tin-tuc/", category.url, topic.url):
        html = client.get(url).content.decode()
        link = re.search(r'<link rel="alternate" type="application/rss\+xml"[^>]*>', html)
        assert link is not None, url
        assert f'href="{url}rss/"' in link.group(0)
        assert client.get(url + "rss/").status_code == 200


def test_feed_query_count_does_not_grow_with_articles(client, province, settings):
    settings.VNPORTAL_PAGE_CACHE = False
    image = make_image()
    category = province.categories["tin-hoat-dong"]
    add_articles(category, 3, cover=image)

    def count():
        client.get("/tin-tuc/rss/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/tin-tuc/rss/").status_code == 200
        return len(captured)

    small = count()
    add_articles(category, 30, cover=image)
    assert count() == small


# Sitemap and robots.txt


def _sitemap(client, **extra):
    response = client.get("/sitemap.xml", **extra)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{SITEMAP_NS}urlset"
    return {
        url.findtext(f"{SITEMAP_NS}loc"): url.findtext(f"{SITEMAP_NS}lastmod")
        for url in root.findall(f"{SITEMAP_NS}url")
    }


def test_sitemap_lists_the_sites_live_pages_with_lastmod(client, province, commune):
    article = add_article(province.categories["tin-hoat-dong"], title="Bài đã đăng")
    article.save_revision().publish()
    draft = add_article(province.categories["tin-hoat-dong"], title="Bản nháp", live=False)
    add_article(commune.categories["tin-hoat-dong"], title="Bài của xã")
    entries = _sitemap(client, HTTP_HOST="localhost")
    assert all(loc.startswith("http://localhost/") for loc in entries)
    assert "http://localhost/" in entries
    assert "http://localhost/tin-tuc/tin-hoat-dong/" in entries
    url = "http://localhost" + article.get_url_parts()[2]
    article.refresh_from_db()
    assert entries[url] == timezone.localtime(article.last_published_at).date().isoformat()
    assert not any(draft.slug in loc for loc in entries)
    assert not any("tayyen" in loc for loc in entries)


def test_commune_sitemap_has_none_of_another_sites_pages(client, province, commune):
    province_article = add_article(province.categories["tin-hoat-dong"], title="Bài của tỉnh")
    commune_article = add_article(commune.categories["tin-hoat-dong"], title="Bài của xã")
    entries = _sitemap(client, HTTP_HOST="tayyen.localhost")
    assert entries
    assert all(loc.startswith("http://tayyen.localhost/") for loc in entries)
    assert entries["http://tayyen.localhost" + commune_article.get_url_parts()[2]]  # lastmod
    province_path = province_article.get_url_parts()[2]
    assert not any(loc.endswith(province_path) for loc in entries)


def test_sitemap_is_cached_and_purged_when_an_article_is_published(client, province):
    add_article(province.categories["tin-hoat-dong"], title="Bài thứ nhất")
    client.get("/sitemap.xml")
    assert client.get("/sitemap.xml")["X-Cache"] == "HIT"
    later = add_article(province.categories["tin-hoat-dong"], title="Bài thứ hai", live=False)
    later.save_revision().publish()
    response = client.get("/sitemap.xml")
    assert response["X-Cache"] == "MISS"
    assert later.slug in response.content.decode()


def test_robots_txt_points_to_the_sites_sitemap(client, commune):
    response = client.get("/robots.txt", HTTP_HOST="tayyen.localhost")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://tayyen.localhost/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
