"""`provision_unit`: one unit's site, its sections, settings, collection and groups."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail import hooks
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site

from vnportal.core.models import SiteSettings, StandardPage
from vnportal.news.models import CategoryPage, NewsIndexPage
from vnportal.units import roles
from vnportal.units.models import Unit, UnitKind
from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child, provision_unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def province_unit():
    unit = Unit.objects.create(code="AG", name="Tỉnh An Giang", kind=UnitKind.PROVINCE)
    provision_unit(unit)
    return unit


@pytest.fixture
def tay_yen(province_unit):
    unit = Unit.objects.create(
        code="AG-30001", name="Xã Tây Yên", kind=UnitKind.COMMUNE, parent=province_unit
    )
    provision_unit(unit)
    return unit


def _sections(site):
    return list(site.root_page.get_children().values_list("title", flat=True))


# Every section the installed apps give a new site, in menu order.
SECTIONS = [
    "Giới thiệu",
    "Cơ cấu tổ chức",
    "Tin tức",
    "Thông báo",
    "Chuyên đề",
    "Văn bản",
    "Lịch công tác",
    "Thủ tục hành chính",
    "Hỏi đáp",
    "Lấy ý kiến",
    "Tiếp cận thông tin",
    "Dự án, đấu thầu",
    "Thư viện ảnh - video",
    "Số liệu thống kê",
    "Đánh giá mức độ hài lòng",
    "Liên hệ",
]


def _census():
    return (
        Page.objects.count(),
        Site.objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        SiteSettings.objects.count(),
    )


def test_a_commune_gets_its_site_sections_settings_and_collection(tay_yen):
    site = tay_yen.site
    assert (site.hostname, site.port) == ("tayyen.angiang.gov.vn", 80)
    assert site.site_name == "Cổng thông tin điện tử xã Tây Yên"
    assert not site.is_default_site
    assert _sections(site) == SECTIONS
    news = NewsIndexPage.objects.child_of(site.root_page).get()
    assert list(CategoryPage.objects.child_of(news).values_list("title", flat=True)) == [
        "Tin hoạt động",
        "Dân vận chính quyền",
        "Xây dựng nông thôn mới",
        "Chuyển đổi số",
        "Kinh tế - Xã hội",
    ]
    children = site.root_page.get_children()
    assert all(page.live for page in children)
    # The satisfaction survey is linked from the footer, not the main menu.
    assert [p.title for p in children if not p.show_in_menus] == ["Đánh giá mức độ hài lòng"]
    portal = SiteSettings.objects.get(site=site)
    assert portal.unit_name == "xã Tây Yên"
    assert portal.display_title == "Cổng thông tin điện tử xã Tây Yên"
    assert portal.governing_body == "Ủy ban nhân dân xã Tây Yên"
    assert tay_yen.collection.name == "Xã Tây Yên"


def test_a_commune_editor_works_on_this_commune_only(tay_yen, province_unit):
    other = Unit.objects.create(
        code="AG-30002", name="Xã Đông Thái", kind=UnitKind.COMMUNE, parent=province_unit
    )
    provision_unit(other)
    editor = get_user_model().objects.create_user("bientap", password="x")
    editor.groups.add(tay_yen.site.role_groups.get(role=roles.EDITOR).group)

    own = CategoryPage.objects.descendant_of(tay_yen.site.root_page).first()
    theirs = CategoryPage.objects.descendant_of(other.site.root_page).first()
    assert own.permissions_for_user(editor).can_edit()
    assert not theirs.permissions_for_user(editor).can_edit()
    assert not own.permissions_for_user(editor).can_publish()
    assert GroupCollectionPermission.objects.filter(
        group__in=editor.groups.all(), collection=tay_yen.collection
    ).exists()
    assert not GroupCollectionPermission.objects.filter(
        group__in=editor.groups.all(), collection=other.collection
    ).exists()


def test_provisioning_again_changes_nothing(tay_yen):
    before = _census()
    provision_unit(Unit.objects.get(pk=tay_yen.pk))
    assert _census() == before


def test_the_province_replaces_wagtails_welcome_site_as_the_default(province_unit):
    site = Site.objects.get(is_default_site=True)
    assert site == province_unit.site
    assert site.hostname == "angiang.gov.vn"
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_a_rename_follows_generated_values_and_keeps_an_administrators(tay_yen):
    portal = SiteSettings.objects.get(site=tay_yen.site)
    portal.governing_body = "UBND xã Tây Yên"
    portal.responsible_person = "Ông Nguyễn Văn Mẫu"
    portal.save()

    tay_yen.name = "Xã Tây Yên Mới"
    tay_yen.save()
    site = provision_unit(tay_yen)

    portal.refresh_from_db()
    assert portal.unit_name == "xã Tây Yên Mới"
    assert portal.display_title == "Cổng thông tin điện tử xã Tây Yên Mới"
    assert portal.governing_body == "UBND xã Tây Yên"
    assert portal.responsible_person == "Ông Nguyễn Văn Mẫu"
    assert site.hostname == "tayyen.angiang.gov.vn"  # an existing site keeps its address
    assert site.root_page.title == "Cổng thông tin điện tử xã Tây Yên Mới"
    assert site.role_groups.get(role=roles.EDITOR).group.name == (
        "Cổng thông tin điện tử xã Tây Yên Mới – Biên tập viên"
    )


def test_a_section_added_later_by_an_app_comes_before_lien_he(tay_yen):
    def schedule_section(home_page, unit):
        ensure_child(home_page, StandardPage(title="Mục mới", slug="muc-moi", show_in_menus=True))

    with hooks.register_temporarily(SECTIONS_HOOK, schedule_section, order=40):
        provision_unit(tay_yen)

    assert _sections(tay_yen.site) == SECTIONS[:-1] + ["Mục mới", "Liên hệ"]


def test_an_editors_page_with_a_section_slug_is_left_alone(tay_yen):
    about = StandardPage.objects.child_of(tay_yen.site.root_page).get(slug="gioi-thieu")
    about.title = "Giới thiệu chung"
    about.body = "<p>Xã Tây Yên nằm ven biển Tây.</p>"
    about.save()

    provision_unit(tay_yen)

    about.refresh_from_db()
    assert (about.title, about.body) == ("Giới thiệu chung", "<p>Xã Tây Yên nằm ven biển Tây.</p>")
    assert _sections(tay_yen.site) == ["Giới thiệu chung"] + SECTIONS[1:]


def test_a_given_host_name_moves_the_site(tay_yen):
    site = provision_unit(tay_yen, hostname="tayyen.example.vn")
    assert site.hostname == "tayyen.example.vn"
    assert Site.objects.filter(hostname="tayyen.example.vn").count() == 1


def test_a_former_unit_gets_no_site(province_unit):
    district = Unit.objects.create(
        code="KG-AB",
        name="Huyện An Biên",
        kind=UnitKind.DISTRICT,
        dissolved_on=datetime.date(2025, 7, 1),
    )
    with pytest.raises(ValueError, match="not a current unit"):
        provision_unit(district)
    assert district.site is None
