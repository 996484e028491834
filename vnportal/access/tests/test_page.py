"""The public "Tiếp cận thông tin" page: the published list (filtered by category), the
office providing information, and how to request what is not published."""

import datetime

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vnportal.access.demo import create_demo_access
from vnportal.access.models import Category, DisclosedItem
from vnportal.access.sections import access_section, ensure_access_page

pytestmark = pytest.mark.django_db

URL = "/tiep-can-thong-tin/"


@pytest.fixture
def access_page(province):
    page = ensure_access_page(province.home)
    page.items.add(
        DisclosedItem(
            category=Category.LEGAL,
            title="Văn bản quy phạm pháp luật của tỉnh",
            link="/van-ban/",
            updated_on=datetime.date(2026, 3, 5),
        )
    )
    page.items.add(
        DisclosedItem(
            category=Category.STATISTICS,
            title="Niên giám thống kê",
            link="https://www.gso.gov.vn/",
        )
    )
    page.save()
    return page


def test_page_lists_published_items_with_dates_and_links(client, access_page):
    html = client.get(URL).content.decode()
    assert '<a href="/van-ban/">Văn bản quy phạm pháp luật của tỉnh</a>' in html
    assert "05/03/2026" in html
    assert 'Niên giám thống kê<span class="visually-hidden"> (liên kết ngoài)</span>' in html
    assert "<caption" in html and '<th scope="col">Thông tin</th>' in html


def test_list_filters_by_category(client, access_page):
    html = client.get(URL, {"nhom": Category.STATISTICS}).content.decode()
    assert "Niên giám thống kê" in html
    assert "Văn bản quy phạm pháp luật của tỉnh" not in html
    assert "nhóm Số liệu thống kê (1 mục)" in html


def test_unknown_category_shows_everything(client, access_page):
    response = client.get(URL, {"nhom": "khong-co"})
    assert response.status_code == 200
    assert len(response.context["items"]) == 2


def test_page_shows_request_instructions_and_office(client, access_page):
    html = client.get(URL).content.decode()
    assert "Yêu cầu cung cấp thông tin chưa được công khai</h2>" in html
    assert "10 ngày làm việc" in html
    assert "gửi thư qua bưu điện" in html
    # Without its own office fields the page falls back to the site's settings.
    assert "Ủy ban nhân dân tỉnh An Giang" in html
    assert "ubnd@example.gov.vn" in html


def test_editor_changes_to_the_request_text_are_shown(client, access_page):
    access_page.request_text = "Gửi phiếu yêu cầu tới Văn phòng.\n\nKhông thu phí."
    access_page.save_revision().publish()
    html = client.get(URL).content.decode()
    assert "<p>Gửi phiếu yêu cầu tới Văn phòng.</p>" in html
    assert "10 ngày làm việc" not in html


def test_another_sites_items_never_appear(client, access_page, commune):
    access_section(commune.home, None)
    html = client.get(URL, HTTP_HOST="tayyen.localhost").content.decode()
    assert "Niên giám thống kê" not in html
    assert "Danh mục đang được cập nhật." in html


def test_bad_link_gets_a_vietnamese_message(access_page):
    item = DisclosedItem(page=access_page, category=Category.OTHER, title="X", link="van-ban")
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "không hợp lệ" in error.value.message_dict["link"][0]


def test_demo_fills_province_and_commune(client, province):
    from vnportal.testing.builders import build_site

    anbien = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    create_demo_access({"angiang": province.site, "anbien": anbien.site})
    create_demo_access({"angiang": province.site})  # a second run adds nothing
    html = client.get(URL).content.decode()
    assert html.count('<a href="/thu-tuc-hanh-chinh/">') == 1
    assert "dữ liệu mẫu" in html
    commune_html = client.get(URL, HTTP_HOST="anbien.localhost").content.decode()
    assert "Thủ tục hành chính cấp xã" in commune_html


def queries_for(client, *args):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        client.get(*args)
    return len(captured)


def test_page_queries_do_not_grow_with_the_list(client, access_page):
    client.get(URL)
    few = queries_for(client, URL)
    for number in range(20):
        access_page.items.add(
            DisclosedItem(category=Category.OTHER, title=f"Thông tin {number}", link="/a/")
        )
    access_page.save()
    assert queries_for(client, URL) == few
