"""Settings shared by every environment.

Environment-specific modules (dev, test, production) import this and override.
Every module honours DATABASE_URL, so any command can run against a fresh SQLite
file or a PostgreSQL database without a code change.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parents[2]
PROJECT_DIR = BASE_DIR / "vnportal"
# Runtime state (database, media, generated secrets) lives outside the package and is
# ignored by git.
VAR_DIR = Path(os.environ.get("VNPORTAL_VAR_DIR", BASE_DIR / "var"))

DEBUG = False

INSTALLED_APPS = [
    "vnportal.core",
    "vnportal.units",
    "vnportal.news",
    "vnportal.alerts",
    "vnportal.editorial",
    "vnportal.legaldocs",
    "vnportal.feedback",
    "vnportal.consultations",
    "vnportal.about",
    "vnportal.directory",
    "vnportal.schedules",
    "vnportal.procedures",
    "vnportal.access",
    "vnportal.notices",
    "vnportal.galleries",
    "vnportal.stats",
    "vnportal.visitors",
    "vnportal.contact",
    "vnportal.satisfaction",
    "vnportal.search",
    "vnportal.importers",
    "vnportal.api",
    "vnportal.demo",
    # Admin accounts: two-step verification, lockout, network limit, security log.
    "vnportal.accounts",
    "vnportal.outage",
    "vnportal.backups",
    "vnportal.trash",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    # Static Leaflet files for the boundary map of "Giới thiệu" (no tiles, no widgets).
    "leaflet",
    "taggit",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy, Permissions-Policy and inert uploaded files on every
    # response, cached pages included (vnportal/core/security_headers.py).
    "vnportal.core.security_headers.SecurityHeadersMiddleware",
    # The admin only from VNPORTAL_ADMIN_ALLOWED_NETWORKS (vnportal/accounts/middleware.py).
    "vnportal.accounts.middleware.AdminNetworkMiddleware",
    # Database down: a 503 maintenance page, or the posted text back with "not saved"
    # (vnportal/outage/middleware.py); wraps every middleware below.
    "vnportal.outage.middleware.DatabaseUnavailableMiddleware",
    # Answers the open data API's preflight requests before anything else runs.
    "vnportal.api.cors.ApiCorsMiddleware",
    # Before the page cache, which would serve the default site for a former host name.
    "vnportal.units.former_hosts.FormerHostMiddleware",
    # Counts page views before the page cache answers, so cached views count too.
    "vnportal.visitors.middleware.VisitorCountMiddleware",
    "vnportal.core.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin sessions: idle and absolute expiry, then two-step verification before any
    # admin view (vnportal/accounts/middleware.py).
    "vnportal.accounts.middleware.AdminSessionMiddleware",
    # Keeps each site's staff out of other sites' objects in the admin (units/isolation.py).
    "vnportal.units.isolation.AdminIsolationMiddleware",
    # Refuses a final approval from the dashboard when the article cannot be published yet
    # (vnportal/news/workflows.py); Wagtail has no hook in that view.
    "vnportal.news.workflows.ApprovalGuardMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Open data API (/api/v1/): origins allowed to read it from a browser, and requests per
# minute per client address.
API_CORS_ALLOWED_ORIGINS = ["*"]
API_RATE_PER_MINUTE = 120

ROOT_URLCONF = "vnportal.urls"
WSGI_APPLICATION = "vnportal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "vnportal.core.context_processors.reading_preferences",
            ],
        },
    },
]


def database_from_env(default_sqlite_path):
    """DATABASE_URL when set, else a SQLite file tuned for a small server."""
    url = os.environ.get("DATABASE_URL")
    if url:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    else:
        config = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(default_sqlite_path)}
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets readers proceed while a writer commits; IMMEDIATE avoids the
        # "database is locked" error when two writers upgrade read locks at once.
        config["OPTIONS"] = {
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
            ),
            "transaction_mode": "IMMEDIATE",
        }
    return {"default": config}


DATABASES = database_from_env(VAR_DIR / "db.sqlite3")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "vnportal",
        # Each cached page keeps the versions of what it shows (docs/caching.md): Django's
        # default of 300 entries would hold only a handful of pages.
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "vnportal",
    }

# Django's four validators with Vietnamese messages (vnportal/accounts/passwords.py).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "vnportal.accounts.passwords.UserAttributeSimilarityValidator"},
    {"NAME": "vnportal.accounts.passwords.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "vnportal.accounts.passwords.CommonPasswordValidator"},
    {"NAME": "vnportal.accounts.passwords.NumericPasswordValidator"},
]

# Admin accounts (README "Admin accounts", vnportal/accounts). django-axes counts failed
# logins and wrong two-step codes per account and per address, each on its own: 5 within
# the cool-off lock that account, or that address, for 30 minutes.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "vnportal.accounts.lockout.client_ip"
AXES_LOCKOUT_CALLABLE = "vnportal.accounts.lockout.lockout_response"
# Successful logins are in our own security log; axes keeps only the failures.
AXES_DISABLE_ACCESS_LOG = True
# django-otp's own slow-down after wrong codes is off: the lockout above counts them.
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
# Two-step verification for every admin user, except members of only the groups listed
# here (a group's name, or "role:<key>" for every site's group of that role, roles.py).
VNPORTAL_2FA_REQUIRED = True
VNPORTAL_2FA_EXEMPT_GROUPS = []
# CIDR networks the admin may be reached from; empty means any address.
VNPORTAL_ADMIN_ALLOWED_NETWORKS = []
# An admin session ends after this many idle minutes, and at most SESSION_COOKIE_AGE
# after login; the cookie itself ends when the browser closes.
VNPORTAL_ADMIN_IDLE_MINUTES = 60
SESSION_COOKIE_AGE = 8 * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
WAGTAILADMIN_USER_LOGIN_FORM = "vnportal.accounts.forms.LoginForm"
# Days the security log ("Nhật ký bảo mật") keeps its events.
VNPORTAL_SECURITY_LOG_RETENTION_DAYS = 365
# Days a page deleted in the admin can be restored from "Thùng rác" (vnportal/trash).
TRASH_RETENTION_DAYS = 30

LANGUAGE_CODE = "vi"
# Vietnamese for the admin's workflow buttons and notices that Wagtail leaves in English.
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Our own formats: Vietnamese readers expect dd/mm/yyyy, not Django's "d-m-Y".
FORMAT_MODULE_PATH = ["vnportal.core.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    # Uploads are written whole or not at all (disk full leaves no half file behind).
    "default": {"BACKEND": "vnportal.outage.storage.AtomicFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "vnportal"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The admin asks no other site for anything (the CSP would refuse it, and an intranet
# portal cannot reach it): no check for new Wagtail releases.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Documents are accepted by their content, not their name (vnportal/core/document_checks.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "vnportal.core.document_checks.CheckedDocumentForm"
# Not WAGTAILDOCS_EXTENSIONS: Wagtail checks that one in Document.clean(), which runs
# before the file is attached when a multiple upload is completed from its edit form
# ("create from uploaded"), and so refuses every such document with a server error.
VNPORTAL_DOCUMENT_EXTENSIONS = [
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf",
    "csv", "txt", "zip", "rar", "7z", "mp4", "webm", "ogv", "mp3", "vtt",
    "jpg", "jpeg", "png", "gif", "webp",
]  # fmt: skip
WAGTAIL_ALLOW_UNICODE_SLUGS = False

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
