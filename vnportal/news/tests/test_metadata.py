"""What an article page shows readers (kind, byline, topics, tags, views, cover, the
clarification box) and tells machines in its head (JSON-LD, Open Graph, Dublin Core)."""

import datetime
import html as html_lib
import json
import re

import pytest

from vnportal.news import view_counts
from vnportal.news.models import ArticleContributor, ClarificationSource, ViewCount
from vnportal.news.view_counts import views_of
from vnportal.testing.builders import add_article, make_image

from .test_feeds import add_topic

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def _json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return {data["@type"]: data for data in map(json.loads, blocks)}


def _meta(html, attribute, name):
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    return [html_lib.unescape(value) for value in found]


@pytest.fixture
def article(province):
    article = add_article(
        province.categories["tin-hoat-dong"],
        title="Xã ra quân làm đường giao thông nông thôn",
        sapo="Hàng trăm người dân cùng góp công mở rộng đường liên ấp.",
        published_at=datetime.datetime(2026, 11, 20, 2, 27, tzinfo=UTC),
        cover=make_image(title="Tên tệp ảnh"),
        cover_alt="Người dân đổ bê tông mặt đường",
        cover_caption="Đổ bê tông đường liên ấp.",
        kind="bai",
    )
    for order, name in enumerate(["Trần Thị Minh Họa", "Lê Văn Thử"]):
        ArticleContributor.objects.create(page=article, name=name, sort_order=order)
    article.tags.add("Giao thông nông thôn", "Dân vận")
    article.save()
    return article


def test_news_article_json_ld(client, article):
    html = client.get(article.url).content.decode()
    data = _json_ld(html)["NewsArticle"]
    url = "http://testserver" + article.url
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == "Xã ra quân làm đường giao thông nông thôn"
    assert data["description"] == "Hàng trăm người dân cùng góp công mở rộng đường liên ấp."
    assert data["datePublished"] == "2026-11-20T09:27:00+07:00"
    assert data["dateModified"] >= data["datePublished"]
    assert data["author"] == [
        {"@type": "Person", "name": "Trần Thị Minh Họa"},
        {"@type": "Person", "name": "Lê Văn Thử"},
    ]
    assert data["publisher"]["@type"] == "GovernmentOrganization"
    assert data["publisher"]["name"] == "Cổng thông tin điện tử tỉnh An Giang"
    assert "logo" not in data["publisher"]  # the site has none
    assert data["image"][0].startswith("http://testserver/media/images/")
    assert data["mainEntityOfPage"]["@id"] == url
    assert data["inLanguage"] == "vi"
    assert data["articleSection"] == "Tin hoạt động"
    assert sorted(data["keywords"]) == ["Dân vận", "Giao thông nông thôn"]


def test_display_byline_is_the_single_author_and_logo_is_the_publishers(client, article, province):
    article.author = "Nhóm phóng viên"
    article.save()
    portal = province.site.sitesettings
    portal.logo = make_image(title="Biểu trưng")
    portal.save()
    html = client.get(article.url).content.decode()
    data = _json_ld(html)["NewsArticle"]
    assert data["author"] == [{"@type": "Person", "name": "Nhóm phóng viên"}]
    assert data["publisher"]["logo"]["url"].startswith("http://testserver/media/images/")
    assert _meta(html, "name", "DC.creator") == ["Nhóm phóng viên"]


def test_open_graph_and_dublin_core(client, article):
    html = client.get(article.url).content.decode()
    url = "http://testserver" + article.url
    assert _meta(html, "property", "og:type") == ["article"]
    assert _meta(html, "property", "og:title") == ["Xã ra quân làm đường giao thông nông thôn"]
    assert _meta(html, "property", "og:description") == [article.sapo]
    assert _meta(html, "property", "og:url") == [url]
    (image,) = _meta(html, "property", "og:image")
    assert image.startswith("http://testserver/media/images/")
    assert _meta(html, "property", "og:site_name") == ["Cổng thông tin điện tử tỉnh An Giang"]
    assert _meta(html, "property", "og:locale") == ["vi_VN"]
    assert _meta(html, "property", "article:published_time") == ["2026-11-20T09:27:00+07:00"]

    assert '<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">' in html
    assert _meta(html, "name", "DC.title") == ["Xã ra quân làm đường giao thông nông thôn"]
    assert _meta(html, "name", "DC.creator") == ["Trần Thị Minh Họa, Lê Văn Thử"]
    assert _meta(html, "name", "DC.date") == ["2026-11-20"]
    assert _meta(html, "name", "DC.description") == [article.sapo]
    assert _meta(html, "name", "DC.publisher") == ["Cổng thông tin điện tử tỉnh An Giang"]
    assert _meta(html, "name", "DC.identifier") == [url]
    assert _meta(html, "name", "DC.language") == ["vi"]


def test_article_page_shows_kind_byline_cover_alt_topics_and_tags(client, article, province):
    topic = add_topic(province, "Xây dựng nông thôn mới", "xay-dung-nong-thon-moi")
    article.topics.add(topic)
    article.save()
    html = client.get(article.url).content.decode()
    assert '<p class="article-kind kind-bai">Bài</p>' in html
    assert '<span class="author">Trần Thị Minh Họa, Lê Văn Thử</span>' in html
    cover = re.search(r'<figure class="cover">.*?</figure>', html, re.S).group(0)
    assert 'alt="Người dân đổ bê tông mặt đường"' in cover
    assert "Đổ bê tông đường liên ấp." in cover
    assert f'<a href="{topic.url}">Xây dựng nông thôn mới</a>' in html
    tag_links = re.findall(r'<a href="([^"]+)" rel="tag">([^<]+)</a>', html)
    assert {name for _, name in tag_links} == {"Giao thông nông thôn", "Dân vận"}
    for href, name in tag_links:
        assert href.startswith("/tin-tuc/the/")
        page = client.get(href).content.decode()
        assert f"Từ khóa: {name}" in page
        assert article.title in page


