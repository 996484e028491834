"""Lockout after repeated failed logins, per account and per address (django-axes), with
the client address read as the rate limits read it."""

import pytest
from django.core.management import call_command
from django.test import Client

from vnportal.accounts.models import EventKind, SecurityEvent

from .conftest import ADMIN, log_in, text

pytestmark = pytest.mark.django_db


def fail(client, username, times, **extra):
    for _ in range(times):
        response = log_in(client, username, password="sai-mat-khau", **extra)
        assert response.status_code in (200, 429)
    return response


def test_five_wrong_passwords_lock_the_account_from_any_address(staff):
    last = fail(Client(REMOTE_ADDR="198.51.100.1"), "bien-tap-tinh", 5)
    assert last.status_code == 429
    assert "Tạm khóa đăng nhập" in text(last) and "30 phút" in text(last)
    # The right password from another address is refused while the lock lasts.
    other = Client(REMOTE_ADDR="198.51.100.2")
    assert log_in(other, staff.editor).status_code == 429
    assert other.get(ADMIN).status_code == 302
    # Another account is not locked.
    assert log_in(other, staff.contributor).status_code == 302
    assert other.get(ADMIN).status_code == 200


def test_four_wrong_passwords_then_the_right_one_log_in(staff):
    client = Client(REMOTE_ADDR="198.51.100.1")
    assert fail(client, "bien-tap-tinh", 4).status_code == 200
    assert "Tên đăng nhập" in text(client.get("/admin/login/"))
    assert log_in(client, staff.editor).status_code == 302
    assert client.get(ADMIN).status_code == 200


def test_five_failures_from_one_address_lock_that_address(staff):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for name in ("a1", "a2", "a3", "a4", "a5"):
        log_in(client, name, password="sai-mat-khau")
    assert log_in(client, staff.contributor).status_code == 429
    # The same account from elsewhere is fine.
    assert log_in(Client(REMOTE_ADDR="203.0.113.8"), staff.contributor).status_code == 302


def test_behind_a_trusted_proxy_the_forwarded_address_is_locked(settings, staff):
    settings.VNPORTAL_TRUSTED_PROXY = True
    proxy = "10.0.0.1"
    attacker = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.50")
    for name in ("b1", "b2", "b3", "b4", "b5"):
        log_in(attacker, name, password="sai-mat-khau")
    assert log_in(attacker, staff.contributor).status_code == 429
    colleague = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.51")
    assert log_in(colleague, staff.contributor).status_code == 302
    event = SecurityEvent.objects.filter(kind=EventKind.LOCKOUT).first()
    assert event.address == "203.0.113.50"


def test_without_a_trusted_proxy_a_forged_header_does_not_dodge_the_lock(settings, staff):
    settings.VNPORTAL_TRUSTED_PROXY = False
    for index in range(5):
        client = Client(REMOTE_ADDR="203.0.113.60", HTTP_X_FORWARDED_FOR=f"192.0.2.{index}")
        log_in(client, f"c{index}", password="sai-mat-khau")
    client = Client(REMOTE_ADDR="203.0.113.60", HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert log_in(client, staff.contributor).status_code == 429


def test_reset_command_lifts_the_lock(staff):
    fail(Client(REMOTE_ADDR="198.51.100.1"), "bien-tap-tinh", 5)
    client = Client(REMOTE_ADDR="198.51.100.3")
    assert log_in(client, staff.editor).status_code == 429
    call_command("axes_reset_username", "bien-tap-tinh")
    assert log_in(client, staff.editor).status_code == 302


def test_lockout_and_failures_are_in_the_security_log(staff):
    fail(Client(REMOTE_ADDR="198.51.100.1"), "bien-tap-tinh", 5)
    failures = SecurityEvent.objects.filter(kind=EventKind.LOGIN_FAILED, username="bien-tap-tinh")
    assert failures.count() == 5
    assert {event.address for event in failures} == {"198.51.100.1"}
    assert failures.first().user == staff.editor
    lockout = SecurityEvent.objects.get(kind=EventKind.LOCKOUT, username="bien-tap-tinh")
    assert lockout.detail == "Khóa 30 phút sau 5 lần sai."
