"""A visitor rates the portal; the page shows the aggregates; admins see the comments."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import DatabaseError
from django.utils import timezone
from wagtail.models import Collection

from vnportal.satisfaction import queries
from vnportal.satisfaction.demo import create_demo_ratings
from vnportal.satisfaction.models import Rating, SatisfactionPage
from vnportal.units.roles import SITE_ADMIN, ensure_site_groups

pytestmark = pytest.mark.django_db

URL = "/danh-gia-hai-long/"
ADMIN = "/admin/danh-gia-hai-long/"


def answer(**overrides):
    data = {
        "overall": "5",
        "content": "4",
        "findability": "3",
        "speed": "",
        "mobile": "2",
        "comment": "Nên có bản đồ hành chính.",
    }
    data.update(overrides)
    return data


def site_admin(site, username):
    collection = Collection.get_first_root_node().add_child(name=f"Thư mục {username}")
    user = get_user_model().objects.create_user(username, password="mat-khau-thu")
    user.groups.add(ensure_site_groups(site, collection)[SITE_ADMIN])
    return user


def test_section_is_out_of_the_main_menu(portal):
    page = SatisfactionPage.objects.get()
    assert (page.slug, page.title, page.show_in_menus) == (
        "danh-gia-hai-long",
        "Đánh giá mức độ hài lòng",
        False,
    )


def test_a_rating_is_saved_without_any_personal_data(client, portal):
    response = client.post(URL, answer(), REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302
    assert "Cảm ơn bạn đã đánh giá" in client.get(response["Location"]).content.decode()
    stored = Rating.objects.values().get()
    stored.pop("id")
    assert stored == {
        "site_id": portal.site.pk,
        "submitted_on": timezone.localdate(),
        "overall": 5,
        "content": 4,
        "findability": 3,
        "speed": None,
        "mobile": 2,
        "comment": "Nên có bản đồ hành chính.",
        "is_demo": False,
    }
    # No cookie ties the browser to its answer, and the cache holds no address.
    assert not response.cookies
    assert "203.0.113.9" not in "".join(str(key) for key in cache._cache)


def test_one_answer_per_address_per_day(client, portal, other_portal):
    assert client.post(URL, answer(), REMOTE_ADDR="203.0.113.9").status_code == 302
    again = client.post(URL, answer(overall="1"), REMOTE_ADDR="203.0.113.9")
    assert again.status_code == 429
    assert "Hôm nay đã có một đánh giá được gửi từ máy của bạn" in again.content.decode()
    assert client.post(URL, answer(), REMOTE_ADDR="203.0.113.10").status_code == 302
    # Another site's survey is another question.
    other = client.post(URL, answer(), REMOTE_ADDR="203.0.113.9", HTTP_HOST="anbien.localhost")
    assert other.status_code == 302
    assert Rating.objects.filter(site=portal.site).count() == 2


def test_the_overall_level_is_required(client, portal):
    response = client.post(URL, answer(overall=""))
    page = response.content.decode()
    assert "Vui lòng chọn mức độ hài lòng chung với cổng thông tin." in page
    assert "Nên có bản đồ hành chính." in page
    assert not Rating.objects.exists()


def test_a_database_failure_says_not_recorded(client, portal, monkeypatch):
    def fail(*args, **kwargs):
        raise DatabaseError("database down")

    monkeypatch.setattr(Rating.objects, "create", fail)
    response = client.post(URL, answer())
    assert response.status_code == 503
    assert "CHƯA được ghi nhận" in response.content.decode()
    # Not counted against the address: the person can send it again.
    monkeypatch.undo()
    assert client.post(URL, answer()).status_code == 302


def rate(site, overall, days_ago=0, **levels):
    return Rating.objects.create(
        site=site,
        submitted_on=timezone.localdate() - datetime.timedelta(days=days_ago),
        overall=overall,
        **levels,
    )


def test_results_show_counts_and_percentages_of_the_last_12_months(client, portal, other_portal):
    for overall in (5, 5, 4, 2):
        rate(portal.site, overall, speed=3)
    rate(portal.site, 1, days_ago=400)  # older than 12 months
    rate(other_portal.site, 1)  # another site
    results = queries.results(portal.site, timezone.localdate())
    overall = results["rows"][0]
    assert results["total"] == 4
    assert [(c.count, c.percent) for c in overall.cells] == [
        (2, 50.0),
        (1, 25.0),
        (0, 0.0),
        (1, 25.0),
        (0, 0.0),
    ]
    speed = next(row for row in results["rows"] if row.field == "speed")
    assert (speed.total, speed.cells[2].percent) == (4, 100.0)
    content = next(row for row in results["rows"] if row.field == "content")
    assert content.total == 0

    page = client.get(URL).content.decode()
    assert "<caption" in page and 'scope="row">Mức độ hài lòng chung</th>' in page
    assert "2 (50,0 %)" in page and "1 (25,0 %)" in page
    assert "4 lượt đánh giá" in page


def test_comments_and_months_are_for_the_sites_admins_only(client, portal, other_portal):
    rate(portal.site, 5, comment="Góp ý cho tỉnh")
    foreign = rate(other_portal.site, 1, comment="Góp ý cho xã")
    assert "Góp ý cho tỉnh" not in client.get(URL).content.decode()

    client.force_login(site_admin(portal.site, "quan-tri-tinh"))
    index = client.get(ADMIN).content.decode()
    assert "Góp ý cho tỉnh" in index and "Góp ý cho xã" not in index
    inspect = client.get(f"{ADMIN}inspect/{foreign.pk}/")
    assert inspect.status_code in (302, 403)
    monthly = client.get(f"{ADMIN}theo-thang/").content.decode()
    assert timezone.localdate().strftime("%m/%Y") in monthly
    assert "100,0 %" in monthly  # the province's one answer is "Rất hài lòng"
    assert "xã An Biên" not in monthly


def test_demo_fills_the_results(portal, other_portal):
    sites = {"angiang": portal.site, "anbien": other_portal.site}
    create_demo_ratings(sites)
    create_demo_ratings(sites)
    assert Rating.objects.filter(site=portal.site, is_demo=True).count() == 40
    assert Rating.objects.filter(site=other_portal.site, is_demo=True).count() == 40
    assert queries.results(portal.site, timezone.localdate())["total"] == 40


def test_results_page_counts_every_answer_in_one_query(
    client, portal, django_assert_max_num_queries
):
    for overall in (5, 4, 3, 2, 1):
        rate(portal.site, overall)
    client.get(URL)  # warm the site and settings caches; the rest is the base template
    with django_assert_max_num_queries(15) as captured:
        client.get(URL)
    assert sum("satisfaction_rating" in q["sql"] for q in captured.captured_queries) == 1
