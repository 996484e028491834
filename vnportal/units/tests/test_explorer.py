"""The admin's page explorer for many sites (explorer.py): same pages as Wagtail's own
permission rule, 25 per page, filters limited to the user's own sites and people."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page
from wagtail.permissions import page_permission_policy

from vnportal.news.models import CategoryPage
from vnportal.testing.builders import add_article
from vnportal.units import roles
from vnportal.units.explorer import EXPLORER_PAGE_SIZE, SiteExplorerIndexView
from vnportal.units.models import Unit, UnitKind
from vnportal.units.provisioning import provision_unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def portal():
    province = Unit.objects.create(code="AG", name="Tỉnh An Giang", kind=UnitKind.PROVINCE)
    provision_unit(province)
    units = {}
    for code, name in (("AG-1", "Xã Tây Yên"), ("AG-2", "Xã Đông Thái")):
        units[code] = Unit.objects.create(
            code=code, name=name, kind=UnitKind.COMMUNE, parent=province
        )
        provision_unit(units[code])
    users = get_user_model().objects
    people = {}
    for code, (first, last) in (("AG-1", ("Tây", "Biên Tập")), ("AG-2", ("Đông", "Biên Tập"))):
        person = users.create_user(f"bientap-{code}", first_name=first, last_name=last)
        person.groups.add(units[code].site.role_groups.get(role=roles.EDITOR).group)
        people[code] = person
    categories = {
        code: CategoryPage.objects.descendant_of(unit.site.root_page).get(slug="tin-hoat-dong")
        for code, unit in units.items()
    }
    for number in range(30):
        add_article(categories["AG-1"], title=f"Tin Tây Yên số {number}")
    add_article(categories["AG-2"], title="Tin Đông Thái", owner=people["AG-2"])
    add_article(categories["AG-1"], title="Tin của biên tập Tây Yên", owner=people["AG-1"])
    return {"units": units, "people": people, "categories": categories}


def _listed_ids(client, page, **params):
    response = client.get(f"/admin/pages/{page.pk}/", params)
    assert response.status_code == 200
    return response, {
        int(i) for i in re.findall(r'data-object-id="(\d+)"', response.content.decode())
    }


def _all_listed(client, page):
    ids, number = set(), 1
    while True:
        response, found = _listed_ids(client, page, p=number)
        ids |= found
        if f"p={number + 1}" not in response.content.decode():
            return ids
        number += 1


def _wagtails_rule(user, page):
    explorable = page_permission_policy.explorable_instances(user)
    return set(Page.objects.child_of(page).filter(pk__in=explorable).values_list("pk", flat=True))


def test_a_commune_editor_sees_a_category_25_articles_at_a_time(client, portal):
    client.force_login(portal["people"]["AG-1"])
    category = portal["categories"]["AG-1"]

    response, first = _listed_ids(client, category)

    assert isinstance(response.context["view"], SiteExplorerIndexView)
    assert len(first) == EXPLORER_PAGE_SIZE == 25
    assert _all_listed(client, category) == set(
        Page.objects.child_of(category).values_list("pk", flat=True)
    )


def test_listings_show_exactly_what_wagtails_permission_rule_allows(client, portal):
    # A narrow group: permission on two categories only, so "Tin tức" above them is
    # explored with Wagtail's own filter and the categories with the shortcut.
    home = portal["units"]["AG-1"].site.root_page
    digital = CategoryPage.objects.descendant_of(home).get(slug="chuyen-doi-so")
    economy = CategoryPage.objects.descendant_of(home).get(slug="kinh-te-xa-hoi")
    narrow_group = Group.objects.create(name="Hai chuyên mục")
    for category in (digital, economy):
        GroupPagePermission.objects.create(
            group=narrow_group,
            page=category,
            permission=Permission.objects.get(codename="change_page"),
        )
    narrow = get_user_model().objects.create_user("hep")
    narrow_group.permissions.add(Permission.objects.get(codename="access_admin"))
    narrow.groups.add(narrow_group)
    add_article(digital, title="Bài chuyển đổi số")
    news = digital.get_parent()
    superuser = get_user_model().objects.create_superuser("quantri", "qt@example.vn", "x")

    cases = [
        (portal["people"]["AG-1"], home),
        (portal["people"]["AG-1"], portal["categories"]["AG-1"]),
        (narrow, news),
        (narrow, digital),
        (superuser, home),
    ]
    for user, page in cases:
        client.force_login(user)
        user = get_user_model().objects.get(pk=user.pk)  # no permission cache
        assert _all_listed(client, page) == _wagtails_rule(user, page), (user, page)
    client.force_login(narrow)
    assert _all_listed(client, news) == {digital.pk, economy.pk}


def test_another_communes_pages_are_not_listed(client, portal):
    client.force_login(portal["people"]["AG-1"])
    response = client.get(f"/admin/pages/{portal['categories']['AG-2'].pk}/", follow=True)
    assert "Tin Đông Thái" not in response.content.decode()


def test_the_filters_offer_only_the_users_own_sites_and_people(client, portal):
    client.force_login(portal["people"]["AG-1"])
    response, _ = _listed_ids(client, portal["categories"]["AG-1"])
    html = response.content.decode()
    assert "Cổng thông tin điện tử xã Tây Yên" in html
    assert "Cổng thông tin điện tử xã Đông Thái" not in html
    assert "Cổng thông tin điện tử tỉnh An Giang" not in html
    assert "Tây Biên Tập" in html
    assert "Đông Biên Tập" not in html


def test_province_staff_and_superusers_keep_every_site_in_the_filter(client, portal):
    superuser = get_user_model().objects.create_superuser("quantri", "qt@example.vn", "x")
    client.force_login(superuser)
    response, _ = _listed_ids(client, portal["categories"]["AG-1"])
    html = response.content.decode()
    assert "Cổng thông tin điện tử xã Đông Thái" in html
    assert "Đông Biên Tập" in html

    staff = get_user_model().objects.create_user("tinh")
    staff.groups.add(roles.ensure_province_groups("An Giang")[roles.EDITOR])
    client.force_login(staff)
    response, _ = _listed_ids(client, portal["categories"]["AG-2"])
    assert "Cổng thông tin điện tử xã Tây Yên" in response.content.decode()
