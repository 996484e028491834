"""The results page at /tim-kiem/: what a reader sees for a query, the filters, the sort,
the scope, the pages of results, and what it tells the page cache."""

import dataclasses
import datetime as dt
import re
from html import unescape
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vnportal.testing.builders import build_site

from .corpus import doc, index

pytestmark = pytest.mark.django_db

URL = "/tim-kiem/"
COMMUNE_HOST = "tayyen.localhost"
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def commune(province):
    return build_site(hostname=COMMUNE_HOST, unit_name="xã Tây Yên", default=False)


def at(document, url_path):
    return dataclasses.replace(document, url_path=url_path)


def published(document, moment):
    return dataclasses.replace(document, published_at=moment)


def page(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return response, response.content.decode()


INLINE_TAGS = re.compile(r"</?(?:a|strong|mark|span|time|kbd)\b[^>]*>")


def text_of(html):
    """The visible text, tags dropped and spaces collapsed, for sentence assertions."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", INLINE_TAGS.sub("", html))).split())


def result_titles(html):
    return [
        text_of(title)
        for title in re.findall(r'<h2 class="search-hit-title">(.*?)</h2>', html, re.S)
    ]


def result_links(html):
    return re.findall(r'<h2 class="search-hit-title"><a href="([^"]*)"', html)


def test_results_show_count_title_link_kind_date_and_marked_snippet(client, province):
    (article,) = index(
        published(
            doc(
                province.site,
                "Đảng bộ xã An Biên tổng kết năm",
                "Sáng nay, Đảng bộ xã đã họp. " + "Nội dung khác. " * 40,
                kind="Tin",
            ),
            dt.datetime(2025, 7, 1, 20, 30, tzinfo=dt.UTC),  # 2 July in Vietnam
        )
    )
    response, html = page(client, q="dang bo")
    text = text_of(html)
    assert "Tìm thấy 1 kết quả cho “dang bo” trên cổng tỉnh An Giang." in text
    assert result_links(html) == [article.url_path]
    assert "<mark>Đảng</mark> <mark>bộ</mark> xã An Biên" in html
    assert "Sáng nay, <mark>Đảng</mark> <mark>bộ</mark> xã đã họp." in html
    assert "Tin tức – Tin" in text
    assert '<time datetime="2025-07-02T03:30:00+07:00">02/07/2025</time>' in html


def test_results_page_title_robots_and_private_cache(client, province):
    index(doc(province.site, "Nông thôn mới"))
    response, html = page(client, q="nông thôn")
    assert "<title>Kết quả tìm kiếm: nông thôn –" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "private" in response["Cache-Control"]
    # The portal's page cache must not keep one copy per query.
    again = client.get(URL, {"q": "nông thôn"})
    assert again.get("X-Cache") != "HIT"


def test_empty_box_asks_for_words_and_gives_tips(client, province):
    _, html = page(client)
    text = text_of(html)
    assert "<title>Tìm kiếm –" in html
    assert "Hãy nhập từ cần tìm" in text
    assert "Mẹo tìm kiếm" in text
    assert "Gõ có dấu hay không dấu đều được" in text
    assert result_titles(html) == []


def test_nothing_found_says_so_and_offers_the_province(client, province):
    index(doc(province.site, "Nông thôn mới"))
    _, html = page(client, q="cầu đường")
    text = text_of(html)
    assert "Không tìm thấy kết quả nào cho “cầu đường”" in text
    assert "Mẹo tìm kiếm" in text
    assert (
        'href="?q=c%E1%BA%A7u+%C4%91%C6%B0%E1%BB%9Dng&amp;pham-vi=tinh">Tìm trên toàn tỉnh' in html
    )


def test_box_shows_the_query_and_there_is_one_search_form(client, province):
    _, html = page(client, q="  hòa   giải ")
    assert 'name="q" value="hòa giải"' in html
    assert html.count('role="search"') == 1
    assert re.search(r'<label[^>]*for="id_q"[^>]*>Tìm kiếm</label>', html)
    assert re.search(r'<button type="submit" class="search-button">Tìm</button>', html)


def test_titles_and_snippets_are_escaped(client, province):
    index(doc(province.site, "Thẻ <script>alert(1)</script> lạ", "Chữ <b>đậm</b> lạ"))
    _, html = page(client, q="la")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>lạ</mark>" in html
    assert "&lt;b&gt;đậm&lt;/b&gt; <mark>lạ</mark>" in html


def test_kind_filter(client, province):
    index(
        doc(province.site, "Giới thiệu xã", source="news"),
        doc(province.site, "Giới thiệu chung", source="page"),
    )
    _, html = page(client, q="gioi thieu", loai="page")
    assert result_titles(html) == ["Giới thiệu chung"]
    assert '<option value="page" selected>Trang</option>' in html


def test_category_filter_lists_this_sites_live_categories(client, province, commune):
    digital = province.categories["chuyen-doi-so"]
    sub = digital.add_child(instance=type(digital)(title="Dịch vụ công", slug="dich-vu-cong"))
    index(
        doc(province.site, "Cổng dịch vụ công", category_id=sub.pk),
        doc(
            province.site, "Dịch vụ công ở xã", category_id=province.categories["tin-hoat-dong"].pk
        ),
    )
    _, html = page(client, q="dich vu cong", **{"chuyen-muc": digital.pk})
    assert result_titles(html) == ["Cổng dịch vụ công"]
    options = re.findall(r'<option value="(\d+)"[^>]*>([^<]*)</option>', html)
    labels = [label for _, label in options]
    assert labels == ["Tin hoạt động", "Chuyển đổi số", "– Dịch vụ công"]
    commune_category = commune.categories["tin-hoat-dong"].pk
    assert str(commune_category) not in [value for value, _ in options]


def test_date_range_filters_by_the_day_in_vietnam(client, province):
    def on(day, hour_utc, minute=0):
        return dt.datetime(*day, hour_utc, minute, tzinfo=dt.UTC)

    index(
        # 31 March 17:00 UTC is midnight, 1 April, in Vietnam.
        published(doc(province.site, "Họp dân đầu tháng"), on((2025, 3, 31), 17)),
        # 1 April 18:00 UTC is already 2 April in Vietnam.
        published(doc(province.site, "Họp dân giữa tháng"), on((2025, 4, 1), 18)),
        # 2 April 17:30 UTC is 00:30 on 3 April in Vietnam: past "đến ngày".
        published(doc(province.site, "Họp dân cuối tháng"), on((2025, 4, 2), 17, 30)),
    )
    _, html = page(client, q="hop dan", **{"tu-ngay": "01/04/2025", "den-ngay": "02/04/2025"})
    assert sorted(result_titles(html)) == ["Họp dân giữa tháng", "Họp dân đầu tháng"]


def test_dates_given_backwards_are_read_as_a_range_and_said(client, province):
    index(doc(province.site, "Họp dân", published_days_ago=3))
    today = dt.datetime.now(VIETNAM).date()
    _, html = page(
        client,
        q="hop dan",
        **{"tu-ngay": today.strftime("%d/%m/%Y"), "den-ngay": "01/01/2020"},
    )
    assert result_titles(html) == ["Họp dân"]
    assert "đã tìm trong khoảng giữa hai ngày đó" in text_of(html)


def test_newest_first_sort(client, province):
    index(
        doc(province.site, "Chuyển đổi số", published_days_ago=30),
        doc(province.site, "Tin trong tuần", "Bàn về chuyển đổi số.", published_days_ago=1),
    )
    _, relevance = page(client, q="chuyen doi so")
    _, newest = page(client, q="chuyen doi so", **{"sap-xep": "moi-nhat"})
    # By relevance the title match comes first; newest first, the newer article.
    assert result_titles(relevance) == ["Chuyển đổi số", "Tin trong tuần"]
    assert result_titles(newest) == ["Tin trong tuần", "Chuyển đổi số"]
    assert re.search(
        r'<a href="\?q=[^"]*sap-xep=moi-nhat" aria-current="true">Mới nhất</a>', newest
    )
    # The form keeps the sort when the reader searches again.
    assert '<input type="hidden" name="sap-xep" value="moi-nhat">' in newest


def test_current_site_by_default_and_the_whole_province_on_request(client, province, commune):
    index(
        at(doc(province.site, "Lễ hội đình làng tỉnh"), "/tin-tuc/le-hoi/"),
        at(doc(commune.site, "Lễ hội đình làng xã"), "/tin-tuc/le-hoi-xa/"),
    )
    _, own = page(client, q="le hoi")
    assert result_titles(own) == ["Lễ hội đình làng tỉnh"]
    assert 'href="?q=le+hoi&amp;pham-vi=tinh">Tìm trên toàn tỉnh</a>' in own

    _, everywhere = page(client, q="le hoi", **{"pham-vi": "tinh"})
    assert sorted(result_titles(everywhere)) == ["Lễ hội đình làng tỉnh", "Lễ hội đình làng xã"]
    links = result_links(everywhere)
    assert "/tin-tuc/le-hoi/" in links
    assert f"http://{COMMUNE_HOST}/tin-tuc/le-hoi-xa/" in links
    text = text_of(everywhere)
    assert "trên toàn tỉnh" in text
    assert "Xã Tây Yên" in text
    assert 'href="?q=le+hoi">Chỉ tìm trên cổng tỉnh An Giang</a>' in everywhere


def test_commune_reader_gets_the_commune_and_absolute_province_links(client, province, commune):
    index(
        at(doc(province.site, "Lễ hội tỉnh"), "/le-hoi/"),
        at(doc(commune.site, "Lễ hội xã"), "/le-hoi-xa/"),
    )
    response = client.get(URL, {"q": "le hoi", "pham-vi": "tinh"}, HTTP_HOST=f"{COMMUNE_HOST}:8000")
    html = response.content.decode()
    assert sorted(result_links(html)) == ["/le-hoi-xa/", "http://localhost:8000/le-hoi/"]


def test_pages_of_results_keep_the_query_and_filters(client, province):
    index(*[doc(province.site, f"Thông báo số {n}", published_days_ago=n) for n in range(1, 26)])
    _, first = page(client, q="thong bao", loai="news", **{"sap-xep": "moi-nhat"})
    assert "Tìm thấy 25 kết quả" in text_of(first)
    assert len(result_titles(first)) == 10
    assert '<nav class="pagination" aria-label="Các trang kết quả">' in first
    assert re.search(r'aria-current="page"><span class="visually-hidden">Trang </span>1</a>', first)
    assert 'href="?q=thong+bao&amp;loai=news&amp;sap-xep=moi-nhat&amp;trang=3"' in first

    _, third = page(client, q="thong bao", loai="news", **{"sap-xep": "moi-nhat", "trang": "3"})
    assert result_titles(third) == [f"Thông báo số {n}" for n in range(21, 26)]
    assert '<ol class="search-results" start="21">' in third
    assert 'rel="prev"' in third and 'rel="next"' not in third


def test_a_page_past_the_last_shows_the_last_and_says_so(client, province):
    index(*[doc(province.site, f"Thông báo số {n}") for n in range(12)])
    _, html = page(client, q="thong bao", trang="999999")
    assert len(result_titles(html)) == 2
    assert "Kết quả chỉ có 2 trang, nên đang xem trang cuối." in text_of(html)


def test_did_you_mean_links_to_the_decoded_query(client, province):
    index(doc(province.site, "Đại hội Đảng bộ xã"), doc(province.site, "Đảng bộ tỉnh"))
    _, html = page(client, q="ddangr booj", loai="news")
    match = re.search(r'Có phải bạn muốn tìm: <a href="([^"]*)">([^<]*)</a>', html)
    assert match, text_of(html)
    assert match.group(2) == "đảng bộ"
    assert unescape(match.group(1)) == "?q=%C4%91%E1%BA%A3ng+b%E1%BB%99&loai=news"


def test_approximate_results_are_announced(client, province):
    index(doc(province.site, "Xây dựng nông thôn mới kiểu mẫu"))
    _, html = page(client, q="nông thôn mới kiểu mẫu xe")
    text = text_of(html)
    assert "kết quả gần đúng" in text
    assert "Không có kết quả nào chứa đủ mọi từ bạn tìm" in text
    assert result_titles(html) == ["Xây dựng nông thôn mới kiểu mẫu"]


def test_every_other_page_has_the_search_box_in_its_header(client, province):
    html = client.get("/").content.decode()
    box = re.search(r'<form class="search-box"[^>]*>.*?</form>', html, re.S)
    assert box, "no search box in the header"
    assert 'action="/tim-kiem/"' in box.group(0)
    assert 'method="get"' in box.group(0)
    assert re.search(r'<label class="visually-hidden" for="o-tim-kiem">Tìm kiếm</label>', box[0])
    assert ">Tìm</button>" in box.group(0)
    assert re.search(r'<script src="[^"]*js/search-suggest\.js" defer></script>', html)


def test_results_page_queries_do_not_grow_with_the_hits(client, province, commune, settings):
    settings.VNPORTAL_PAGE_CACHE = False
    # Enough hits that the engine does not look for corrections (it does below three),
    # from both sites, whose names the page shows.
    index(
        *[doc(province.site, f"Một bài về bão {n}") for n in range(3)],
        doc(commune.site, "Một bài về bão ở xã"),
    )

    def queries():
        with CaptureQueriesContext(connection) as captured:
            page(client, q="bao", **{"pham-vi": "tinh"})
        return len(captured)

    queries()
    few = queries()
    index(
        *[doc(province.site, f"Bão số {n}") for n in range(6)],
        *[doc(commune.site, f"Tin bão xã {n}") for n in range(6)],
    )
    queries()  # the engine counts the index again once it has changed
    assert queries() == few
