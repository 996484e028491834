"""Settings for pytest. DATABASE_URL chooses PostgreSQL; unset, SQLite."""

import tempfile
from pathlib import Path

from .base import *

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="vnportal-test-media-"))
DATABASES = database_from_env(VAR_DIR / "test.sqlite3")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        # Room for the page cache's entries and tag versions (docs/caching.md).
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# The suite logs users in with force_login and through the login form without a code;
# two-step verification is not required here, so those tests run as they are. The tests of
# vnportal/accounts turn it on (the `two_factor_required` fixture). A user who has set up
# a device is asked for a code all the same, here as everywhere.
VNPORTAL_2FA_REQUIRED = False
