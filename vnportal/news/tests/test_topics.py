"""Topic (chuyên đề) pages, tag pages and related articles as readers see them."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vnportal.news.models import RelatedArticle
from vnportal.testing.builders import add_article, make_image

from .test_feeds import add_topic

pytestmark = pytest.mark.django_db


def _item_titles(html):
    return re.findall(r'class="article-item-title"><a href="[^"]+">([^<]+)</a>', html)


def test_topic_index_lists_topics_with_cover_dates_and_intro(client, province):
    topic = add_topic(province, "Chuyển đổi số", "chuyen-doi-so")
    topic.cover_image = make_image()
    topic.starts_on = datetime.date(2026, 1, 1)
    topic.ends_on = datetime.date(2026, 12, 31)
    topic.save()
    add_topic(province, "Gương điển hình", "guong-dien-hinh")
    html = client.get(topic.get_parent().url).content.decode()
    assert '<h1 class="page-title">Chuyên đề</h1>' in html
    assert f'<a href="{topic.url}">Chuyển đổi số</a>' in html
    assert "Gương điển hình" in html
    assert "Từ 01/01/2026 đến 31/12/2026" in html
    assert "Về Chuyển đổi số." in html
    assert 'class="thumb"' in html


def test_topic_page_lists_its_articles_from_two_categories_newest_first(client, province):
    topic = add_topic(province, "Xây dựng nông thôn mới", "xay-dung-nong-thon-moi")
    topic.cover_image = make_image(title="Ảnh chuyên đề")
    topic.cover_alt = "Cánh đồng lúa - tôm"
    topic.save()
    newer = add_article(province.categories["tin-hoat-dong"], title="Bài mới hơn")
    older = add_article(province.categories["chuyen-doi-so"], title="Bài cũ hơn")
    add_article(province.categories["chuyen-doi-so"], title="Bài không thuộc chuyên đề")
    add_article(province.categories["tin-hoat-dong"], title="Bản nháp", live=False).topics.add(
        topic
    )
    for article in (newer, older):
        article.topics.add(topic)
        article.save()
    html = client.get(topic.url).content.decode()
    assert "Về Xây dựng nông thôn mới." in html
    assert 'alt="Cánh đồng lúa - tôm"' in html
    assert _item_titles(html) == ["Bài mới hơn", "Bài cũ hơn"]


def test_topic_page_is_paginated_with_trang(client, province):
    topic = add_topic(province, "Chuyển đổi số", "chuyen-doi-so")
    for _ in range(12):
        article = add_article(province.categories["tin-hoat-dong"])
        article.topics.add(topic)
        article.save()
    first = client.get(topic.url).content.decode()
    assert len(_item_titles(first)) == 10
    assert '<a href="?trang=2" rel="next">' in first
    second = client.get(topic.url + "?trang=2").content.decode()
    assert len(_item_titles(second)) == 2


def test_tag_page_lists_the_sites_live_articles_with_that_tag(client, province, commune):
    tagged = add_article(province.categories["tin-hoat-dong"], title="Bài của tỉnh có từ khóa")
    draft = add_article(province.categories["tin-hoat-dong"], title="Bản nháp", live=False)
    other_site = add_article(commune.categories["tin-hoat-dong"], title="Bài của xã có từ khóa")
    add_article(province.categories["tin-hoat-dong"], title="Bài không có từ khóa")
    for article in (tagged, draft, other_site):
        article.tags.add("Phòng chống thiên tai")
        article.save()
    response = client.get("/tin-tuc/the/phòng-chống-thiên-tai/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Từ khóa: Phòng chống thiên tai" in html
    assert _item_titles(html) == ["Bài của tỉnh có từ khóa"]
    commune_html = client.get(
        "/tin-tuc/the/phòng-chống-thiên-tai/", HTTP_HOST="tayyen.localhost"
    ).content.decode()
    assert _item_titles(commune_html) == ["Bài của xã có từ khóa"]


def test_unknown_tag_is_a_404(client, province):
    assert client.get("/tin-tuc/the/khong-co-tu-khoa-nay/").status_code == 404


def test_related_articles_put_the_chosen_first_then_shared_topic_or_tag(client, province):
    category = province.categories["tin-hoat-dong"]
    other = province.categories["chuyen-doi-so"]
    topic = add_topic(province, "Gương điển hình", "guong-dien-hinh")
    article = add_article(category, title="Bài chính")
    chosen = add_article(other, title="Bài được chọn")
    same_topic = add_article(other, title="Bài cùng chuyên đề")
    same_tag = add_article(other, title="Bài cùng từ khóa")
    add_article(other, title="Bài không liên quan")
    for page in (article, same_topic):
        page.topics.add(topic)
        page.save()
    for page in (article, same_tag):
        page.tags.add("Nông thôn mới")
        page.save()
    RelatedArticle.objects.create(page=article, article=chosen, sort_order=0)
    html = client.get(article.url).content.decode()
    related = re.search(r'<section class="related".*?</section>', html, re.S).group(0)
    titles = _item_titles(related)
    assert titles[0] == "Bài được chọn"
    assert set(titles[1:3]) == {"Bài cùng chuyên đề", "Bài cùng từ khóa"}
    assert "Bài không liên quan" not in titles


def test_topic_and_tag_pages_do_not_grow_with_article_count(client, province, settings):
    settings.VNPORTAL_PAGE_CACHE = False
    topic = add_topic(province, "Chuyển đổi số", "chuyen-doi-so")
    image = make_image()

    def add(count):
        for _ in range(count):
            article = add_article(province.categories["tin-hoat-dong"], cover=image)
            article.topics.add(topic)
            article.tags.add("Chuyển đổi số")
            article.save()

    def counts():
        result = {}
        for url in (topic.url, "/tin-tuc/the/chuyển-đổi-số/", "/tin-tuc/rss/", topic.url + "rss/"):
            client.get(url)  # renditions are made on the first view
            with CaptureQueriesContext(connection) as captured:
                assert client.get(url).status_code == 200
            result[url] = len(captured)
        return result

    add(3)
    small = counts()
    add(15)
    assert counts() == small
