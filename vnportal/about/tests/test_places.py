"""The list of relics and scenic sites, its filter, and one place's page."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from vnportal.about.models import PlaceClassification, PlacePage
from vnportal.about.sections import PLACES_SLUG

from .conftest import child

pytestmark = pytest.mark.django_db


def add_place(index, title, classification, **fields):
    fields.setdefault("address", "tỉnh An Giang")
    return index.add_child(instance=PlacePage(title=title, classification=classification, **fields))


@pytest.fixture
def index(about_site):
    index = child(about_site.about, PLACES_SLUG)
    add_place(index, "Khu di tích Óc Eo – Ba Thê", PlaceClassification.SPECIAL_NATIONAL)
    add_place(
        index,
        "Miếu Bà Chúa Xứ Núi Sam",
        PlaceClassification.NATIONAL,
        recognised_on=datetime.date(2000, 1, 14),
    )
    add_place(index, "Hòn Phụ Tử", PlaceClassification.SCENIC)
    return index


def test_list_shows_every_place_with_its_rank(client, index):
    html = client.get(index.url).content.decode()
    for name in ("Khu di tích Óc Eo – Ba Thê", "Miếu Bà Chúa Xứ Núi Sam", "Hòn Phụ Tử"):
        assert name in html
    assert "3 địa điểm." in html
    assert "công nhận ngày 14/01/2000" in html


def test_filter_by_rank_shows_only_that_rank(client, index):
    html = client.get(index.url, {"loai": "danh-lam-thang-canh"}).content.decode()
    assert "Hòn Phụ Tử" in html
    assert "Miếu Bà Chúa Xứ Núi Sam" not in html
    assert "Danh lam thắng cảnh: 1 địa điểm." in html
    assert '<span aria-current="page">Danh lam thắng cảnh</span>' in html


def test_filter_with_no_match_says_so(client, index):
    html = client.get(index.url, {"loai": "cap-tinh"}).content.decode()
    assert "Chưa có địa điểm nào thuộc loại này." in html


def test_unknown_rank_shows_all_with_a_notice(client, index):
    html = client.get(index.url, {"loai": "khong-co"}).content.decode()
    assert "Loại di tích đã chọn không có" in html
    assert "3 địa điểm." in html


def test_place_page_shows_its_facts(client, index):
    place = PlacePage.objects.get(title="Miếu Bà Chúa Xứ Núi Sam")
    html = client.get(place.url).content.decode()
    assert "<h1>Miếu Bà Chúa Xứ Núi Sam</h1>" in html
    assert "Di tích quốc gia" in html
    assert "14/01/2000" in html


def test_place_needs_both_coordinates_and_alt_text_for_an_image(index):
    from vnportal.testing.builders import make_image

    place = PlacePage(
        title="Thử", classification="quoc-gia", address="x", latitude="10.5", image=make_image()
    )
    with pytest.raises(ValidationError) as caught:
        place.clean()
    errors = caught.value.message_dict
    assert errors["longitude"] == ["Cần nhập cả vĩ độ và kinh độ, hoặc để trống cả hai."]
    assert errors["image_alt"] == ["Ảnh cần có mô tả ngắn (văn bản thay thế)."]


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_list_and_map_queries_do_not_grow_with_the_number_of_places(
    client, settings, about_site, index
):
    from vnportal.about.sections import MAP_SLUG

    from .conftest import SQUARE

    settings.VNPORTAL_PAGE_CACHE = False
    map_page = child(about_site.about, MAP_SLUG)
    map_page.geojson = SQUARE
    map_page.save()
    for number in range(3):
        add_place(index, f"Đình số {number}", "cap-tinh", latitude="10.05", longitude="105.05")
    _queries(client, index.url)  # warms the caches of site and menu
    few = (_queries(client, index.url), _queries(client, map_page.url))
    for number in range(3, 9):
        add_place(index, f"Đình số {number}", "cap-tinh", latitude="10.05", longitude="105.05")
    assert (_queries(client, index.url), _queries(client, map_page.url)) == few
