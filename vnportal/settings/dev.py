"""Local development: `make run`. Secrets are generated once into var/."""

import os
import secrets

from .base import *

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]", ".localhost"]


def _secret_key_file(path):
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or _secret_key_file(VAR_DIR / "secret_key")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://localhost:" + os.environ.get("PORT", "8000")
# A newcomer logs in to the demo with the password alone; TWO_FACTOR_REQUIRED=1 asks every
# admin user for two-step verification, as production does (README "Admin accounts").
VNPORTAL_2FA_REQUIRED = os.environ.get("TWO_FACTOR_REQUIRED", "0").strip().lower() in {
    "1",
    "true",
    "yes",
    "on",
}