def test_plain_news_has_no_kind_label_and_cover_alt_falls_back_to_image_title(client, province):
    article = add_article(province.categories["tin-hoat-dong"], cover=make_image(title="Ảnh hội"))
    html = client.get(article.url).content.decode()
    assert "article-kind" not in html
    assert 'alt="Ảnh hội"' in re.search(r'<figure class="cover">.*?</figure>', html, re.S).group(0)


def test_views_are_counted_for_cached_copies_too(client, article):
    first = client.get(article.url)
    assert first["X-Cache"] == "MISS"
    assert "Lượt xem: 1" in first.content.decode()
    second = client.get(article.url)
    assert second["X-Cache"] == "HIT"
    assert views_of(article.pk) == 2


def test_views_reach_the_database_in_batches_and_none_is_lost(client, article, monkeypatch):
    monkeypatch.setattr(view_counts, "FLUSH_EVERY", 3)
    client.get(article.url)
    client.get(article.url)
    assert not ViewCount.objects.exists()
    client.get(article.url)
    assert ViewCount.objects.get(page_id=article.pk).count == 3
    client.get(article.url)
    assert ViewCount.objects.get(page_id=article.pk).count == 3
    assert views_of(article.pk) == 4


@pytest.fixture
def clarification(province):
    article = add_article(
        province.categories["tin-hoat-dong"],
        title="Thông tin “vỡ đê biển Tây Yên” là sai sự thật",
        sapo="UBND xã xác minh: đê biển vẫn an toàn.",
        published_at=datetime.datetime(2026, 11, 21, 1, 0, tzinfo=UTC),
        kind="xac-minh",
        claim="Đê biển xã Tây Yên bị vỡ </script><script>alert(1)</script> nhiều đoạn.",
        claim_appearance="Mạng xã hội",
        claim_first_seen=datetime.date(2026, 11, 19),
        verdict="sai-su-that",
        facts="Đoàn kiểm tra đã đi hết tuyến đê; không có đoạn nào bị vỡ.",
        responsible_office="Ủy ban nhân dân xã Tây Yên",
    )
    ClarificationSource.objects.create(
        page=article,
        title="Thông báo số 12/TB-UBND",
        url="https://tayyen.example.gov.vn/thong-bao-12",
        sort_order=0,
    )
    return article


def test_clarification_box_states_claim_verdict_facts_sources_and_office(client, clarification):
    html = client.get(clarification.url).content.decode()
    box = re.search(r'<section class="clarification".*?</section>', html, re.S).group(0)
    assert "Thông tin xác minh" in box
    assert "Đê biển xã Tây Yên bị vỡ" in box
    assert "Mạng xã hội" in box and "19/11/2026" in box
    assert "Sai sự thật" in box
    assert "không có đoạn nào bị vỡ" in box
    assert '<a href="https://tayyen.example.gov.vn/thong-bao-12">Thông báo số 12/TB-UBND</a>' in box
    assert "Ủy ban nhân dân xã Tây Yên" in box


def test_claim_review_json_ld(client, clarification):
    html = client.get(clarification.url).content.decode()
    data = _json_ld(html)["ClaimReview"]
    assert data["claimReviewed"].startswith("Đê biển xã Tây Yên bị vỡ")
    assert data["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 4,
        "worstRating": 1,
        "alternateName": "Sai sự thật",
    }
    assert data["itemReviewed"]["@type"] == "Claim"
    assert data["itemReviewed"]["appearance"]["description"] == "Mạng xã hội"
    assert data["itemReviewed"]["firstAppearance"]["datePublished"] == "2026-11-19"
    office = {"@type": "GovernmentOrganization", "name": "Ủy ban nhân dân xã Tây Yên"}
    assert data["author"] == office
    assert data["datePublished"] == "2026-11-21T08:00:00+07:00"
    assert data["url"] == "http://testserver" + clarification.url


def test_text_in_json_ld_cannot_close_its_script_element(client, clarification):
    html = client.get(clarification.url).content.decode()
    assert "<script>alert(1)" not in html
    # The two JSON-LD blocks are the only scripts written into the page.
    assert len(re.findall(r"<script\b(?![^>]*\bsrc=)", html)) == 2


def test_republished_article_points_its_metadata_to_the_original(client, portal):
    from vnportal.news.models import ArticlePage

    original = add_article(portal.province.categories["tin-hoat-dong"], title="Bài của tỉnh")
    original.province_wide = True
    original.save_revision().publish()
    category = portal.tayyen.categories["tin-hoat-dong"]
    reference = category.add_child(instance=ArticlePage(original=original))
    reference.save_revision().publish()
    html = client.get(reference.get_url_parts()[2], HTTP_HOST="tayyen.localhost").content.decode()
    canonical = "http://localhost" + original.get_url_parts()[2]
    assert _json_ld(html)["NewsArticle"]["mainEntityOfPage"]["@id"] == canonical
    assert _meta(html, "property", "og:url") == [canonical]
    assert _meta(html, "name", "DC.identifier") == [canonical]
    assert _json_ld(html)["NewsArticle"]["headline"] == "Bài của tỉnh"
