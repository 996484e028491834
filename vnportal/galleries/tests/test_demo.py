import pytest

from vnportal.galleries.demo import create_demo_library
from vnportal.galleries.models import PhotoAlbumPage, VideoPage
from vnportal.galleries.sections import gallery_section
from vnportal.testing.builders import build_site

pytestmark = pytest.mark.django_db


def test_demo_fills_province_and_an_bien_once():
    province = build_site()
    commune = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    for built in (province, commune):
        gallery_section(built.home, None)
    sites = {"angiang": province.site, "anbien": commune.site}
    create_demo_library(sites)
    create_demo_library(sites)
    albums = PhotoAlbumPage.objects.all()
    assert albums.count() == 2
    assert all(album.photos.count() >= 3 for album in albums)
    assert all(photo.alt_text for album in albums for photo in album.photos.all())
    assert VideoPage.objects.count() == 1
    assert "dữ liệu mẫu" in albums.first().description
