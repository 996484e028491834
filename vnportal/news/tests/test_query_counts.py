"""Home, category and article pages cost the same number of queries with 10 or 300
articles: no query per listed article (covers and renditions are prefetched)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vnportal.testing.builders import add_articles, make_image

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _render_every_time(settings):
    # A page-cache hit costs no query at all, which would make every count below equal.
    settings.VNPORTAL_PAGE_CACHE = False


def _queries(client, url, **extra):
    client.get(url, **extra)  # first render creates image renditions; count the steady state
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    assert response.status_code == 200
    assert "X-Cache" not in response
    return len(captured)


def test_list_and_article_pages_do_not_grow_with_article_count(client, province):
    image = make_image()
    categories = list(province.categories.values())
    articles = []
    for category in categories:
        articles += add_articles(category, 5, cover=image)
    article = articles[0]
    category_url = categories[0].url
    small = {url: _queries(client, url) for url in ("/", category_url, article.url)}

    for category in categories:
        add_articles(category, 145, cover=image)
    large = {url: _queries(client, url) for url in ("/", category_url, article.url)}

    assert large == small


def test_commune_lists_with_republished_province_articles_do_not_grow(client, portal):
    """References show the original's title and cover: the originals and their covers come
    in the list's own queries, not one query per reference."""
    from vnportal.news.models import ArticlePage

    image = make_image()
    province_category = portal.province.categories["tin-hoat-dong"]
    commune_category = portal.tayyen.categories["tin-hoat-dong"]

    def republish(count):
        for original in add_articles(province_category, count, cover=image):
            original.province_wide = True
            original.save_revision().publish()
            reference = commune_category.add_child(instance=ArticlePage(original=original))
            reference.save_revision().publish()

    republish(3)
    add_articles(commune_category, 2, cover=image)
    urls = ("/", commune_category.get_url_parts()[2])

    def counts():
        return {url: _queries(client, url, HTTP_HOST="tayyen.localhost") for url in urls}

    small = counts()
    republish(12)
    large = counts()
    assert large == small
    html = client.get(urls[1], HTTP_HOST="tayyen.localhost").content.decode()
    assert html.count('class="article-item"') == 10  # a full page, references included
