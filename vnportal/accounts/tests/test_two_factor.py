"""Two-step verification: the admin opens only after a code from the app (or a recovery
code), an app is set up at the first login where it is required, groups can be exempt,
wrong codes count towards the lockout."""

import pytest
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from vnportal.accounts import two_factor
from vnportal.accounts.models import EventKind, SecurityEvent

from .conftest import ADMIN, add_app, code_for, log_in, text

pytestmark = pytest.mark.django_db

VERIFY = "/admin/xac-thuc-hai-buoc/"
SETUP = "/admin/xac-thuc-hai-buoc/thiet-lap/"


def test_password_alone_does_not_open_the_admin(two_factor_required, staff, browser):
    response = log_in(browser, staff.editor)
    assert response.status_code == 302
    for url in (ADMIN, "/admin/pages/", "/admin/images/"):
        response = browser.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(SETUP), url
    assert browser.get(SETUP).status_code == 200


def test_first_login_sets_up_the_app_shows_ten_codes_once_then_admin_opens(
    two_factor_required, staff, browser
):
    log_in(browser, staff.editor)
    page = browser.get(SETUP)
    body = page.content.decode()
    assert "Thiết lập xác thực hai bước" in body
    assert "<svg" in body and 'class="otp-qr"' in body
    assert "<script>" not in body and "style=" not in page.content.decode().split("<svg")[1][:5000]
    device = TOTPDevice.objects.get(user=staff.editor, confirmed=False)
    assert two_factor.secret_of(device) in body

    response = browser.post(SETUP, {"code": code_for(device), "next": ADMIN})
    assert response.status_code == 200
    shown = [code for code in text(response).split() if len(code) == 9 and code[4] == "-"]
    assert len(shown) == 10
    assert StaticToken.objects.filter(device__user=staff.editor).count() == 10
    assert browser.get(ADMIN).status_code == 200

    # The codes and the key are never shown again.
    manage = browser.get("/admin/xac-thuc-hai-buoc/quan-ly/").content.decode()
    assert "đang bật" in manage and shown[0] not in manage
    assert browser.get(SETUP)["Location"].endswith("/quan-ly/")
    assert SecurityEvent.objects.filter(kind=EventKind.TWO_FACTOR_SETUP, user=staff.editor).exists()


def test_wrong_code_at_setup_keeps_the_app_off(two_factor_required, staff, browser):
    log_in(browser, staff.editor)
    browser.get(SETUP)
    response = browser.post(SETUP, {"code": "000000", "next": ADMIN})
    assert "Mã không đúng" in text(response)
    assert not TOTPDevice.objects.filter(user=staff.editor, confirmed=True).exists()
    assert browser.get(ADMIN).status_code == 302


def test_valid_code_from_the_app_opens_the_admin(staff, browser):
    device = add_app(staff.editor)
    log_in(browser, staff.editor)
    response = browser.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    page = browser.get(response["Location"])
    assert "Xác thực hai bước" in text(page)

    wrong = browser.post(VERIFY, {"code": "123456", "next": "/admin/pages/"})
    assert wrong.status_code == 200 and "Mã không đúng" in text(wrong)
    assert browser.get(ADMIN).status_code == 302

    right = browser.post(VERIFY, {"code": code_for(device), "next": "/admin/pages/"})
    assert right.status_code == 302 and right["Location"] == "/admin/pages/"
    assert browser.get(ADMIN).status_code == 200
    # A code is good for one use: replayed in a new session it is refused.
    other = type(browser)(REMOTE_ADDR="198.51.100.21")
    log_in(other, staff.editor)
    assert "Mã không đúng" in text(other.post(VERIFY, {"code": code_for(device)}))


def test_a_user_with_an_app_is_asked_even_where_not_required(settings, staff, browser):
    settings.VNPORTAL_2FA_REQUIRED = False
    add_app(staff.contributor)
    log_in(browser, staff.contributor)
    assert browser.get(ADMIN)["Location"].startswith(VERIFY)
    browser.logout()
    log_in(browser, staff.editor)  # no app: the password is enough here
    assert browser.get(ADMIN).status_code == 200


def test_recovery_code_works_once(staff, browser):
    add_app(staff.editor)
    codes = two_factor.new_recovery_codes(staff.editor)
    log_in(browser, staff.editor)
    assert browser.post(VERIFY, {"code": codes[0].upper(), "next": ADMIN}).status_code == 302
    assert browser.get(ADMIN).status_code == 200
    event = SecurityEvent.objects.get(kind=EventKind.RECOVERY_USED)
    assert event.detail == "Còn 9 mã."

    browser.logout()
    log_in(browser, staff.editor)
    again = browser.post(VERIFY, {"code": codes[0], "next": ADMIN})
    assert again.status_code == 200 and "Mã không đúng" in text(again)
    assert browser.post(VERIFY, {"code": codes[1], "next": ADMIN}).status_code == 302


