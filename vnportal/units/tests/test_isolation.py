"""The isolation rules beside the matrix: who counts as working on every site, the reports
menu, and the admin URLs the matrix declares disabled."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection

from vnportal.testing.builders import build_site, make_image
from vnportal.units.isolation import visible_tag_names, works_on_every_site
from vnportal.units.roles import EDITOR, ensure_province_groups, ensure_site_groups


def _member(group, name):
    user = get_user_model().objects.create_user(username=name)
    user.groups.add(group)
    return user


@pytest.fixture
def two_sites(db):
    """Two communes with their groups, an editor of each and a province editor."""
    root = Collection.get_first_root_node()
    people = {}
    sites = {}
    for key, host in (("a", "xa-a.localhost"), ("b", "xa-b.localhost")):
        built = build_site(hostname=host, unit_name=f"xã {key.upper()}", default=key == "a")
        collection = root.add_child(name=f"Thư mục xã {key.upper()}")
        groups = ensure_site_groups(built.site, collection)
        people[key] = _member(groups[EDITOR], f"bien-tap-{key}")
        image = make_image(title=f"Ảnh xã {key.upper()}")
        image.collection = collection
        image.save()
        image.tags.add(f"the-xa-{key}")
        sites[key] = built
    people["province"] = _member(ensure_province_groups("tỉnh Thử")[EDITOR], "bien-tap-tinh")
    return sites, people


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def test_only_province_staff_and_superusers_work_on_every_site(two_sites):
    _, people = two_sites
    superuser = get_user_model().objects.create_superuser("quan-tri", "qt@example.gov.vn", "x")
    assert works_on_every_site(people["province"])
    assert works_on_every_site(superuser)
    assert not works_on_every_site(people["a"])


def test_tags_offered_are_those_of_the_users_own_site(two_sites):
    _, people = two_sites
    assert visible_tag_names(people["a"], "the-") == ["the-xa-a"]
    assert visible_tag_names(people["province"], "the-") == ["the-xa-a", "the-xa-b"]


def test_site_editor_is_not_offered_reports_that_list_every_site(two_sites):
    _, people = two_sites
    every_site_report = reverse("wagtailadmin_reports:page_types_usage")
    own_site_report = reverse("wagtailadmin_reports:site_history")

    site_dashboard = _client(people["a"]).get(reverse("wagtailadmin_home")).content.decode()
    province_dashboard = (
        _client(people["province"]).get(reverse("wagtailadmin_home")).content.decode()
    )

    assert own_site_report in site_dashboard
    assert every_site_report not in site_dashboard
    assert every_site_report in province_dashboard


def test_site_editor_typing_another_sites_page_url_is_refused(two_sites):
    """Wagtail's page chooser would list any page's children; a typed id of another
    site's page is refused and shows nothing of it."""
    sites, people = two_sites
    other_page = sites["b"].categories["tin-hoat-dong"]
    url = reverse("wagtailadmin_choose_page_child", args=[other_page.pk])
    response = _client(people["a"]).get(url)
    assert response.status_code == 403
    assert other_page.title not in response.content.decode()
    assert _client(people["province"]).get(url).status_code == 200


@pytest.mark.parametrize(
    "url_name, kwargs",
    [
        ("wagtailimages:url_generator", lambda image, site: {"image_id": image.pk}),
        ("wagtailimages:url_generator_output", lambda image, site: {"image_id": image.pk}),
        (
            "wagtailsettings:preview_on_edit",
            lambda image, site: {"app_name": "core", "model_name": "sitesettings", "pk": site.pk},
        ),
    ],
)
def test_admin_urls_declared_disabled_answer_not_found_even_to_a_superuser(
    two_sites, url_name, kwargs
):
    """The matrix declares these not site-owned because they are disabled; if one comes
    alive (e.g. the image serve view gets installed), it must join the matrix."""
    sites, _ = two_sites
    superuser = get_user_model().objects.create_superuser("quan-tri", "qt@example.gov.vn", "x")
    image = make_image()
    url = reverse(url_name, kwargs=kwargs(image, sites["a"].site))
    assert _client(superuser).get(url).status_code == 404


def test_dashboard_counts_only_the_editors_own_site(two_sites):
    """Statistics are site data too: the summary on the dashboard counts the pages and
    images of the editor's site, not the installation's."""
    sites, people = two_sites
    for number in range(3):
        sites["b"].news.add_child(
            instance=type(sites["b"].categories["tin-hoat-dong"])(
                title=f"Chuyên mục thêm {number}", slug=f"them-{number}"
            )
        )
    home_a = sites["a"].home
    own_pages = home_a.get_descendants(inclusive=True).count()

    body = _client(people["a"]).get(reverse("wagtailadmin_home")).content.decode()

    explorer = reverse("wagtailadmin_explore", args=[home_a.pk])
    counts = re.findall(rf'href="{explorer}">\s*(\d+)', body)
    assert counts == [str(own_pages)]
    assert re.search(r'href="/admin/images/">\s*1\s', body)
