"""Home, category and article pages cost the same number of queries with 10 or 300
articles: no query per listed article (covers and renditions are prefetched)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vnportal.testing.builders import add_articles, make_image

pytestmark = pytest.mark.django_db


def _queries(client, url):
    client.get(url)  # first render creates image renditions; count the steady state
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
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
