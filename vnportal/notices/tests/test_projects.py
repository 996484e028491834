import datetime
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import timezone

from vnportal.core.pagecache import page_ttl
from vnportal.notices.models import BidPackage, Phase, next_closing
from vnportal.notices.status import BidStatus
from vnportal.notices.wagtail_hooks import (
    notices_page_cache_ttl,
    seconds_until_next_closing,
    seconds_until_notices_expire,
)

from .conftest import add_notice, add_project, vn_time

pytestmark = pytest.mark.django_db


def _package(name, closes_at, **fields):
    return {"name": name, "closes_at": closes_at, **fields}


def test_the_section_is_in_the_menu_at_its_slug(client, site):
    assert site.projects.slug == "du-an-dau-thau"
    assert site.projects.title == "Dự án, đấu thầu"
    assert 'href="/du-an-dau-thau/"' in client.get("/").content.decode()


def test_project_page_shows_money_in_vietnamese_and_packages_with_status(client, site):
    now = timezone.now()
    project = add_project(
        site.projects,
        "Nâng cấp đường liên ấp",
        total_investment=1_234_567_890,
        capital_source="Ngân sách tỉnh",
        phase=Phase.ONGOING,
        packages=[
            _package("Gói thi công", now + datetime.timedelta(days=3), estimated_price=900_000_000),
            _package(
                "Gói tư vấn",
                now - datetime.timedelta(days=30),
                winner="Công ty Tư vấn Mẫu",
                winning_price=405_000_000,
            ),
            _package("Gói thiết bị", now - datetime.timedelta(days=1)),
        ],
    )
    html = client.get(project.url).content.decode()
    assert "1.234.567.890 đồng" in html
    assert "Đang thực hiện" in html
    assert "Đang mời thầu" in html
    assert "Đã đóng thầu" in html
    assert "Đã có kết quả" in html
    assert "Nhà thầu trúng thầu: Công ty Tư vấn Mẫu" in html
    assert "405.000.000 đồng" in html
    assert "https://muasamcong.mpi.gov.vn/" in html


def test_index_box_lists_only_open_packages_with_closing_time_in_vietnam_time(client, site):
    closes_at = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(days=2)
    add_project(
        site.projects,
        "Trường mẫu giáo",
        packages=[
            _package("Gói đang mời", closes_at),
            _package("Gói đã đóng", timezone.now() - datetime.timedelta(hours=1)),
        ],
    )
    html = client.get("/du-an-dau-thau/").content.decode()
    box = html[html.index("Gói thầu đang mời") : html.index("Danh sách dự án")]
    assert "Gói đang mời" in box and "Gói đã đóng" not in box
    local = timezone.localtime(closes_at)
    assert f"{local:%H:%M} ngày {local:%d/%m/%Y}" in box


def test_index_filters_projects_by_phase(client, site):
    add_project(site.projects, "Dự án đang làm", phase=Phase.ONGOING)
    add_project(site.projects, "Dự án đã xong", phase=Phase.DONE)
    html = client.get("/du-an-dau-thau/?giai-doan=hoan-thanh").content.decode()
    assert "Dự án đã xong" in html and "Dự án đang làm" not in html
    everything = client.get("/du-an-dau-thau/?giai-doan=khong-co").content.decode()
    assert "Dự án đã xong" in everything and "Dự án đang làm" in everything


def test_status_follows_a_fixed_clock():
    package = BidPackage(name="Gói", closes_at=vn_time(2026, 9, 1, 9, 0))
    assert package.status(vn_time(2026, 9, 1, 8, 0)) == BidStatus.OPEN
    assert package.status(vn_time(2026, 9, 1, 10, 0)) == BidStatus.CLOSED
    package.winner = "Công ty A"
    assert package.status(vn_time(2026, 9, 1, 10, 0)) == BidStatus.AWARDED