def test_exempt_group_works_without_a_code(two_factor_required, staff, browser):
    two_factor_required.VNPORTAL_2FA_EXEMPT_GROUPS = ["role:contributor"]
    log_in(browser, staff.contributor)
    assert browser.get(ADMIN).status_code == 200

    # A member of an exempt group and of another group is not exempt.
    staff.editor.groups.add(staff.groups.province["contributor"])
    log_in(browser, staff.editor)
    assert browser.get(ADMIN)["Location"].startswith(SETUP)


def test_exempt_group_by_name(two_factor_required, staff, browser):
    two_factor_required.VNPORTAL_2FA_EXEMPT_GROUPS = [staff.groups.province["editor"].name]
    log_in(browser, staff.editor)
    assert browser.get(ADMIN).status_code == 200


def test_superuser_is_never_exempt(two_factor_required, staff, browser):
    two_factor_required.VNPORTAL_2FA_EXEMPT_GROUPS = ["role:contributor"]
    staff.superuser.groups.add(staff.groups.province["contributor"])
    log_in(browser, staff.superuser)
    assert browser.get(ADMIN)["Location"].startswith(SETUP)


def test_wrong_codes_count_towards_the_lockout(staff, browser):
    add_app(staff.editor)
    log_in(browser, staff.editor)
    for _ in range(4):
        assert browser.post(VERIFY, {"code": "000000"}).status_code == 200
    locked = browser.post(VERIFY, {"code": "000000"})
    assert locked.status_code == 429
    assert "Tạm khóa đăng nhập" in text(locked)
    # The session ended, and the right password is refused while the lock lasts.
    assert browser.get(ADMIN)["Location"].startswith("/admin/login/")
    assert log_in(browser, staff.editor).status_code == 429
    assert SecurityEvent.objects.filter(kind=EventKind.OTP_FAILED, user=staff.editor).count() == 5
    assert SecurityEvent.objects.filter(kind=EventKind.LOCKOUT, username="bien-tap-tinh").exists()


def verified(browser, user):
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or add_app(user)
    log_in(browser, user)
    browser.post(VERIFY, {"code": code_for(device, offset=1)})
    assert browser.get(ADMIN).status_code == 200
    return device


def test_user_makes_new_recovery_codes_and_old_ones_stop_working(staff, browser):
    verified(browser, staff.editor)
    old = two_factor.new_recovery_codes(staff.editor)
    response = browser.post("/admin/xac-thuc-hai-buoc/quan-ly/ma-du-phong/")
    new = [code for code in text(response).split() if len(code) == 9 and code[4] == "-"]
    assert len(new) == 10 and not set(new) & set(old)
    browser.logout()
    log_in(browser, staff.editor)
    assert browser.post(VERIFY, {"code": old[0]}).status_code == 200
    assert browser.post(VERIFY, {"code": new[0]}).status_code == 302


def test_user_resets_own_app_and_sets_up_a_new_one(two_factor_required, staff, browser):
    verified(browser, staff.editor)
    response = browser.post("/admin/xac-thuc-hai-buoc/quan-ly/dat-lai/")
    assert response["Location"] == SETUP
    assert not TOTPDevice.objects.filter(user=staff.editor).exists()
    assert browser.get(ADMIN)["Location"].startswith(SETUP)


def test_superuser_resets_another_users_app(staff, browser):
    add_app(staff.editor)
    verified(browser, staff.superuser)
    url = f"/admin/xac-thuc-hai-buoc/dat-lai/{staff.editor.pk}/"
    assert "bien-tap-tinh" in text(browser.get(url))
    assert browser.post(url).status_code == 302
    assert not TOTPDevice.objects.filter(user=staff.editor).exists()
    event = SecurityEvent.objects.get(kind=EventKind.TWO_FACTOR_RESET, user=staff.editor)
    assert event.actor == staff.superuser
    # The user list offers the reset to superusers.
    assert url in browser.get("/admin/users/").content.decode()


def test_only_a_superuser_resets_someone_elses_app(staff, client):
    client.force_login(staff.province_admin)
    url = f"/admin/xac-thuc-hai-buoc/dat-lai/{staff.editor.pk}/"
    # Wagtail answers a refusal with the dashboard and a permission error.
    refused = client.get(url)
    assert (refused.status_code, refused["Location"]) == (302, ADMIN)
    device = add_app(staff.editor)
    assert client.post(url)["Location"] == ADMIN
    assert TOTPDevice.objects.filter(pk=device.pk).exists()


def test_next_must_stay_on_this_site(staff, browser):
    device = add_app(staff.editor)
    log_in(browser, staff.editor)
    response = browser.post(VERIFY, {"code": code_for(device), "next": "https://evil.example/"})
    assert response["Location"] == ADMIN
