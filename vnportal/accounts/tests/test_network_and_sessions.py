"""The admin only from allowed networks; admin sessions that end with the browser, when
idle, and some hours after login; passwords Django would call weak, refused in
Vietnamese."""

import time

import pytest
from django.test import Client

from vnportal.accounts.middleware import LOGIN_AT, SEEN_AT
from vnportal.accounts.models import EventKind, SecurityEvent

from .conftest import ADMIN, form_data, log_in, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_only(settings):
    settings.VNPORTAL_ADMIN_ALLOWED_NETWORKS = ["10.20.0.0/16", "2001:db8::/32"]
    return settings


def test_admin_from_outside_the_allowed_networks_is_refused(office_only, staff):
    outside = Client(REMOTE_ADDR="203.0.113.9")
    for url in ("/admin/login/", ADMIN, "/admin/pages/"):
        response = outside.get(url)
        assert response.status_code == 403, url
        assert "Không được phép truy cập trang quản trị" in text(response)
    # Even with the right password, nothing is logged in.
    assert log_in(outside, staff.editor).status_code == 403
    assert not SecurityEvent.objects.filter(kind=EventKind.LOGIN).exists()


def test_admin_from_an_allowed_network_works(office_only, staff):
    for address in ("10.20.3.4", "2001:db8::1"):
        inside = Client(REMOTE_ADDR=address)
        assert inside.get("/admin/login/").status_code == 200
        assert log_in(inside, staff.editor).status_code == 302
        assert inside.get(ADMIN).status_code == 200


def test_public_pages_are_not_limited(office_only, staff):
    assert Client(REMOTE_ADDR="203.0.113.9").get("/").status_code == 200


def test_allowed_network_read_through_a_trusted_proxy_only(office_only, staff):
    office_only.VNPORTAL_TRUSTED_PROXY = True
    proxied = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.20.9.9")
    assert proxied.get("/admin/login/").status_code == 200
    forged = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.20.9.9, 203.0.113.9")
    assert forged.get("/admin/login/").status_code == 403
    office_only.VNPORTAL_TRUSTED_PROXY = False
    assert proxied.get("/admin/login/").status_code == 403


def test_no_networks_set_means_any_address(settings, staff):
    settings.VNPORTAL_ADMIN_ALLOWED_NETWORKS = []
    assert Client(REMOTE_ADDR="203.0.113.9").get("/admin/login/").status_code == 200


def test_session_cookie_ends_with_the_browser_and_is_not_readable_by_scripts(staff):
    client = Client()
    login_page = text(client.get("/admin/login/"))
    assert "Ghi nhớ" not in login_page and "Remember me" not in login_page
    response = client.post(
        "/admin/login/",
        {"username": "bien-tap-tinh", "password": "mat-khau-rat-dai-2026-xyz", "remember": "on"},
    )
    cookie = response.cookies["sessionid"]
    assert cookie["expires"] == "" and cookie["max-age"] == ""
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert client.session.get_expire_at_browser_close()


def _age_session(client, **seconds_ago):
    session = client.session
    now = time.time()
    for key, ago in seconds_ago.items():
        session[key] = now - ago
    session.save()


def test_idle_session_ends(settings, staff):
    client = Client()
    log_in(client, staff.editor)
    assert client.get(ADMIN).status_code == 200
    _age_session(client, **{SEEN_AT: 61 * 60})
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=%2Fadmin%2Fpages%2F")
    assert "không thao tác quá 60 phút" in text(client.get(response["Location"]))
    assert client.get(ADMIN).status_code == 302
    assert SecurityEvent.objects.filter(kind=EventKind.SESSION_EXPIRED, user=staff.editor).exists()


def test_activity_keeps_the_session_until_the_hours_after_login_are_over(settings, staff):
    client = Client()
    log_in(client, staff.editor)
    _age_session(client, **{LOGIN_AT: 7 * 3600, SEEN_AT: 10 * 60})
    assert client.get(ADMIN).status_code == 200
    _age_session(client, **{LOGIN_AT: 8 * 3600 + 1, SEEN_AT: 60})
    response = client.get(ADMIN)
    assert response["Location"].startswith("/admin/login/")
    assert "đã quá 8 giờ kể từ khi đăng nhập" in text(client.get(response["Location"]))


def test_common_password_is_refused_in_vietnamese_when_creating_a_user(staff):
    client = Client()
    client.force_login(staff.superuser)
    page = client.get("/admin/users/new/")
    data = form_data(page, "form[method=post]:has(input[name=username])")
    data.update(
        {
            "username": "nguoi-moi",
            "email": "nguoi-moi@example.gov.vn",
            "first_name": "Người",
            "last_name": "Mới",
            "password1": "qwerty123456",
            "password2": "qwerty123456",
        }
    )
    response = client.post("/admin/users/new/", data)
    assert response.status_code == 200
    assert "Mật khẩu này quá phổ biến" in text(response)

    data.update({"password1": "ngan-qua", "password2": "ngan-qua"})
    assert "cần ít nhất 12 ký tự" in text(client.post("/admin/users/new/", data))

    data.update({"password1": "bon-mua-hoa-sen-2026", "password2": "bon-mua-hoa-sen-2026"})
    assert client.post("/admin/users/new/", data).status_code == 302


def test_weak_password_is_refused_on_the_account_page(staff):
    client = Client()
    client.force_login(staff.editor)
    response = client.post(
        "/admin/account/",
        {
            "password-old_password": "mat-khau-rat-dai-2026-xyz",
            "password-new_password1": "123456789012",
            "password-new_password2": "123456789012",
        },
    )
    assert "Mật khẩu không được chỉ gồm chữ số" in text(response)
