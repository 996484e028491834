import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from vnportal.notices.models import NoticePage

from .conftest import add_notice

pytestmark = pytest.mark.django_db


def test_the_section_is_in_the_menu_at_its_slug(client, site):
    assert site.notices.slug == "thong-bao"
    assert site.notices.show_in_menus
    response = client.get("/")
    assert 'href="/thong-bao/"' in response.content.decode()


def test_notices_are_listed_newest_first_with_number_and_date(client, site):
    today = timezone.localdate()
    add_notice(site.notices, "Thông báo cũ", today - datetime.timedelta(days=10))
    add_notice(
        site.notices, "Thông báo mới", today - datetime.timedelta(days=1), number="125/TB-UBND"
    )
    html = client.get("/thong-bao/").content.decode()
    assert html.index("Thông báo mới") < html.index("Thông báo cũ")
    assert "Số: 125/TB-UBND" in html
    assert f'Ngày ban hành: <time datetime="{today - datetime.timedelta(days=1):%Y-%m-%d}">' in html
    assert (today - datetime.timedelta(days=1)).strftime("%d/%m/%Y") in html


def test_the_list_is_paginated(client, site):
    today = timezone.localdate()
    for number in range(21):
        add_notice(site.notices, f"Thông báo số {number}", today - datetime.timedelta(days=number))
    first = client.get("/thong-bao/").content.decode()
    assert "Thông báo số 0<" in first and "Thông báo số 20<" not in first
    second = client.get("/thong-bao/?trang=2").content.decode()
    assert "Thông báo số 20<" in second


def test_an_expired_notice_moves_to_its_own_list_and_stays_readable(client, site):
    today = timezone.localdate()
    old = add_notice(
        site.notices,
        "Thông báo nghỉ lễ",
        today - datetime.timedelta(days=30),
        valid_until=today - datetime.timedelta(days=1),
    )
    add_notice(site.notices, "Lịch tiếp công dân", today, valid_until=today)
    current = client.get("/thong-bao/").content.decode()
    assert "Lịch tiếp công dân" in current and "Thông báo nghỉ lễ" not in current
    expired = client.get("/thong-bao/da-het-han/").content.decode()
    assert "Thông báo nghỉ lễ" in expired and "Hết hiệu lực" in expired
    assert "Lịch tiếp công dân" not in expired
    detail = client.get(old.url)
    assert detail.status_code == 200
    assert "Hết hiệu lực từ ngày" in detail.content.decode()


def test_valid_until_before_issue_date_is_refused_in_vietnamese(site):
    today = timezone.localdate()
    notice = NoticePage(
        title="Sai ngày",
        issued_on=today,
        valid_until=today - datetime.timedelta(days=1),
        issuing_office="UBND",
    )
    with pytest.raises(ValidationError) as error:
        notice.clean()
    assert "không được trước ngày ban hành" in str(error.value)


def test_another_sites_notices_never_appear(client, site, other_site):
    today = timezone.localdate()
    add_notice(other_site.notices, "Thông báo của xã", today)
    add_notice(site.notices, "Thông báo của tỉnh", today)
    html = client.get("/thong-bao/").content.decode()
    assert "Thông báo của tỉnh" in html and "Thông báo của xã" not in html
    commune = client.get("/thong-bao/", HTTP_HOST="anbien.localhost").content.decode()
    assert "Thông báo của xã" in commune and "Thông báo của tỉnh" not in commune
