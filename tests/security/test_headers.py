"""Security headers on every kind of response: public pages (rendered and cached), error
pages, the API, the admin; cookie flags; HSTS and Secure cookies in production."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vnportal.core.security_headers import ADMIN_CSP, PUBLIC_CSP

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def policy(response):
    """The CSP of a response as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    parsed = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def assert_public_policy(response):
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in permissions


def test_public_page_has_the_strict_policy_and_common_headers(client, province):
    response = client.get("/")
    assert response.status_code == 200
    assert_public_policy(response)
    assert_common_headers(response)
    assert response["X-Frame-Options"] == "DENY"


def test_a_page_served_from_the_page_cache_carries_the_same_headers(client, province):
    article_url = province.categories["tin-hoat-dong"].url
    first = client.get(article_url)
    second = client.get(article_url)
    assert second.get("X-Cache") == "HIT", "the second visit should come from the page cache"
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"] == PUBLIC_CSP
    assert_common_headers(second)


@pytest.mark.parametrize(
    "url", ["/khong-co-trang-nay/", "/api/v1/sites/", "/robots.txt", "/sitemap.xml"]
)
def test_errors_feeds_and_the_api_have_the_policy_too(client, province, url):
    response = client.get(url)
    assert response.status_code in (200, 404)
    assert_public_policy(response)
    assert_common_headers(response)


def test_admin_policy_is_as_strict_as_wagtail_allows(client, province):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    csp = policy(response)
    assert response["Content-Security-Policy"] == ADMIN_CSP
    # Wagtail 7.4 writes inline scripts (InlinePanel, date pickers): 'unsafe-inline', but
    # never eval and never another origin.
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    for sources in csp.values():
        for source in sources:
            assert not source.startswith(("http:", "https:", "*")), source
    assert_common_headers(response)


def test_session_and_csrf_cookies_are_httponly_and_samesite(client, province, django_user_model):
    user = django_user_model.objects.create_superuser("quantri", password="mat-khau-dai-2026")
    login = client.get("/admin/login/")
    csrf = login.cookies["csrftoken"]
    assert csrf["samesite"] == "Lax"
    response = client.post(
        "/admin/login/",
        {"username": user.username, "password": "mat-khau-dai-2026"},
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["httponly"] is True
    assert session["samesite"] == "Lax"


def test_secure_cookies_and_hsts_when_served_over_https(client, province, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.CSRF_COOKIE_SECURE = True
    response = client.get("/admin/login/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response.cookies["csrftoken"]["secure"] is True
    assert "Strict-Transport-Security" not in client.get("/admin/login/")


def test_production_settings_turn_on_hsts_secure_cookies_and_https(tmp_path):
    """The production module itself, loaded as a deployment would (only the environment)."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "vnportal.settings.production",
        "SECRET_KEY": "k" * 20 + "production-like-secret-for-this-test-only-1234567890",
        "ALLOWED_HOSTS": "angiang.gov.vn",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    environment.pop("HSTS_SECONDS", None)
    environment.pop("SECURE_SSL_REDIRECT", None)
    script = (
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_SSL_REDIRECT,"
        " s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
        " s.SESSION_COOKIE_SAMESITE, s.CSRF_COOKIE_SAMESITE, s.SECURE_CONTENT_TYPE_NOSNIFF,"
        " 'vnportal.core.security_headers.SecurityHeadersMiddleware' in s.MIDDLEWARE)"
    )
    result = subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", "import django; django.setup();" + script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    values = result.stdout.split()
    assert int(values[0]) >= 31536000
    assert values[1:] == ["True", "True", "True", "True", "True", "Lax", "Lax", "True", "True"]
