"""The sub-pages of "Giới thiệu" are made once per site."""

import pytest

from vnportal.about.models import ApparatusPage, BoundaryMapPage, PlaceIndexPage
from vnportal.about.sections import MAP_SLUG, about_subpages
from vnportal.core.models import StandardPage

pytestmark = pytest.mark.django_db


def titles(page):
    return [p.title for p in page.get_children()]


def test_about_gets_its_six_subpages_in_menu_order(about_site):
    assert titles(about_site.about) == [
        "Điều kiện tự nhiên",
        "Lịch sử hình thành và phát triển",
        "Văn hóa, lễ hội",
        "Di tích và danh thắng",
        "Bộ máy hành chính",
        "Bản đồ hành chính",
    ]
    kinds = [type(p.specific) for p in about_site.about.get_children()]
    assert kinds[3:] == [PlaceIndexPage, ApparatusPage, BoundaryMapPage]
    assert all(p.live and p.show_in_menus for p in about_site.about.get_children())


def test_provisioning_again_adds_nothing(about_site):
    about_subpages(about_site.home, None)
    assert about_site.about.get_children().count() == 6


def test_pages_an_editor_deleted_stay_deleted(about_site):
    for page in about_site.about.get_children():
        page.delete()
    about_subpages(about_site.home, None)
    assert about_site.about.get_children().count() == 0


def test_an_about_page_with_its_own_children_is_left_alone(db):
    from .conftest import build_site

    built = build_site(categories={})
    about = built.home.add_child(instance=StandardPage(title="Giới thiệu", slug="gioi-thieu"))
    about.add_child(instance=StandardPage(title="Lịch sử", slug="lich-su"))
    about_subpages(built.home, None)
    assert titles(about) == ["Lịch sử"]
    assert not BoundaryMapPage.objects.filter(slug=MAP_SLUG).exists()


def test_site_without_about_page_is_skipped(db):
    from .conftest import build_site

    built = build_site(categories={})
    about_subpages(built.home, None)
    assert built.home.get_children().filter(slug="gioi-thieu").count() == 0