def test_a_price_without_winner_is_refused_in_vietnamese():
    package = BidPackage(name="Gói", closes_at=vn_time(2026, 9, 1, 9, 0), winning_price=1000)
    with pytest.raises(ValidationError) as error:
        package.clean()
    assert "nhà thầu trúng thầu" in str(error.value)


def test_cached_pages_expire_at_the_next_bid_closing(site, other_site):
    now = vn_time(2026, 9, 1, 8, 0)
    add_project(
        site.projects,
        "Dự án tỉnh",
        packages=[
            _package("Gói muộn", vn_time(2026, 9, 5, 9, 0)),
            _package("Gói sớm", vn_time(2026, 9, 1, 9, 30)),
            _package("Gói có kết quả", vn_time(2026, 9, 1, 8, 10), winner="Công ty B"),
            _package("Gói đã đóng", vn_time(2026, 8, 1, 9, 0)),
        ],
    )
    add_project(
        other_site.projects, "Dự án xã", packages=[_package("Gói xã", vn_time(2026, 9, 1, 8, 5))]
    )
    assert next_closing(site.site, now) == vn_time(2026, 9, 1, 9, 30)
    assert seconds_until_next_closing(site.site, now) == 90 * 60
    assert seconds_until_next_closing(other_site.site, now) == 5 * 60
    assert seconds_until_next_closing(site.site, vn_time(2026, 9, 6)) is None


def test_the_hook_narrows_the_page_cache_lifetime(site):
    add_project(
        site.projects,
        "Dự án",
        packages=[_package("Gói", timezone.now() + datetime.timedelta(seconds=120))],
    )
    request = RequestFactory().get("/du-an-dau-thau/", HTTP_HOST="localhost")
    assert 100 < notices_page_cache_ttl(request) <= 120
    assert page_ttl(request) <= 120


def test_an_unpublished_project_keeps_its_packages_out_of_the_box_and_the_ttl(client, site):
    project = add_project(
        site.projects,
        "Dự án nháp",
        packages=[_package("Gói nháp", timezone.now() + datetime.timedelta(hours=1))],
    )
    project.unpublish()
    assert seconds_until_next_closing(site.site) is None
    assert "Gói nháp" not in client.get("/du-an-dau-thau/").content.decode()


def test_another_sites_projects_and_packages_never_appear(client, site, other_site):
    soon = timezone.now() + datetime.timedelta(days=1)
    add_project(other_site.projects, "Dự án của xã", packages=[_package("Gói của xã", soon)])
    add_project(site.projects, "Dự án của tỉnh", packages=[_package("Gói của tỉnh", soon)])
    html = client.get("/du-an-dau-thau/").content.decode()
    assert "Dự án của tỉnh" in html and "Gói của tỉnh" in html
    assert "Dự án của xã" not in html and "Gói của xã" not in html


def test_the_clock_is_what_moves_a_package_out_of_the_box(client, site):
    closes_at = timezone.now() + datetime.timedelta(hours=1)
    add_project(site.projects, "Dự án", packages=[_package("Gói sắp đóng", closes_at)])
    assert "Gói sắp đóng" in client.get("/du-an-dau-thau/").content.decode()
    later = closes_at + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        html = client.get("/du-an-dau-thau/?sau=1").content.decode()
    assert "Gói sắp đóng" not in html
    assert "Hiện không có gói thầu nào đang mời." in html


def test_cached_pages_expire_at_midnight_when_a_notice_runs_out_today(site):
    now = vn_time(2026, 9, 1, 22, 30)
    add_notice(
        site.notices, "Còn hạn", vn_time(2026, 8, 1).date(), valid_until=vn_time(2026, 9, 5).date()
    )
    assert seconds_until_notices_expire(site.site, now) is None
    add_notice(site.notices, "Hết hạn hôm nay", vn_time(2026, 8, 1).date(), valid_until=now.date())
    assert seconds_until_notices_expire(site.site, now) == 90 * 60
