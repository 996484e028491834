"""The public schedule: a week grouped by day, week navigation, the print view; only the
site's own published entries, in Vietnam time."""

import datetime
import re

import pytest
from django.utils import timezone

from vnportal.schedules.models import Status
from vnportal.schedules.weeks import Week

from .conftest import add_entry

pytestmark = pytest.mark.django_db

MONDAY = datetime.date(2026, 11, 23)


def text(response):
    return re.sub(r"\s+", " ", response.content.decode())


@pytest.fixture
def frozen(monkeypatch):
    """Pin "now" for the views (and everything else) to a given moment."""

    def freeze(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return freeze


def test_a_week_is_grouped_by_day_with_each_entrys_details(client, province):
    add_entry(
        province.site,
        MONDAY + datetime.timedelta(days=1),
        "14:00",
        "Kiểm tra công trình đê biển",
        ends_at="16:30",
        place="Xã An Biên",
        chaired_by="Phó Chủ tịch UBND tỉnh",
        participants="Sở Nông nghiệp và Môi trường",
    )
    add_entry(province.site, MONDAY + datetime.timedelta(days=1), "07:30", "Giao ban đầu tuần")
    add_entry(province.site, MONDAY + datetime.timedelta(days=6), "08:00", "Trực tiếp dân Chủ nhật")
    page = text(client.get("/lich-cong-tac/tuan/2026-48/"))
    assert "Lịch công tác tuần 48 (từ 23/11/2026 đến 29/11/2026)</h1>" in page
    for label in ("Thứ Hai, 23/11/2026", "Thứ Ba, 24/11/2026", "Chủ nhật, 29/11/2026"):
        assert label in page
    # Saturday has nothing, so it is left out; Sunday has an entry, so it is shown.
    assert "Thứ Bảy, 28/11/2026" not in page
    tuesday = page.split('id="ngay-24-11"')[1].split('id="ngay-25-11"')[0]
    assert tuesday.index("Giao ban đầu tuần") < tuesday.index("Kiểm tra công trình đê biển")
    for detail in ("14:00 – 16:30", "Xã An Biên", "Phó Chủ tịch UBND tỉnh", "Sở Nông nghiệp"):
        assert detail in tuesday
    assert "Không có lịch." in page.split('id="ngay-25-11"')[1].split('id="ngay-26-11"')[0]


def test_week_navigation_links_to_the_weeks_around_it(client, province):
    page = text(client.get("/lich-cong-tac/tuan/2026-48/"))
    assert 'href="/lich-cong-tac/tuan/2026-47/" rel="prev">« Tuần trước' in page
    assert 'href="/lich-cong-tac/tuan/2026-49/" rel="next">Tuần sau »' in page
    assert 'href="/lich-cong-tac/tuan/2026-48/in/"' in page


def test_navigation_crosses_new_year_through_week_53(client, province):
    add_entry(province.site, datetime.date(2027, 1, 1), "08:00", "Họp mặt đầu năm")
    page = text(client.get("/lich-cong-tac/tuan/2026-53/"))
    assert "Lịch công tác tuần 53 (từ 28/12/2026 đến 03/01/2027)" in page
    assert "Thứ Sáu, 01/01/2027" in page and "Họp mặt đầu năm" in page
    assert 'href="/lich-cong-tac/tuan/2027-01/" rel="next"' in page
    following = text(client.get("/lich-cong-tac/tuan/2027-01/"))
    assert "từ 04/01/2027 đến 10/01/2027" in following
    assert 'href="/lich-cong-tac/tuan/2026-53/" rel="prev"' in following


def test_a_week_that_does_not_exist_is_a_404_and_a_short_number_redirects(client, province):
    assert client.get("/lich-cong-tac/tuan/2025-53/").status_code == 404
    assert client.get("/lich-cong-tac/tuan/2026-60/").status_code == 404
    response = client.get("/lich-cong-tac/tuan/2026-5/")
    assert response.status_code == 301
    assert response["Location"].endswith("/lich-cong-tac/tuan/2026-05/")


def test_an_empty_week_says_so(client, province):
    page = text(client.get("/lich-cong-tac/tuan/2026-10/"))
    assert "Chưa có lịch công tác nào trong tuần từ 02/03/2026 đến 08/03/2026." in page
    assert "<table" not in page


def test_the_current_week_follows_vietnam_time(client, province, frozen):
    add_entry(province.site, MONDAY, "07:30", "Chào cờ đầu tuần")
    # Sunday 22/11 18:30 UTC is already Monday 23/11 01:30 in Vietnam: week 48, not 47.
    frozen(datetime.datetime(2026, 11, 22, 18, 30, tzinfo=datetime.UTC))
    page = text(client.get("/lich-cong-tac/"))
    assert "Lịch công tác tuần 48 (từ 23/11/2026 đến 29/11/2026)" in page
    assert "Chào cờ đầu tuần" in page
    assert 'Thứ Hai, 23/11/2026 <span class="schedule-today">(hôm nay)</span>' in page
    assert '<span aria-current="page">Tuần này</span>' in page


def test_the_current_week_is_cached_no_later_than_midnight(client, province, frozen):
    # Sunday 29/11 23:50 in Vietnam: the week changes in ten minutes.
    frozen(datetime.datetime(2026, 11, 29, 16, 50, tzinfo=datetime.UTC))
    response = client.get("/lich-cong-tac/")
    assert response.wsgi_request.schedules_cache_seconds == 601
    # Wednesday 25/11 22:00: "hôm nay" moves on at midnight, in two hours.
    frozen(datetime.datetime(2026, 11, 25, 15, 0, tzinfo=datetime.UTC))
    response = client.get("/lich-cong-tac/tuan/2026-48/")
    assert response.wsgi_request.schedules_cache_seconds == 7201
    response = client.get("/lich-cong-tac/tuan/2026-49/")
    assert not hasattr(response.wsgi_request, "schedules_cache_seconds")


def test_postponed_and_changed_entries_are_marked(client, province):
    add_entry(
        province.site,
        MONDAY,
        content="Đối thoại với hộ dân",
        status=Status.POSTPONED,
        status_note="Hoãn do thời tiết xấu",
    )
    add_entry(
        province.site,
        MONDAY,
        "14:00",
        content="Họp UBND",
        status=Status.CHANGED,
        status_note="Đổi sang hội trường",
    )
    page = text(client.get("/lich-cong-tac/tuan/2026-48/"))
    assert '<strong class="schedule-status">Hoãn</strong> Đối thoại với hộ dân' in page
    assert "Ghi chú: Hoãn do thời tiết xấu" in page
    assert '<strong class="schedule-status">Thay đổi</strong> Họp UBND' in page
    assert "Ghi chú: Đổi sang hội trường" in page


def test_only_the_sites_own_published_entries_appear(client, province, commune):
    add_entry(province.site, MONDAY, content="Họp UBND tỉnh")
    add_entry(province.site, MONDAY, content="Cuộc họp chưa công khai", published=False)
    add_entry(commune.site, MONDAY, content="Tiếp công dân ở xã An Biên")
    province_page = text(client.get("/lich-cong-tac/tuan/2026-48/"))
    assert "Họp UBND tỉnh" in province_page
    assert "chưa công khai" not in province_page
    assert "Tiếp công dân ở xã An Biên" not in province_page
    commune_page = text(client.get("/lich-cong-tac/tuan/2026-48/", HTTP_HOST="anbien.localhost"))
    assert "Tiếp công dân ở xã An Biên" in commune_page
    assert "Họp UBND tỉnh" not in commune_page


def test_print_view_has_the_week_without_the_site_menu(client, province):
    add_entry(province.site, MONDAY, content="Họp UBND tỉnh")
    response = client.get("/lich-cong-tac/tuan/2026-48/in/")
    page = text(response)
    assert response.status_code == 200
    assert "Lịch công tác tuần 48 (từ 23/11/2026 đến 29/11/2026)" in page
    assert "Họp UBND tỉnh" in page
    assert "main-nav" not in page
    assert "Ủy ban nhân dân tỉnh An Giang" in page
    assert client.get("/lich-cong-tac/in/").status_code == 200


def test_the_page_offers_the_feed_and_a_subscription(client, province):
    page = text(client.get("/lich-cong-tac/"))
    assert '<link rel="alternate" type="text/calendar"' in page
    assert 'href="/lich-cong-tac/ical/"' in page
    assert 'href="webcal://localhost/lich-cong-tac/ical/"' in page


def test_saving_an_entry_refreshes_the_cached_page(
    client, province, django_capture_on_commit_callbacks
):
    week = Week.containing(timezone.localdate())
    url = f"/lich-cong-tac/tuan/{week.key}/"
    assert "Họp đột xuất" not in text(client.get(url))
    with django_capture_on_commit_callbacks(execute=True):
        add_entry(province.site, week.monday, content="Họp đột xuất về phòng chống bão")
    assert "Họp đột xuất về phòng chống bão" in text(client.get(url))


def test_a_busy_week_costs_no_more_queries_than_a_quiet_one(client, province):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    add_entry(province.site, MONDAY, content="Giao ban")
    client.get("/lich-cong-tac/tuan/2026-48/")  # warm Wagtail's per-site lookups
    cache.clear()
    with CaptureQueriesContext(connection) as quiet:
        client.get("/lich-cong-tac/tuan/2026-48/")
    for hour in range(7, 17):
        add_entry(province.site, MONDAY + datetime.timedelta(days=hour % 5), f"{hour:02d}:00")
    cache.clear()
    with CaptureQueriesContext(connection) as busy:
        page = text(client.get("/lich-cong-tac/tuan/2026-48/"))
    assert page.count('class="schedule-entry') == 11
    assert len(busy) == len(quiet)
