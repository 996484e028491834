"""The demo fills "Giới thiệu" of the province and An Biên."""

import pytest

from vnportal.about.demo import about_demo
from vnportal.about.geojson import parse_boundary
from vnportal.about.models import BoundaryMapPage, PlacePage
from vnportal.about.sections import MAP_SLUG, NATURE_SLUG, PLACES_SLUG

from .conftest import build_about_site, child

pytestmark = pytest.mark.django_db


def test_demo_fills_texts_places_and_an_illustrative_map(client):
    province = build_about_site()
    commune = build_about_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    about_demo({"angiang": province.site, "anbien": commune.site})

    nature = child(province.about, NATURE_SLUG)
    assert "vịnh Thái Lan" in nature.body
    places = PlacePage.objects.child_of(child(province.about, PLACES_SLUG))
    assert "Khu di tích Óc Eo – Ba Thê" in {p.title for p in places}
    assert all(p.has_coordinates for p in places)
    commune_places = PlacePage.objects.child_of(child(commune.about, PLACES_SLUG))
    assert all("dữ liệu mẫu" in p.title for p in commune_places)

    for built in (province, commune):
        page = BoundaryMapPage.objects.child_of(built.about).get(slug=MAP_SLUG)
        parse_boundary(page.geojson)
        html = client.get(page.url, HTTP_HOST=built.site.hostname).content.decode()
        assert "Ranh giới minh họa, không dùng làm căn cứ pháp lý." in html
        assert '<path class="boundary-area"' in html
