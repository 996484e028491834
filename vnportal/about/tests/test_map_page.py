"""The boundary map page: SVG fallback, own-origin map library, and the admin's checks."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import nested_form_data, rich_text

from vnportal.about.models import ApparatusPage, BoundaryMapPage, PlacePage
from vnportal.about.sections import APPARATUS_SLUG, MAP_SLUG, PLACES_SLUG
from vnportal.core.models import StandardPage
from vnportal.core.pagecache import purge_sites

from .conftest import SQUARE, child

pytestmark = pytest.mark.django_db


@pytest.fixture
def map_page(about_site):
    page = child(about_site.about, MAP_SLUG)
    page.geojson = SQUARE
    page.neighbours = "Phía tây giáp vịnh Thái Lan"
    page.save()
    return page


def test_page_without_boundary_says_it_is_being_updated(client, about_site):
    html = client.get(child(about_site.about, MAP_SLUG).url).content.decode()
    assert "Bản đồ hành chính đang được cập nhật." in html
    assert "leaflet.js" not in html


def test_svg_fallback_draws_the_polygon_with_caption_and_description(client, map_page):
    html = client.get(map_page.url).content.decode()
    assert re.search(r'<path class="boundary-area" d="M[\d. L]+ Z"', html)
    assert "Ranh giới minh họa, không dùng làm căn cứ pháp lý." in html
    assert "Diện tích ước tính theo ranh giới trên bản đồ khoảng 122 km²." in html
    assert "Phía tây giáp vịnh Thái Lan." in html


def test_official_area_replaces_the_estimate(client, map_page):
    map_page.area_km2 = "9888.91"
    map_page.save()
    html = client.get(map_page.url).content.decode()
    assert "Diện tích 9.889 km²." in html
    assert "ước tính" not in html


def test_map_library_comes_from_our_own_origin_only(client, map_page):
    html = client.get(map_page.url).content.decode()
    assert '<script src="/static/leaflet/leaflet.js" defer>' in html
    assert '<script src="/static/about/boundary-map.js" defer>' in html
    assert '<link rel="stylesheet" href="/static/leaflet/leaflet.css">' in html
    # Nothing loaded from elsewhere: no absolute or protocol-relative address in a src or
    # href, and no inline script or style attribute.
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert not re.search(r"<script(?![^>]*(src=|application/json))", html)
    assert "style=" not in html
    assert 'id="ban-do-du-lieu" type="application/json"' in html


def test_map_library_files_are_served(client, map_page):
    from django.contrib.staticfiles import finders

    assert finders.find("leaflet/leaflet.js")
    assert finders.find("about/boundary-map.js")


def test_places_with_coordinates_are_on_the_map(client, about_site, map_page):
    index = child(about_site.about, PLACES_SLUG)
    index.add_child(
        instance=PlacePage(
            title="Miếu thử",
            classification="quoc-gia",
            address="x",
            latitude="10.05",
            longitude="105.05",
        )
    )
    index.add_child(
        instance=PlacePage(title="Đình không tọa độ", classification="cap-tinh", address="y")
    )
    html = client.get(map_page.url).content.decode()
    assert '<circle class="boundary-place"' in html
    assert "Các điểm di tích, danh thắng trên bản đồ: Miếu thử." in html
    assert "Đình không tọa độ" not in html


def test_unreadable_saved_boundary_does_not_break_the_page(client, map_page):
    BoundaryMapPage.objects.filter(pk=map_page.pk).update(geojson="{hỏng")
    response = client.get(map_page.url)
    assert response.status_code == 200
    assert "Dữ liệu ranh giới của bản đồ hiện không đọc được" in response.content.decode()


def _edit(client, page, **fields):
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": rich_text(""),
        "geojson": page.geojson,
        "caption": page.caption,
        "area_km2": "",
        "neighbours": page.neighbours,
        "comments": {
            "TOTAL_FORMS": "0",
            "INITIAL_FORMS": "0",
            "MIN_NUM_FORMS": "0",
            "MAX_NUM_FORMS": "1000",
        },
        "action-publish": "publish",
    }
    data.update(fields)
    return client.post(f"/admin/pages/{page.pk}/edit/", nested_form_data(data))


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("bien-tap", "b@example.vn", "mat-khau")
    client.force_login(user)
    return client


def test_bad_geojson_in_the_admin_gets_a_message_and_keeps_the_saved_map(editor_client, map_page):
    outside = SQUARE.replace("105.0", "95.0")
    response = _edit(editor_client, map_page, geojson=outside)
    assert response.status_code == 200
    html = response.content.decode()
    assert "nằm ngoài lãnh thổ Việt Nam" in html
    assert "95.0" in html  # the editor's text is still in the form to correct
    map_page.refresh_from_db()
    assert map_page.geojson == SQUARE


def test_geojson_can_be_uploaded_as_a_file(editor_client, map_page):
    from django.core.files.uploadedfile import SimpleUploadedFile

    moved = SQUARE.replace("10.1", "10.2")
    upload = SimpleUploadedFile("ranh-gioi.geojson", moved.encode(), "application/geo+json")
    response = _edit(editor_client, map_page, geojson="", geojson_file=upload)
    assert response.status_code == 302
    map_page.refresh_from_db()
    assert map_page.geojson == moved


def test_bad_uploaded_file_names_the_file(editor_client, map_page):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("sai.geojson", b'{"type": "Point"}', "application/geo+json")
    html = _edit(editor_client, map_page, geojson_file=upload).content.decode()
    assert "Tệp “sai.geojson”: Kiểu “Point” không dùng được" in html
    map_page.refresh_from_db()
    assert map_page.geojson == SQUARE


def test_apparatus_page_links_to_the_organisation_section_when_there_is_one(client, about_site):
    apparatus = child(about_site.about, APPARATUS_SLUG)
    assert isinstance(apparatus, ApparatusPage)
    assert "co-cau-to-chuc" not in client.get(apparatus.url).content.decode()
    about_site.home.add_child(instance=StandardPage(title="Cơ cấu tổ chức", slug="co-cau-to-chuc"))
    purge_sites([about_site.site.pk])  # as publishing that page does
    html = client.get(apparatus.url).content.decode()
    assert 'href="/co-cau-to-chuc/"' in html
