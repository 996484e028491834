"""Production: everything comes from the environment, nothing has a usable default.

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated), DATABASE_URL.
Optional: REDIS_URL, MEDIA_ROOT, STATIC_ROOT, WAGTAILADMIN_BASE_URL, EMAIL_URL-like
EMAIL_HOST/EMAIL_PORT/EMAIL_HOST_USER/EMAIL_HOST_PASSWORD, DEFAULT_FROM_EMAIL,
SECURE_SSL_REDIRECT (default 1), HSTS_SECONDS (default one year),
API_CORS_ALLOWED_ORIGINS (comma-separated, default "*"), API_RATE_PER_MINUTE (default 120),
CONTACT_RETENTION_DAYS (default 365), PROCEDURE_PORTAL_HOSTS (comma-separated).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *


def _required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Production needs the environment variable {name}.")
    return value


def _flag(name, default):
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes", "on"}


if _flag("DEBUG", "0"):
    raise ImproperlyConfigured("DEBUG must be off in production; unset the DEBUG variable.")
DEBUG = False

SECRET_KEY = _required("SECRET_KEY")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith(("django-insecure", "test-only", "change-me")):
    raise ImproperlyConfigured(
        "SECRET_KEY looks like a default or is shorter than 50 characters; generate one with "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
    )
ALLOWED_HOSTS = [h.strip() for h in _required("ALLOWED_HOSTS").split(",") if h.strip()]
_required("DATABASE_URL")
DATABASES = database_from_env(None)

STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Behind the reverse proxy, rate limits read the client address it adds to X-Forwarded-For.
VNPORTAL_TRUSTED_PROXY = _flag("TRUSTED_PROXY", "1")
# Feedback: the built-in captcha (off unless spam gets through); personal data kept (days).
FEEDBACK_CAPTCHA = _flag("FEEDBACK_CAPTCHA", "0")
PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("PERSONAL_DATA_RETENTION_DAYS", str(5 * 365)))
# Messages sent through the "Liên hệ" form are kept this many days.
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "365"))
# Public service portals a procedure may link to, besides the national one (comma-separated).
VNPORTAL_PROCEDURE_PORTAL_HOSTS = ["dichvucong.gov.vn"] + [
    host.strip() for host in os.environ.get("PROCEDURE_PORTAL_HOSTS", "").split(",") if host.strip()
]
# Open data API: API_CORS_ALLOWED_ORIGINS is comma-separated ("*" for any origin).
API_CORS_ALLOWED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("API_CORS_ALLOWED_ORIGINS", "*").split(",")
    if origin.strip()
]
API_RATE_PER_MINUTE = int(os.environ.get("API_RATE_PER_MINUTE", "120"))
SECURE_SSL_REDIRECT = _flag("SECURE_SSL_REDIRECT", "1")
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = _flag("HSTS_PRELOAD", "1")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _flag("EMAIL_USE_TLS", "0")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
