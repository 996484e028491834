"""The demo portal that `make run` loads. Loading takes seconds, so each test checks
several things a newcomer would see on the demo."""

import json
import re

import pytest
from wagtail.models import Page, Site

from vnportal.demo import content
from vnportal.legaldocs.models import LegalDocument
from vnportal.news.models import ArticlePage, CategoryPage, TopicPage
from vnportal.search.engine import search
from vnportal.search.models import SearchEntry
from vnportal.search.results import SearchRequest
from vnportal.units.models import Unit, UnitKind

from .conftest import load_demo

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

HOSTS = {
    "localhost": "Cổng thông tin điện tử tỉnh An Giang",
    "anbien.localhost": "Cổng thông tin điện tử xã An Biên",
    "tayyen.localhost": "Cổng thông tin điện tử xã Tây Yên",
    "dongthai.localhost": "Cổng thông tin điện tử xã Đông Thái",
}
CATEGORIES = {"Tin hoạt động", "Dân vận chính quyền", "Xây dựng nông thôn mới", "Chuyển đổi số"}


def test_demo_portal_has_a_province_three_communes_and_their_news(client):
    assert set(Site.objects.values_list("hostname", flat=True)) == set(HOSTS)
    for host, title in HOSTS.items():
        response = client.get("/", HTTP_HOST=host)
        assert response.status_code == 200
        html = response.content.decode()
        assert title in html
        assert "Tin nổi bật" in html
    assert client.get("/", HTTP_HOST="127.0.0.1").status_code == 200

    assert ArticlePage.objects.live().count() >= 40
    assert CATEGORIES <= set(CategoryPage.objects.values_list("title", flat=True))
    for site in Site.objects.all():
        articles = ArticlePage.objects.live().descendant_of(site.root_page)
        assert articles.filter(featured=True).exists(), site.hostname

    article = ArticlePage.objects.live().first()
    html = client.get(article.url, HTTP_HOST=article.get_site().hostname).content.decode()
    assert "Bài viết mẫu do vnportal soạn để minh họa" in html

    district = Unit.objects.get(kind=UnitKind.DISTRICT)
    assert district.name == "Huyện An Biên" and not district.is_current
    successors = {u.name for u in district.successors.all()}
    assert successors == {"Xã An Biên", "Xã Tây Yên", "Xã Đông Thái"}


def test_loading_again_changes_nothing():
    before = (ArticlePage.objects.count(), Site.objects.count(), Unit.objects.count())
    load_demo()
    assert (ArticlePage.objects.count(), Site.objects.count(), Unit.objects.count()) == before


def test_demo_has_topics_tags_contributors_and_a_clarification(client):
    province_topics = TopicPage.objects.live().descendant_of(
        Site.objects.get(hostname="localhost").root_page
    )
    titles = set(province_topics.values_list("title", flat=True))
    assert {"Xây dựng nông thôn mới", "Chuyển đổi số", "Gương điển hình"} <= titles
    tayyen = Site.objects.get(hostname="tayyen.localhost").root_page
    assert TopicPage.objects.live().descendant_of(tayyen).exists()
    for topic in province_topics:
        html = client.get(topic.url, HTTP_HOST="localhost").content.decode()
        assert html.count('class="article-item"') >= 2, topic.title

    articles = ArticlePage.objects.live()
    assert articles.filter(tags__isnull=False).distinct().count() >= 20
    # Every demo article names its writers (the archive's old articles need not).
    with_contributors = articles.filter(contributors__isnull=False).distinct()
    assert with_contributors.count() >= len(content.ARTICLES) + len(content.CLARIFICATIONS)
    assert articles.exclude(kind="tin").exists()

    clarification = ArticlePage.objects.get(kind="xac-minh")
    html = client.get(clarification.url, HTTP_HOST="localhost").content.decode()
    assert "Thông tin xác minh" in html and "Sai sự thật" in html
    assert "Bài viết mẫu do vnportal soạn để minh họa" in html
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    review = [data for data in map(json.loads, blocks) if data["@type"] == "ClaimReview"]
    assert review[0]["reviewRating"]["ratingValue"] == 1


def test_every_demo_page_can_be_found_by_search():
    public = Page.objects.live().filter(depth__gte=3, view_restrictions__isnull=True)
    assert SearchEntry.objects.filter(source__in=["news", "page"]).count() == public.count()
    # Every register entry too: the province's and the commune's.
    assert SearchEntry.objects.filter(source="document").count() == LegalDocument.objects.count()
    assert LegalDocument.objects.values("site").distinct().count() == 2
    article = ArticlePage.objects.live().first()
    hits = search(SearchRequest(article.title)).hits
    assert article.pk in [hit.object_id for hit in hits]
