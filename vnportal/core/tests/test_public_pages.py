import re

import pytest

from vnportal.testing.builders import add_article, make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(province):
    category = province.categories["tin-hoat-dong"]
    article = add_article(category, cover=make_image())
    return [
        "/",
        "/tin-tuc/",
        category.url,
        article.url,
        article.url + "in/",
        "/so-do-cong/",
        "/khong-co-trang-nay/",
    ]


def test_every_page_is_vietnamese_html(client, pages):
    for url in pages:
        html = client.get(url).content.decode()
        assert re.search(r'<html lang="vi"', html), url


def test_no_inline_script_or_style_so_a_strict_csp_can_be_enabled(client, pages):
    for url in pages:
        html = client.get(url).content.decode()
        assert " style=" not in html, url
        assert "<style" not in html, url
        for tag in re.findall(r"<script\b[^>]*>", html):
            # A JSON-LD data block is never executed, so a strict CSP does not cover it.
            assert "src=" in tag or tag == '<script type="application/ld+json">', (url, tag)
        assert not re.search(r"\son[a-z]+=", html), url


def test_json_ld_is_the_only_inline_script_allowed(client, pages):
    article_html = client.get(pages[3]).content.decode()
    assert '<script type="application/ld+json">' in article_html
    for url in pages:
        html = client.get(url).content.decode()
        inline = [tag for tag in re.findall(r"<script\b[^>]*>", html) if "src=" not in tag]
        assert set(inline) <= {'<script type="application/ld+json">'}, (url, inline)


def test_nothing_is_loaded_from_another_origin(client, pages):
    for url in pages:
        html = client.get(url).content.decode()
        for tag, attribute in re.findall(r"<(img|script|link|iframe|source)\b([^>]*)>", html):
            if 'rel="schema.DC"' in attribute:
                continue  # Dublin Core's namespace declaration: a name, never fetched
            for value in re.findall(r'(?:src|href|srcset)="([^"]*)"', attribute):
                assert not re.match(r"(https?:)?//", value), (url, tag, value)


def test_footer_shows_the_site_settings(client, province):
    html = client.get("/").content.decode()
    footer = html.split('<footer class="site-footer">', 1)[1]
    assert "Cơ quan chủ quản:" in footer and "Ủy ban nhân dân tỉnh An Giang" in footer
    assert "Người chịu trách nhiệm:" in footer and "Ông Nguyễn Văn Mẫu" in footer
    assert "Số 1 đường Mẫu" in footer and "0296 3 000 000" in footer
    assert "ubnd@example.gov.vn" in footer


def test_header_shows_the_portal_name_of_the_site_by_host(client, commune):
    html = client.get("/", HTTP_HOST="tayyen.localhost").content.decode()
    assert "Cổng thông tin điện tử xã Tây Yên" in html
    province_html = client.get("/", HTTP_HOST="localhost").content.decode()
    assert "Cổng thông tin điện tử tỉnh An Giang" in province_html
    assert "xã Tây Yên" not in province_html


def test_commune_pages_show_only_commune_articles(client, province, commune):
    add_article(province.categories["tin-hoat-dong"], title="Tin của tỉnh")
    add_article(commune.categories["tin-hoat-dong"], title="Tin của xã")
    html = client.get("/", HTTP_HOST="tayyen.localhost").content.decode()
    assert "Tin của xã" in html
    assert "Tin của tỉnh" not in html


def test_main_menu_has_home_news_and_its_categories(client, province):
    html = client.get("/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    for label in ("Trang chủ", "Tin tức", "Tin hoạt động", "Chuyển đổi số"):
        assert f">{label}</a>" in nav


def test_missing_page_is_a_vietnamese_404(client, province):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy trang" in html
    assert "Về trang chủ" in html


def test_server_error_page_is_vietnamese(client, province, settings):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert '<html lang="vi">' in html
    assert "Cổng thông tin đang gặp sự cố" in html


def test_admin_login_page_answers(client, province):
    assert client.get("/admin/login/").status_code == 200
