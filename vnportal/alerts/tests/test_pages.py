"""The public alert pages of a site: the list and an alert's own page."""

import datetime

import pytest
from django.utils import timezone

from vnportal.alerts.actions import cancel_alert, issue_alert

from .world import alert_fields

pytestmark = pytest.mark.django_db

TAYYEN = "tayyen.localhost"
ANBIEN = "anbien.localhost"


def page(client, path, host=TAYYEN):
    response = client.get(path, HTTP_HOST=host)
    return response, response.content.decode()


def test_list_groups_active_scheduled_and_recent_alerts(client, world, province_officer):
    now = timezone.now()
    issue = dict(site=world.province.site, areas=[world.province_unit])
    issue_alert(province_officer, **issue, **alert_fields(headline="Bão đang vào"))
    issue_alert(
        province_officer,
        **issue,
        **alert_fields(
            headline="Lũ sắp về",
            kind="lu",
            starts_at=now + datetime.timedelta(hours=3),
            ends_at=now + datetime.timedelta(hours=9),
        ),
    )
    withdrawn = issue_alert(province_officer, **issue, **alert_fields(headline="Phát nhầm"))
    cancel_alert(province_officer, withdrawn, "Phát nhầm khu vực.")

    response, body = page(client, "/canh-bao/")
    assert response.status_code == 200
    body = body.split('<main id="noi-dung"')[1]
    active = body.index("Đang có hiệu lực")
    scheduled = body.index("Sắp có hiệu lực")
    ended = body.index("Đã hết hiệu lực hoặc đã hủy")
    assert active < body.index("Bão đang vào") < scheduled < body.index("Lũ sắp về") < ended
    assert ended < body.index("Phát nhầm")
    assert 'href="/canh-bao/rss.xml"' in body


def test_public_pages_do_not_reveal_who_issued_the_alert(client, world, province_officer):
    province_officer.first_name, province_officer.last_name = "Văn Bí", "Mật"
    province_officer.save()
    alert = issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )
    for path in ("/canh-bao/", f"/canh-bao/{alert.pk}/", "/canh-bao/rss.xml", "/canh-bao/cap.xml"):
        _, body = page(client, path)
        assert province_officer.username not in body, path
        assert "Bí" not in body and "Mật" not in body, path
    _, body = page(client, f"/canh-bao/{alert.pk}/cap.xml")
    assert province_officer.username not in body


def test_alert_page_shows_everything_a_resident_needs(client, world, province_officer):
    alert = issue_alert(
        province_officer,
        site=world.province.site,
        areas=[world.tayyen_unit, world.anbien_unit],
        **alert_fields(),
    )
    response, body = page(client, f"/canh-bao/{alert.pk}/")
    assert response.status_code == 200
    for expected in (
        alert.headline,
        "Đang có hiệu lực",
        "Bão",
        "Nguy hiểm",
        "Bão số 3 mạnh cấp 10",
        "Người dân không ra khỏi nhà",
        "xã Tây Yên",
        "xã An Biên",
        "Ủy ban nhân dân tỉnh An Giang",
        'href="https://example.gov.vn/bao-so-3"',
        f'href="/canh-bao/{alert.pk}/cap.xml"',
    ):
        assert expected in body, expected


def test_cancelled_alert_page_says_so_and_why(client, world, province_officer):
    alert = issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )
    cancel_alert(province_officer, alert, "Bão đã đổi hướng.")
    _, body = page(client, f"/canh-bao/{alert.pk}/")
    assert "Đã hủy" in body
    assert "Lý do: Bão đã đổi hướng." in body


def test_a_commune_does_not_publish_another_communes_alert(client, world, tayyen_officer):
    alert = issue_alert(
        tayyen_officer, site=world.tayyen.site, areas=[world.tayyen_unit], **alert_fields()
    )
    assert page(client, f"/canh-bao/{alert.pk}/", TAYYEN)[0].status_code == 200
    assert page(client, f"/canh-bao/{alert.pk}/", ANBIEN)[0].status_code == 404
    assert page(client, f"/canh-bao/{alert.pk}/cap.xml", ANBIEN)[0].status_code == 404
    assert alert.headline not in page(client, "/canh-bao/", ANBIEN)[1]


def test_province_shows_the_alerts_it_issued_for_one_commune(client, world, province_officer):
    alert = issue_alert(
        province_officer, site=world.province.site, areas=[world.anbien_unit], **alert_fields()
    )
    assert page(client, f"/canh-bao/{alert.pk}/", "localhost")[0].status_code == 200
    assert alert.headline in page(client, "/canh-bao/", "localhost")[1]


def test_empty_list_says_there_is_no_alert(client, world):
    response, body = page(client, "/canh-bao/")
    assert response.status_code == 200
    assert "Hiện không có cảnh báo nào đang có hiệu lực." in body
