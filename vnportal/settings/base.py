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
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
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
    "django.contrib.messages.middleware.MessageMiddleware",
    # Keeps each site's staff out of other sites' objects in the admin (units/isolation.py).
    "vnportal.units.isolation.AdminIsolationMiddleware",
    # Refuses a final approval from the dashboard when the article cannot be published yet
    # (vnportal/news/workflows.py); Wagtail has no hook in that view.
    "vnportal.news.workflows.ApprovalGuardMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
    }
}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "vnportal",
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

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
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "vnportal"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
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
