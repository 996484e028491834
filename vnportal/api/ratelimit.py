"""Requests per minute per client address, counted in Django's cache.

The key holds a keyed hash of the address, never the address itself (as the feedback
limits do): the cache may be shared, and an IP address is personal data.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

from vnportal.core.client_address import client_address

KEY_PREFIX = "api-limit"
WINDOW = 60
DEFAULT_PER_MINUTE = 120


def _key(address: str, window: int) -> str:
    digest = salted_hmac(KEY_PREFIX, address, algorithm="sha256").hexdigest()
    return f"{KEY_PREFIX}:{window}:{hashlib.sha256(digest.encode()).hexdigest()[:32]}"


def seconds_to_wait(request) -> int:
    """Count this request; 0 when it is allowed, else the seconds until the window ends."""
    allowed = int(getattr(settings, "API_RATE_PER_MINUTE", DEFAULT_PER_MINUTE))
    address = client_address(request)
    if allowed <= 0 or not address:
        return 0
    now = time.time()
    # Fixed windows aligned on the minute: every process agrees on the window without
    # storing when it opened.
    window = int(now // WINDOW)
    key = _key(address, window)
    if cache.add(key, 1, WINDOW + 5):
        used = 1
    else:
        try:
            used = cache.incr(key)
        except ValueError:
            cache.add(key, 1, WINDOW + 5)
            used = 1
    if used <= allowed:
        return 0
    return max(1, int((window + 1) * WINDOW - now + 0.999))
