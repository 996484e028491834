"""The public "Cơ cấu tổ chức" page of a site: leaders, chart, departments, contacts,
each department's page and the English version; another site's rows never show."""

import re
from html.parser import HTMLParser

import pytest
from wagtail import hooks
from wagtail.models import Page

from vnportal.directory.models import Official
from vnportal.directory.sections import ORGANISATION_SLUG, organisation_section
from vnportal.units.provisioning import SECTIONS_HOOK

from .conftest import URL, add_department

pytestmark = pytest.mark.django_db


def text_of(response):
    return response.content.decode()


def test_section_is_registered_for_provisioning():
    assert organisation_section in hooks.get_hooks(SECTIONS_HOOK)


def test_section_is_created_once_in_the_menu(province):
    organisation_section(province.home, None)
    organisation_section(province.home, None)
    pages = Page.objects.child_of(province.home).filter(slug=ORGANISATION_SLUG)
    assert pages.count() == 1
    page = pages.get()
    assert page.title == "Cơ cấu tổ chức"
    assert page.show_in_menus and page.live


def test_page_shows_leaders_first_then_chart_then_departments(client, province_org):
    html = text_of(client.get(URL))
    leaders = html.index('id="lanh-dao"')
    chart = html.index('id="so-do"')
    departments = html.index('id="co-quan-don-vi"')
    assert leaders < chart < departments
    leader_block = html[leaders:chart]
    assert "Trần Văn Mẫu" in leader_block and "Lê Thị Minh Họa" in leader_block
    assert "Phụ trách văn hóa, xã hội" in leader_block
    assert 'alt="Ảnh chân dung Trần Văn Mẫu"' in leader_block
    # The leaders' own department names them and points up instead of repeating them.
    card = html[html.index('id="don-vi-uy-ban-nhan-dan-tinh"') : html.index('id="don-vi-van-phong')]
    assert "Trần Văn Mẫu (<span>Chủ tịch</span>)" in card and 'href="#lanh-dao"' in card
    assert "chutich@example.gov.vn" not in card


def test_people_come_with_dialable_phone_and_mail_links(client, province_org):
    html = text_of(client.get(URL))
    assert '<a href="tel:+842973862101">0297 3862 101</a>' in html
    assert '<a href="mailto:chutich@example.gov.vn">chutich@example.gov.vn</a>' in html
    card = html[html.index('id="don-vi-van-phong-uy-ban-nhan-dan-tinh"') :]
    assert "Võ Văn Ví Dụ" in card and "Chánh Văn phòng" in card
    assert '<a href="tel:+84912345678">0912 345 678</a>' in card
    assert "Tham mưu, giúp việc cho Ủy ban nhân dân tỉnh." in card


class _ListTree(HTMLParser):
    """The chart's link texts with the depth of nested <ul> they sit in."""

    def __init__(self):
        super().__init__()
        self.depth, self.inside, self.found, self.link = 0, False, [], False

    def handle_starttag(self, tag, attrs):
        if tag == "div" and ("class", "org-chart") in attrs:
            self.inside = True
        if self.inside and tag == "ul":
            self.depth += 1
        if self.inside and tag == "a":
            self.link = True

    def handle_endtag(self, tag):
        if self.inside and tag == "ul":
            self.depth -= 1
            if self.depth == 0:
                self.inside = False
        if tag == "a":
            self.link = False

    def handle_data(self, data):
        if self.inside and self.link and data.strip():
            self.found.append((data.strip(), self.depth))


def test_chart_is_a_nested_list_following_the_parents(client, province_org):
    tree = _ListTree()
    tree.feed(text_of(client.get(URL)))
    assert tree.found == [
        ("Ủy ban nhân dân tỉnh", 1),
        ("Văn phòng Ủy ban nhân dân tỉnh", 2),
        ("Sở Y tế", 2),
    ]


