"""Production: everything comes from the environment, nothing has a usable default.

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated), DATABASE_URL.
Optional: REDIS_URL, MEDIA_ROOT, STATIC_ROOT, WAGTAILADMIN_BASE_URL, EMAIL_URL-like
EMAIL_HOST/EMAIL_PORT/EMAIL_HOST_USER/EMAIL_HOST_PASSWORD, DEFAULT_FROM_EMAIL,
SECURE_SSL_REDIRECT (default 1), HSTS_SECONDS (default one year),
API_CORS_ALLOWED_ORIGINS (comma-separated, default "*"), API_RATE_PER_MINUTE (default 120),
CONTACT_RETENTION_DAYS (default 365), PROCEDURE_PORTAL_HOSTS (comma-separated).
DATABASE_REPLICA_URLS (comma-separated read replicas), S3_BUCKET with S3_ENDPOINT_URL,
S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION, S3_CUSTOM_DOMAIN, S3_QUERYSTRING_AUTH (1),
S3_URL_EXPIRE (3600) for media on S3-compatible storage (docs/deploy.md).
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

# Read replicas (vnportal/core/dbrouter.py): DATABASE_REPLICA_URLS, comma-separated.
if os.environ.get("DATABASE_REPLICA_URLS", "").strip():
    from vnportal.core.dbrouter import replica_databases

    _replicas = replica_databases(os.environ["DATABASE_REPLICA_URLS"], DATABASES["default"])
    DATABASES.update(_replicas)
    VNPORTAL_DATABASE_REPLICAS = list(_replicas)
    DATABASE_ROUTERS = ["vnportal.core.dbrouter.ReplicaRouter"]
    MIDDLEWARE = ["vnportal.core.dbrouter.ReplicaMiddleware", *MIDDLEWARE]

# Media (uploads, image renditions) on S3-compatible storage when S3_BUCKET is set.
if os.environ.get("S3_BUCKET", "").strip():
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["S3_BUCKET"].strip(),
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "access_key": os.environ.get("S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            "addressing_style": os.environ.get("S3_ADDRESSING_STYLE", "path"),
            # Public address of the bucket (e.g. media.angiang.gov.vn); unset: the endpoint.
            "custom_domain": os.environ.get("S3_CUSTOM_DOMAIN") or None,
            # Signed, expiring URLs keep a private bucket private (feedback attachments are
            # personal data); turn off only with a bucket policy that hides them.
            "querystring_auth": _flag("S3_QUERYSTRING_AUTH", "1"),
            "querystring_expire": int(os.environ.get("S3_URL_EXPIRE", "3600")),
            "file_overwrite": False,
            "default_acl": None,
        },
    }

# Hashed names, and a .gz beside each text file for nginx's gzip_static.
STORAGES["staticfiles"] = {
    "BACKEND": "vnportal.core.staticstorage.CompressedManifestStaticFilesStorage"
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Behind the reverse proxy, rate limits read the client address it adds to X-Forwarded-For.
VNPORTAL_TRUSTED_PROXY = _flag("TRUSTED_PROXY", "1")
# Feedback: the built-in captcha (off unless spam gets through); personal data kept (days).
FEEDBACK_CAPTCHA = _flag("FEEDBACK_CAPTCHA", "0")
PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("PERSONAL_DATA_RETENTION_DAYS", str(5 * 365)))
# Messages sent through the "Liên hệ" form are kept this many days.
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "365"))
# Days a page deleted in the admin waits in "Thùng rác" before `empty_trash` removes it.
TRASH_RETENTION_DAYS = int(os.environ.get("TRASH_RETENTION_DAYS", "30"))
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

# Admin accounts (README "Admin accounts"): two-step verification for every admin user
# unless TWO_FACTOR_REQUIRED=0; TWO_FACTOR_EXEMPT_GROUPS lists group names (or
# "role:<key>") whose members may skip it; ADMIN_ALLOWED_NETWORKS is a comma-separated
# CIDR list the admin answers from (empty: any address).
VNPORTAL_2FA_REQUIRED = _flag("TWO_FACTOR_REQUIRED", "1")
VNPORTAL_2FA_EXEMPT_GROUPS = [
    name.strip()
    for name in os.environ.get("TWO_FACTOR_EXEMPT_GROUPS", "").split(",")
    if name.strip()
]
VNPORTAL_ADMIN_ALLOWED_NETWORKS = [
    net.strip() for net in os.environ.get("ADMIN_ALLOWED_NETWORKS", "").split(",") if net.strip()
]
VNPORTAL_ADMIN_IDLE_MINUTES = int(os.environ.get("ADMIN_IDLE_MINUTES", "60"))
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_HOURS", "8")) * 3600
VNPORTAL_SECURITY_LOG_RETENTION_DAYS = int(os.environ.get("SECURITY_LOG_RETENTION_DAYS", "365"))
CSRF_COOKIE_SECURE = True

# A caching reverse proxy in front (docs/caching.md): the page cache's purges are sent to it
# as HTTP PURGE requests, e.g. FRONTEND_CACHE_PURGE_URL=http://127.0.0.1:6081.
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _flag("EMAIL_USE_TLS", "0")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
