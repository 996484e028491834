import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from vnportal.testing.builders import add_article, make_image

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def test_article_page_shows_date_line_in_vietnam_time(client, province):
    category = province.categories["tin-hoat-dong"]
    article = add_article(
        category,
        title="Đảng bộ xã đẩy mạnh công tác dân vận",
        published_at=datetime.datetime(2022, 7, 30, 2, 27, tzinfo=UTC),
        author="Trần Thị Minh Họa",
        source="Văn phòng UBND xã",
    )
    html = client.get(article.url).content.decode()
    assert "(09:27 | 30/07/2022)" in html
    assert "Trần Thị Minh Họa" in html
    assert "Nguồn: Văn phòng UBND xã" in html
    assert '<h1 class="article-title">Đảng bộ xã đẩy mạnh công tác dân vận</h1>' in html


def test_article_page_has_breadcrumb_to_its_category(client, province):
    article = add_article(province.categories["chuyen-doi-so"])
    html = client.get(article.url).content.decode()
    crumbs = re.search(r'<nav class="breadcrumb".*?</nav>', html, re.S).group(0)
    assert ">Trang chủ<" in crumbs
    assert ">Tin tức<" in crumbs
    assert ">Chuyển đổi số<" in crumbs


def test_article_page_lists_related_articles_of_same_category(client, province):
    category = province.categories["tin-hoat-dong"]
    other_category = province.categories["chuyen-doi-so"]
    article = add_article(category)
    sibling = add_article(category, title="Tin cùng chuyên mục")
    stranger = add_article(other_category, title="Tin chuyên mục khác")
    html = client.get(article.url).content.decode()
    related = html.split("Tin liên quan", 1)[1]
    assert sibling.title in related
    assert stranger.title not in related


def test_print_view_shows_the_article_without_site_chrome(client, province):
    article = add_article(province.categories["tin-hoat-dong"], title="Bài để in")
    response = client.get(article.url + "in/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Bài để in</h1>" in html
    assert 'class="main-nav"' not in html


def test_category_page_lists_articles_newest_first_with_pagination(client, province):
    category = province.categories["tin-hoat-dong"]
    base = datetime.datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
    for day in range(12):
        add_article(
            category,
            title=f"Tin ngày {day + 1:02d}",
            published_at=base + datetime.timedelta(days=day),
        )
    first = client.get(category.url).content.decode()
    assert first.index("Tin ngày 12") < first.index("Tin ngày 11")
    assert "Tin ngày 02" not in first
    assert "Trang sau" in first
    second = client.get(category.url + "?trang=2").content.decode()
    assert "Tin ngày 02" in second and "Tin ngày 01" in second
    assert "Tin ngày 12" not in second


def test_category_page_shows_sapo_thumbnail_and_date(client, province):
    category = province.categories["tin-hoat-dong"]
    add_article(
        category,
        sapo="Một tóm tắt dễ nhận ra.",
        cover=make_image(),
        published_at=datetime.datetime(2026, 11, 2, 1, 5, tzinfo=UTC),
    )
    html = client.get(category.url).content.decode()
    assert "Một tóm tắt dễ nhận ra." in html
    assert "(08:05 | 02/11/2026)" in html
    thumbnails = [t for t in re.findall(r"<img[^>]*>", html) if 'src="/media/images/' in t]
    assert len(thumbnails) == 1
    assert 'loading="lazy"' in thumbnails[0]


def test_category_page_beyond_last_page_shows_last_page(client, province):
    category = province.categories["tin-hoat-dong"]
    add_article(category, title="Tin duy nhất")
    response = client.get(category.url + "?trang=99")
    assert response.status_code == 200
    assert "Tin duy nhất" in response.content.decode()


def test_home_featured_in_editor_order_then_filled_with_newest(client, province):
    category = province.categories["tin-hoat-dong"]
    now = datetime.datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
    second = add_article(category, title="Nổi bật thứ hai", featured_order=2, published_at=now)
    first = add_article(
        category,
        title="Nổi bật thứ nhất",
        featured_order=1,
        published_at=now - datetime.timedelta(days=30),
    )
    newest = add_article(category, title="Tin mới nhất", published_at=now)
    oldest = add_article(
        category, title="Tin rất cũ", published_at=now - datetime.timedelta(days=400)
    )
    for day in range(1, 4):  # between the two, so `oldest` cannot reach the 5 slots
        add_article(category, published_at=now - datetime.timedelta(days=day))
    html = client.get("/").content.decode()
    featured = html.split("Tin nổi bật", 1)[1].split("</section>", 1)[0]
    assert featured.index(first.title) < featured.index(second.title) < featured.index(newest.title)
    assert oldest.title not in featured


def test_home_shows_latest_articles_of_each_category(client, province):
    add_article(province.categories["tin-hoat-dong"], title="Tin hoạt động mới")
    add_article(province.categories["chuyen-doi-so"], title="Tin chuyển đổi số mới")
    html = client.get("/").content.decode()
    blocks = html.split('class="category-blocks"', 1)[1]
    assert "Tin hoạt động mới" in blocks
    assert "Tin chuyển đổi số mới" in blocks


def test_unpublished_article_is_not_listed(client, province):
    category = province.categories["tin-hoat-dong"]
    article = add_article(category, title="Bản nháp chưa đăng")
    article.unpublish()
    assert "Bản nháp chưa đăng" not in client.get(category.url).content.decode()
    assert "Bản nháp chưa đăng" not in client.get("/").content.decode()


def test_dateline_uses_vietnam_time_across_midnight(client, province):
    article = add_article(
        province.categories["tin-hoat-dong"],
        published_at=datetime.datetime(2026, 12, 31, 18, 30, tzinfo=UTC),
    )
    html = client.get(article.url).content.decode()
    local = datetime.datetime(2026, 12, 31, 18, 30, tzinfo=UTC).astimezone(
        ZoneInfo("Asia/Ho_Chi_Minh")
    )
    assert local.day == 1
    assert "(01:30 | 01/01/2027)" in html