def test_another_sites_rows_never_appear(client, province_org, commune_org):
    province_html = text_of(client.get(URL))
    assert "Người Khác Trang" not in province_html
    assert "Phòng Kinh tế xã Tây Yên" not in province_html
    commune_html = text_of(client.get(URL, HTTP_HOST="tayyen.localhost"))
    assert "Người Khác Trang" in commune_html
    assert "Trần Văn Mẫu" not in commune_html
    # A department's address under another site's page is not found.
    foreign = client.get(URL + commune_org.slug + "/")
    assert foreign.status_code == 404


def test_department_page_lists_everyone_with_parent_and_units_below(client, province_org):
    ubnd = province_org["ubnd"]
    html = text_of(client.get(URL + ubnd.slug + "/"))
    assert re.search(r"<h1[^>]*>Ủy ban nhân dân tỉnh</h1>", html)
    assert "Trần Văn Mẫu" in html and "Lê Thị Minh Họa" in html
    assert f'href="{URL}{province_org["office"].slug}/"' in html
    office_html = text_of(client.get(URL + province_org["office"].slug + "/"))
    assert "Trực thuộc" in office_html and f'href="{URL}{ubnd.slug}/"' in office_html
    assert client.get(URL + "khong-co-don-vi-nay/").status_code == 404


def test_english_page_uses_english_names_and_falls_back(client, province_org):
    response = client.get(URL + "en/")
    html = text_of(response)
    assert response.status_code == 200
    assert '<div class="organisation" lang="en">' in html
    assert re.search(r"<h1[^>]*>Organisation and contacts</h1>", html)
    assert "Office of the Provincial People&#x27;s Committee" in html
    assert "Chief of Office" in html and "Chánh Văn phòng" not in html
    # No English given: the Vietnamese name and title stand in, marked as Vietnamese.
    health = province_org["health"].slug
    assert f'href="{URL}en/{health}/" lang="vi">Sở Y tế</a>' in html
    assert '<span lang="vi">Phó Chủ tịch</span>' in html
    assert '<span lang="vi">Phụ trách văn hóa, xã hội</span>' in html
    vietnamese = text_of(client.get(URL))
    assert 'lang="vi"' not in vietnamese[vietnamese.index("<main") :]
    assert 'alt="Portrait of Trần Văn Mẫu"' in html
    assert f'href="{URL}en/{province_org["office"].slug}/"' in html
    detail = text_of(client.get(URL + "en/" + province_org["office"].slug + "/"))
    assert "Advises and assists the Provincial People&#x27;s Committee." in detail
    assert 'hreflang="vi"' in detail


def test_vietnamese_page_links_to_the_english_one(client, province_org):
    html = text_of(client.get(URL))
    assert f'<a href="{URL}en/" hreflang="en" lang="en">English</a>' in html


def test_empty_structure_says_so(client, province):
    organisation_section(province.home, None)
    assert "Chưa có thông tin cơ cấu tổ chức." in text_of(client.get(URL))


def test_a_saved_change_reaches_the_cached_page(
    client, province_org, django_capture_on_commit_callbacks
):
    assert "Nguyễn Thị Mới" not in text_of(client.get(URL))
    with django_capture_on_commit_callbacks(execute=True):
        Official.objects.create(
            department=province_org["health"], full_name="Nguyễn Thị Mới", position="Giám đốc"
        )
    assert "Nguyễn Thị Mới" in text_of(client.get(URL))
    with django_capture_on_commit_callbacks(execute=True):
        province_org["health"].delete()
    assert "Nguyễn Thị Mới" not in text_of(client.get(URL))


def test_page_queries_do_not_grow_with_people(client, province_org, django_assert_max_num_queries):
    client.get(URL)  # warm the site lookups
    from django.core.cache import cache

    cache.clear()
    with django_assert_max_num_queries(30) as counted:
        client.get(URL)
    before = len(counted)
    for number in range(5):
        add_department(
            province_org["ubnd"].site,
            f"Phòng thử {number}",
            people=[{"full_name": f"Người {number}", "position": "Trưởng phòng"}],
        )
    cache.clear()
    with django_assert_max_num_queries(before) as _:
        client.get(URL)
