"""The human map of a site ("Sơ đồ cổng"): its sections, categories and topics."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vnportal.news.models import CategoryPage, TopicIndexPage, TopicPage
from vnportal.testing.builders import add_article

pytestmark = pytest.mark.django_db


def _map(client, **extra):
    response = client.get("/so-do-cong/", **extra)
    assert response.status_code == 200
    html = response.content.decode()
    return re.search(r'<nav class="portal-map".*?</nav>', html, re.S).group(0)


def test_portal_map_shows_sections_category_tree_and_topics(client, province):
    category = province.categories["tin-hoat-dong"]
    sub = category.add_child(instance=CategoryPage(title="Tin xã phường", slug="tin-xa"))
    topics = province.home.add_child(instance=TopicIndexPage(title="Chuyên đề", slug="chuyen-de"))
    topic = topics.add_child(instance=TopicPage(title="Chuyển đổi số toàn dân", slug="cds"))
    add_article(category, title="Một bài viết")
    html = _map(client)
    for page in (province.news, category, sub, topics, topic):
        assert f'<a href="{page.url}">{page.title}</a>' in html
    assert "Một bài viết" not in html  # articles are reached through their categories
    # The subcategory sits inside its category's list.
    category_item = re.search(rf'<a href="{category.url}">.*?</ul>', html, re.S).group(0)
    assert "Tin xã phường" in category_item


def test_portal_map_shows_only_the_requesting_sites_live_pages(client, province, commune):
    draft = CategoryPage(title="Chuyên mục chưa đăng", slug="chua-dang", live=False)
    province.news.add_child(instance=draft)
    commune.news.add_child(instance=CategoryPage(title="Chuyên mục riêng của xã", slug="rieng"))
    html = _map(client)
    assert "Chuyên mục chưa đăng" not in html
    assert "Chuyên mục riêng của xã" not in html
    assert "Chuyên mục riêng của xã" in _map(client, HTTP_HOST="tayyen.localhost")


def test_footer_links_to_the_portal_map(client, province):
    html = client.get("/").content.decode()
    footer = html.split('<footer class="site-footer">', 1)[1]
    assert '<a href="/so-do-cong/">Sơ đồ cổng</a>' in footer


def test_portal_map_and_sitemap_queries_do_not_grow_with_articles(client, province):
    category = province.categories["tin-hoat-dong"]

    def counts():
        result = {}
        for url in ("/so-do-cong/", "/sitemap.xml"):
            cache.clear()  # measure the page, not the page cache
            with CaptureQueriesContext(connection) as captured:
                assert client.get(url).status_code == 200
            result[url] = len(captured)
        return result

    for _ in range(3):
        add_article(category)
    small = counts()
    for _ in range(15):
        add_article(category)
    assert counts() == small
